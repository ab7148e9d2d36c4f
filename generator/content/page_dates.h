// When each content file last changed, and when it first appeared: read from git in one pass
// over the history with libgit2, or from file times outside a git checkout. Front matter
// `lastmod` and `date` win where they are given.
#pragma once

#include <map>
#include <string>

#include "core/diagnostics.h"

namespace kunskap {

struct FileDates {
  std::string first;  ///< YYYY-MM-DD of the first commit that added the file
  std::string last;   ///< YYYY-MM-DD of the last commit that changed it
};

/// Dates for the files under `site_dir`/content, keyed "content/sv/x.md". Uses git when
/// site_dir is inside a work tree (files changed but not committed count as changed today),
/// else the files' modification times.
std::map<std::string, FileDates> ReadPageDates(const std::string& site_dir,
                                               Diagnostics& diagnostics);

/// Today's date as YYYY-MM-DD (UTC).
std::string TodayUtc();

}  // namespace kunskap
