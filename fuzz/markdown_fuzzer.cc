// Fuzzes the Markdown-to-page pipeline: any bytes as a content file (front matter added when
// the input has none) through ParsePage, the heading pass and RenderBody against a small
// site in three languages with definitions and contact routes, so that link rewriting and
// checking, contact blocks, glossary linking, heading anchors and plain text are all reached.
// The input's size picks the page's language (size % 3: sv, en, ar) and whether raw HTML
// is allowed ((size / 3) % 2), so every input maps to one reproducible run.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>

#include <strings.h>

#include "config/config_loader.h"
#include "content/page_loader.h"
#include "core/file_system.h"
#include "core/utf8.h"
#include "markdown/body_context.h"
#include "markdown/body_renderer.h"
#include "search/lunr_builder.h"

namespace {

using kunskap::BodyContext;

const char* kConfig = R"(base_url = "https://example.org/kb/"
default_language = "sv"
quick_exit_url = "https://weather.example/"

[[languages]]
code = "sv"
name = "Svenska"
direction = "ltr"
search = "sv"
title = "Kunskap"

[[languages]]
code = "en"
name = "English"
direction = "ltr"
search = "en"
title = "Knowledge"

[[languages]]
code = "ar"
name = "العربية"
direction = "rtl"
search = "ar"
title = "معرفة"

[[audiences]]
id = "staff"
label = { sv = "Medarbetare", en = "Staff", ar = "الموظفون" }
)";

/// The site the fuzzed page lives in: what its links, terms and contact blocks can name.
const char* kSite[][2] = {
    {"sv/_index.md", "title: Start"},
    {"sv/begrepp/_index.md", "title: Begrepp\nkind: definitions"},
    {"sv/begrepp/vald.md", "title: Våld\nsummary: Handlingar som skadar.\naliases: [våldet]"},
    {"sv/begrepp/vald-i-nara-relation.md",
     "title: Våld i nära relation\nsummary: Från en närstående."},
    {"sv/begrepp/valdsutovare.md", "title: Våldsutövare\nsummary: Den som utövar våld."},
    {"sv/begrepp/eftervald.md", "title: Eftervåld\nsummary: Efter en separation."},
    {"sv/kontakt/_index.md", "title: Kontakt\nkind: contacts"},
    {"sv/kontakt/socialtjansten.md", "title: Socialtjänsten\nphone: '08-123 456'"},
    {"sv/kontakt/polisen.md", "title: Polisen\nphone: '112'\nurgency: emergency"},
    {"sv/artiklar/_index.md", "title: Artiklar\nkind: articles"},
    {"sv/artiklar/att-fraga.md", "title: Att fråga"},
    {"en/_index.md", "title: Home"},
    {"en/terms/_index.md", "title: Terms\nkind: definitions"},
    {"en/terms/violence.md", "title: Violence\nsummary: Acts that harm.\naliases: [abuse]"},
    {"en/terms/domestic-violence.md", "title: Domestic violence\nsummary: By someone close."},
    {"en/contact/_index.md", "title: Contact\nkind: contacts"},
    {"en/contact/police.md", "title: Police\nphone: '112'"},
    {"en/artiklar/_index.md", "title: Articles\nkind: articles"},
    {"ar/_index.md", "title: الرئيسية"},
    {"ar/begrepp/_index.md", "title: مفاهيم\nkind: definitions"},
    {"ar/begrepp/unf.md", "title: العنف\nsummary: أفعال تؤذي."},
    {"ar/kontakt/_index.md", "title: اتصال\nkind: contacts"},
    {"ar/kontakt/shurta.md", "title: الشرطة\nphone: '112'"},
    {"ar/artiklar/_index.md", "title: مقالات\nkind: articles"},
};
// Headings the fuzzed page can link to as ../begrepp/eftervald.md#exempel.
const char* kHeadings = "## Exempel\n\n### Fler exempel\n\nText om våld.\n";

struct Fixture {
  kunskap::SiteConfig config;
  BodyContext contexts[2];  ///< raw HTML off, on
};

const Fixture& TheFixture() {
  static const Fixture fixture = [] {
    Fixture f;
    kunskap::Diagnostics diagnostics;
    f.config = *kunskap::ParseSiteConfig(kConfig, "site-config.toml", diagnostics);
    kunskap::MemoryFileSystem fs;
    fs.Write("site/site-config.toml", kConfig);
    for (const auto& [path, front_matter] : kSite) {
      std::string body = std::string(path).ends_with("eftervald.md") ? kHeadings : "";
      fs.Write(std::string("site/content/") + path,
               "---\n" + std::string(front_matter) + "\n---\n" + body);
    }
    fs.Write("site/content/sv/bilder/schema.png", "png");
    auto content = kunskap::LoadContent(fs, "site", f.config, {}, diagnostics);
    std::map<std::string, kunskap::WordStemmer> stemmers;
    for (const char* language : {"sv", "en", "ar"}) {
      stemmers[language] = [language](const std::string& word) {
        return kunskap::StemForSearch(language, word);
      };
    }
    for (bool raw_html : {false, true}) {
      f.contexts[raw_html] = kunskap::BuildBodyContext(content, raw_html, stemmers, diagnostics);
    }
    if (diagnostics.HasErrors()) __builtin_trap();  // the fixture itself must be valid
    return f;
  }();
  return fixture;
}

bool Contains(const std::string& html, const char* what) {
  return memmem(html.data(), html.size(), what, strlen(what)) != nullptr;
}

bool ContainsNoCase(const std::string& html, const char* what) {
  size_t n = strlen(what);
  for (size_t i = 0; i + n <= html.size(); ++i) {
    if (strncasecmp(html.data() + i, what, n) == 0) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Fixture& fixture = TheFixture();
  static const char* const kLanguages[] = {"sv", "en", "ar"};
  const char* language = kLanguages[size % 3];
  bool raw_html = (size / 3) % 2 == 1;
  const BodyContext& context = fixture.contexts[raw_html];

  std::string text(reinterpret_cast<const char*>(data), size);
  if (!text.starts_with("---") && !text.starts_with("+++")) text = "---\ntitle: T\n---\n" + text;
  kunskap::Diagnostics diagnostics;
  auto page = kunskap::ParsePage(text, language, "artiklar/fuzz.md", fixture.config, diagnostics);
  if (!page) return 0;
  page->section = "artiklar";
  page->kind = kunskap::SectionKind::kArticles;

  kunskap::PageHeadings(*page, raw_html);
  kunskap::RenderedBody body = kunskap::RenderBody(*page, context, diagnostics);
  for (const auto& diagnostic : diagnostics.All()) diagnostic.Format();

  // Each contact block stands in the HTML once, as its marker.
  for (size_t i = 0; i < body.contact_blocks.size(); ++i) {
    if (!Contains(body.html, kunskap::ContactMarker(i).c_str())) __builtin_trap();
  }
  // Valid UTF-8 in (ParsePage saw to that), valid UTF-8 out: glossary links and anchors
  // never cut a character.
  if (kunskap::FindInvalidUtf8(body.html) != std::string::npos ||
      kunskap::FindInvalidUtf8(body.plain_text) != std::string::npos) {
    __builtin_trap();
  }
  for (const auto& heading : body.headings) {
    if (kunskap::FindInvalidUtf8(heading.id) != std::string::npos) __builtin_trap();
  }
  // Without raw HTML, nothing an author writes becomes script.
  if (!raw_html &&
      (ContainsNoCase(body.html, "<script") || ContainsNoCase(body.html, "href=\"javascript:"))) {
    __builtin_trap();
  }
  return 0;
}
