// Fuzzes front matter parsing: any bytes as a whole content file through ParsePage (UTF-8
// and NUL checks, YAML or TOML front matter, field typing and checks, the page's URL), once
// as a regular page and once as a section's _index.md, which accept different fields.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/config_loader.h"
#include "content/front_matter.h"
#include "content/page_loader.h"
#include "core/utf8.h"

namespace {

bool IsUtf8(const std::string& text) {
  return kunskap::FindInvalidUtf8(text) == std::string::npos;
}

const char* kConfig = R"(base_url = "https://example.org/kb/"
default_language = "sv"
quick_exit_url = "https://weather.example/"

[[languages]]
code = "sv"
name = "Svenska"
direction = "ltr"
search = "sv"
title = "Kunskap"

[[audiences]]
id = "staff"
label = { sv = "Medarbetare" }

[[audiences]]
id = "managers"
label = { sv = "Chefer" }
)";

const kunskap::SiteConfig& Config() {
  static const kunskap::SiteConfig config = [] {
    kunskap::Diagnostics ignored;
    return *kunskap::ParseSiteConfig(kConfig, "site-config.toml", ignored);
  }();
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* rel_path : {"begrepp/eftervald.md", "begrepp/_index.md"}) {
    kunskap::Diagnostics diagnostics;
    auto page = kunskap::ParsePage(text, "sv", rel_path, Config(), diagnostics);
    // A message names a place in the file the author can go to.
    for (const auto& diagnostic : diagnostics.All()) {
      if (diagnostic.location.path.empty() || diagnostic.Format().empty()) __builtin_trap();
    }
    if (!page) continue;
    if (page->url.empty() || page->url.front() != '/') __builtin_trap();
    // The file was valid UTF-8, so everything read from it is too: escapes in quoted values
    // must not make text that the pages and the search index cannot carry.
    const kunskap::FrontMatter& meta = page->meta;
    for (const std::string* field :
         {&meta.title, &meta.summary, &meta.translation_key, &meta.owner, &meta.slug,
          &meta.situation, &meta.phone, &meta.email, &meta.url, &meta.address, &meta.hours_note}) {
      if (!IsUtf8(*field)) __builtin_trap();
    }
    for (const auto* list : {&meta.tags, &meta.aliases, &meta.related, &meta.hours}) {
      for (const auto& item : *list) {
        if (!IsUtf8(item)) __builtin_trap();
      }
    }
  }
  kunskap::IsIsoDate(text);
  return 0;
}
