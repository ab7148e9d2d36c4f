#include "content/opening_hours.h"

#include <algorithm>
#include <cstdio>

#include "content/front_matter.h"

namespace kunskap {
namespace {

constexpr int kDay = 24 * 60;
constexpr const char* kDayIds[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr const char* kGrammarHint =
    "days are mon tue wed thu fri sat sun, or a range such as mon-fri; times are HH:MM-HH:MM "
    "(24:00 ends a day, 16:30-08:00 runs past midnight, several: 08:00-12:00, 13:00-16:30)";

int DayIndex(const std::string& id) {
  for (int i = 0; i < 7; ++i)
    if (id == kDayIds[i]) return i;
  return -1;
}

/// "08:30" -> 510; "24:00" -> 1440 only when `allow_end_of_day`.
std::optional<int> ParseClock(const std::string& text, bool allow_end_of_day) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  int hours = (text[0] - '0') * 10 + (text[1] - '0');
  int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59) return std::nullopt;
  if (hours == 24 && minutes == 0 && allow_end_of_day) return kDay;
  if (hours > 23) return std::nullopt;
  return hours * 60 + minutes;
}

std::string Trim(const std::string& text) {
  size_t start = text.find_first_not_of(' ');
  if (start == std::string::npos) return "";
  size_t end = text.find_last_not_of(' ');
  return text.substr(start, end - start + 1);
}

/// "08:00-12:00, 13:00-16:30" -> ranges, or empty on any malformed part.
std::optional<std::vector<TimeRange>> ParseRangeList(const std::string& text) {
  std::vector<TimeRange> ranges;
  size_t start = 0;
  while (true) {
    size_t comma = text.find(',', start);
    auto range = ParseTimeRange(Trim(text.substr(start, comma - start)));
    if (!range) return std::nullopt;
    ranges.push_back(*range);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return ranges;
}

std::string DescribeRange(int day, const TimeRange& range) {
  return std::string(kDayIds[day]) + " " + FormatMinute(range.open) + "-" +
         FormatMinute(range.close > kDay ? range.close - kDay : range.close);
}

/// Two ranges of one week (each placed on its day, overnight ones running into the next, and
/// Sunday's into Monday) that share a minute.
struct Overlap {
  int day_a, day_b;
  TimeRange a, b;
};

std::optional<Overlap> FindOverlap(const std::array<std::vector<TimeRange>, 7>& week) {
  struct Placed {
    int start, end, day;
    size_t origin;  ///< which range of which day; Sunday's overnight one is placed twice
    TimeRange range;
  };
  std::vector<Placed> placed;
  size_t origin = 0;
  for (int day = 0; day < 7; ++day) {
    for (const auto& range : week[day]) {
      int start = day * kDay + range.open, end = day * kDay + range.close;
      placed.push_back({start, end, day, origin, range});
      // The part of Sunday's overnight range that falls on Monday morning.
      if (end > 7 * kDay) placed.push_back({start - 7 * kDay, end - 7 * kDay, day, origin, range});
      ++origin;
    }
  }
  for (size_t i = 0; i < placed.size(); ++i) {
    for (size_t j = i + 1; j < placed.size(); ++j) {
      const Placed &a = placed[i], &b = placed[j];
      if (a.origin != b.origin && a.start < b.end && b.start < a.end) {
        return Overlap{a.day, b.day, a.range, b.range};
      }
    }
  }
  return std::nullopt;
}

bool OverlapsWithin(const std::vector<TimeRange>& ranges) {
  for (size_t i = 0; i < ranges.size(); ++i)
    for (size_t j = i + 1; j < ranges.size(); ++j)
      if (ranges[i].open < ranges[j].close && ranges[j].open < ranges[i].close) return true;
  return false;
}

const std::vector<TimeRange>& RangesOn(const OpeningHours& hours, long days) {
  auto it = hours.dates.find(CivilDate(days));
  return it != hours.dates.end() ? it->second : hours.week[WeekdayOf(days)];
}

}  // namespace

std::optional<TimeRange> ParseTimeRange(const std::string& text) {
  size_t dash = text.find('-');
  if (dash == std::string::npos) return std::nullopt;
  auto open = ParseClock(text.substr(0, dash), false);
  auto close = ParseClock(text.substr(dash + 1), true);
  if (!open || !close || *open == *close) return std::nullopt;
  // A close before the open runs past midnight into the next day.
  return TimeRange{*open, *close < *open ? *close + kDay : *close};
}

bool OpeningHours::AroundTheClock() const {
  if (!dates.empty()) return false;
  for (const auto& day : week)
    if (day.size() != 1 || day[0].open != 0 || day[0].close != kDay) return false;
  return true;
}

OpeningHours ParseOpeningHours(const FrontMatter& meta, Diagnostics& diagnostics) {
  OpeningHours hours;
  for (size_t i = 0; i < meta.hours.size(); ++i) {
    const std::string& entry = meta.hours[i];
    SourceLocation where = meta.WhereItem("hours", i);
    std::string text = Trim(entry);
    size_t space = text.find(' ');
    std::string days = text.substr(0, space);
    size_t dash = days.find('-');
    int first = DayIndex(days.substr(0, dash));
    int last = dash == std::string::npos ? first : DayIndex(days.substr(dash + 1));
    auto ranges =
        space == std::string::npos ? std::nullopt : ParseRangeList(text.substr(space + 1));
    if (first < 0 || last < 0 || !ranges) {
      std::string why = first < 0 || last < 0 ? "the days are not" : "the times are not";
      if (space == std::string::npos) why = "there are no times in them; they are not";
      diagnostics.Error(
          where,
          "opening hours '" + entry + "': " + why + " in the form " + "'mon-fri 08:00-16:30'",
          kGrammarHint);
      continue;
    }
    if (OverlapsWithin(*ranges)) {
      diagnostics.Error(where, "opening hours '" + entry + "': two of its times overlap",
                        "each minute of a day belongs to one range at most");
      continue;
    }
    HoursRule rule{first, last, *ranges};
    std::array<std::vector<TimeRange>, 7> week = hours.week;
    for (int day = first;; day = (day + 1) % 7) {
      for (const auto& range : rule.ranges) week[day].push_back(range);
      if (day == last) break;
    }
    if (auto overlap = FindOverlap(week)) {
      diagnostics.Error(where,
                        "opening hours '" + entry + "' overlap another entry: " +
                            DescribeRange(overlap->day_a, overlap->a) + " and " +
                            DescribeRange(overlap->day_b, overlap->b),
                        "each minute of the week belongs to one range at most; an overnight "
                        "range counts on the next morning too");
      continue;
    }
    for (auto& day : week) {
      std::sort(day.begin(), day.end(),
                [](const TimeRange& a, const TimeRange& b) { return a.open < b.open; });
    }
    hours.week = week;
    hours.rules.push_back(std::move(rule));
  }

  for (size_t i = 0; i < meta.closed.size(); ++i) {
    const std::string& date = meta.closed[i];
    if (!IsIsoDate(date)) {
      diagnostics.Error(meta.WhereItem("closed", i), "'closed' holds '" + date + "', not a date",
                        "write each date as YYYY-MM-DD, e.g. 2026-12-24");
    } else if (!hours.dates.emplace(date, std::vector<TimeRange>{}).second) {
      diagnostics.Error(meta.WhereItem("closed", i), "'closed' lists " + date + " twice");
    }
  }
  for (size_t i = 0; i < meta.hours_on.size(); ++i) {
    const auto& [date, text] = meta.hours_on[i];
    SourceLocation where = meta.WhereItem("hours_on", i);
    if (!IsIsoDate(date)) {
      diagnostics.Error(where, "'hours_on' holds '" + date + "', not a date",
                        "write each date as YYYY-MM-DD, e.g. 2026-12-31: \"10:00-14:00\"");
      continue;
    }
    auto ranges = ParseRangeList(text);
    if (!ranges) {
      diagnostics.Error(
          where,
          "'hours_on' for " + date + ": '" + text + "' is not in the form " + "'10:00-14:00'",
          "times HH:MM-HH:MM, several separated by commas; a day closed all day "
          "goes in 'closed'");
      continue;
    }
    if (OverlapsWithin(*ranges)) {
      diagnostics.Error(where, "'hours_on' for " + date + ": two of its times overlap");
      continue;
    }
    std::sort(ranges->begin(), ranges->end(),
              [](const TimeRange& a, const TimeRange& b) { return a.open < b.open; });
    if (!hours.dates.emplace(date, *ranges).second) {
      bool closed = std::find(meta.closed.begin(), meta.closed.end(), date) != meta.closed.end();
      diagnostics.Error(where,
                        closed ? date + " is in both 'closed' and 'hours_on'"
                               : "'hours_on' gives " + date + " twice",
                        "give each date once: closed all day, or its hours");
    }
  }
  return hours;
}

HoursState StateAt(const OpeningHours& hours, const CivilTime& now) {
  HoursState state;
  long today = DaysFromCivil(now.year, now.month, now.day);
  state.exception_today = hours.dates.count(CivilDate(today)) > 0;
  // Every range from yesterday (an overnight one reaches into today) to a week ahead, in
  // minutes from today's midnight; touching ranges join, so 16:30-24:00 followed by a next
  // day's 00:00-08:00 is one opening.
  std::vector<std::pair<long, long>> spans;
  for (long offset = -1; offset <= 8; ++offset) {
    for (const auto& range : RangesOn(hours, today + offset)) {
      long start = offset * kDay + range.open, end = offset * kDay + range.close;
      if (!spans.empty() && start <= spans.back().second) {
        spans.back().second = std::max(spans.back().second, end);
      } else {
        spans.emplace_back(start, end);
      }
    }
  }
  long minute = now.minute;
  long horizon = 7L * kDay + minute;  // a change further away than a week is not reported
  auto at = [](long m, bool closing) {
    long day = m / kDay, of_day = m % kDay;
    if (closing && of_day == 0) return std::pair<int, int>(day - 1, kDay);
    return std::pair<int, int>(day, of_day);
  };
  for (const auto& [start, end] : spans) {
    if (start <= minute && minute < end) {
      state.open = true;
      if (end <= horizon) state.change = at(end, true);
      return state;
    }
    if (start > minute) {
      if (start <= horizon) state.change = at(start, false);
      return state;
    }
  }
  return state;
}

std::string OpeningHoursJson(const OpeningHours& hours) {
  if (hours.Empty()) return "";
  auto ranges = [](const std::vector<TimeRange>& list) {
    std::string out = "[";
    for (const auto& range : list) {
      if (out.size() > 1) out += ",";
      out += "[" + std::to_string(range.open) + "," + std::to_string(range.close) + "]";
    }
    return out + "]";
  };
  std::string out = "{\"week\":[";
  for (int day = 0; day < 7; ++day) out += (day ? "," : "") + ranges(hours.week[day]);
  out += "],\"dates\":{";
  bool first = true;
  for (const auto& [date, list] : hours.dates) {
    out += (first ? "\"" : ",\"") + date + "\":" + ranges(list);
    first = false;
  }
  return out + "}}";
}

const char* DayId(int day) {
  return kDayIds[day];
}

std::string FormatMinute(int minute) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", (minute / 60) % 100, minute % 60);
  return buffer;
}

// Howard Hinnant's days_from_civil: the proleptic Gregorian calendar, without time zones.
long DaysFromCivil(int year, int month, int day) {
  year -= month <= 2;
  long era = (year >= 0 ? year : year - 399) / 400;
  long yoe = year - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int WeekdayOf(long days) {  // 1970-01-01 was a Thursday
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string CivilDate(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long day = doy - (153 * mp + 2) / 5 + 1;
  long month = mp < 10 ? mp + 3 : mp - 9;
  long year = yoe + era * 400 + (month <= 2);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04ld-%02ld-%02ld", year, month, day);
  return buffer;
}

}  // namespace kunskap
