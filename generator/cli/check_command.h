// `kunskap check`: everything a CI job should stop on, in one report with path:line:col and
// an exit code, without writing the site: the build's own errors and warnings (broken links
// and anchors, front matter, missing translations, unknown contact ids, unused definitions,
// web addresses that cannot work) plus pages past or near their review date.
#pragma once

#include <iosfwd>

#include "cli/build_command.h"
#include "cli/command_line.h"

namespace kunskap {

/// Returns 0 when there are no errors, 1 otherwise.
int RunCheckCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                    std::ostream& err);

}  // namespace kunskap
