#include <catch2/catch.hpp>

#include <string>

#include "search/token_table.h"

using namespace kunskap;

TEST_CASE("the token table finds what was inserted, through growth") {
  TokenTable table;
  for (uint32_t i = 0; i < 20000; ++i) {
    std::u16string token = u"token" + std::u16string(i % 7, u'x');
    for (char c : std::to_string(i)) token += static_cast<char16_t>(c);
    CHECK(table.Find(token) == nullptr);
    table.Insert(token, i);
  }
  CHECK(table.size() == 20000);
  for (uint32_t i = 0; i < 20000; i += 997) {
    std::u16string token = u"token" + std::u16string(i % 7, u'x');
    for (char c : std::to_string(i)) token += static_cast<char16_t>(c);
    const uint32_t* value = table.Find(token);
    REQUIRE(value != nullptr);
    CHECK(*value == i);
  }
  CHECK(table.Find(u"") == nullptr);
  table.Insert(u"", 7);
  CHECK(*table.Find(u"") == 7);
}
