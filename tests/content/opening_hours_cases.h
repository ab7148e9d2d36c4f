// The shared table of opening-hours cases (opening_hours_cases.json), read into front matter
// as an author would write it, for the C++ test and for the dump the JavaScript test reads.
#pragma once

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>

#include "content/front_matter.h"
#include "content/opening_hours.h"

namespace kunskap::testing {

inline std::string ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline nlohmann::json OpeningHoursCases(const std::string& repo_root) {
  return nlohmann::json::parse(ReadTextFile(repo_root + "/tests/content/opening_hours_cases.json"));
}

/// A schedule as front matter: the page it names ("from", relative to the repo), or YAML
/// written from its hours, closed and hours_on. `lines` gets the line of each item.
struct ScheduleSource {
  std::string text;
  std::string path;
  std::map<std::pair<std::string, size_t>, int> lines;
};

inline ScheduleSource ScheduleText(const nlohmann::json& schedule, const std::string& repo_root) {
  ScheduleSource source;
  if (schedule.contains("from")) {
    source.path = schedule["from"].get<std::string>();
    source.text = ReadTextFile(repo_root + "/" + source.path);
    return source;
  }
  source.path = "content/sv/kontakt/test.md";
  int line = 1;
  std::string text = "---\n";
  for (const char* field : {"hours", "closed"}) {
    if (!schedule.contains(field)) continue;
    text += std::string(field) + ":\n";
    ++line;
    size_t index = 0;
    for (const auto& item : schedule[field]) {
      text += "  - " + nlohmann::json(item.get<std::string>()).dump() + "\n";
      source.lines[{field, index++}] = ++line;
    }
  }
  if (schedule.contains("hours_on")) {
    text += "hours_on:\n";
    ++line;
    size_t index = 0;
    for (const auto& [date, hours] : schedule["hours_on"].items()) {
      text += "  " + nlohmann::json(date).dump() + ": " + hours.dump() + "\n";
      source.lines[{"hours_on", index++}] = ++line;
    }
  }
  source.text = text + "title: Test\n---\n";
  return source;
}

/// "2026-12-03 20:00" -> the civil time.
inline CivilTime ParseCivilTime(const std::string& text) {
  return {std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2)),
          std::stoi(text.substr(11, 2)) * 60 + std::stoi(text.substr(14, 2))};
}

}  // namespace kunskap::testing
