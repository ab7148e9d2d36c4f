// Finds the content files of a site: content/<lang>/**.md per configured language, and the
// other files beside them. Folders that are not a configured language are errors.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace kunskap {

struct ContentFile {
  std::string language;
  std::string rel_path;     ///< under content/<lang>/
  std::string source_path;  ///< "content/<lang>/<rel_path>", relative to the site folder
  bool is_markdown = false;
};

/// Lists content files under `site_dir`/content. Diagnostics name paths relative to site_dir.
std::vector<ContentFile> ScanContent(const FileSystem& fs, const std::string& site_dir,
                                     const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace kunskap
