// What search knows about each page of one language: the fields the Lunr index is built
// from, and the record the result list shows (search-docs.json). One schema drives both, so
// the fields indexed and the fields shown can never disagree.
#pragma once

#include <string>
#include <vector>

#include "search/compound_splitter.h"
#include "site/site_model.h"

namespace kunskap {

/// A page as the search sees it.
struct SearchDocument {
  std::string ref;  ///< short id within the language ("0", "1", ...), the index's ref
  // Indexed fields.
  std::string title;
  std::vector<std::string> aliases;
  std::vector<std::string> tags;
  std::string summary;
  std::string body;   ///< plain text of the body
  std::string parts;  ///< parts of the compound words in title and body, space-separated
  // Shown in results.
  std::string url;   ///< output path, e.g. "sv/begrepp/eftervald/index.html"
  std::string kind;  ///< article, definition, contact, update
  std::vector<std::string> audience;
  std::string section;  ///< title of the page's section
  std::string excerpt;  ///< the start of the body, for snippets
};

/// The fields of the index, in order, with their boosts.
struct SearchField {
  const char* name;
  double boost;
};
inline constexpr SearchField kSearchFields[] = {{"title", 10},  {"aliases", 8}, {"tags", 5},
                                                {"summary", 3}, {"body", 1},    {"parts", 0.5}};

/// The documents of one language, in page order. Section pages and the home page are
/// searchable too (they introduce their part of the site).
std::vector<SearchDocument> SearchDocuments(const Site& site, const LanguageSite& language,
                                            const CompoundSplitter* splitter);

/// search-docs.json: an array indexed by ref.
std::string SearchDocsJson(const std::vector<SearchDocument>& documents);

}  // namespace kunskap
