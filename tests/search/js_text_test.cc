#include <catch2/catch.hpp>

#include "search/js_text.h"

using namespace kunskap;

// Expected values are what JavaScript's String.prototype.toLowerCase() returns (node 20).

TEST_CASE("lower-casing follows JavaScript, not the C library") {
  CHECK(JsToLowerCase(u"ÅÄÖ Åsa VÅLD") == u"åäö åsa våld");
  CHECK(JsToLowerCase(u"İSTANBUL") == u"i\u0307stanbul");  // İ becomes two units
  CHECK(JsToLowerCase(u"ΣΑΣ ΣΑΣ.") == u"σας σας.");        // final sigma
  CHECK(JsToLowerCase(u"ß ẞ") == u"ß ß");                  // lower-casing, not case folding
  CHECK(JsToLowerCase(u"I ı") == u"i ı");                  // no Turkish rules
  CHECK(JsToLowerCase(u"\U0001D538") == u"\U0001D538");    // 𝔸 has no lower case
  CHECK(JsToLowerCase(u"\U00010400") == u"\U00010428");    // Deseret, beyond the BMP
}

TEST_CASE("UTF-8 and UTF-16 convert both ways") {
  std::string text = "våld 😀 العنف";
  CHECK(Utf16FromUtf8(text) == u"våld 😀 العنف");
  CHECK(Utf8FromUtf16(Utf16FromUtf8(text)) == text);
  CHECK(Utf16FromUtf8("a\xff"
                      "b") == u"a\uFFFDb");
  CHECK(Utf8FromUtf16(u"a\xD800"
                      "b") ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("the three-byte form of a lone surrogate is read as that unit") {
  CHECK(Utf16FromUtf8("x\xED\xA0\x80y") == std::u16string{u'x', char16_t(0xD800), u'y'});
}
