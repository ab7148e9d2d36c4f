// kunskap's entry point: dispatches to the commands in cli/.
#include <iostream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/command_line.h"
#include "cli/index_command.h"
#include "cli/new_command.h"
#include "cli/serve_command.h"
#include "core/file_system.h"

namespace {

/// The tool's own themes and browser packages: installed under the prefix, or, for a build
/// that was not installed, in the source tree it was built from.
kunskap::ToolDirs BuiltInDirs() {
  kunskap::DiskFileSystem fs;
  kunskap::ToolDirs dirs;
  for (const char* dir : {KUNSKAP_THEME_DIR, KUNSKAP_SOURCE_THEME_DIR}) {
    if (fs.IsDirectory(dir)) dirs.themes.push_back(dir);
  }
  for (const char* dir : {KUNSKAP_PACKAGE_DIR, KUNSKAP_SOURCE_PACKAGE_DIR}) {
    if (fs.IsDirectory(dir)) dirs.packages.push_back(dir);
  }
  return dirs;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  kunskap::CommandLine line = kunskap::ParseCommandLine(args);
  if (!line.error.empty()) {
    std::cerr << "kunskap: " << line.error << "\n"
              << "run 'kunskap --help' for usage\n";
    return 2;
  }
  if (line.command == "version") {
    std::cout << "kunskap " << KUNSKAP_VERSION << "\n";
    return 0;
  }
  if (line.command == "help") {
    std::string topic = line.Value("topic");
    for (const auto& command : kunskap::Commands()) {
      if (command.name == topic) {
        std::cout << command.usage;
        return 0;
      }
    }
    std::cout << kunskap::GeneralHelp();
    return 0;
  }
  for (const auto& command : kunskap::Commands()) {
    if (command.name == line.command && line.help) {
      std::cout << command.usage;
      return 0;
    }
  }
  if (line.command == "serve") {
    return kunskap::RunServeCommand(line, BuiltInDirs(), std::cout, std::cerr);
  }
  if (line.command == "check") {
    return kunskap::RunCheckCommand(line, BuiltInDirs(), std::cout, std::cerr);
  }
  if (line.command == "build") {
    return kunskap::RunBuildCommand(line, BuiltInDirs(), std::cout, std::cerr);
  }
  if (line.command == "index") {
    return kunskap::RunIndexCommand(line, std::cin, std::cout, std::cerr);
  }
  if (line.command == "new") {
    return kunskap::RunNewCommand(line, BuiltInDirs(), std::cout, std::cerr);
  }
  return 2;
}
