#include "content/slug.h"

#include "core/utf8.h"

namespace kunskap {
namespace {

/// ASCII letter(s) for a Latin-1 / Latin Extended-A letter, or nullptr if not a folded one.
const char* FoldLatin(char32_t cp) {
  switch (cp) {
    case U'å':
    case U'Å':
    case U'ä':
    case U'Ä':
    case U'à':
    case U'À':
    case U'á':
    case U'Á':
    case U'â':
    case U'Â':
    case U'ã':
    case U'Ã':
      return "a";
    case U'æ':
    case U'Æ':
      return "ae";
    case U'ö':
    case U'Ö':
    case U'ø':
    case U'Ø':
    case U'ò':
    case U'Ò':
    case U'ó':
    case U'Ó':
    case U'ô':
    case U'Ô':
    case U'õ':
    case U'Õ':
      return "o";
    case U'é':
    case U'É':
    case U'è':
    case U'È':
    case U'ê':
    case U'Ê':
    case U'ë':
    case U'Ë':
      return "e";
    case U'ü':
    case U'Ü':
    case U'ú':
    case U'Ú':
    case U'ù':
    case U'Ù':
    case U'û':
    case U'Û':
      return "u";
    case U'í':
    case U'Í':
    case U'ì':
    case U'Ì':
    case U'î':
    case U'Î':
    case U'ï':
    case U'Ï':
      return "i";
    case U'ç':
    case U'Ç':
      return "c";
    case U'ñ':
    case U'Ñ':
      return "n";
    case U'ß':
      return "ss";
    case U'ý':
    case U'Ý':
    case U'ÿ':
      return "y";
    default:
      return nullptr;
  }
}

/// Letters and digits of scripts we keep as they are (Arabic, Greek, Cyrillic, ...).
bool IsKeptLetter(char32_t cp) {
  if (cp < 0x370) return false;                     // Latin ranges are folded or dropped
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;   // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;   // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;   // variation selectors
  if (cp == 0xFEFF || cp >= 0x1F000) return false;  // BOM, emoji
  if (cp >= 0x064B && cp <= 0x065F) return false;   // Arabic diacritics (harakat)
  if (cp == 0x0640) return false;                   // Arabic tatweel
  if (cp >= 0x0600 && cp <= 0x060F) return false;   // Arabic punctuation
  if (cp == 0x061B || cp == 0x061F || cp == 0x066A || cp == 0x066B || cp == 0x066C ||
      cp == 0x066D || cp == 0x06D4)
    return false;
  return true;
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string out;
  bool pending_dash = false;
  auto emit = [&](std::string_view piece) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += piece;
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp;
    size_t length = 1;
    if (c < 0x80) {
      cp = c;
    } else {
      length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
      if (i + length > text.size()) length = 1;
      cp = length == 1 ? 0xFFFD : c & (0x7F >> length);
      for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
    }
    i += length;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      emit(std::string(1, static_cast<char>(cp)));
    } else if (cp >= 'A' && cp <= 'Z') {
      emit(std::string(1, static_cast<char>(cp - 'A' + 'a')));
    } else if (const char* folded = FoldLatin(cp)) {
      emit(folded);
    } else if (cp == 0x0301 || cp == 0x0308 || cp == 0x030A) {
      continue;  // combining accents of decomposed å/ä/ö: the base letter was already emitted
    } else if (IsKeptLetter(cp)) {
      std::string encoded;
      AppendUtf8(encoded, cp);
      emit(encoded);
    } else {
      pending_dash = true;
    }
  }
  return out;
}

}  // namespace kunskap
