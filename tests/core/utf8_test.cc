#include <catch2/catch.hpp>

#include "core/utf8.h"

using namespace kunskap;

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK(FindInvalidUtf8("våld") == std::string_view::npos);
  CHECK(FindInvalidUtf8("ok\xff") == 2);
  CHECK(FindInvalidUtf8("a\xc3") == 1);         // truncated sequence
  CHECK(FindInvalidUtf8("\xc0\xaf") == 0);      // overlong
  CHECK(FindInvalidUtf8("\xed\xa0\x80") == 0);  // surrogate
}

TEST_CASE("line and column count characters and not bytes") {
  std::string text = "rad ett\nåäö x";
  auto at = LineColumnAt(text, text.find('x'));
  CHECK(at.line == 2);
  CHECK(at.column == 5);
}

TEST_CASE("a BOM is dropped and CRLF becomes LF") {
  CHECK(NormalizeNewlines("\xEF\xBB\xBF---\r\ntitle: x\r\n---\r") == "---\ntitle: x\n---\n");
}
