// Front matter: the metadata block at the top of a content file, YAML between `---` lines or
// TOML between `+++` lines, read into typed fields with the place each field was written,
// so later stages can point at the exact line of a bad value.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace kunskap {

/// Every field the comms team may write. The same struct serves all kinds; fields that do
/// not apply to a kind are rejected by the page loader, not here.
struct FrontMatter {
  std::string title;
  std::string summary;
  std::optional<std::vector<std::string>> audience;  ///< nullopt: all audiences
  std::vector<std::string> tags;
  std::string translation_key;
  bool draft = false;
  int weight = 0;
  std::string date;       ///< YYYY-MM-DD
  std::string lastmod;    ///< YYYY-MM-DD
  std::string reviewed;   ///< YYYY-MM-DD: when a person last checked the page
  std::string review_by;  ///< YYYY-MM-DD
  std::vector<std::string> aliases;
  std::vector<std::string> related;  ///< relative paths of pages to list under "See also"
  std::string owner;
  std::string kind;    ///< on a section's _index.md: articles, definitions, contacts, updates
  std::string slug;    ///< overrides the file name in the URL
  std::string layout;  ///< the theme template for the page's main part, e.g. "search"
  bool glossary = true;
  bool toc = true;

  // Contact routes (kind: contacts).
  std::string situation;
  std::string phone;
  std::string email;
  std::string url;
  std::string address;
  std::vector<std::string> hours;  ///< "mon-fri 08:00-16:30", "sat 10:00-12:00, 13:00-15:00"
  std::vector<std::string> closed;  ///< dates closed all day: "2026-12-24"
  /// Dates with other hours than the week's: {"2026-12-31", "10:00-14:00"}, in file order.
  std::vector<std::pair<std::string, std::string>> hours_on;
  std::string hours_note;
  /// The route's details are placeholders (an example a municipality replaces): shown with
  /// a notice, never as a number to call, and refused by `kunskap check`.
  bool example = false;
  std::vector<std::string> languages;
  std::string urgency;  ///< emergency, urgent or normal

  /// Where each field was written; a missing field maps to the front matter's first line.
  std::map<std::string, SourceLocation> locations;
  /// Where each item of a list field (and each entry of hours_on) was written.
  std::map<std::string, std::vector<SourceLocation>> item_locations;
  /// Fields written with a value that was reported as wrong; Has() is false for them, so
  /// that later checks do not report them again.
  std::set<std::string> rejected;
  SourceLocation start;  ///< the opening `---` / `+++`

  SourceLocation Where(const std::string& field) const;
  /// The item's own place when known, else the field's.
  SourceLocation WhereItem(const std::string& field, size_t index) const;
  bool Has(const std::string& field) const { return locations.count(field) > 0; }
};

/// A content file split into its metadata and Markdown body.
struct ParsedSource {
  FrontMatter front_matter;
  std::string body;   ///< the Markdown after the closing delimiter
  int body_line = 1;  ///< the file line the body's first line is on
};

/// Splits and parses. `text` must already be valid UTF-8 with LF line endings. Returns
/// nullopt when there is no usable front matter (the reason is in diagnostics).
std::optional<ParsedSource> ParseFrontMatter(const std::string& text, const std::string& path,
                                             Diagnostics& diagnostics);

/// True for a real calendar date written YYYY-MM-DD.
bool IsIsoDate(const std::string& text);

}  // namespace kunskap
