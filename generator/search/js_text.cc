#include "search/js_text.h"

#include <unicode/ustring.h>

#include "core/utf8.h"

namespace kunskap {

std::u16string Utf16FromUtf8(std::string_view text) {
  std::u16string out;
  out.reserve(text.size());
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char16_t>(c);
      ++i;
      continue;
    }
    size_t length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    char32_t min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    char32_t cp = c & (0x7F >> length);
    bool valid = length != 0 && i + length <= n;
    for (size_t k = 1; valid && k < length; ++k) {
      unsigned char cc = static_cast<unsigned char>(text[i + k]);
      valid = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!valid || cp < min || cp > 0x10FFFF) {
      out += u'\uFFFD';
      ++i;
      continue;
    }
    if (cp >= 0x10000) {
      out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
    i += length;
  }
  return out;
}

std::string Utf8FromUtf16(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t unit = text[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      AppendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00));
      ++i;
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      AppendUtf8(out, 0xFFFD);
    } else {
      AppendUtf8(out, unit);
    }
  }
  return out;
}

std::u16string JsToLowerCase(std::u16string_view text) {
  // ASCII needs no tables; most tokens are ASCII or Latin-1.
  bool ascii = true;
  for (char16_t unit : text) {
    if (unit >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::u16string out(text);
  if (ascii) {
    for (char16_t& unit : out) {
      if (unit >= u'A' && unit <= u'Z') unit += u'a' - u'A';
    }
    return out;
  }
  // Lower-casing can lengthen a string (İ -> i̇); ICU says how long when the first try is short.
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = u_strToLower(out.data(), static_cast<int32_t>(out.size()), text.data(),
                                static_cast<int32_t>(text.size()), "", &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    out.resize(length);
    status = U_ZERO_ERROR;
    length = u_strToLower(out.data(), length, text.data(), static_cast<int32_t>(text.size()), "",
                          &status);
  }
  if (U_FAILURE(status)) return std::u16string(text);
  out.resize(length);
  return out;
}

}  // namespace kunskap
