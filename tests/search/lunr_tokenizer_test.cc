#include <catch2/catch.hpp>

#include "search/js_text.h"
#include "search/lunr_tokenizer.h"

using namespace kunskap;

namespace {

std::vector<std::u16string> Tokens(std::string_view utf8) {
  std::u16string lowered;
  std::vector<LunrTokenSpan> spans;
  TokenizeLunrText(utf8, lowered, spans);
  std::vector<std::u16string> tokens;
  for (auto span : spans) tokens.push_back(lowered.substr(span.start, span.length));
  return tokens;
}

}  // namespace

TEST_CASE("exactly the 26 units of /[\\s\\-]+/ separate tokens") {
  // JavaScript's \s (ECMA-262 WhiteSpace and LineTerminator) and the hyphen-minus.
  std::vector<char16_t> separators = {0x09,   0x0A,   0x0B,   0x0C,   0x0D,   0x20,   0x2D,
                                      0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                                      0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028,
                                      0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF};
  size_t count = 0;
  for (uint32_t unit = 0; unit <= 0xFFFF; ++unit) {
    bool expected = std::find(separators.begin(), separators.end(), unit) != separators.end();
    if (IsLunrSeparator(static_cast<char16_t>(unit)) != expected) FAIL("unit " << unit);
    count += expected;
  }
  CHECK(count == 26);
  for (char16_t kept : {u'–', u'—', u'\u00AD', u'\u200B', u'/', u'.', u':', u'_', u'\u2010'}) {
    CHECK_FALSE(IsLunrSeparator(kept));
  }
}

TEST_CASE("text is lower-cased whole, then split") {
  CHECK(Tokens("Våld i nära-relation") ==
        std::vector<std::u16string>{u"våld", u"i", u"nära", u"relation"});
  CHECK(Tokens("  --a--  b\u00A0\u3000c ") == std::vector<std::u16string>{u"a", u"b", u"c"});
  CHECK(Tokens("2024–2027 08.00–16.30 a/b") ==
        std::vector<std::u16string>{u"2024–2027", u"08.00–16.30", u"a/b"});
  CHECK(Tokens("İSTANBUL ΟΔΟΣ") == std::vector<std::u16string>{u"i\u0307stanbul", u"οδος"});
  CHECK(Tokens("").empty());
  CHECK(Tokens(" - ").empty());
}

TEST_CASE("positions count UTF-16 units of the lower-cased text") {
  std::u16string lowered;
  std::vector<LunrTokenSpan> spans;
  TokenizeLunrText("İx 😀 y", lowered, spans);  // İ lower-cases to two units
  REQUIRE(spans.size() == 3);
  CHECK((spans[0].start == 0 && spans[0].length == 3));
  CHECK((spans[1].start == 4 && spans[1].length == 2));
  CHECK((spans[2].start == 7 && spans[2].length == 1));
}

TEST_CASE("the single-pass lower-casing agrees with ICU on every unit it handles") {
  // Each BMP character alone and between letters, through the tokenizer's fast path and
  // through ICU's full lower-casing of the same text.
  for (uint32_t cp = 1; cp <= 0xFFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::u16string text = u"A";
    text += static_cast<char16_t>(cp);
    text += u"Ö";
    std::string utf8 = Utf8FromUtf16(text);
    std::u16string fast;
    std::vector<LunrTokenSpan> spans;
    TokenizeLunrText(utf8, fast, spans);
    if (fast != JsToLowerCase(text)) FAIL("code point " << cp);
  }
}
