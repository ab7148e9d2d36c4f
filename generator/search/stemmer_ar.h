// The Arabic light stemmer of lunr-languages 1.22.0 (`stemmer-ar`, after Taghva et al. and
// Hadni et al.), reproduced with its quirks so that the terms equal those the browser makes:
// some replacements touch only the first match (one hamza form, one alef variant, the first
// taa marbuta anywhere in the word), and a word of 4 to 7 letters that fits a morphological
// pattern is rewritten to its root form and stemming stops there.
#pragma once

#include <string>

namespace kunskap {

/// The stem of one lower-cased word, in UTF-16 code units.
std::u16string StemArabic(std::u16string word);

}  // namespace kunskap
