// `kunskap serve`: builds the site, serves it on localhost from memory, watches content,
// theme and config, rebuilds on every save and reloads the open tabs. A build with errors
// prints them and shows them over the page, and the last good build keeps being served.
#pragma once

#include <atomic>
#include <iosfwd>

#include "cli/build_command.h"
#include "cli/command_line.h"

namespace kunskap {

/// Runs until `stop` becomes true (or SIGINT/SIGTERM when `handle_signals`). Returns the
/// exit code. `on_ready` (if set) is told the port once serving.
int RunServeCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                    std::ostream& err, std::atomic<bool>* stop = nullptr,
                    std::atomic<int>* port_out = nullptr, bool handle_signals = true);

}  // namespace kunskap
