#include "render/contact_card.h"

#include <ctemplate/template.h>
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>
#include <cctype>
#include <memory>

#include "content/relative_url.h"
#include "render/vcard.h"

namespace kunskap {
namespace {

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

std::string TelHref(const std::string& phone) {
  std::string digits;
  for (char c : phone) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
  }
  return "tel:" + digits;
}

std::string MailtoHref(const std::string& email) {
  return "mailto:" + PercentEncode(email, "@+");
}

std::string FormatTimeRange(const TimeRange& range, const I18nStrings& strings) {
  if (range.open == 0 && range.close == 24 * 60) return strings.Get("hours_all_day");
  if (range.Overnight()) {
    return ReplaceAll(
        ReplaceAll(strings.Get("hours_overnight"), "{from}", FormatMinute(range.open)), "{to}",
        FormatMinute(range.close - 24 * 60));
  }
  return FormatMinute(range.open) + "–" + FormatMinute(range.close);
}

std::string FormatTimeRanges(const std::vector<TimeRange>& ranges, const I18nStrings& strings) {
  std::string times;
  for (const auto& range : ranges) {
    if (!times.empty()) times += strings.Get("list_separator");
    times += FormatTimeRange(range, strings);
  }
  return times;
}

std::string FormatHoursRule(const HoursRule& rule, const I18nStrings& strings) {
  std::string days;
  if ((rule.last_day + 1) % 7 == rule.first_day) {
    days = strings.Get("hours_every_day");
  } else {
    days = strings.Get(std::string("day_") + DayId(rule.first_day));
    if (rule.last_day != rule.first_day)
      days += "–" + strings.Get(std::string("day_") + DayId(rule.last_day));
  }
  return days + " " + FormatTimeRanges(rule.ranges, strings);
}

std::string FormatCivilDate(const std::string& date, const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  // Latin digits in every language, as the site writes times and phone numbers.
  icu::Locale locale((language + "@numbers=latn").c_str());
  std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createInstanceForSkeleton("yMMMMEEEEd", locale, status));
  if (U_FAILURE(status) || !format) return date;
  format->setTimeZone(*icu::TimeZone::getGMT());
  long days = DaysFromCivil(std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)),
                            std::stoi(date.substr(8, 2)));
  icu::UnicodeString text;
  format->format(static_cast<UDate>(days) * 86400000.0, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

namespace {

std::string LanguageName(const std::string& code, const std::string& in_language) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale(in_language.c_str()), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? code : out;
}

}  // namespace

std::string RenderContactCard(const Site& site, const Theme& theme, const SitePage& route,
                              const std::string& from_url, int heading_level, int number) {
  const Page& page = route.page;
  const FrontMatter& meta = page.meta;
  const I18nStrings& strings = theme.strings.at(page.language);
  ctemplate::TemplateDictionary dict("card");
  AddThemeStrings(dict, strings);
  dict.SetValue("ROUTE_ID", ContactRouteId(page));
  dict.SetValue("CARD_ID", "route-" + ContactRouteId(page) + "-" + std::to_string(number));
  // On the route's own page the page's h1 is its title: the card repeats no heading.
  if (heading_level > 0) {
    dict.ShowSection("TITLED");
    dict.ShowSection(heading_level <= 2 ? "H2" : heading_level == 3 ? "H3" : "H4");
  }
  dict.SetValue("TITLE", meta.title);
  dict.SetValue("SITUATION", meta.situation);
  dict.SetValue("SUMMARY", meta.summary);
  std::string urgency = RouteUrgency(page);
  dict.SetValue("URGENCY", urgency);
  dict.SetValue("URGENCY_LABEL", strings.Get("urgency_" + urgency));
  dict.SetValue("PAGE_URL", RelativeUrl(from_url, page.url));
  if (meta.example) {
    // Placeholder details: readers must not be able to call them or take them for real.
    dict.ShowSection("EXAMPLE");
  } else {
    auto* vcard = dict.AddSectionDictionary("VCARD");
    vcard->SetValue("VCARD_URL", RelativeUrl(from_url, "/" + VCardPath(page)));
    vcard->SetValue("VCARD_NAME", ContactRouteId(page) + ".vcf");
  }
  // Audiences as ids (for the script's filters) and as numbered classes "for-1" (for the
  // stylesheet's filters, which work without JavaScript and cannot know the ids).
  std::string audiences, classes;
  for (const auto& id : page.audiences) {
    audiences += (audiences.empty() ? "" : " ") + id;
    for (size_t i = 0; i < site.config.audiences.size(); ++i) {
      if (site.config.audiences[i].id == id) classes += " for-" + std::to_string(i + 1);
    }
  }
  dict.SetValue("AUDIENCES", audiences);
  dict.SetValue("AUDIENCE_CLASSES", classes);
  if (!meta.example) {
    std::string json = OpeningHoursJson(page.hours);
    if (!json.empty()) dict.SetValueAndShowSection("HOURS_JSON", json, "HAS_HOURS_JSON");
  }
  if (!meta.phone.empty()) {
    auto* phone = dict.AddSectionDictionary(meta.example ? "EXAMPLE_PHONE" : "PHONE");
    phone->SetValue("PHONE", meta.phone);
    phone->SetValue("TEL_HREF", TelHref(meta.phone));
  }
  if (!meta.email.empty()) {
    auto* email = dict.AddSectionDictionary(meta.example ? "EXAMPLE_EMAIL" : "EMAIL");
    email->SetValue("EMAIL", meta.email);
    email->SetValue("MAILTO", MailtoHref(meta.email));
  }
  if (!meta.url.empty()) dict.SetValueAndShowSection("WEBSITE", meta.url, "HAS_WEBSITE");
  if (!meta.address.empty()) dict.SetValueAndShowSection("ADDRESS", meta.address, "HAS_ADDRESS");
  const OpeningHours& opening = page.hours;
  if (!opening.Empty() || !meta.hours_note.empty()) {
    auto* hours = dict.AddSectionDictionary("HOURS");
    if (opening.AroundTheClock()) {
      hours->AddSectionDictionary("HOURS_ENTRY")->SetValue("TEXT", strings.Get("open_all_hours"));
    } else {
      for (const auto& rule : opening.rules)
        hours->AddSectionDictionary("HOURS_ENTRY")
            ->SetValue("TEXT", FormatHoursRule(rule, strings));
    }
    // Exception dates from the build's day on; the script hides those that have passed since.
    bool any = false;
    for (const auto& [date, ranges] : opening.dates) {
      if (!site.today.empty() && date < site.today) continue;
      if (!any) hours->ShowSection("HAS_EXCEPTIONS");
      any = true;
      auto* exception = hours->AddSectionDictionary("EXCEPTION");
      exception->SetValue("DATE", date);
      exception->SetValue("DATE_TEXT", FormatCivilDate(date, page.language));
      exception->SetValue("HOURS", ranges.empty() ? strings.Get("hours_closed_day")
                                                  : FormatTimeRanges(ranges, strings));
    }
    if (!meta.hours_note.empty())
      hours->SetValueAndShowSection("NOTE", meta.hours_note, "HOURS_NOTE");
  }
  if (!meta.languages.empty()) {
    std::string names;
    for (const auto& code : meta.languages) {
      if (!names.empty()) names += ", ";
      names += LanguageName(code, page.language);
    }
    dict.SetValueAndShowSection("LANGUAGES", names, "HAS_LANGUAGES");
  }
  return theme.templates->Expand("contact_card.tpl", dict);
}

}  // namespace kunskap
