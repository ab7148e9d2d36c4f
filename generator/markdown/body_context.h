// What rendering one page's body needs to know about the rest of the site, and what it gives
// back. Plain data: built once by the pipeline, read by every page's render in parallel.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace kunskap {

/// Something a relative link in Markdown can point at, keyed by its source path.
struct LinkTarget {
  std::string url;                ///< "/sv/begrepp/eftervald/" or "/sv/bilder/a.png"
  std::set<std::string> anchors;  ///< heading ids on the page
  bool is_asset = false;
};

class TermMatcher;

/// A definition as the glossary links it.
struct GlossaryEntry {
  std::string source_path;
  std::string url;
  std::string title;
  std::string summary;
};

/// The defined terms of one language.
struct Glossary {
  std::vector<GlossaryEntry> definitions;
  std::shared_ptr<const TermMatcher> matcher;  ///< its definition indexes point into definitions
  /// Source path -> index in definitions, so each page finds the definitions it links
  /// without comparing against all of them (100,000 definitions made that quadratic).
  std::unordered_map<std::string, size_t> by_source_path;
};

struct BodyContext {
  std::unordered_map<std::string, LinkTarget> targets;        ///< "content/sv/x.md" -> target
  std::set<std::pair<std::string, std::string>> contact_ids;  ///< (language, route id)
  std::map<std::string, Glossary> glossaries;                 ///< language -> its terms
  bool allow_raw_html = false;
};

struct Heading {
  int level = 2;
  std::string text;
  std::string id;
  int line = 0;
};

/// A ```contact block: the routes to show as cards where the block stood.
struct ContactBlock {
  std::vector<std::string> ids;
  /// One below the heading the block stands under (2 when none), for the cards' headings.
  int heading_level = 2;
};

struct RenderedBody {
  /// HTML; each contact block stands as ContactMarker(i) for the render stage to replace.
  std::string html;
  std::vector<Heading> headings;
  std::vector<ContactBlock> contact_blocks;
  std::string plain_text;               ///< for search and summaries
  std::vector<std::string> links_to;    ///< source paths of the pages this body links
  std::vector<std::string> terms_used;  ///< source paths of the definitions it mentions
  /// Of everything the body was made from, set by incremental builds (0 otherwise): two
  /// bodies with the same digest are the same.
  uint64_t digest = 0;
};

/// The placeholder for contact block i in RenderedBody::html.
std::string ContactMarker(size_t index);

}  // namespace kunskap

#include "content/page.h"
#include "core/diagnostics.h"
#include "markdown/term_matcher.h"

namespace kunskap {

/// Everything a body may link to or name: pages (with their heading ids, which takes a first
/// parse of every page, run in parallel), assets, contact route ids, and each language's
/// glossary with its stemmer (a term defined twice in a language is a warning).
BodyContext BuildBodyContext(const ContentSet& content, bool allow_raw_html,
                             const std::map<std::string, WordStemmer>& stemmers,
                             Diagnostics& diagnostics);
/// The same, with each page's headings already known (`headings[i]` for content.pages[i]):
/// an incremental build takes them from its cache instead of parsing every page.
BodyContext BuildBodyContext(const ContentSet& content,
                             const std::vector<std::vector<Heading>>& headings,
                             bool allow_raw_html,
                             const std::map<std::string, WordStemmer>& stemmers,
                             Diagnostics& diagnostics);

/// A contact route's id: its file name without ".md".
std::string ContactRouteId(const Page& page);

}  // namespace kunskap
