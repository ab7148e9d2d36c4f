// The build, one stage a line: config -> content -> markdown -> site -> render -> output.
// It runs against any FileSystem, so tests build whole sites in memory; publishing to disk
// is a separate step (output/atomic_output.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/page_loader.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/stage_timings.h"
#include "output/atomic_output.h"
#include "output/build_cache.h"
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
  /// Contact routes marked `example: true` are errors rather than warnings (kunskap check
  /// without --allow-examples): placeholder numbers must not be published as real ones.
  bool refuse_examples = false;
  /// The output folder; empty: the config's output_dir (else "public") in the site folder.
  std::string out_dir;
  /// The incremental build's cache; null: a clean build that remembers nothing. The
  /// pipeline opens it for this tool and config; the command records the published outputs.
  BuildCache* cache = nullptr;
  /// The cache lives in the config's cache_dir and the previous output is on disk in
  /// out_dir (kunskap build); otherwise both are in memory (kunskap serve).
  bool cache_on_disk = false;
  /// Keep the previous search indexes even where pages changed, and say so in the result
  /// (kunskap serve shows the changed page first and rebuilds the index right after).
  bool defer_search = false;
  /// Pages parsed by the previous build in this process (kunskap serve); null: parse all.
  ParsedPages* parsed_pages = nullptr;
  /// Ignore what the cache holds for this build (a clean build), but fill it for the next.
  bool clean = false;
};

/// How much an incremental build made again.
struct BuildCounts {
  size_t bodies_rendered = 0;
  size_t pages_rendered = 0;
  size_t search_indexes_built = 0;
  size_t search_indexes_deferred = 0;  ///< out of date, kept for now (defer_search)
};

struct BuildResult {
  Diagnostics diagnostics;
  std::optional<OutputTree> output;  ///< set only when the build has no errors
  std::string out_dir;               ///< where the output goes (options, else the config)
  size_t page_count = 0;
  StageTimings timings;
  BuildCounts counts;
  /// What each page and search file was made from, for the cache once it is published.
  std::map<std::string, OutputRecord> outputs;
};

/// Records a published build in the cache (with the written files' stamps, for a build on
/// disk) and saves it.
void RememberOutputs(BuildCache& cache, BuildResult& result,
                     const std::map<std::string, FileStamp>& stamps);

BuildResult RunPipeline(const FileSystem& fs, const BuildOptions& options);

/// The stages up to the whole-site model (config, content, markdown, site), for commands and
/// tests that need the model rather than the files. nullopt when the config is unusable.
std::optional<Site> BuildSiteModel(const FileSystem& fs, const BuildOptions& options,
                                   Diagnostics& diagnostics, StageTimings* timings = nullptr,
                                   BuildCounts* counts = nullptr);

}  // namespace kunskap
