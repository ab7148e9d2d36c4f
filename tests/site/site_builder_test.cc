#include <catch2/catch.hpp>

#include "memory_site.h"

using namespace kunskap;
using testing::PageText;

TEST_CASE("translations pair by translation_key and and required languages are enforced") {
  testing::MemorySite site;
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  site.Write("content/en/definitions/_index.md",
             PageText("title: Definitions\nkind: definitions\ntranslation_key: begrepp/_index"));
  site.Write("content/sv/begrepp/sip.md", PageText("title: SIP"));
  site.Write("content/en/definitions/sip.md", PageText("title: SIP\ntranslation_key: begrepp/sip"));
  site.Write("content/en/definitions/only-english.md", PageText("title: Only English"));
  auto result = site.Build();
  CHECK(testing::Errors(result) ==
        "content/en/definitions/only-english.md:1:1: error: no translation in Svenska ('sv' is "
        "required) for translation_key 'definitions/only-english'; add content/sv/... with "
        "'translation_key: definitions/only-english'\n");
}

TEST_CASE("duplicate URLs and duplicate translation keys are errors") {
  testing::MemorySite site;
  site.Write("content/sv/a/b.md", PageText("title: B"));
  site.Write("content/sv/a/b/_index.md", PageText("title: B-sektion"));
  site.Write("content/sv/x.md", PageText("title: X\ntranslation_key: same"));
  site.Write("content/sv/y.md", PageText("title: Y\ntranslation_key: same"));
  std::string messages = testing::Messages(site.Build());
  CHECK_THAT(messages,
             Catch::Contains("content/sv/a/b/_index.md:1:1: error: URL /sv/a/b/ is already "
                             "the URL of content/sv/a/b.md"));
  CHECK_THAT(messages,
             Catch::Contains("content/sv/y.md:3:18: error: translation_key 'same' is also "
                             "used by content/sv/x.md"));
}

TEST_CASE("definitions are listed A–Ö with å and ä and ö after z") {
  testing::MemorySite site;
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  for (const char* title : {"Övergrepp", "Ärende", "Zon", "Åtgärd", "Anmälan", "barnperspektiv"}) {
    site.Write(std::string("content/sv/begrepp/") + title + ".md",
               PageText(std::string("title: ") + title));
  }
  auto result = site.Build();
  REQUIRE(result.output);
  const std::string& html = result.output->files.at("sv/begrepp/index.html");
  std::vector<std::string> order = {"Anmälan", "barnperspektiv", "Zon",
                                    "Åtgärd",  "Ärende",         "Övergrepp"};
  size_t last = 0;
  for (const auto& title : order) {
    size_t at = html.find(">" + title + "</a>");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  CHECK_THAT(html, Catch::Contains("<h2 id=\"bokstav-a\">Å</h2>") || Catch::Contains(">Å</h2>"));
}

TEST_CASE("updates are listed newest first and need a date") {
  testing::MemorySite site;
  site.Write("content/sv/nyheter/_index.md", PageText("title: Nyheter\nkind: updates"));
  site.Write("content/sv/nyheter/a.md", PageText("title: Äldst\ndate: 2017-01-01"));
  site.Write("content/sv/nyheter/b.md", PageText("title: Nyast\ndate: 2024-05-01"));
  site.Write("content/sv/nyheter/c.md", PageText("title: Odaterad"));
  auto result = site.Build();
  CHECK(testing::Messages(result) ==
        "content/sv/nyheter/c.md:1:1: error: an update needs a 'date'; add a line 'date: "
        "YYYY-MM-DD'\n");
  site.Write("content/sv/nyheter/c.md", PageText("title: Mitten\ndate: 2020-01-01"));
  result = site.Build();
  REQUIRE(result.output);
  const std::string& html = result.output->files.at("sv/nyheter/index.html");
  CHECK(html.find("Nyast") < html.find("Mitten"));
  CHECK(html.find("Mitten") < html.find("Äldst"));
}
