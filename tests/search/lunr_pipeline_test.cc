#include <catch2/catch.hpp>

#include "search/lunr_pipeline.h"
#include "search/lunr_stop_words.h"
#include "search/lunr_trimmer.h"

using namespace kunskap;

// Expected values are what lunr.js 2.3.9 and lunr-languages 1.22.0 make of each token.

namespace {

std::u16string Trimmed(LunrLanguage language, std::u16string token) {
  TrimLunrToken(language, token);
  return token;
}

std::optional<std::u16string> Indexed(LunrLanguage language, std::u16string token) {
  LunrPipeline pipeline(language);
  if (!pipeline.RunIndex(token)) return std::nullopt;
  return token;
}

}  // namespace

TEST_CASE("lunr's trimmer is ASCII-only, the language trimmers know their letters") {
  CHECK(Trimmed(LunrLanguage::kEnglish, u"(över)") == u"ver");
  CHECK(Trimmed(LunrLanguage::kEnglish, u"a_b!") == u"a_b");
  CHECK(Trimmed(LunrLanguage::kSwedish, u"(över)") == u"över");
  CHECK(Trimmed(LunrLanguage::kSwedish, u"«citat»") == u"citat");
  CHECK(Trimmed(LunrLanguage::kSwedish, u"2024–2027") == u"2024–2027");
  CHECK(Trimmed(LunrLanguage::kArabic, u"«كلمة»،") == u"كلمة");
  CHECK(Trimmed(LunrLanguage::kArabic, u"٢٠٢٤") == u"");  // Arabic-Indic digits are not kept
  CHECK(Trimmed(LunrLanguage::kArabic, u"2024") == u"2024");
  CHECK(Trimmed(LunrLanguage::kSwedish, u"!!!") == u"");
}

TEST_CASE("stop words are the lists lunr registers") {
  CHECK(IsLunrStopWord(LunrLanguage::kSwedish, u"och"));
  CHECK(IsLunrStopWord(LunrLanguage::kSwedish, u"över"));
  CHECK_FALSE(IsLunrStopWord(LunrLanguage::kSwedish, u"våld"));
  CHECK_FALSE(IsLunrStopWord(LunrLanguage::kSwedish, u""));
  CHECK(IsLunrStopWord(LunrLanguage::kEnglish, u"the"));
  CHECK(IsLunrStopWord(LunrLanguage::kEnglish, u"twas"));
  CHECK_FALSE(IsLunrStopWord(LunrLanguage::kEnglish, u"violence"));
  CHECK(IsLunrStopWord(LunrLanguage::kArabic, u"في"));
  CHECK(IsLunrStopWord(LunrLanguage::kArabic, u""));  // the list's double space
  CHECK_FALSE(IsLunrStopWord(LunrLanguage::kArabic, u"و"));
  CHECK(IsArabicStemmerStopWord(u"و"));
  CHECK_FALSE(IsLunrStopWord(LunrLanguage::kNone, u"the"));
}

TEST_CASE("the index pipeline trims, drops stop words, and stems") {
  CHECK(Indexed(LunrLanguage::kSwedish, u"«flickorna»") == u"flick");
  CHECK(Indexed(LunrLanguage::kSwedish, u"och") == std::nullopt);
  CHECK(Indexed(LunrLanguage::kSwedish, u"!!!") == u"");  // kept as the empty term
  CHECK(Indexed(LunrLanguage::kEnglish, u"(över)") == u"ver");
  CHECK(Indexed(LunrLanguage::kArabic, u"٢٠٢٤") == std::nullopt);  // trimmed to "", a stop word
  CHECK(Indexed(LunrLanguage::kNone, u"Running!") == u"Running");
}

TEST_CASE("the search pipelines and their labels") {
  CHECK(LunrPipeline(LunrLanguage::kSwedish).SearchLabels() ==
        std::vector<std::string>{"trimmer-sv", "stemmer-sv"});
  CHECK(LunrPipeline(LunrLanguage::kEnglish).SearchLabels() == std::vector<std::string>{"stemmer"});
  CHECK(LunrPipeline(LunrLanguage::kArabic).SearchLabels() ==
        std::vector<std::string>{"stemmer-ar"});
  CHECK(LunrPipeline(LunrLanguage::kNone).SearchLabels() == std::vector<std::string>{"trimmer"});
  LunrPipeline english(LunrLanguage::kEnglish);
  std::u16string term = u"the";
  english.RunSearch(term);
  CHECK(term == u"the");  // queries are not stop-word filtered
  CHECK(LunrLanguageOf("sv") == LunrLanguage::kSwedish);
  CHECK(LunrLanguageOf("fi") == LunrLanguage::kNone);
  CHECK(LunrLanguageOf("") == LunrLanguage::kNone);
}
