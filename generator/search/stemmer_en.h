// lunr.js 2.3.9's English stemmer (`stemmer`): Martin Porter's algorithm as written in
// JavaScript with regular expressions, which differs from Snowball's `porter` in small ways
// (a `y` after a vowel, "logi", "bli", words under 3 letters). Reproduced over UTF-16 code
// units with the same regular-expression semantics, so every stem equals the browser's.
#pragma once

#include <string>

namespace kunskap {

/// The stem of one lower-cased word, in UTF-16 code units.
std::u16string StemEnglish(std::u16string word);

}  // namespace kunskap
