// The trimmers: each strips the units at both ends of a token that are not word characters
// of its language. lunr's own `trimmer` uses `\W`, which is ASCII-only ("(över)" becomes
// "ver"); lunr-languages' `trimmer-sv` and `trimmer-ar` keep their language's letters and,
// since 1.17.0, the digits 0-9. A token with no word character becomes "".
#pragma once

#include <string>

namespace kunskap {

enum class LunrLanguage;

/// Trims one lower-cased token in place, as `language`'s index pipeline does.
void TrimLunrToken(LunrLanguage language, std::u16string& token);

}  // namespace kunskap
