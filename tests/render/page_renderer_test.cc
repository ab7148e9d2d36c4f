#include <catch2/catch.hpp>

#include "memory_site.h"

using namespace kunskap;
using testing::PageText;

namespace {
testing::MemorySite TranslatedSite() {
  testing::MemorySite site;
  site.Write("content/sv/lamna-farre-spar.md", PageText("title: Lämna färre spår"));
  site.Write("content/en/leave-fewer-traces.md",
             PageText("title: Leave fewer traces\ntranslation_key: lamna-farre-spar"));
  site.Write("content/sv/medarbetare/_index.md",
             PageText("title: För medarbetare\nkind: articles\nweight: 1"));
  site.Write(
      "content/sv/medarbetare/fraga.md",
      PageText(
          "title: Att fråga om våld\nowner: Samordnaren\nreview_by: 2027-06-30\naudience: [staff]",
          "## Ett\n\n## Två\n\n## Tre\n"));
  return site;
}
}  // namespace

TEST_CASE("every page has lang and dir and and Arabic pages are right-to-left") {
  auto result = TranslatedSite().Build();
  REQUIRE(result.output);
  CHECK_THAT(result.output->files.at("sv/index.html"),
             Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\""));
  CHECK_THAT(result.output->files.at("ar/index.html"),
             Catch::Contains("<html lang=\"ar\" dir=\"rtl\""));
}

TEST_CASE(
    "the language switcher links translations with hreflang and or says a page is not translated") {
  auto result = TranslatedSite().Build();
  REQUIRE(result.output);
  const std::string& sv = result.output->files.at("sv/lamna-farre-spar/index.html");
  CHECK_THAT(sv,
             Catch::Contains(
                 "<a href=\"../../en/leave-fewer-traces/index.html\" lang=\"en\" hreflang=\"en\""));
  CHECK_THAT(sv, Catch::Contains("<link rel=\"alternate\" hreflang=\"en\""));
  // No Arabic version: the switcher leads to the Arabic home page and says so in Arabic.
  CHECK_THAT(sv, Catch::Contains("<a href=\"../../ar/index.html\" lang=\"ar\" hreflang=\"ar\" "
                                 "dir=\"rtl\">العربية <span class=\"not-translated\">"));
}

TEST_CASE(
    "an article shows audience and owner and review date and breadcrumbs and a table of contents") {
  auto result = TranslatedSite().Build();
  REQUIRE(result.output);
  const std::string& html = result.output->files.at("sv/medarbetare/fraga/index.html");
  CHECK_THAT(html, Catch::Contains("<span class=\"audience\">Medarbetare</span>"));
  CHECK_THAT(html, !Catch::Contains("<span class=\"audience\">Chefer</span>"));
  CHECK_THAT(html, Catch::Contains("<dd>Samordnaren</dd>"));
  CHECK_THAT(html, Catch::Contains("<time datetime=\"2027-06-30\">"));
  CHECK_THAT(html, Catch::Contains("<a href=\"../index.html\">För medarbetare</a>"));
  CHECK_THAT(html, Catch::Contains("<a href=\"#tva\">Två</a>"));
  CHECK_THAT(html,
             Catch::Contains("<a href=\"../../lamna-farre-spar/index.html\">Lämna färre spår</a>"));
  CHECK_THAT(html, Catch::Contains("data-quick-exit"));
}

TEST_CASE(
    "the root sends visitors to the default language without JavaScript and 404 and sitemap "
    "exist") {
  auto result = TranslatedSite().Build();
  REQUIRE(result.output);
  CHECK_THAT(result.output->files.at("index.html"),
             Catch::Contains("http-equiv=\"refresh\" content=\"0; url=sv/index.html\""));
  CHECK_THAT(result.output->files.at("404.html"), Catch::Contains("href=\"/kb/sv/index.html\""));
  const std::string& sitemap = result.output->files.at("sitemap.xml");
  CHECK_THAT(sitemap, Catch::Contains("<loc>https://example.org/kb/sv/lamna-farre-spar/</loc>"));
  CHECK_THAT(
      sitemap,
      Catch::Contains("hreflang=\"en\" href=\"https://example.org/kb/en/leave-fewer-traces/\""));
}

TEST_CASE("text from front matter is escaped and never markup") {
  testing::MemorySite site;
  site.Write("content/sv/x.md",
             PageText("title: \"<script>alert(1)</script>\"\nsummary: \"\\\" onmouseover=\\\"x\""));
  auto result = site.Build();
  REQUIRE(result.output);
  const std::string& html = result.output->files.at("sv/x/index.html");
  CHECK_THAT(html, !Catch::Contains("<script>alert"));
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_THAT(html, !Catch::Contains("\" onmouseover="));
}

TEST_CASE("the same input gives byte-identical output") {
  auto first = TranslatedSite().Build();
  auto second = TranslatedSite().Build();
  REQUIRE(first.output);
  REQUIRE(second.output);
  CHECK(first.output->files == second.output->files);
}
