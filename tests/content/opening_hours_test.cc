// The opening-hours model against the shared table (opening_hours_cases.json): what a reader
// is told at each clock time, and the author's mistakes, each an error at its line.
#include "content/opening_hours.h"

#include <catch2/catch.hpp>

#include "content/front_matter.h"
#include "content/opening_hours_cases.h"

using namespace kunskap;

namespace {

OpeningHours ParseSchedule(const testing::ScheduleSource& source, Diagnostics& diagnostics) {
  auto parsed = ParseFrontMatter(source.text, source.path, diagnostics);
  REQUIRE(parsed);
  return ParseOpeningHours(parsed->front_matter, diagnostics);
}

std::string Describe(const HoursState& state) {
  std::string text = state.open ? "open" : "closed";
  if (state.exception_today) text += ", exception today";
  if (state.change) {
    text += ", changes in " + std::to_string(state.change->first) + " days at " +
            FormatMinute(state.change->second);
  }
  return text;
}

}  // namespace

TEST_CASE("opening hours: every check of the shared table") {
  auto cases = testing::OpeningHoursCases(KUNSKAP_REPO_ROOT);
  size_t checked = 0;
  for (const auto& schedule : cases["schedules"]) {
    auto source = testing::ScheduleText(schedule, KUNSKAP_REPO_ROOT);
    Diagnostics diagnostics;
    OpeningHours hours = ParseSchedule(source, diagnostics);
    INFO(schedule["name"].get<std::string>());
    REQUIRE(diagnostics.All().empty());
    REQUIRE(!hours.Empty());
    for (const auto& check : schedule["checks"]) {
      HoursState expected;
      expected.open = check["open"].get<bool>();
      expected.exception_today = check.value("exception_today", false);
      if (!check["change"].is_null()) {
        std::string time = check["change"][1].get<std::string>();
        expected.change = {check["change"][0].get<int>(),
                           std::stoi(time.substr(0, 2)) * 60 + std::stoi(time.substr(3, 2))};
      }
      HoursState actual = StateAt(hours, testing::ParseCivilTime(check["at"].get<std::string>()));
      INFO("at " << check["at"].get<std::string>());
      CHECK(Describe(actual) == Describe(expected));
      ++checked;
    }
  }
  CHECK(checked >= 50);
}

TEST_CASE("opening hours: every mistake of the shared table is an error at its line") {
  auto cases = testing::OpeningHoursCases(KUNSKAP_REPO_ROOT);
  for (const auto& error : cases["errors"]) {
    auto source = testing::ScheduleText(error, KUNSKAP_REPO_ROOT);
    Diagnostics diagnostics;
    ParseSchedule(source, diagnostics);
    std::string field = error["at"][0].get<std::string>();
    size_t index = error["at"][1].get<size_t>();
    INFO(source.text);
    REQUIRE(diagnostics.ErrorCount() == 1);
    const Diagnostic& found = diagnostics.All().front();
    CHECK_THAT(found.message, Catch::Contains(error["message"].get<std::string>()));
    CHECK(found.location.line == source.lines.at({field, index}));
    CHECK(found.location.column > 1);
  }
}

TEST_CASE("opening hours: the model the theme's script reads") {
  Diagnostics diagnostics;
  testing::ScheduleSource source;
  source.path = "content/sv/kontakt/x.md";
  source.text =
      "---\ntitle: X\nhours: [\"mon-fri 16:30-08:00\", \"sat 10:00-12:00, 13:00-15:00\"]\n"
      "closed: [2026-12-24]\nhours_on: {2026-12-31: \"10:00-14:00\"}\n---\n";
  OpeningHours hours = ParseSchedule(source, diagnostics);
  REQUIRE(diagnostics.All().empty());
  CHECK(OpeningHoursJson(hours) ==
        "{\"week\":[[[990,1920]],[[990,1920]],[[990,1920]],[[990,1920]],[[990,1920]],"
        "[[600,720],[780,900]],[]],\"dates\":{\"2026-12-24\":[],\"2026-12-31\":[[600,840]]}}");
  CHECK(hours.rules.size() == 2);
  CHECK(!hours.AroundTheClock());
  CHECK(OpeningHoursJson(OpeningHours{}).empty());
}

TEST_CASE("opening hours in TOML front matter, with the same rules") {
  Diagnostics diagnostics;
  auto parsed = ParseFrontMatter(
      "+++\ntitle = \"X\"\nhours = [\"mon-sun 00:00-24:00\"]\nclosed = [2026-12-24]\n"
      "hours_on = { 2026-12-31 = \"10:00-14:00\" }\n+++\n",
      "content/sv/kontakt/x.md", diagnostics);
  REQUIRE(parsed);
  OpeningHours hours = ParseOpeningHours(parsed->front_matter, diagnostics);
  CHECK(diagnostics.All().empty());
  CHECK(hours.dates.size() == 2);
  CHECK(hours.dates.at("2026-12-31") == std::vector<TimeRange>{{600, 840}});
}

TEST_CASE("civil dates: days, weekdays and back") {
  CHECK(WeekdayOf(DaysFromCivil(2026, 12, 3)) == 3);  // a Thursday
  CHECK(WeekdayOf(DaysFromCivil(1970, 1, 1)) == 3);
  CHECK(WeekdayOf(DaysFromCivil(2028, 2, 29)) == 1);
  CHECK(CivilDate(DaysFromCivil(2028, 2, 29) + 1) == "2028-03-01");
  CHECK(CivilDate(DaysFromCivil(2026, 12, 31) + 1) == "2027-01-01");
  CHECK(FormatMinute(1440) == "24:00");
  CHECK(FormatMinute(5) == "00:05");
}
