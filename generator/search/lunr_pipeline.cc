#include "search/lunr_pipeline.h"

#include "search/lunr_stop_words.h"
#include "search/lunr_trimmer.h"
#include "search/stemmer_ar.h"
#include "search/stemmer_en.h"

namespace kunskap {

LunrLanguage LunrLanguageOf(std::string_view code) {
  if (code == "sv") return LunrLanguage::kSwedish;
  if (code == "en") return LunrLanguage::kEnglish;
  if (code == "ar") return LunrLanguage::kArabic;
  return LunrLanguage::kNone;
}

LunrPipeline::LunrPipeline(LunrLanguage language) : language_(language) {
  if (language == LunrLanguage::kSwedish) swedish_.emplace();
}

bool LunrPipeline::RunIndex(std::u16string& token) {
  TrimLunrToken(language_, token);
  if (IsLunrStopWord(language_, token)) return false;
  token = Stem(std::move(token));
  return true;
}

void LunrPipeline::RunSearch(std::u16string& term) {
  if (language_ == LunrLanguage::kSwedish || language_ == LunrLanguage::kNone) {
    TrimLunrToken(language_, term);
  }
  term = Stem(std::move(term));
}

std::u16string LunrPipeline::Stem(std::u16string word) {
  switch (language_) {
    case LunrLanguage::kSwedish:
      return swedish_->Stem(word);
    case LunrLanguage::kEnglish:
      return StemEnglish(std::move(word));
    case LunrLanguage::kArabic:
      return StemArabic(std::move(word));
    case LunrLanguage::kNone:
      return word;
  }
  return word;
}

std::vector<std::string> LunrPipeline::SearchLabels() const {
  switch (language_) {
    case LunrLanguage::kSwedish:
      return {"trimmer-sv", "stemmer-sv"};
    case LunrLanguage::kEnglish:
      return {"stemmer"};
    case LunrLanguage::kArabic:
      return {"stemmer-ar"};
    case LunrLanguage::kNone:
      return {"trimmer"};
  }
  return {};
}

}  // namespace kunskap
