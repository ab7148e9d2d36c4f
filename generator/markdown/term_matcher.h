// Finds the terms of the glossary (definitions' titles and aliases) in running text: whole
// words only, case-insensitive, longest term first, and by stem, so that "våldsutövaren"
// finds the term "våldsutövare" with the same stemmer the search index uses.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kunskap {

/// Stems one lower-cased word ("våldsutövaren" -> "våldsutöv").
using WordStemmer = std::function<std::string(const std::string&)>;

/// A term found in text: bytes [begin, end) of the text, and which definition it names.
struct TermMatch {
  size_t begin = 0;
  size_t end = 0;
  size_t definition = 0;
};

/// A word of text: its bytes and its stem.
struct TextWord {
  size_t begin = 0;
  size_t end = 0;
  std::string stem;
};

class TermMatcher {
 public:
  explicit TermMatcher(WordStemmer stemmer);

  /// Adds a term (one or more words) for a definition. Returns the definition that already
  /// had exactly these stemmed words, if another one did (a term defined twice).
  std::optional<size_t> Add(const std::string& term, size_t definition);

  /// Leftmost-longest matches, not overlapping, in text order.
  std::vector<TermMatch> Find(const std::string& text) const;

  /// The words of a text (letters and digits; everything else separates), stemmed.
  std::vector<TextWord> Words(const std::string& text) const;

 private:
  struct Node {
    std::unordered_map<std::string, size_t> next;  ///< stem -> child node
    std::optional<size_t> definition;
  };
  std::string Stem(const std::string& lower) const;

  WordStemmer stemmer_;
  std::vector<Node> nodes_;  ///< a trie over stemmed words; node 0 is the root
  uint64_t id_;              ///< names this matcher's entries in the per-thread stem caches
};

}  // namespace kunskap
