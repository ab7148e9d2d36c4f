// The build, one stage a line: config -> content -> markdown -> site -> render -> output.
// It runs against any FileSystem, so tests build whole sites in memory; publishing to disk
// is a separate step (output/atomic_output.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/stage_timings.h"
#include "output/output_tree.h"
#include "site/site_model.h"

namespace kunskap {

struct BuildOptions {
  std::string site_dir = ".";
  bool include_drafts = false;
  std::string base_url;                 ///< overrides the config's when set
  std::vector<std::string> theme_dirs;  ///< built-in theme folders, after the site's themes/
  /// Folders holding the npm packages lunr and lunr-languages, after the site's node_modules.
  std::vector<std::string> package_dirs;
  /// Read last-changed dates from git (or file times); off for sites held in memory.
  bool read_dates = false;
  /// "Today" for review dates (YYYY-MM-DD); empty: the system's date.
  std::string today;
  /// Pages past their review date are errors, due within 30 days warnings (kunskap check).
  bool check_reviews = false;
};

struct BuildResult {
  Diagnostics diagnostics;
  std::optional<OutputTree> output;  ///< set only when the build has no errors
  std::string output_dir;            ///< from the config
  size_t page_count = 0;
  StageTimings timings;
};

BuildResult RunPipeline(const FileSystem& fs, const BuildOptions& options);

/// The stages up to the whole-site model (config, content, markdown, site), for commands and
/// tests that need the model rather than the files. nullopt when the config is unusable.
std::optional<Site> BuildSiteModel(const FileSystem& fs, const BuildOptions& options,
                                   Diagnostics& diagnostics, StageTimings* timings = nullptr);

}  // namespace kunskap
