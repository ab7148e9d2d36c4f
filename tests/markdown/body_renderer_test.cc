#include <catch2/catch.hpp>

#include "config/config_loader.h"
#include "content/page_loader.h"
#include "markdown/body_renderer.h"
#include "memory_site.h"

using namespace kunskap;

namespace {

struct Fixture {
  Fixture() {
    Diagnostics ignored;
    config = *ParseSiteConfig(testing::kTestConfig, "site-config.toml", ignored);
  }
  Page Add(const std::string& rel_path, const std::string& body,
           const std::string& language = "sv") {
    Diagnostics ignored;
    Page page =
        *ParsePage(testing::PageText("title: T", body), language, rel_path, config, ignored);
    if (rel_path.starts_with("kontakt/")) page.kind = SectionKind::kContacts;
    content.pages.push_back(page);
    return page;
  }
  RenderedBody Render(const Page& page) {
    BodyContext context = BuildBodyContext(content, false, {}, diagnostics);
    return RenderBody(page, context, diagnostics);
  }
  std::string Errors() const {
    std::string text;
    for (const auto& d : diagnostics.Sorted()) text += d.Format() + "\n";
    return text;
  }
  SiteConfig config;
  ContentSet content;
  Diagnostics diagnostics;
};

}  // namespace

TEST_CASE("links to Markdown files become relative URLs of the target page") {
  Fixture f;
  f.Add("begrepp/eftervald.md", "## Exempel\n");
  Page page = f.Add("medarbetare/artikel.md",
                    "Läs om [eftervåld](../begrepp/eftervald.md) och "
                    "[exemplen](../begrepp/eftervald.md#exempel).\n");
  RenderedBody body = f.Render(page);
  CHECK(f.Errors().empty());
  CHECK_THAT(body.html, Catch::Contains("href=\"../../begrepp/eftervald/index.html\""));
  CHECK_THAT(body.html, Catch::Contains("href=\"../../begrepp/eftervald/index.html#exempel\""));
  CHECK(body.links_to == std::vector<std::string>{"content/sv/begrepp/eftervald.md",
                                                  "content/sv/begrepp/eftervald.md"});
}

TEST_CASE("broken links and anchors are errors at the link's line and column") {
  Fixture f;
  f.Add("begrepp/eftervald.md", "## Exempel\n");
  Page page =
      f.Add("a.md",
            "Första raden.\n\nSe [x](begrepp/eftervald.md#exampel) och [y](begrepp/efterval.md).\n"
            "[z](/sv/begrepp/) [w](#saknas) [v](../../../etc/passwd.md)\n");
  f.Render(page);
  std::string errors = f.Errors();
  // The body starts on line 4 of the file (after three front matter lines).
  CHECK_THAT(errors,
             Catch::Contains("content/sv/a.md:6:4: error: link to 'begrepp/eftervald.md#exampel': "
                             "no heading with id '#exampel'; did you mean 'exempel'?"));
  CHECK_THAT(errors,
             Catch::Contains("content/sv/a.md:6:42: error: link to 'begrepp/efterval.md': no such "
                             "page or file; did you mean 'eftervald.md'?"));
  CHECK_THAT(errors,
             Catch::Contains("content/sv/a.md:7:1: error: link '/sv/begrepp/' is absolute"));
  CHECK_THAT(errors, Catch::Contains(
                         "content/sv/a.md:7:19: error: no heading with id '#saknas' on this page"));
  CHECK_THAT(
      errors,
      Catch::Contains("content/sv/a.md:7:32: error: link '../../../etc/passwd.md' points outside"));
}

