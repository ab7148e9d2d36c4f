#include <catch2/catch.hpp>

#include "content/front_matter.h"

using namespace kunskap;

namespace {
std::string Errors(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics.Sorted()) text += d.Format() + "\n";
  return text;
}
}  // namespace

TEST_CASE("YAML front matter becomes typed fields with their lines") {
  Diagnostics diagnostics;
  auto parsed = ParseFrontMatter(
      "---\ntitle: Eftervåld\naudience: [staff, managers]\nweight: 3\ndraft: false\n"
      "review_by: 2027-06-30\naliases:\n  - eftervåldet\n---\nBody\n",
      "a.md", diagnostics);
  REQUIRE(parsed);
  CHECK(Errors(diagnostics).empty());
  CHECK(parsed->front_matter.title == "Eftervåld");
  CHECK(*parsed->front_matter.audience == std::vector<std::string>{"staff", "managers"});
  CHECK(parsed->front_matter.weight == 3);
  CHECK(parsed->front_matter.aliases == std::vector<std::string>{"eftervåldet"});
  CHECK(parsed->front_matter.Where("audience").line == 3);
  CHECK(parsed->body == "Body\n");
  CHECK(parsed->body_line == 10);
}

TEST_CASE("TOML front matter is read the same way") {
  Diagnostics diagnostics;
  auto parsed = ParseFrontMatter(
      "+++\ntitle = \"SIP\"\naudience = [\"staff\"]\nreview_by = 2027-01-31\n+++\nText", "a.md",
      diagnostics);
  REQUIRE(parsed);
  CHECK(Errors(diagnostics).empty());
  CHECK(parsed->front_matter.title == "SIP");
  CHECK(parsed->front_matter.review_by == "2027-01-31");
  CHECK(parsed->front_matter.Where("review_by").line == 4);
  CHECK(parsed->body_line == 6);
}

TEST_CASE("front matter errors point at the field") {
  Diagnostics diagnostics;
  ParseFrontMatter(
      "---\ntitle: [a, b]\naudiense: [staff]\naudience: staff\ndate: 2027-02-30\nweight: x\n---\n",
      "a.md", diagnostics);
  std::string errors = Errors(diagnostics);
  CHECK_THAT(errors,
             Catch::Contains("a.md:2:8: error: 'title' must be a single text value, not a list"));
  CHECK_THAT(
      errors,
      Catch::Contains(
          "a.md:3:1: error: unknown front matter field 'audiense'; did you mean 'audience'?"));
  CHECK_THAT(errors, Catch::Contains("a.md:4:11: error: 'audience' must be a list, not 'staff'; "
                                     "write it as audience: [staff]"));
  CHECK_THAT(errors, Catch::Contains("a.md:5:7: error: 'date' is not a date: '2027-02-30'"));
  CHECK_THAT(errors, Catch::Contains("a.md:6:9: error: 'weight' must be a whole number"));
}

TEST_CASE("missing and unterminated and non-map front matter") {
  Diagnostics missing;
  CHECK_FALSE(ParseFrontMatter("# Just a heading\n", "a.md", missing));
  CHECK_THAT(Errors(missing), Catch::Contains("a.md:1:1: error: no front matter"));

  Diagnostics open;
  CHECK_FALSE(ParseFrontMatter("---\ntitle: x\n", "a.md", open));
  CHECK_THAT(Errors(open), Catch::Contains("a.md:1:1: error: front matter is not closed"));

  Diagnostics list;
  CHECK_FALSE(ParseFrontMatter("---\n- a\n- b\n---\n", "a.md", list));
  CHECK_THAT(Errors(list), Catch::Contains("a.md:2:1: error: front matter must be fields"));

  Diagnostics bad_yaml;
  CHECK_FALSE(ParseFrontMatter("---\ntitle: [unclosed\n---\n", "a.md", bad_yaml));
  CHECK_THAT(Errors(bad_yaml), Catch::Contains("not valid YAML"));
}

TEST_CASE("dates are checked against the calendar") {
  CHECK(IsIsoDate("2024-02-29"));
  CHECK_FALSE(IsIsoDate("2023-02-29"));
  CHECK_FALSE(IsIsoDate("2024-13-01"));
  CHECK_FALSE(IsIsoDate("24-01-01"));
}
