#include "search/lunr_tokenizer.h"

#include "search/js_text.h"

namespace kunskap {

void TokenizeLunr(std::u16string_view lowered, std::vector<LunrTokenSpan>& tokens) {
  uint32_t start = 0;
  const auto length = static_cast<uint32_t>(lowered.size());
  for (uint32_t end = 0; end <= length; ++end) {
    if (end == length || IsLunrSeparator(lowered[end])) {
      if (end > start) tokens.push_back({start, end - start});
      start = end + 1;
    }
  }
}

namespace {

/// One unit's lower case when it is simple: ASCII and Latin-1 letters map one to one, and
/// Arabic and general punctuation have no case. Returns 0 for anything else (ICU decides).
char16_t SimpleLower(char16_t unit) {
  if (unit < 0x80) return unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit;
  if (unit <= 0xFF) {
    bool upper = unit >= 0xC0 && unit <= 0xDE && unit != 0xD7;
    return upper ? unit + 0x20 : unit;
  }
  if (unit >= 0x0600 && unit <= 0x06FF) return unit;  // Arabic
  if (unit >= 0x2000 && unit <= 0x206F) return unit;  // dashes, quotes, spaces
  return 0;
}

/// The single pass: false (and nothing useful in the outputs) on a unit it cannot lower.
bool TokenizeSimpleText(std::string_view utf8, std::u16string& lowered,
                        std::vector<LunrTokenSpan>& tokens) {
  lowered.resize(utf8.size());  // never more units than bytes
  uint32_t length = 0;
  uint32_t start = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  for (size_t i = 0; i < n;) {
    char16_t unit;
    unsigned char c = bytes[i];
    if (c < 0x80) {
      unit = c;
      i += 1;
    } else if ((c & 0xE0) == 0xC0 && i + 1 < n && (bytes[i + 1] & 0xC0) == 0x80 && c >= 0xC2) {
      unit = static_cast<char16_t>(((c & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
      i += 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < n && (bytes[i + 1] & 0xC0) == 0x80 &&
               (bytes[i + 2] & 0xC0) == 0x80) {
      unit = static_cast<char16_t>(((c & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) |
                                   (bytes[i + 2] & 0x3F));
      if (unit < 0x800) return false;  // overlong; surrogates fail SimpleLower below
      i += 3;
    } else {
      return false;  // four-byte characters and invalid bytes
    }
    char16_t lower = SimpleLower(unit);
    if (lower == 0) return false;
    if (IsLunrSeparator(lower)) {
      if (length > start) tokens.push_back({start, length - start});
      start = length + 1;
    }
    lowered[length++] = lower;
  }
  if (length > start) tokens.push_back({start, length - start});
  lowered.resize(length);
  return true;
}

}  // namespace

void TokenizeLunrText(std::string_view utf8, std::u16string& lowered,
                      std::vector<LunrTokenSpan>& tokens) {
  size_t first_token = tokens.size();
  if (TokenizeSimpleText(utf8, lowered, tokens)) return;
  tokens.resize(first_token);
  lowered = JsToLowerCase(Utf16FromUtf8(utf8));
  TokenizeLunr(lowered, tokens);
}

}  // namespace kunskap
