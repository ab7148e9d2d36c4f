#include <catch2/catch.hpp>

#include "search/compound_splitter.h"

using namespace kunskap;

namespace {
CompoundSplitter Splitter() {
  return CompoundSplitter({"partner", "våld", "utövare", "utövaren", "efter", "alkohol",
                           "missbruk", "heder", "relaterat", "kvinno", "frid", "linjen"});
}
using Parts = std::vector<std::string>;
}  // namespace

TEST_CASE("compounds split into known words") {
  CHECK(Splitter().Split("partnervåld") == Parts{"partner", "våld"});
  CHECK(Splitter().Split("alkoholmissbruk") == Parts{"alkohol", "missbruk"});
  CHECK(Splitter().Split("eftervåld") == Parts{"efter", "våld"});
}

TEST_CASE("a linking s between parts is dropped") {
  CHECK(Splitter().Split("våldsutövaren") == Parts{"våld", "utövaren"});
  CHECK(Splitter().Split("hedersrelaterat") == Parts{"heder", "relaterat"});
}

TEST_CASE("three-part compounds split, longest head first") {
  CHECK(Splitter().Split("kvinnofridslinjen") == Parts{"kvinno", "frid", "linjen"});
}

TEST_CASE("words that are not compounds of known words stay whole") {
  CHECK(Splitter().Split("våld").empty());
  CHECK(Splitter().Split("partnerskap").empty());
  CHECK(Splitter().Split("xyzvåld").empty());  // "xyz" is not a word
}

TEST_CASE("word lists are read in UTF-8 or ISO-8859-1 and lower-cased") {
  auto latin1 = ParseWordList("V\xC5LD\npartner\n\xC4ldre\nab\n");
  CHECK(latin1.count("våld"));
  CHECK(latin1.count("äldre"));
  CHECK(latin1.count("partner"));
  CHECK_FALSE(latin1.count("ab"));  // shorter than a part may be
  auto utf8 = ParseWordList("Våld\nÄldre\n");
  CHECK(utf8.count("våld"));
  CHECK(utf8.count("äldre"));
}
