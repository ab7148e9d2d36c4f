#include <catch2/catch.hpp>

#include "search/js_json.h"

using namespace kunskap;

namespace {

std::string Number(double value) {
  std::string out;
  AppendJsonNumber(out, value);
  return out;
}

std::string String(std::u16string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

}  // namespace

// Expected values are what JSON.stringify writes (node 20).

TEST_CASE("numbers are written as JSON.stringify writes them") {
  CHECK(Number(2) == "2");
  CHECK(Number(-0.0) == "0");
  CHECK(Number(0.125) == "0.125");
  CHECK(Number(1.234) == "1.234");
  CHECK(Number(0.1 + 0.2) == "0.30000000000000004");
  CHECK(Number(0.000001) == "0.000001");
  CHECK(Number(1e-7) == "1e-7");
  CHECK(Number(1.5e-10) == "1.5e-10");
  CHECK(Number(123456789012345680000.0) == "123456789012345680000");
  CHECK(Number(1e21) == "1e+21");
  CHECK(Number(1.5e300) == "1.5e+300");
  CHECK(Number(-3.913) == "-3.913");
  CHECK(Number(1.0 / 0.0) == "null");
  CHECK(JsNumberToString(0.0 / 0.0) == "NaN");
  CHECK(JsNumberToString(-1.0 / 0.0) == "-Infinity");
}

TEST_CASE("strings escape only quotes, backslashes and control characters") {
  CHECK(String(u"våld") == "\"våld\"");
  CHECK(String(u"a\"b\\c/d") == "\"a\\\"b\\\\c/d\"");
  CHECK(String(u"\b\f\n\r\t\u0001\u001f\u007f") == "\"\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\"");
  CHECK(String(u"\u2028 😀") == "\"\u2028 😀\"");
  CHECK(String(std::u16string{u'x', char16_t(0xD83D), u'y'}) == "\"x\\ud83dy\"");
  CHECK(String(std::u16string{char16_t(0xDC00)}) == "\"\\udc00\"");
}

TEST_CASE("array-index keys are the ones JavaScript lists first") {
  CHECK(ArrayIndexKey("0") == 0u);
  CHECK(ArrayIndexKey("17") == 17u);
  CHECK(ArrayIndexKey("4294967294") == 4294967294u);
  CHECK_FALSE(ArrayIndexKey("4294967295"));
  CHECK_FALSE(ArrayIndexKey("01"));
  CHECK_FALSE(ArrayIndexKey("-1"));
  CHECK_FALSE(ArrayIndexKey("1.5"));
  CHECK_FALSE(ArrayIndexKey(""));
  CHECK_FALSE(ArrayIndexKey("a1"));
}
