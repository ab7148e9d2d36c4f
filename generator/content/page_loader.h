// Turns content files into typed, placed pages: reads each file (in parallel), checks its
// encoding and front matter against the site configuration, and lays out its URL.
#pragma once

#include <unordered_map>

#include "config/site_config.h"
#include "content/page.h"
#include "content/page_dates.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace kunskap {

/// Pages parsed by an earlier build in the same process (kunskap serve), by source path,
/// each with the digest of the file's bytes: only files that changed are parsed again.
/// Pages that had diagnostics are not kept, so their problems show on every build.
struct ParsedPages {
  uint64_t config_digest = 0;  ///< the config they were parsed under
  std::unordered_map<std::string, Page> pages;
};

/// What a contact route marked `example: true` (placeholder details) is: `kunskap build`
/// warns, `kunskap check` refuses it unless told --allow-examples.
enum class ExampleRoutes { kWarn, kError };

struct LoadOptions {
  bool include_drafts = false;
  ExampleRoutes examples = ExampleRoutes::kWarn;
  ParsedPages* parsed = nullptr;  ///< optional; its config_digest is the current config's
};

ContentSet LoadContent(const FileSystem& fs, const std::string& site_dir, const SiteConfig& config,
                       const LoadOptions& options, Diagnostics& diagnostics);

/// Sets each page's last_changed and published dates: front matter first, then `dates`
/// (from git or file times, keyed by source path).
void ApplyPageDates(ContentSet& content, const std::map<std::string, FileDates>& dates);

/// Reads one page from text (the part of LoadContent that needs no file system): used by
/// tests and fuzzers. Returns nullopt when the file cannot become a page.
std::optional<Page> ParsePage(const std::string& text, const std::string& language,
                              const std::string& rel_path, const SiteConfig& config,
                              Diagnostics& diagnostics);

/// "begrepp/eftervald.md" -> "/sv/begrepp/eftervald/" (slugified segments; `slug` overrides
/// the last one). Empty when a segment has no usable characters.
std::string PageUrl(const std::string& language, const std::string& rel_path,
                    const std::string& slug_override);

}  // namespace kunskap
