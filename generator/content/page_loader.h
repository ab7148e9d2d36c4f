// Turns content files into typed, placed pages: reads each file (in parallel), checks its
// encoding and front matter against the site configuration, and lays out its URL.
#pragma once

#include "config/site_config.h"
#include "content/page.h"
#include "content/page_dates.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace kunskap {

struct LoadOptions {
  bool include_drafts = false;
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
