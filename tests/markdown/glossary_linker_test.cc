#include <catch2/catch.hpp>

#include "markdown/glossary_linker.h"
#include "memory_site.h"

using namespace kunskap;
using testing::PageText;

namespace {

testing::MemorySite GlossarySite() {
  testing::MemorySite site;
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  site.Write("content/sv/begrepp/vald.md",
             PageText("title: Våld\nsummary: Handlingar som skadar.\naliases: [våldet]"));
  site.Write("content/sv/begrepp/vald-i-nara-relation.md",
             PageText("title: Våld i nära relation\nsummary: Våld från en närstående.",
                      "Det är en form av våld.\n"));
  site.Write("content/sv/begrepp/valdsutovare.md",
             PageText("title: Våldsutövare\nsummary: Den som utövar våld."));
  site.Write("content/sv/artiklar/_index.md", PageText("title: Artiklar\nkind: articles"));
  site.Write("content/sv/artiklar/a.md",
             PageText("title: A",
                      "## Våld i rubriken\n\n"
                      "Om våld i nära relation och våld. Våldsutövaren och våldsutövarens barn.\n\n"
                      "Våld igen, och `våld` i kod, och [våld](https://example.org) i en länk.\n\n"
                      "| Tabell |\n|---|\n| våldsutövare |\n"));
  site.Write("content/sv/artiklar/b.md",
             PageText("title: B\nglossary: false", "Här nämns våld utan länk.\n"));
  site.Write("content/sv/artiklar/c.md",
             PageText("title: C", "[våld](glossary:off) hålls fritt, men sedan våldet.\n"));
  return site;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the first mention of each term links its definition with its summary") {
  auto result = GlossarySite().Build();
  REQUIRE(result.output);
  const std::string& html = result.output->files.at("sv/artiklar/a/index.html");
  // Longest term first: "våld i nära relation" is one term, then "våld" once, then the
  // inflected "Våldsutövaren" for "våldsutövare".
  CHECK_THAT(html, Catch::Contains("href=\"../../begrepp/vald-i-nara-relation/index.html\" "
                                   "aria-describedby=\"term-tip-1\">våld i nära relation</a>"
                                   "<span class=\"term__tip\" role=\"tooltip\" id=\"term-tip-1\">"
                                   "Våld från en närstående.</span>"));
  CHECK_THAT(html, Catch::Contains(">våld</a><span class=\"term__tip\""));
  CHECK_THAT(html, Catch::Contains(">Våldsutövaren</a>"));
  CHECK(Count(html, "begrepp/vald/index.html\" aria-describedby") == 1);
  CHECK(Count(html, "begrepp/valdsutovare/index.html\" aria-describedby") == 1);
  // Never in headings, code or links.
  CHECK_THAT(html, Catch::Contains(">Våld i rubriken <a class=\"heading-anchor\""));
  CHECK_THAT(html, Catch::Contains("<code>våld</code>"));
  CHECK_THAT(html, Catch::Contains("<a href=\"https://example.org\">våld</a>"));
}

TEST_CASE("a term in a table cell is linked") {
  testing::MemorySite site = GlossarySite();
  site.Write("content/sv/artiklar/d.md", PageText("title: D", "| Tabell |\n|---|\n| våldsutövare |\n"));
  auto result = site.Build();
  REQUIRE(result.output);
  CHECK_THAT(result.output->files.at("sv/artiklar/d/index.html"),
             Catch::Contains("<td><span class=\"term\"><a class=\"term__link\" "
                             "href=\"../../begrepp/valdsutovare/index.html\""));
}

TEST_CASE("glossary false and glossary:off keep text unlinked and the own page is not linked") {
  auto result = GlossarySite().Build();
  REQUIRE(result.output);
  CHECK_THAT(result.output->files.at("sv/artiklar/b/index.html"), !Catch::Contains("term__link"));
  const std::string& c = result.output->files.at("sv/artiklar/c/index.html");
  CHECK_THAT(c, Catch::Contains("<p>våld hålls fritt, men sedan <span class=\"term\">"));
  CHECK_THAT(c, Catch::Contains(">våldet</a>"));
  const std::string& own = result.output->files.at("sv/begrepp/vald-i-nara-relation/index.html");
  CHECK_THAT(own, Catch::Contains("form av <span class=\"term\"><a class=\"term__link\" "
                                  "href=\"../vald/index.html\""));
  CHECK_THAT(own, !Catch::Contains("href=\"index.html\" aria-describedby"));
}

TEST_CASE("each definition lists where it is used and unused definitions are warned about") {
  testing::MemorySite site = GlossarySite();
  site.Write("content/sv/begrepp/oanvand.md", PageText("title: Oanvändbart ord"));
  auto result = site.Build();
  REQUIRE(result.output);
  const std::string& vald = result.output->files.at("sv/begrepp/vald/index.html");
  CHECK_THAT(vald, Catch::Contains("<h2 id=\"used-in-title\">Används i</h2>\n<h3>Artiklar</h3>"));
  CHECK_THAT(vald, Catch::Contains("<a href=\"../../artiklar/a/index.html\">A</a>"));
  CHECK_THAT(vald, Catch::Contains("<a href=\"../../artiklar/c/index.html\">C</a>"));
  CHECK_THAT(vald, !Catch::Contains("<a href=\"../../artiklar/b/index.html\">B</a>"));
  CHECK_THAT(testing::Messages(result),
             Catch::Contains("content/sv/begrepp/oanvand.md:1:1: warning: no page uses the "
                             "definition 'Oanvändbart ord'"));
}

TEST_CASE("a term defined by two definitions is a warning at the second") {
  testing::MemorySite site = GlossarySite();
  site.Write("content/sv/begrepp/vald2.md", PageText("title: Våld två\naliases: [våld]"));
  CHECK_THAT(testing::Messages(site.Build()),
             Catch::Contains("content/sv/begrepp/vald2.md:3:10: warning: the term 'våld' is "
                             "also defined by content/sv/begrepp/vald.md"));
}

TEST_CASE("term placeholders are replaced by the term markup") {
  std::string html = "<p>a <a href=\"kunskap-term:0\">b</a> c <a href=\"x\">d</a></p>";
  ReplaceTermPlaceholders(html, {{"<T>", "</T>"}});
  CHECK(html == "<p>a <T>b</T> c <a href=\"x\">d</a></p>");
}

TEST_CASE("authors cannot use the reserved term scheme") {
  testing::MemorySite site;
  site.Write("content/sv/x.md", PageText("title: X", "[a](kunskap-term:0)\n"));
  CHECK_THAT(testing::Messages(site.Build()),
             Catch::Contains("content/sv/x.md:4:1: error: links may not use the reserved scheme"));
}
