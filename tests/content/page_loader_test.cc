#include <catch2/catch.hpp>

#include "config/config_loader.h"
#include "content/page_loader.h"
#include "memory_site.h"

using namespace kunskap;

namespace {
SiteConfig TestConfig() {
  Diagnostics diagnostics;
  return *ParseSiteConfig(testing::kTestConfig, "site-config.toml", diagnostics);
}
}  // namespace

TEST_CASE("URLs are pretty and in the page's language and from slugified file names") {
  CHECK(PageUrl("sv", "begrepp/eftervald.md", "") == "/sv/begrepp/eftervald/");
  CHECK(PageUrl("sv", "begrepp/_index.md", "") == "/sv/begrepp/");
  CHECK(PageUrl("sv", "_index.md", "") == "/sv/");
  CHECK(PageUrl("sv", "Chefer/Säkerhetsplan på jobbet.md", "") ==
        "/sv/chefer/sakerhetsplan-pa-jobbet/");
  CHECK(PageUrl("en", "staff/x.md", "custom") == "/en/staff/custom/");
  CHECK(PageUrl("sv", "!!!.md", "").empty());
}

TEST_CASE("a page gets its translation key and audiences and output path") {
  Diagnostics diagnostics;
  auto page = ParsePage(testing::PageText("title: Eftervåld"), "sv", "begrepp/eftervald.md",
                        TestConfig(), diagnostics);
  REQUIRE(page);
  CHECK(page->translation_key == "begrepp/eftervald");
  CHECK(page->audiences == std::vector<std::string>{"staff", "managers"});
  CHECK(page->output_path == "sv/begrepp/eftervald/index.html");
  CHECK(page->type == PageType::kRegular);
}

TEST_CASE("page-level checks: title and audience and kind and urgency and slug and encoding") {
  Diagnostics diagnostics;
  auto config = TestConfig();
  ParsePage(testing::PageText("summary: x\naudience: [manager]\nkind: articles\nurgency: high"),
            "sv", "a.md", config, diagnostics);
  ParsePage("---\ntitle: x\n---\nbad \xff byte", "sv", "b.md", config, diagnostics);
  ParsePage(testing::PageText("title: x\nslug: ../etc"), "sv", "c.md", config, diagnostics);
  ParsePage(testing::PageText("title: x\nkind: article"), "sv", "d/_index.md", config, diagnostics);
  std::string all;
  for (const auto& d : diagnostics.Sorted()) all += d.Format() + "\n";
  CHECK_THAT(all, Catch::Contains("content/sv/a.md:1:1: error: missing required field 'title'"));
  CHECK_THAT(
      all,
      Catch::Contains(
          "content/sv/a.md:3:11: error: unknown audience 'manager'; did you mean 'managers'?"));
  CHECK_THAT(
      all, Catch::Contains("content/sv/a.md:4:7: error: 'kind' belongs in a section's _index.md"));
  CHECK_THAT(all, Catch::Contains("content/sv/a.md:5:10: error: unknown urgency 'high'"));
  CHECK_THAT(all, Catch::Contains("content/sv/b.md:4:5: error: the file is not valid UTF-8"));
  CHECK_THAT(
      all, Catch::Contains("content/sv/c.md:3:7: error: slug '../etc' is not a plain URL segment"));
  CHECK_THAT(
      all,
      Catch::Contains(
          "content/sv/d/_index.md:3:7: error: unknown kind 'article'; did you mean 'articles'?"));
}

TEST_CASE("content folders: unknown language and pages in sections and drafts") {
  testing::MemorySite site;
  site.Write("content/sv/begrepp/_index.md",
             testing::PageText("title: Begrepp\nkind: definitions"));
  site.Write("content/sv/begrepp/sip.md", testing::PageText("title: SIP"));
  site.Write("content/sv/begrepp/utkast.md", testing::PageText("title: Utkast\ndraft: true"));
  site.Write("content/se/x.md", testing::PageText("title: X"));
  Diagnostics diagnostics;
  auto config = TestConfig();
  ContentSet content = LoadContent(site.fs, "site", config, {}, diagnostics);
  std::string all;
  for (const auto& d : diagnostics.Sorted()) all += d.Format() + "\n";
  CHECK(all ==
        "content/se/x.md:1:1: error: folder 'content/se' is not a language in "
        "site-config.toml; did you mean 'sv'?\n");
  const Page* sip = nullptr;
  for (const auto& page : content.pages) {
    if (page.rel_path == "begrepp/sip.md") sip = &page;
    CHECK(page.rel_path != "begrepp/utkast.md");
  }
  REQUIRE(sip);
  CHECK(sip->kind == SectionKind::kDefinitions);
  CHECK(sip->section == "begrepp");

  Diagnostics with_drafts;
  ContentSet all_pages = LoadContent(site.fs, "site", config, {true}, with_drafts);
  CHECK(all_pages.pages.size() == content.pages.size() + 1);
}

TEST_CASE(
    "example contact routes warn in a build; placeholder numbers and misplaced flags are errors") {
  testing::MemorySite site;
  site.Write("content/sv/kontakt/_index.md", testing::PageText("title: Kontakt\nkind: contacts"));
  site.Write("content/sv/kontakt/exempel.md",
             testing::PageText("title: Exempel\nphone: \"010-000 00 00\"\nexample: true"));
  site.Write("content/sv/kontakt/glomd.md",
             testing::PageText("title: Glömd\nphone: 08-000 000 00"));
  site.Write("content/sv/kontakt/riktig.md",
             testing::PageText("title: Riktig\nphone: 020-50 50 50"));
  site.Write("content/sv/artikel.md", testing::PageText("title: Artikel\nexample: true"));
  auto result = site.Build();
  std::string messages = testing::Messages(result);
  CHECK_THAT(messages, Catch::Contains("content/sv/kontakt/exempel.md:4:10: warning: contact route "
                                       "'Exempel' is an example"));
  CHECK_THAT(messages, Catch::Contains("content/sv/kontakt/glomd.md:3:8: error: phone '08-000 000 "
                                       "00' looks like a placeholder"));
  CHECK_THAT(messages, Catch::Contains("content/sv/artikel.md:3:10: error: 'example' belongs to "
                                       "contact routes"));
  CHECK_THAT(messages, !Catch::Contains("riktig.md"));
}
