// The stop-word lists lunr registers: lunr.js 2.3.9's English `stopWordFilter` and
// lunr-languages 1.22.0's `stopWordFilter-sv` and `stopWordFilter-ar`. A token equal to a
// stop word is left out of the index (queries are not filtered).
#pragma once

#include <string_view>

namespace kunskap {

enum class LunrLanguage;

/// Whether the index pipeline of `language` drops this (trimmed) token. The Arabic list
/// holds the empty word, so there a token the trimmer emptied is dropped too.
bool IsLunrStopWord(LunrLanguage language, std::u16string_view token);

/// The Arabic stemmer's own list: the filter's and "و". A stop word is not stemmed.
bool IsArabicStemmerStopWord(std::u16string_view word);

}  // namespace kunskap
