#include <catch2/catch.hpp>

#include "content/relative_url.h"

using namespace kunskap;

TEST_CASE("relative URLs name index.html so they work from a file share") {
  CHECK(RelativeUrl("/sv/medarbetare/x/", "/sv/begrepp/y/") == "../../begrepp/y/index.html");
  CHECK(RelativeUrl("/sv/", "/sv/begrepp/") == "begrepp/index.html");
  CHECK(RelativeUrl("/sv/begrepp/", "/sv/") == "../index.html");
  CHECK(RelativeUrl("/sv/a/", "/sv/a/") == "index.html");
  CHECK(RelativeUrl("/ar/contacts/x/", "/assets/style.css") == "../../../assets/style.css");
  CHECK(RelativeUrl("/sv/a/", "/sv/a/bild.png") == "bild.png");
}

TEST_CASE("paths normalise and may not climb above their root") {
  CHECK(NormalizePath("content/sv/a/../b.md") == "content/sv/b.md");
  CHECK(NormalizePath("content/./sv//b.md") == "content/sv/b.md");
  CHECK(NormalizePath("../x").empty());
}
