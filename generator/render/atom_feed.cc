#include "render/atom_feed.h"
#include "core/markup_escape.h"

#include "render/sitemap.h"

namespace kunskap {
namespace {

std::string Timestamp(const std::string& date) {
  return date + "T00:00:00Z";
}

const Page* UpdatesSection(const Site& site, const LanguageSite& language) {
  for (const auto& [dir, section] : language.sections) {
    const Page& page = site.pages[section.index_page].page;
    if (page.type == PageType::kSection && page.kind == SectionKind::kUpdates) return &page;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string> FeedPath(const Site& site, const LanguageSite& language) {
  const Page* section = UpdatesSection(site, language);
  if (!section || site.config.base_url.empty()) return std::nullopt;
  return section->url.substr(1) + "feed.xml";
}

std::string AtomFeed(const Site& site, const LanguageSite& language) {
  const Page& section = *UpdatesSection(site, language);
  const std::string& base = site.config.base_url;
  std::string self = AbsoluteUrl(base, "/" + *FeedPath(site, language));
  std::string updated = "1970-01-01";
  for (PageId id : language.updates) {
    const Page& page = site.pages[id].page;
    std::string date = !page.last_changed.empty() ? page.last_changed : page.meta.date;
    if (date > updated) updated = date;
  }
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
      "xml:lang=\"" +
      language.language.code + "\">\n";
  xml += "  <title>" + EscapeMarkup(section.meta.title + " – " + language.language.title) +
         "</title>\n";
  if (!section.meta.summary.empty())
    xml += "  <subtitle>" + EscapeMarkup(section.meta.summary) + "</subtitle>\n";
  xml += "  <id>" + EscapeMarkup(AbsoluteUrl(base, section.url)) + "</id>\n";
  xml +=
      "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + EscapeMarkup(self) + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
         EscapeMarkup(AbsoluteUrl(base, section.url)) + "\"/>\n";
  xml += "  <updated>" + Timestamp(updated) + "</updated>\n";
  xml += "  <author><name>" +
         EscapeMarkup(site.config.organisation.empty() ? language.language.title
                                                       : site.config.organisation) +
         "</name></author>\n";
  for (PageId id : language.updates) {
    const Page& page = site.pages[id].page;
    std::string url = AbsoluteUrl(base, page.url);
    std::string changed = !page.last_changed.empty() ? page.last_changed : page.meta.date;
    xml += "  <entry>\n";
    xml += "    <title>" + EscapeMarkup(page.meta.title) + "</title>\n";
    xml += "    <id>" + EscapeMarkup(url) + "</id>\n";
    xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeMarkup(url) + "\"/>\n";
    xml += "    <published>" + Timestamp(page.meta.date) + "</published>\n";
    xml += "    <updated>" + Timestamp(std::max(changed, page.meta.date)) + "</updated>\n";
    if (!page.meta.summary.empty())
      xml += "    <summary>" + EscapeMarkup(page.meta.summary) + "</summary>\n";
    xml += "  </entry>\n";
  }
  return xml + "</feed>\n";
}

}  // namespace kunskap
