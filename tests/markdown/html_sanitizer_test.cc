// The raw-HTML allow-list against hostile snippets of the kinds sanitizers are tested with
// (handlers, obfuscated script addresses, SVG and MathML, meta refresh, styles, forms,
// frames), each an error at its line, and against the HTML authors do write, which passes.
#include "markdown/html_sanitizer.h"

#include <catch2/catch.hpp>

#include "memory_site.h"

using namespace kunskap;
using testing::PageText;

namespace {

struct Hostile {
  const char* html;
  int line;
  const char* message;  ///< a part of the one error's message
};

const Hostile kHostile[] = {
    {"<script>alert(1)</script>", 1, "<script> is not allowed"},
    {"<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", 1, "<script> is not allowed"},
    {"<p>\n<img src=x onerror=alert(1)>\n</p>", 2, "'onerror' on <img>"},
    {"<img src=x OnError=alert(1)>", 1, "'onerror' on <img>"},
    {"<a href=\"#\" onclick=\"steal()\">x</a>", 1, "'onclick' on <a>"},
    {"<div onmouseover=\"x()\">hover</div>", 1, "'onmouseover' on <div>"},
    {"<details open ontoggle=alert(1)>", 1, "'ontoggle' on <details>"},
    {"<p onpointerenter=x>text</p>", 1, "'onpointerenter' on <p>"},
    {"<a href=\"javascript:alert(1)\">x</a>", 1, "href=\"javascript:alert(1)\"> is not a safe"},
    {"<a href=\"JaVaScRiPt:alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"&#106;avascript:alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"&#x6A;&#x61;vascript:alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"java&#x09;script:alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"java\nscript:alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\" \x01javascript:alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"javascript&colon;alert(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"vbscript:msgbox(1)\">x</a>", 1, "is not a safe address"},
    {"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", 1,
     "is not a safe address"},
    {"<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", 1, "is not a safe address"},
    {"<img src=\"javascript:alert(1)\">", 1, "is not a safe address"},
    {"<blockquote cite=\"javascript:alert(1)\">q</blockquote>", 1, "is not a safe address"},
    {"<a href=\"file:///etc/passwd\">x</a>", 1, "is not a safe address"},
    {"<svg onload=alert(1)>", 1, "<svg> is not allowed"},
    {"<svg><script>alert(1)</script></svg>", 1, "<svg> is not allowed"},
    {"<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", 1,
     "<svg> is not allowed"},
    {"<math><mtext><img src=x onerror=alert(1)></mtext></math>", 1, "<math> is not allowed"},
    {"<math href=\"javascript:alert(1)\">x</math>", 1, "<math> is not allowed"},
    {"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", 1,
     "<meta> is not allowed"},
    {"<base href=\"https://evil.example/\">", 1, "<base> is not allowed"},
    {"<link rel=stylesheet href=https://evil.example/x.css>", 1, "<link> is not allowed"},
    {"<style>body { background: url(https://evil.example/) }</style>", 1, "<style> is not allowed"},
    {"<p style=\"background:url(https://evil.example/x)\">x</p>", 1, "'style' on <p>"},
    {"<span style=\"behavior: url(x.htc)\">x</span>", 1, "'style' on <span>"},
    {"<iframe src=\"https://evil.example/\"></iframe>", 1, "<iframe> is not allowed"},
    {"<iframe srcdoc=\"<script>alert(1)</script>\">", 1, "<iframe> is not allowed"},
    {"<object data=\"x.swf\"></object>", 1, "<object> is not allowed"},
    {"<embed src=\"x.swf\">", 1, "<embed> is not allowed"},
    {"<form action=\"https://evil.example/\"><input name=p></form>", 1, "<form> is not allowed"},
    {"<button formaction=\"javascript:alert(1)\">x</button>", 1, "<button> is not allowed"},
    {"<input autofocus onfocus=alert(1)>", 1, "<input> is not allowed"},
    {"<textarea>x</textarea>", 1, "<textarea> is not allowed"},
    {"<template><img src=x onerror=alert(1)></template>", 1, "<template> is not allowed"},
    {"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", 1,
     "<noscript> is not allowed"},
    {"<video><source onerror=alert(1)></video>", 1, "<video> is not allowed"},
    {"<img src=x onerror&#61;alert(1)>", 1, "on <img> is not allowed"},
    {"<a href=x id=kunskap-strings>x</a>", 1, "'id' on <a>"},
    {"<div class=\"quick-exit__button\">x</div>", 1, "'class' on <div>"},
    {"<a href=x target=_blank>x</a>", 1, "'target' on <a>"},
    {"<marquee>x</marquee>", 1, "<marquee> is not allowed"},
    {"<scr<script>ipt>alert(1)</scr</script>ipt>", 1, "is not allowed"},
    {"<dialog open>x</dialog>", 1, "<dialog> is not allowed"},
    {"<p>\n\n<img src=x onerror=alert(1)>\n</p>", 3, "'onerror' on <img>"},
};

}  // namespace

TEST_CASE("every hostile snippet is one error, at its line, naming the element or attribute") {
  REQUIRE(std::size(kHostile) >= 40);
  for (const auto& hostile : kHostile) {
    CAPTURE(hostile.html);
    auto problems = CheckRawHtml(hostile.html);
    REQUIRE(!problems.empty());
    CHECK_THAT(problems.front().message, Catch::Contains(hostile.message));
    CHECK(problems.front().line == hostile.line);
    CHECK(!problems.front().hint.empty());
  }
}

TEST_CASE("the HTML authors write passes: details, tables, abbreviations, images, links") {
  for (const char* html :
       {"<details>\n<summary>Läs mer</summary>\n\nText.\n</details>",
        "<table><thead><tr><th scope=\"col\" colspan=\"2\">Rubrik</th></tr></thead>"
        "<tbody><tr><td rowspan=2>a</td><td>b</td></tr></tbody></table>",
        "<abbr title=\"Brottsofferjouren\">BOJ</abbr>",
        "<p lang=\"sv\" dir=\"ltr\">Text <strong>fet</strong> <em>kursiv</em><br>rad</p>",
        "<a href=\"https://www.kvinnofridslinjen.se\">Kvinnofridslinjen</a>",
        "<a href=\"../begrepp/eftervald/\">eftervåld</a>", "<a href=\"mailto:a@b.se\">a</a>",
        "<a href=\"tel:020505050\">020-50 50 50</a>",
        "<img src=\"bild.png\" alt=\"Schema\" width=\"200\">",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">", "<!-- en kommentar -->",
        "<ol start=\"3\" reversed><li value=\"5\">x</li></ol>",
        "<time datetime=\"2026-12-24\">julafton</time>", "<kbd>Skift</kbd> <sup>1</sup>"}) {
    CAPTURE(html);
    std::string found;
    for (const auto& problem : CheckRawHtml(html)) found += problem.message + "\n";
    CHECK(found.empty());
  }
}

TEST_CASE("addresses are judged as a browser reads them") {
  CHECK(IsSafeAddress("https://example.org/a:b", false));
  CHECK(IsSafeAddress("../x.md#a:b", false));
  CHECK(IsSafeAddress("?q=a:b", false));
  CHECK(!IsSafeAddress(" JAVASCRIPT:x", false));
  CHECK(!IsSafeAddress("\tjava\nscript:x", false));
  CHECK(!IsSafeAddress("data:image/png;base64,x", false));
  CHECK(IsSafeAddress("data:image/png;base64,x", true));
  CHECK(!IsSafeAddress("data:image/svg+xml,x", true));
}

TEST_CASE("with raw HTML allowed, each problem is an error at its place in the file") {
  testing::MemorySite site;
  site.Write("site-config.toml", std::string("allow_raw_html = true\n") + testing::kTestConfig);
  site.Write(
      "content/sv/sida.md",
      PageText(
          "title: Sida",
          "Text med <img src=x onerror=alert(1)> i.\n\n"
          "<div>\n<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n</div>\n\n"
          "[länk](javascript:alert(1))\n"));
  auto result = site.Build();
  CHECK(!result.output);
  std::string errors = testing::Errors(result);
  CHECK_THAT(errors, Catch::Contains("content/sv/sida.md:4:21: error: raw HTML: the attribute "
                                     "'onerror' on <img> is not allowed"));
  CHECK_THAT(errors,
             Catch::Contains("content/sv/sida.md:7:1: error: raw HTML: <meta> is not allowed"));
  CHECK_THAT(errors,
             Catch::Contains("content/sv/sida.md:10:1: error: link to 'javascript:alert(1)' "
                             "is not a safe address"));
}

TEST_CASE("a forged glossary placeholder in raw HTML is an error, not a crash") {
  // Before: std::stoul on the rendered HTML threw inside the parallel render (exit 134).
  testing::MemorySite site;
  site.Write("site-config.toml", std::string("allow_raw_html = true\n") + testing::kTestConfig);
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  site.Write("content/sv/begrepp/eftervald.md",
             PageText("title: Eftervåld\nsummary: Våld efter en separation."));
  site.Write("content/sv/sida.md",
             PageText("title: Sida", "Om eftervåld och <a href=\"kunskap-term:x\">y</a>, "
                                     "<a href=\"kunskap-term:99\">z</a> och eftervåld.\n"));
  auto result = site.Build();
  CHECK(!result.output);
  CHECK_THAT(testing::Errors(result),
             Catch::Contains("raw HTML: <a href=\"kunskap-term:x\"> is not a safe address"));
}
