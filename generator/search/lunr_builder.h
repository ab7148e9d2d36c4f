// Builds a Lunr search index the browser loads with `lunr.Index.load`, byte for byte what
// lunr.js 2.3.9 writes with `JSON.stringify(index)` for the same documents:
//
//   LunrBuilder builder("sv", {{"title", 10}, {"body"}});
//   builder.Add({"0", {{"title", {"Eftervåld"}}, {"body", {"Våld som fortsätter..."}}}});
//   std::string json = builder.Serialize();
//
// What it reproduces, and why each detail matters, is in docs/search-index.md: the tokenizer
// over UTF-16 units, each language's pipeline, BM25 scores rounded to three decimals, terms
// sorted by code unit, and JavaScript's order of object keys.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kunskap {

/// A field of the index. Its name must not contain "/" (lunr joins field and ref with it).
struct LunrField {
  std::string name;
  double boost = 1;  ///< multiplies the field's scores; 0 counts as 1, as in lunr
};

/// A field's value: a string (tokenised) or, like a JS array, a list of strings (one token each).
struct LunrValue {
  std::string text;
  std::vector<std::string> items;
  bool is_list = false;
};

/// One document. A declared field it does not have is indexed as empty.
struct LunrDocument {
  std::string ref;
  std::map<std::string, LunrValue> fields;
  double boost = 1;  ///< multiplies all its scores; 0 counts as 1
};

class LunrBuilder {
 public:
  /// `language` is "sv", "en" or "ar"; any other code (and "") indexes without a stemmer.
  /// Fields are kept in lunr's order (a name like "0" before the others).
  LunrBuilder(std::string language, std::vector<LunrField> fields);
  ~LunrBuilder();
  LunrBuilder(LunrBuilder&&) noexcept;
  LunrBuilder& operator=(LunrBuilder&&) noexcept;

  /// Stores where each term stands in its field ([start, length] in UTF-16 units), as lunr
  /// does with `metadataWhitelist = ['position']`; the browser can then highlight matches.
  /// Off by default: positions make the index several times larger.
  void StorePositions();

  /// Adds a document. Adding a ref twice replaces its scores but keeps its old postings,
  /// as lunr does.
  void Add(const LunrDocument& document);

  /// The index: exactly `JSON.stringify(index)` of lunr.js 2.3.9.
  std::string Serialize() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The search-time pipeline for a query word, as the browser runs it (for tests and the glossary).
/// The word is lower-cased as lunr's query parser does, then trimmed and stemmed by the
/// language's search pipeline; "" when nothing is left.
std::string StemForSearch(const std::string& language, const std::string& word);

}  // namespace kunskap
