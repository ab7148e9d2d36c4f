// `kunskap build`: runs the pipeline on the disk, prints every diagnostic and a summary,
// and publishes the output only when there are no errors.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/command_line.h"

namespace kunskap {

/// Returns the exit code: 0 built, 1 the site has errors.
int RunBuildCommand(const CommandLine& line, const std::vector<std::string>& theme_dirs,
                    std::ostream& out, std::ostream& err);

}  // namespace kunskap
