#include <catch2/catch.hpp>

#include "content/slug.h"

using namespace kunskap;

TEST_CASE("Swedish letters fold to ASCII in slugs") {
  CHECK(Slugify("Våld i nära relation") == "vald-i-nara-relation");
  CHECK(Slugify("Hot- och riskbedömning") == "hot-och-riskbedomning");
  CHECK(Slugify("ÅÄÖ åäö") == "aao-aao");
  CHECK(Slugify("SIP – samordnad individuell plan") == "sip-samordnad-individuell-plan");
}

TEST_CASE("decomposed å (a + combining ring) gives the same slug as composed å") {
  CHECK(Slugify("va\xCC\x8Ald") == "vald");
}

TEST_CASE("letters of other scripts are kept and punctuation goes") {
  CHECK(Slugify("أين تجد المساعدة؟") == "أين-تجد-المساعدة");
  CHECK(Slugify("  --Hello,  World!-- ") == "hello-world");
  CHECK(Slugify("!!!").empty());
}
