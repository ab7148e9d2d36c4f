#include "render/sitemap.h"
#include "core/markup_escape.h"

namespace kunskap {
std::string AbsoluteUrl(const std::string& base_url, const std::string& path) {
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + path;
}

std::string Sitemap(const Site& site) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  for (const auto& entry : site.pages) {
    const Page& page = entry.page;
    xml += "  <url>\n    <loc>" + EscapeMarkup(AbsoluteUrl(site.config.base_url, page.url)) +
           "</loc>\n";
    const std::string& lastmod = page.last_changed;
    if (!lastmod.empty()) xml += "    <lastmod>" + lastmod + "</lastmod>\n";
    auto set = site.translations.find(page.translation_key);
    if (set != site.translations.end() && set->second.size() > 1) {
      for (const auto& language : site.config.languages) {
        auto other = set->second.find(language.code);
        if (other == set->second.end()) continue;
        xml += "    <xhtml:link rel=\"alternate\" hreflang=\"" + language.code + "\" href=\"" +
               EscapeMarkup(AbsoluteUrl(site.config.base_url, site.pages[other->second].page.url)) +
               "\"/>\n";
      }
    }
    xml += "  </url>\n";
  }
  return xml + "</urlset>\n";
}

}  // namespace kunskap
