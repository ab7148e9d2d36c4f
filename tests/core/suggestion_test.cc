#include <catch2/catch.hpp>

#include "core/suggestion.h"

using namespace kunskap;

TEST_CASE("edit distance counts single-character edits") {
  CHECK(EditDistance("manager", "managers") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("kitten", "sitting") == 3);
}

TEST_CASE("did you mean suggests only close names") {
  CHECK(DidYouMean("manager", {"staff", "managers"}) == "did you mean 'managers'?");
  CHECK(DidYouMean("xyz", {"staff", "managers"}).empty());
  CHECK(DidYouMean("se", {"sv", "en"}) == "did you mean 'sv'?");
  CHECK(DidYouMean("de", {"sv", "ar"}).empty());  // every letter replaced: not a typo
}
