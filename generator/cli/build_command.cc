#include "cli/build_command.h"

#include <chrono>
#include <iomanip>
#include <ostream>

#include "cli/pipeline.h"
#include "output/atomic_output.h"

namespace kunskap {
namespace {

/// Diagnostics name paths relative to the site folder; print them as the user can open them.
void Print(const Diagnostics& diagnostics, const std::string& site_dir, std::ostream& err) {
  for (auto diagnostic : diagnostics.Sorted()) {
    if (!diagnostic.location.path.empty() && diagnostic.location.path[0] != '/') {
      diagnostic.location.path = JoinPath(site_dir, diagnostic.location.path);
    }
    err << diagnostic.Format() << "\n";
  }
}

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int RunBuildCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                    std::ostream& err) {
  auto start = std::chrono::steady_clock::now();
  BuildOptions options;
  options.site_dir = line.Value("--source", ".");
  options.include_drafts = line.Has("--drafts");
  options.base_url = line.Value("--base-url");
  options.theme_dirs = tool.themes;
  options.package_dirs = tool.packages;
  options.read_dates = true;
  DiskFileSystem fs;
  BuildResult result = RunPipeline(fs, options);

  std::string out_dir = line.Value("--out");
  if (out_dir.empty()) {
    out_dir = JoinPath(options.site_dir, result.output_dir.empty() ? "public" : result.output_dir);
  }
  if (result.output) {
    result.timings.Start("output: write");
    PublishOutput(*result.output, fs, out_dir, result.diagnostics);
    result.timings.Stop();
  }
  if (line.Has("--timings")) {
    for (const auto& [stage, ms] : result.timings.stages()) {
      out << std::setw(9) << std::fixed << std::setprecision(1) << ms << " ms  " << stage << "\n";
    }
  }

  Print(result.diagnostics, options.site_dir, err);
  size_t errors = result.diagnostics.ErrorCount();
  size_t warnings = result.diagnostics.WarningCount();
  if (errors > 0) {
    err << "kunskap: " << Plural(errors, "error") << ", " << Plural(warnings, "warning")
        << "; nothing was written (the previous output is unchanged)\n";
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << "kunskap: built " << Plural(result.page_count, "page") << " into " << out_dir << " in "
      << std::fixed << std::setprecision(2) << seconds << " s" << (warnings ? ", " : "")
      << (warnings ? Plural(warnings, "warning") : "") << "\n";
  return 0;
}

}  // namespace kunskap
