// Writes the shared opening-hours table (opening_hours_cases.json) with each schedule as the
// generator hands it to the theme's script (a card's data-hours), and the theme's strings the
// script's labels are made from, for opening_hours_test.js.
//   dump_opening_hours REPO_DIR > cases.json
#include <iostream>
#include <nlohmann/json.hpp>

#include "content/opening_hours_cases.h"
#include "render/i18n_strings.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: dump_opening_hours REPO_DIR\n";
    return 2;
  }
  std::string repo = argv[1];
  auto cases = kunskap::testing::OpeningHoursCases(repo);
  nlohmann::json out;
  for (auto& schedule : cases["schedules"]) {
    auto source = kunskap::testing::ScheduleText(schedule, repo);
    kunskap::Diagnostics diagnostics;
    auto parsed = kunskap::ParseFrontMatter(source.text, source.path, diagnostics);
    if (!parsed) return 1;
    auto hours = kunskap::ParseOpeningHours(parsed->front_matter, diagnostics);
    if (diagnostics.HasErrors()) {
      for (const auto& d : diagnostics.Sorted()) std::cerr << d.Format() << "\n";
      return 1;
    }
    schedule["data"] = nlohmann::json::parse(kunskap::OpeningHoursJson(hours));
    out["schedules"].push_back(schedule);
  }
  for (const char* language : {"sv", "en", "ar"}) {
    std::string path = repo + "/themes/default/i18n/" + language + ".toml";
    kunskap::Diagnostics diagnostics;
    auto strings =
        kunskap::ParseI18nStrings(kunskap::testing::ReadTextFile(path), path, diagnostics);
    out["strings"][language] = strings.strings;
  }
  std::cout << out.dump(1) << "\n";
  return 0;
}
