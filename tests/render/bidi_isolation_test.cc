#include "render/bidi_isolation.h"

#include <catch2/catch.hpp>

#include "memory_site.h"

using namespace kunskap;
using testing::PageText;

TEST_CASE("digit groups in right-to-left text are isolated left-to-right") {
  CHECK(IsolateDigitGroups("<p>اتصل بالرقم 114 14 الآن</p>") ==
        "<p>اتصل بالرقم <bdi dir=\"ltr\">114 14</bdi> الآن</p>");
  CHECK(IsolateDigitGroups("<p>116 111، 020-50 50 50 و+46 8 123 45.</p>") ==
        "<p><bdi dir=\"ltr\">116 111</bdi>، <bdi dir=\"ltr\">020-50 50 50</bdi> و"
        "<bdi dir=\"ltr\">+46 8 123 45</bdi>.</p>");
  CHECK(IsolateDigitGroups("<li>2026-12-24</li>") == "<li><bdi dir=\"ltr\">2026-12-24</bdi></li>");
  CHECK(IsolateDigitGroups("<p>114&nbsp;14</p>") == "<p><bdi dir=\"ltr\">114&nbsp;14</bdi></p>");
}

TEST_CASE("single numbers, times, decimals, markup and scripts are left as they are") {
  for (const char* html :
       {"<p>اتصل بـ 112</p>", "<p>08:00–16:30</p>", "<p>16:30-08:00</p>", "<p>3.5 14</p>",
        "<a href=\"tel:114 14\" data-x=\"1 2\">x</a>", "<script>var a = \"114 14\";</script>",
        "<style>p { margin: 0 1 }</style>", "<!-- 114 14 -->", "<p>2024–2027</p>", "<p>v1.2 3</p>",
        "<a dir=\"ltr\" href=\"tel:11414\">114 14</a>"}) {
    CAPTURE(html);
    CHECK(IsolateDigitGroups(html) == html);
  }
}

TEST_CASE("a title gets isolation marks, not markup") {
  CHECK(IsolateDigitGroups("<title>الشرطة 114 14 – موقع</title>") ==
        "<title>الشرطة \xE2\x81\xA6"
        "114 14\xE2\x81\xA9 – موقع</title>");
}

TEST_CASE("Arabic pages isolate numbers in body text, headings and titles; others do not") {
  testing::MemorySite site;
  site.Write("content/sv/_index.md", PageText("title: Start"));
  site.Write("content/sv/hjalp.md", PageText("title: Ring 114 14", "Ring 114 14."));
  site.Write("content/ar/_index.md", PageText("title: الرئيسية"));
  site.Write("content/ar/help.md", PageText("title: اتصل بالرقم 114 14\ntranslation_key: hjalp",
                                            "اتصل بالرقم 114 14 أو 116 111."));
  auto result = site.Build();
  REQUIRE(result.output);
  const std::string& ar = result.output->files.at("ar/help/index.html");
  CHECK_THAT(ar, Catch::Contains("<h1>اتصل بالرقم <bdi dir=\"ltr\">114 14</bdi></h1>"));
  CHECK_THAT(ar,
             Catch::Contains(
                 "اتصل بالرقم <bdi dir=\"ltr\">114 14</bdi> أو <bdi dir=\"ltr\">116 111</bdi>."));
  CHECK_THAT(ar, Catch::Contains("<title>اتصل بالرقم \xE2\x81\xA6"
                                 "114 14\xE2\x81\xA9"));
  const std::string& sv = result.output->files.at("sv/hjalp/index.html");
  CHECK(sv.find("<bdi") == std::string::npos);
}
