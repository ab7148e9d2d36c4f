// Sites on disk for the command tests: a copy of a fixture or of the repo's own site in a
// fresh temporary folder (builds never write into the repo), the build command run on it,
// and a folder's files as a map to compare two outputs.
#pragma once

#include <boost/filesystem.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/build_command.h"

namespace kunskap::testing {

namespace fs = boost::filesystem;

inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path.string(), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path.string(), std::ios::binary | std::ios::trunc) << text;
}

/// Copies the folders `names` of `from` into a fresh temporary folder.
inline fs::path CopySite(const fs::path& from, const std::vector<std::string>& names) {
  fs::path to = fs::temp_directory_path() / fs::unique_path("kunskap-site-%%%%-%%%%");
  for (const auto& name : names) {
    if (fs::is_regular_file(from / name)) {
      fs::create_directories((to / name).parent_path());
      fs::copy_file(from / name, to / name);
      continue;
    }
    for (fs::recursive_directory_iterator it(from / name), end; it != end; ++it) {
      fs::path target = to / name / it->path().lexically_relative(from / name);
      if (fs::is_directory(it->path())) {
        fs::create_directories(target);
      } else {
        fs::create_directories(target.parent_path());
        fs::copy_file(it->path(), target);
      }
    }
  }
  return to;
}

/// A copy of tests/fixtures/<name> in a fresh temporary folder.
inline fs::path CopyFixture(const std::string& name) {
  fs::path from = fs::path(KUNSKAP_TEST_FIXTURES) / name;
  std::vector<std::string> entries;
  for (fs::directory_iterator it(from), end; it != end; ++it) {
    entries.push_back(it->path().filename().string());
  }
  return CopySite(from, entries);
}

struct CommandRun {
  int exit_code;
  std::string out;
  std::string err;
};

inline CommandRun BuildSite(const fs::path& site, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "--source", site.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  CommandLine line = ParseCommandLine(args);
  std::ostringstream out, err;
  int code = RunBuildCommand(line, {{KUNSKAP_TEST_THEMES}, {KUNSKAP_TEST_PACKAGES}}, out, err);
  return {code, out.str(), err.str()};
}

/// Every file under dir with its bytes.
inline std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (fs::recursive_directory_iterator it(dir), end; it != end; ++it) {
    if (fs::is_regular_file(it->path())) {
      files[it->path().lexically_relative(dir).generic_string()] = ReadFile(it->path());
    }
  }
  return files;
}

}  // namespace kunskap::testing
