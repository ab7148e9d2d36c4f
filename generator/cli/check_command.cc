#include "cli/check_command.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/pipeline.h"
#include "content/front_matter.h"

namespace kunskap {

int RunCheckCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                    std::ostream& err) {
  BuildOptions options;
  options.site_dir = line.Value("--source", ".");
  options.theme_dirs = tool.themes;
  options.package_dirs = tool.packages;
  options.today = line.Value("--today");
  options.check_reviews = true;
  options.refuse_examples = !line.Has("--allow-examples");
  std::string format = line.Value("--format", "text");
  if (!options.today.empty() && !IsIsoDate(options.today)) {
    err << "kunskap: --today must be a date written YYYY-MM-DD\n";
    return 2;
  }
  if (format != "text" && format != "json") {
    err << "kunskap: --format is text or json\n";
    return 2;
  }
  DiskFileSystem fs;
  BuildResult result = RunPipeline(fs, options);
  auto diagnostics = result.diagnostics.Sorted();
  for (auto& diagnostic : diagnostics) {
    if (!diagnostic.location.path.empty() && diagnostic.location.path[0] != '/') {
      diagnostic.location.path = JoinPath(options.site_dir, diagnostic.location.path);
    }
  }
  size_t errors = result.diagnostics.ErrorCount();
  size_t warnings = result.diagnostics.WarningCount();
  if (format == "json") {
    nlohmann::ordered_json report = {{"errors", errors}, {"warnings", warnings}};
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& d : diagnostics) {
      items.push_back({{"path", d.location.path},
                       {"line", d.location.line},
                       {"column", d.location.column},
                       {"severity", d.severity == Severity::kError ? "error" : "warning"},
                       {"message", d.message},
                       {"hint", d.hint}});
    }
    report["diagnostics"] = items;
    out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    for (const auto& d : diagnostics) err << d.Format() << "\n";
    err << "kunskap check: " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
        << (warnings == 1 ? " warning" : " warnings") << "\n";
  }
  return errors > 0 ? 1 : 0;
}

}  // namespace kunskap
