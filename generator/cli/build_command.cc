#include "cli/build_command.h"

#include <chrono>
#include <iomanip>
#include <map>
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
  options.out_dir = line.Value("--out");
  options.theme_dirs = tool.themes;
  options.package_dirs = tool.packages;
  options.read_dates = true;
  // --clean builds everything and starts the cache afresh; otherwise a build keeps what the
  // previous one made and no change has touched.
  BuildCache cache;
  options.cache = &cache;
  options.cache_on_disk = true;
  options.clean = line.Has("--clean");
  DiskFileSystem fs;
  BuildResult result = RunPipeline(fs, options);

  const std::string& out_dir = result.out_dir;
  if (result.output) {
    result.timings.Start("output: write");
    std::map<std::string, FileStamp> stamps;
    if (PublishOutput(*result.output, fs, out_dir, result.diagnostics, &stamps)) {
      RememberOutputs(cache, result, stamps);
    }
    result.timings.Stop();
  }
  if (line.Has("--timings")) {
    for (const auto& [stage, ms] : result.timings.stages()) {
      out << std::setw(9) << std::fixed << std::setprecision(1) << ms << " ms  " << stage << "\n";
    }
    out << "made again: " << result.counts.bodies_rendered << " of " << result.page_count
        << " bodies, " << result.counts.pages_rendered << " of " << result.page_count << " pages, "
        << result.counts.search_indexes_built << " search indexes\n";
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
