// A contact route as a card: situation, name, phone as a tel: link, email as a mailto: link,
// opening hours in the reader's language, languages spoken, urgency.
#pragma once

#include <string>

#include "render/theme.h"
#include "site/site_model.h"

namespace kunskap {

/// `from_url` is the page the card stands on (links are relative to it). The card's heading
/// is an h`heading_level` (2 to 4), one below the heading it stands under, so headings stay in
/// order; 0 gives a card with no heading (on the route's own page, under its h1). `number` makes the card's ids unique on its page.
std::string RenderContactCard(const Site& site, const Theme& theme, const SitePage& route,
                              const std::string& from_url, int heading_level, int number);

/// "020-50 50 50" -> "tel:020505050" (digits and a leading '+' only, so safe as is).
std::string TelHref(const std::string& phone);

/// "mailto:" and the address, percent-encoded so that it is safe in any attribute as is
/// (the template engine's URL check would turn a mailto: link into "#").
std::string MailtoHref(const std::string& email);

/// One `hours` entry in the reader's language: "måndag–fredag 08:00–16:30",
/// "lördag–söndag dygnet runt", "måndag–fredag 16:30 till 08:00 dagen efter".
std::string FormatHoursRule(const HoursRule& rule, const I18nStrings& strings);
std::string FormatTimeRange(const TimeRange& range, const I18nStrings& strings);
/// Several ranges of one day, joined with the language's list separator.
std::string FormatTimeRanges(const std::vector<TimeRange>& ranges, const I18nStrings& strings);

/// "2026-12-24" as a reader of `language` writes it ("torsdag 24 december 2026"), with
/// Latin digits.
std::string FormatCivilDate(const std::string& date, const std::string& language);

}  // namespace kunskap
