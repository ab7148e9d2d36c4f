// Fuzzes the search text path: any bytes as a field's text through lunr's tokenizer
// (UTF-8 to UTF-16, JavaScript lower-casing, splitting), then every token through the
// trimmers, stop word filters and stemmers of each language's index and search pipelines,
// and through the Swedish, English and Arabic stemmers on their own.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/js_text.h"
#include "search/lunr_pipeline.h"
#include "search/lunr_tokenizer.h"
#include "search/stemmer_ar.h"
#include "search/stemmer_en.h"
#include "search/stemmer_sv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kunskap;
  static LunrPipeline pipelines[] = {
      LunrPipeline(LunrLanguage::kSwedish), LunrPipeline(LunrLanguage::kEnglish),
      LunrPipeline(LunrLanguage::kArabic), LunrPipeline(LunrLanguage::kNone)};
  static SwedishStemmer swedish;
  std::string_view text(reinterpret_cast<const char*>(data), size);

  std::u16string lowered;
  std::vector<LunrTokenSpan> tokens;
  TokenizeLunrText(text, lowered, tokens);
  for (const auto& span : tokens) {
    // Tokens lie inside the lower-cased text and never start with a separator.
    if (span.length == 0 || span.start + span.length > lowered.size()) __builtin_trap();
    if (IsLunrSeparator(lowered[span.start])) __builtin_trap();
    std::u16string token = lowered.substr(span.start, span.length);
    for (auto& pipeline : pipelines) {
      std::u16string indexed = token;
      pipeline.RunIndex(indexed);
      std::u16string searched = token;
      pipeline.RunSearch(searched);
    }
    swedish.Stem(token);
    StemEnglish(token);
    StemArabic(token);
    Utf8FromUtf16(token);
  }
  // The whole input as one word, unsplit and not lower-cased: the stemmers must take any
  // code units, lone surrogates included.
  std::u16string word = Utf16FromUtf8(text);
  swedish.Stem(word);
  StemEnglish(word);
  StemArabic(word);
  JsToLowerCase(word);
  return 0;
}
