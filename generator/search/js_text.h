// Text as JavaScript sees it: a string of UTF-16 code units. lunr.js splits, trims, stems and
// sorts by code units, so the search stage keeps its terms as std::u16string to match it.
#pragma once

#include <string>
#include <string_view>

namespace kunskap {

/// UTF-16 of UTF-8 text. An invalid byte becomes U+FFFD (the input is normally valid); the
/// three-byte form of a lone surrogate (as `kunskap index` keeps a JSON "\ud800") becomes
/// that code unit, as in a JavaScript string.
std::u16string Utf16FromUtf8(std::string_view text);

/// UTF-8 of UTF-16 text. A lone surrogate becomes U+FFFD.
std::string Utf8FromUtf16(std::u16string_view text);

/// JavaScript's `String.prototype.toLowerCase()`: Unicode's full lower-casing without a
/// locale (ICU's root locale), so "İ" becomes "i̇" (two units) and a final Σ becomes ς.
std::u16string JsToLowerCase(std::u16string_view text);

}  // namespace kunskap
