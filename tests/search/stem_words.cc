// The C++ half of the stemmer agreement test (stem_agreement.js is the other): reads words,
// one a line, and writes for each, as a JSON array on one line, what kunskap's search stage
// makes of it: the word lower-cased, its stem, its term after the index pipeline (null when
// a stop word drops it) and after the search pipeline.
//
//   stem_words --lang sv < words.txt
#include <iostream>
#include <string>

#include "search/js_json.h"
#include "search/js_text.h"
#include "search/lunr_pipeline.h"

int main(int argc, char** argv) {
  std::string language = argc == 3 && std::string(argv[1]) == "--lang" ? argv[2] : "";
  if (language.empty()) {
    std::cerr << "usage: stem_words --lang LANG < words.txt\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  kunskap::LunrPipeline pipeline(kunskap::LunrLanguageOf(language));
  std::string line, out;
  while (std::getline(std::cin, line)) {
    std::u16string lowered = kunskap::JsToLowerCase(kunskap::Utf16FromUtf8(line));
    std::u16string indexed = lowered, searched = lowered;
    bool kept = pipeline.RunIndex(indexed);
    pipeline.RunSearch(searched);
    out.clear();
    out += '[';
    kunskap::AppendJsonString(out, lowered);
    out += ',';
    kunskap::AppendJsonString(out, pipeline.Stem(lowered));
    out += ',';
    if (kept) {
      kunskap::AppendJsonString(out, indexed);
    } else {
      out += "null";
    }
    out += ',';
    kunskap::AppendJsonString(out, searched);
    out += "]\n";
    std::cout << out;
  }
  return 0;
}
