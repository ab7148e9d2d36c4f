// The pipelines lunr runs on tokens, per language, exactly as lunr.js 2.3.9 and
// lunr-languages 1.22.0 register them:
//
//   language  index pipeline                                  search pipeline ("pipeline")
//   sv        trimmer-sv, stopWordFilter-sv, stemmer-sv        trimmer-sv, stemmer-sv
//   en        trimmer, stopWordFilter, stemmer (lunr's own)    stemmer
//   ar        trimmer-ar, stopWordFilter-ar, stemmer-ar        stemmer-ar
//   other     trimmer                                          trimmer
//
// A language without a stemmer keeps lunr's ASCII trimmer in both pipelines, so a query is
// trimmed the way the index was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/stemmer_sv.h"

namespace kunskap {

enum class LunrLanguage { kNone, kSwedish, kEnglish, kArabic };

/// "sv", "en" and "ar" have pipelines of their own; any other code (and "") has none.
LunrLanguage LunrLanguageOf(std::string_view code);

class LunrPipeline {
 public:
  explicit LunrPipeline(LunrLanguage language);

  /// Runs the index pipeline on one lower-cased token. False when the token is dropped
  /// (a stop word); a token the trimmer empties stays, as the term "".
  bool RunIndex(std::u16string& token);

  /// Runs the search pipeline on one lower-cased query term.
  void RunSearch(std::u16string& term);

  /// The stemmer alone (the identity for a language without one).
  std::u16string Stem(std::u16string word);

  /// The search pipeline's function labels: the index's "pipeline", which the browser uses
  /// to find the registered functions again when it loads the index.
  std::vector<std::string> SearchLabels() const;

 private:
  LunrLanguage language_;
  std::optional<SwedishStemmer> swedish_;
};

}  // namespace kunskap
