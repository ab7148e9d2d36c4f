// The page model: one content file, typed and placed (language, section, URL). This is what
// the content stage hands to the Markdown stage.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "content/front_matter.h"
#include "content/opening_hours.h"

namespace kunskap {

/// What a section's pages are; set by `kind` in the section's _index.md.
enum class SectionKind { kNone, kArticles, kDefinitions, kContacts, kUpdates };

const char* SectionKindName(SectionKind kind);  ///< "articles", ...; "" for kNone

enum class PageType {
  kHome,     ///< content/<lang>/_index.md
  kSection,  ///< content/<lang>/<folder>/_index.md
  kRegular,  ///< any other .md file
};

struct Page {
  std::string language;     ///< "sv"
  std::string source_path;  ///< "content/sv/begrepp/eftervald.md", relative to the site folder
  uint64_t source_digest = 0;  ///< of the file's bytes: the incremental build's "has it changed"
  std::string rel_path;     ///< "begrepp/eftervald.md", relative to the language folder
  PageType type = PageType::kRegular;
  /// For a section: its own kind. For a regular page: the kind of the section it is in.
  SectionKind kind = SectionKind::kNone;
  /// rel dir of the section this page belongs to ("begrepp"); "" for the language's home.
  /// A section's own _index.md belongs to its parent section.
  std::string section;
  std::string url;          ///< "/sv/begrepp/eftervald/": site-absolute, without base URL
  std::string output_path;  ///< "sv/begrepp/eftervald/index.html"
  std::string translation_key;
  FrontMatter meta;
  OpeningHours hours;  ///< a contact route's, from `hours`, `closed` and `hours_on`
  std::string body;  ///< Markdown
  int body_line = 1;

  /// The audiences this page is for (front matter, or every audience of the site).
  std::vector<std::string> audiences;

  /// YYYY-MM-DD: front matter `lastmod`, else the last commit that changed the file.
  std::string last_changed;
  /// YYYY-MM-DD: front matter `date`, else the commit that added the file.
  std::string published;
};

/// A contact route's urgency as readers are shown it: emergency, urgent or normal. An example
/// route (placeholder details) is never shown as urgent.
inline std::string RouteUrgency(const Page& page) {
  if (page.meta.example || page.meta.urgency.empty()) return "normal";
  return page.meta.urgency;
}

/// A non-Markdown file under content/ (an image, a PDF), copied beside the pages.
struct ContentAsset {
  std::string source_path;  ///< "content/sv/begrepp/bild.png"
  std::string output_path;  ///< "sv/begrepp/bild.png"
};

/// Everything the content stage found.
struct ContentSet {
  std::vector<Page> pages;  ///< sorted by source_path
  std::vector<ContentAsset> assets;
};

}  // namespace kunskap
