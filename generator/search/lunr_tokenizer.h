// lunr.tokenizer (lunr.js 2.3.9): a field's text is lower-cased as a whole, then split on
// `/[\s\-]+/`, tested one UTF-16 code unit at a time. Positions are in code units of the
// lower-cased text, which the index stores when positions are asked for.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kunskap {

/// Whether lunr's separator matches this code unit: JavaScript's `\s` (26 units, among them
/// U+00A0, U+2028, U+3000 and U+FEFF) or the hyphen-minus. En and em dashes, soft hyphens,
/// zero-width spaces, `/`, `.` and `:` do not separate: "2024–2027" stays one token.
inline bool IsLunrSeparator(char16_t unit) {
  if (unit <= 0x20) return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D);
  if (unit < 0xA0) return unit == u'-';
  if (unit >= 0x2000 && unit <= 0x200A) return true;
  return unit == 0x00A0 || unit == 0x1680 || unit == 0x2028 || unit == 0x2029 || unit == 0x202F ||
         unit == 0x205F || unit == 0x3000 || unit == 0xFEFF;
}

/// A token: [start, start + length) of the lower-cased text.
struct LunrTokenSpan {
  uint32_t start = 0;
  uint32_t length = 0;
};

/// Splits lower-cased text into tokens; empty stretches between separators make none.
/// Appends to `tokens`, which callers reuse to save allocations.
void TokenizeLunr(std::u16string_view lowered, std::vector<LunrTokenSpan>& tokens);

/// lunr.tokenizer on a field's UTF-8 text: `lowered` becomes the text as JavaScript's
/// toLowerCase() makes it (UTF-16) and `tokens` its tokens. Text in ASCII, Latin-1 and
/// Arabic, whose lower-casing is one unit to one unit, is done in a single pass; other
/// text goes through ICU.
void TokenizeLunrText(std::string_view utf8, std::u16string& lowered,
                      std::vector<LunrTokenSpan>& tokens);

}  // namespace kunskap
