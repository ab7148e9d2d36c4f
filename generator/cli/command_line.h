// Parses `kunskap <command> [options]`: the table of commands, their options, and usage
// errors (exit code 2) that say what was wrong.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kunskap {

struct CommandLine {
  std::string command;                        ///< "build", "help", "version"
  std::map<std::string, std::string> values;  ///< "--out" -> "public"
  std::vector<std::string> flags;             ///< "--drafts"
  std::vector<std::string> arguments;         ///< positional: "article", "sv", "Title"
  bool help = false;
  std::string error;  ///< set on a usage error

  bool Has(const std::string& flag) const;
  std::string Value(const std::string& option, const std::string& fallback = "") const;
};

struct CommandSpec {
  std::string name;
  std::string summary;
  std::vector<std::string> value_options;   ///< take a value: --out DIR
  std::vector<std::string> flag_options;    ///< take none: --drafts
  std::string usage;                        ///< the text --help prints
  std::vector<std::string> arguments = {};  ///< names of required positional arguments
};

const std::vector<CommandSpec>& Commands();
CommandLine ParseCommandLine(const std::vector<std::string>& args);
std::string GeneralHelp();

}  // namespace kunskap
