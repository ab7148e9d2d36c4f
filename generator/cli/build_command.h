// `kunskap build`: runs the pipeline on the disk, prints every diagnostic and a summary,
// and publishes the output only when there are no errors.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/command_line.h"

namespace kunskap {

/// Where the tool's own files are: built-in themes, and the npm packages for the browser.
struct ToolDirs {
  std::vector<std::string> themes;
  std::vector<std::string> packages;
};

/// Returns the exit code: 0 built, 1 the site has errors.
int RunBuildCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                    std::ostream& err);

}  // namespace kunskap
