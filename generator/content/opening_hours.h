// Opening hours of a contact route (kontaktväg): the one grammar for the front matter fields
// `hours`, `closed` and `hours_on`, the model they become, and the question a reader asks of
// it ("is it open now, and until when?"). The theme's opening-hours.js answers the same
// question from the JSON written by OpeningHoursJson(), and both are tested against one table
// of cases (tests/content/opening_hours_cases.json).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace kunskap {

struct FrontMatter;

/// Minutes since the start of the day a range opens on. `close` > `open`; a range that goes
/// past midnight ("16:30-08:00") has `close` > 1440 and belongs to the day it opens on.
struct TimeRange {
  int open = 0;
  int close = 0;

  bool Overnight() const { return close > 24 * 60; }
  bool operator==(const TimeRange&) const = default;
};

/// One `hours` entry as the author grouped it: "mon-fri 08:00-12:00, 13:00-16:30".
struct HoursRule {
  int first_day = 0;  ///< 0 = Monday ... 6 = Sunday
  int last_day = 0;   ///< may be before first_day: "fri-mon" wraps over the weekend
  std::vector<TimeRange> ranges;
};

struct OpeningHours {
  std::vector<HoursRule> rules;
  std::array<std::vector<TimeRange>, 7> week;  ///< Monday first, each day's ranges in order
  /// Dates that do not follow the week (YYYY-MM-DD): no ranges means closed all day. The
  /// ranges replace those the week gives the day; a range the day before that runs past
  /// midnight still runs.
  std::map<std::string, std::vector<TimeRange>> dates;

  bool Empty() const { return rules.empty() && dates.empty(); }
  /// Every day 00:00-24:00 and no exception dates.
  bool AroundTheClock() const;
};

/// A wall-clock moment in the site's time zone.
struct CivilTime {
  int year = 1970, month = 1, day = 1;
  int minute = 0;  ///< of the day, 0..1439
};

/// The answer to "open now?". `change` is when it next closes (if open) or opens (if closed):
/// days from today and the minute of that day. A closing at midnight is given as 1440 of the
/// day before ("closes 24:00"), never as 0 of the next. Empty: no change within a week.
struct HoursState {
  bool open = false;
  bool exception_today = false;  ///< today is one of `dates`
  std::optional<std::pair<int, int>> change;
  bool operator==(const HoursState&) const = default;
};

/// Reads `hours`, `closed` and `hours_on` from the front matter. Malformed entries, ranges
/// that overlap and dates given twice are errors at their line. Empty when none is written.
OpeningHours ParseOpeningHours(const FrontMatter& meta, Diagnostics& diagnostics);

/// Parses one "HH:MM-HH:MM" (overnight allowed). Empty if malformed.
std::optional<TimeRange> ParseTimeRange(const std::string& text);

HoursState StateAt(const OpeningHours& hours, const CivilTime& now);

/// The model as the theme's script reads it from a card's data-hours attribute:
/// {"week":[[[open,close],...] x7],"dates":{"2026-12-24":[],...}}; "" when Empty().
std::string OpeningHoursJson(const OpeningHours& hours);

/// "mon" ... "sun": the id of a day of the week (0 = Monday), as written in `hours` and as
/// the theme's day strings are keyed (day_mon ...).
const char* DayId(int day);

/// "08:30": a minute of the day (1440 is "24:00").
std::string FormatMinute(int minute);

/// Days since 1970-01-01 of a civil date, and the weekday (0 = Monday) of such a day.
long DaysFromCivil(int year, int month, int day);
int WeekdayOf(long days);
std::string CivilDate(long days);  ///< YYYY-MM-DD

}  // namespace kunskap
