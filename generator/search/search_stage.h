// The search stage: per language, a Lunr index (search-index.json) that lunr.js loads as it
// is, and the records the result list shows (search-docs.json); and the browser's copy of
// lunr.js and lunr-languages, taken from the npm packages the project installs.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "render/rendered_file.h"
#include "search/compound_splitter.h"
#include "site/site_model.h"

namespace kunskap {

struct SearchInputs {
  /// Per language code: the vocabulary compounds are split against (absent: no splitting).
  std::map<std::string, CompoundSplitter> splitters;
  /// Folder holding the npm packages lunr and lunr-languages ("node_modules").
  std::string lunr_packages;
};

/// Loads the word lists named in the config (compound_words) and finds lunr's packages in
/// `package_dirs` (the site's node_modules first, then the tool's).
/// `kept_languages`: languages whose index an incremental build keeps; they need no word list.
SearchInputs LoadSearchInputs(const FileSystem& fs, const Site& site,
                              const std::vector<std::string>& package_dirs,
                              Diagnostics& diagnostics,
                              const std::set<std::string>& kept_languages = {});

/// Adds every language's index and docs, and the lunr scripts, to `rendered`; for the
/// languages in `kept_languages`, the previous build's files are kept instead.
void AddSearchFiles(const Site& site, const SearchInputs& inputs, RenderedSite& rendered,
                    const std::set<std::string>& kept_languages = {});

/// The files a language's search writes: its index and the records results show.
std::string SearchIndexPath(const std::string& language);
std::string SearchDocsPath(const std::string& language);

/// search-config.json: for each language, its scripts, index and docs, for the search worker.
std::string SearchConfigJson(const Site& site);

/// The browser scripts for a language: lunr.js, and lunr-languages' support and language
/// files where the language has them. Paths relative to the packages folder.
std::vector<std::string> LunrScripts(const std::string& search_language);

}  // namespace kunskap
