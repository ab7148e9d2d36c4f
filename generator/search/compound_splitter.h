// Swedish compounds: "partnervåld", "eftervåld", "alkoholmissbruk". A reader who searches
// "våld" or "missbruk" expects these pages, but a Snowball stemmer only strips endings. At
// build time each long word is split against a vocabulary (the site's own words and a word
// list), and the parts are indexed in a field of their own with a low boost.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace kunskap {

class CompoundSplitter {
 public:
  /// `words`: known words in lower case (UTF-8).
  explicit CompoundSplitter(std::unordered_set<std::string> words);

  /// The parts of a compound in lower case: "partnervåld" -> {"partner", "våld"},
  /// "våldsutövaren" -> {"våld", "utövaren"} (a linking s is dropped). Empty when the word
  /// is not a compound of known words. Each part has at least 3 letters.
  std::vector<std::string> Split(const std::string& word) const;

  size_t vocabulary_size() const { return words_.size(); }

 private:
  bool SplitInto(const std::string& word, int depth, std::vector<std::string>& parts) const;
  std::unordered_set<std::string> words_;
};

/// Lower-cased words of a text (letters and digits; everything else separates).
std::vector<std::string> WordsOf(const std::string& text);

/// Reads a word list (one word per line) in UTF-8 or ISO-8859-1, lower-cased.
std::unordered_set<std::string> ParseWordList(const std::string& bytes);

}  // namespace kunskap