TEST_CASE("headings get stable and unique ids and self-links") {
  Fixture f;
  Page page = f.Add("a.md", "## Vad är våld?\n\n## Vad är våld?\n\n### Åtgärder\n");
  RenderedBody body = f.Render(page);
  REQUIRE(body.headings.size() == 3);
  CHECK(body.headings[0].id == "vad-ar-vald");
  CHECK(body.headings[1].id == "vad-ar-vald-2");
  CHECK(body.headings[2].id == "atgarder");
  CHECK(body.headings[2].level == 3);
  CHECK_THAT(
      body.html,
      Catch::Contains(
          "<h2 id=\"vad-ar-vald\">Vad är våld? <a class=\"heading-anchor\" href=\"#vad-ar-vald\""));
}

TEST_CASE("contact blocks are checked and leave a marker for the cards") {
  Fixture f;
  f.Add("kontakt/kvinnofridslinjen.md", "");
  Page page = f.Add("a.md", "Text\n\n```contact\nkvinnofridslinjen\n  kvinnofridslinje\n```\n");
  RenderedBody body = f.Render(page);
  REQUIRE(body.contact_blocks.size() == 1);
  CHECK(body.contact_blocks[0].ids == std::vector<std::string>{"kvinnofridslinjen"});
  CHECK_THAT(body.html, Catch::Contains(ContactMarker(0)));
  CHECK_THAT(f.Errors(),
             Catch::Contains("content/sv/a.md:8:3: error: unknown contact route 'kvinnofridslinje' "
                             "in language 'sv'; did you mean 'kvinnofridslinjen'?"));
}

TEST_CASE("raw HTML and script URLs do not reach the page") {
  Fixture f;
  Page page = f.Add(
      "a.md", "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">b</b>\n");
  RenderedBody body = f.Render(page);
  CHECK_THAT(body.html, !Catch::Contains("<script"));
  CHECK_THAT(body.html, !Catch::Contains("javascript:"));
  CHECK_THAT(body.html, !Catch::Contains("onclick"));
  CHECK_THAT(f.Errors(),
             Catch::Contains("content/sv/a.md:4:1: warning: raw HTML is left out of the page"));
}

TEST_CASE("GFM tables and task lists and strikethrough and footnotes render") {
  Fixture f;
  Page page =
      f.Add("a.md",
            "| A | B |\n|---|---|\n| 1 | 2 |\n\n- [x] klart\n\n~~bort~~ text[^1]\n\n[^1]: Not.\n");
  RenderedBody body = f.Render(page);
  CHECK_THAT(body.html, Catch::Contains("<table>"));
  CHECK_THAT(body.html, Catch::Contains("checked"));
  CHECK_THAT(body.html, Catch::Contains("<del>bort</del>"));
  CHECK_THAT(body.html, Catch::Contains("footnote"));
  CHECK_THAT(body.plain_text, Catch::Contains("A B"));
}

TEST_CASE(
    "a phrase in another language is marked with its language, and so is a link to a page in one") {
  testing::MemorySite site;
  site.Write("content/sv/sip.md", testing::PageText("title: SIP\ntranslation_key: sip"));
  site.Write("content/en/sip.md",
             testing::PageText("title: SIP\ntranslation_key: sip",
                               "A [samordnad individuell plan](lang:sv) is written together. "
                               "Read the [Swedish page](../sv/sip.md). [x](lang:Svenska)\n"));
  auto result = site.Build();
  CHECK_THAT(
      testing::Errors(result),
      Catch::Contains("content/en/sip.md:5:101: error: 'lang:Svenska' is not a language code"));
  site.Write("content/en/sip.md",
             testing::PageText("title: SIP\ntranslation_key: sip",
                               "A [samordnad individuell plan](lang:sv) is written together. "
                               "Read the [Swedish page](../sv/sip.md).\n"));
  result = site.Build();
  REQUIRE(result.output);
  const std::string& html = result.output->files.at("en/sip/index.html");
  CHECK_THAT(html,
             Catch::Contains("A <span lang=\"sv\">samordnad individuell plan</span> is written"));
  CHECK_THAT(html,
             Catch::Contains(
                 "<span lang=\"sv\"><a href=\"../../sv/sip/index.html\">Swedish page</a></span>"));
}
