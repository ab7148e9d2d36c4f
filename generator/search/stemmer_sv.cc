#include "search/stemmer_sv.h"

#include <libstemmer.h>

namespace kunskap {
namespace {

// The JavaScript stemmer counts UTF-16 code units (its region R1 starts 3 units in), while
// libstemmer counts the characters of its UTF-8 input. Giving libstemmer every code unit as a
// character of its own, surrogates included (a 3-byte form libstemmer reads without
// checking), makes the two count alike even for an emoji at the start of a word.

void AppendUnit(std::string& out, char16_t unit) {
  if (unit < 0x80) {
    out += static_cast<char>(unit);
  } else if (unit < 0x800) {
    out += static_cast<char>(0xC0 | (unit >> 6));
    out += static_cast<char>(0x80 | (unit & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (unit >> 12));
    out += static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (unit & 0x3F));
  }
}

std::u16string ReadUnits(const unsigned char* bytes, int length) {
  std::u16string out;
  out.reserve(length);
  for (int i = 0; i < length;) {
    unsigned char c = bytes[i];
    if (c < 0x80) {
      out += c;
      i += 1;
    } else if (c < 0xE0 && i + 1 < length) {
      out += static_cast<char16_t>(((c & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
      i += 2;
    } else if (i + 2 < length) {
      out += static_cast<char16_t>(((c & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) |
                                   (bytes[i + 2] & 0x3F));
      i += 3;
    } else {
      break;  // libstemmer only removes whole characters; a cut sequence cannot occur
    }
  }
  return out;
}

}  // namespace

void SwedishStemmer::Deleter::operator()(sb_stemmer* stemmer) const {
  sb_stemmer_delete(stemmer);
}

SwedishStemmer::SwedishStemmer() : stemmer_(sb_stemmer_new("swedish", "UTF_8")) {}
SwedishStemmer::~SwedishStemmer() = default;
SwedishStemmer::SwedishStemmer(SwedishStemmer&&) noexcept = default;
SwedishStemmer& SwedishStemmer::operator=(SwedishStemmer&&) noexcept = default;

std::u16string SwedishStemmer::Stem(const std::u16string& word) {
  if (!stemmer_) return word;
  std::string bytes;
  bytes.reserve(word.size() * 2);
  for (char16_t unit : word) AppendUnit(bytes, unit);
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(bytes.data()),
                      static_cast<int>(bytes.size()));
  if (!stem) return word;  // out of memory
  return ReadUnits(stem, sb_stemmer_length(stemmer_.get()));
}

}  // namespace kunskap
