#include "search/lunr_trimmer.h"

#include <algorithm>
#include <span>

#include "search/lunr_pipeline.h"

namespace kunskap {
namespace {

struct UnitRange {
  char16_t first;
  char16_t last;
};

// lunr.sv.wordCharacters and lunr.ar.wordCharacters, plus the digits lunr-languages adds.
constexpr UnitRange kSwedish[] = {
    {u'0', u'9'},     {u'A', u'Z'},     {u'a', u'z'},     {0x00AA, 0x00AA}, {0x00BA, 0x00BA},
    {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x02B8}, {0x02E0, 0x02E4}, {0x1D00, 0x1D25},
    {0x1D2C, 0x1D5C}, {0x1D62, 0x1D65}, {0x1D6B, 0x1D77}, {0x1D79, 0x1DBE}, {0x1E00, 0x1EFF},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x212A, 0x212B}, {0x2132, 0x2132},
    {0x214E, 0x214E}, {0x2160, 0x2188}, {0x2C60, 0x2C7F}, {0xA722, 0xA787}, {0xA78B, 0xA7AD},
    {0xA7B0, 0xA7B7}, {0xA7F7, 0xA7FF}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB64}, {0xFB00, 0xFB06},
    {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
};
constexpr UnitRange kArabic[] = {
    {u'0', u'9'}, {0x0621, 0x065B}, {0x0640, 0x0640}, {0x0671, 0x0671}};
// `\w`: ASCII letters, digits and the underscore.
constexpr UnitRange kAsciiWord[] = {{u'0', u'9'}, {u'A', u'Z'}, {u'_', u'_'}, {u'a', u'z'}};

std::span<const UnitRange> WordCharacters(LunrLanguage language) {
  switch (language) {
    case LunrLanguage::kSwedish:
      return kSwedish;
    case LunrLanguage::kArabic:
      return kArabic;
    case LunrLanguage::kEnglish:
    case LunrLanguage::kNone:
      return kAsciiWord;
  }
  return kAsciiWord;
}

}  // namespace

void TrimLunrToken(LunrLanguage language, std::u16string& token) {
  auto ranges = WordCharacters(language);
  auto is_word = [ranges](char16_t unit) {
    return std::any_of(ranges.begin(), ranges.end(),
                       [unit](UnitRange r) { return unit >= r.first && unit <= r.last; });
  };
  auto last = std::find_if(token.rbegin(), token.rend(), is_word);
  token.erase(last.base(), token.end());
  auto first = std::find_if(token.begin(), token.end(), is_word);
  token.erase(token.begin(), first);
}

}  // namespace kunskap
