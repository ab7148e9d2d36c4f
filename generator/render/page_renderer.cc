#include "render/page_renderer.h"

#include <ctemplate/template.h>
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "content/relative_url.h"
#include "content/slug.h"
#include "core/parallel.h"
#include "render/atom_feed.h"
#include "render/bidi_isolation.h"
#include "render/contact_card.h"
#include "render/sitemap.h"
#include "render/vcard.h"

namespace kunskap {
namespace {

/// The quick-exit bar (partials/quick_exit.tpl). An included template sees none of its
/// parent's values, so it gets its own: the strings and the exit address.
void AddQuickExit(ctemplate::TemplateDictionary& dict, const I18nStrings& strings,
                  const std::string& exit_url) {
  ctemplate::TemplateDictionary* bar = dict.AddIncludeDictionary("QUICK_EXIT");
  bar->SetFilename(kQuickExitTemplate);
  AddThemeStrings(*bar, strings);
  bar->SetValue("QUICK_EXIT_URL", exit_url);
}

using Dict = ctemplate::TemplateDictionary;

/// "../../" from "/sv/begrepp/x/" to the site's root folder.
std::string RootPrefix(const std::string& url) {
  std::string prefix;
  for (size_t i = 1; i < url.size(); ++i) {
    if (url[i] == '/') prefix += "../";
  }
  return prefix;
}

/// Renders one page; holds what every part of it needs.
class PageRender {
 public:
  PageRender(const Site& site, const Theme& theme, PageId id, RenderReads* reads)
      : reads_(reads),
        site_(site),
        theme_(theme),
        id_(id),
        page_(site.pages[id].page),
        body_(site.pages[id].body),
        lang_(*site.FindLanguage(page_.language)),
        strings_(theme.strings.at(page_.language)),
        dict_("page") {}

  std::string Render() {
    Frame();
    Dict* main = dict_.AddIncludeDictionary("MAIN");
    main->SetFilename(MainTemplate());
    Common(*main);
    Main(*main);
    std::string html = theme_.templates->Expand("page.tpl", dict_);
    return lang_.language.direction == "rtl" ? IsolateDigitGroups(html) : html;
  }

 private:
  std::string Link(const std::string& to_url) const { return RelativeUrl(page_.url, to_url); }
  // Every read of another page or of the site's structure goes through these, so that the
  // incremental build knows what this page was made from (RenderReads).
  const SitePage& Entry(PageId id) const {
    if (reads_ && id != id_) reads_->pages.insert(id);
    return site_.pages[id];
  }
  const Page& PageOf(PageId id) const { return Entry(id).page; }
  const SitePage* TranslationOf(const std::string& key, const std::string& language) const {
    if (reads_) reads_->facets.insert("translation " + key);
    const SitePage* translation = site_.Translation(key, language);
    if (translation) Entry(static_cast<PageId>(translation - site_.pages.data()));
    return translation;
  }
  /// Part of the language's structure (LanguageSite), by its member's name.
  const LanguageSite& Structure(const char* facet) const {
    if (reads_) reads_->facets.insert(lang_.language.code + " " + facet);
    return lang_;
  }

  std::string MainTemplate() const {
    if (!page_.meta.layout.empty()) return page_.meta.layout + ".tpl";
    if (page_.type == PageType::kHome) return "home.tpl";
    if (page_.type == PageType::kSection) {
      switch (page_.kind) {
        case SectionKind::kDefinitions:
          return "definitions.tpl";
        case SectionKind::kContacts:
          return "contacts.tpl";
        case SectionKind::kUpdates:
          return "updates.tpl";
        default:
          return "section.tpl";
      }
    }
    return "article.tpl";
  }

  std::string KindLabel(const Page& page) const {
    switch (page.kind) {
      case SectionKind::kDefinitions:
        return strings_.Get("kind_definition");
      case SectionKind::kContacts:
        return strings_.Get("kind_contact");
      case SectionKind::kUpdates:
        return strings_.Get("kind_update");
      default:
        return strings_.Get("kind_article");
    }
  }

  /// Values both the frame and the main template use.
  void Common(Dict& dict) {
    AddThemeStrings(dict, strings_);
    dict.SetValue("LANG", lang_.language.code);
    dict.SetValue("DIR", lang_.language.direction);
    dict.SetValue("TITLE", page_.meta.title);
    if (!page_.meta.summary.empty()) {
      dict.SetValueAndShowSection("SUMMARY", page_.meta.summary, "HAS_SUMMARY");
    }
    dict.SetValue("HOME_URL", Link(PageOf(lang_.home).url));
    dict.SetValue("EMERGENCY_NUMBER", site_.config.emergency_number);
    dict.SetValue("EMERGENCY_TEL", TelHref(site_.config.emergency_number));
  }

  void Frame() {
    Common(dict_);
    dict_.SetValue("SITE_TITLE", lang_.language.title);
    dict_.SetValue("ROOT", RootPrefix(page_.url));
    dict_.SetValue("SEARCH_JS_URL", Link("/assets/search.js"));
    if (Structure("search_page").search_page) {
      dict_.SetValueAndShowSection("SEARCH_URL", Link(PageOf(*lang_.search_page).url),
                                   "HAS_SEARCH");
    }
    dict_.SetValue("AUDIENCE_LABELS", AudienceLabels());
    dict_.SetValue("CSS_URL", Link("/assets/style.css"));
    dict_.SetValue("JS_URL", Link("/assets/kunskap.js"));
    dict_.SetValue("HOURS_JS_URL", Link("/assets/opening-hours.js"));
    dict_.SetValue("QUICK_EXIT_JS_URL", Link("/assets/quick-exit.js"));
    dict_.SetValue("TIME_ZONE", site_.config.time_zone);
    dict_.SetValue("QUICK_EXIT_URL", site_.config.quick_exit_url);
    AddQuickExit(dict_, strings_, site_.config.quick_exit_url);
    dict_.SetValue("REPLACE_HISTORY", site_.config.replace_history ? "true" : "false");
    if (!site_.config.organisation.empty()) {
      dict_.SetValueAndShowSection("ORGANISATION", site_.config.organisation, "HAS_ORGANISATION");
    }
    if (!site_.config.base_url.empty()) {
      dict_.SetValueAndShowSection("CANONICAL", AbsoluteUrl(site_.config.base_url, page_.url),
                                   "HAS_CANONICAL");
    }
    if (page_.kind == SectionKind::kDefinitions && page_.type == PageType::kRegular) {
      dict_.SetValueAndShowSection("JSON_LD", DefinedTermJson(), "HAS_JSON_LD");
    }
    if (!page_.meta.summary.empty()) {
      dict_.SetValueAndShowSection("DESCRIPTION", page_.meta.summary, "HAS_DESCRIPTION");
    }
    Navigation();
    Languages();
    if (auto feed = FeedPath(site_, Structure("sections"));
        feed && (page_.type == PageType::kHome || page_.kind == SectionKind::kUpdates)) {
      dict_.SetValueAndShowSection("FEED_URL", Link("/" + *feed), "HAS_FEED");
    }
    Breadcrumbs();
    Footer();
  }

  /// "staff=Medarbetare;managers=Chefer", each part percent-encoded, for the search script.
  std::string AudienceLabels() const {
    std::string out;
    for (const auto& audience : site_.config.audiences) {
      if (!out.empty()) out += ";";
      out += PercentEncode(audience.id) + "=" + PercentEncode(audience.Label(page_.language));
    }
    return out;
  }

  void Kinds(Dict& dict) {
    for (const char* kind : {"article", "definition", "contact", "update"}) {
      Dict* item = dict.AddSectionDictionary("KIND_FILTER");
      item->SetValue("KIND_ID", kind);
      item->SetValue("KIND_NAME", strings_.Get(std::string("kind_") + kind));
    }
  }

  void Navigation() {
    for (PageId id : Structure("navigation").navigation) {
      const Page& section = PageOf(id);
      Dict* item = dict_.AddSectionDictionary("NAV");
      item->SetValue("NAV_TITLE", section.meta.title);
      item->SetValue("NAV_URL", Link(section.url));
      bool current = page_.url.starts_with(section.url);
      if (current) item->ShowSection(page_.url == section.url ? "NAV_PAGE" : "NAV_SECTION");
    }
  }

  void Languages() {
    for (const auto& other : site_.languages) {
      const std::string& code = other.language.code;
      const SitePage* translation = TranslationOf(page_.translation_key, code);
      if (code == page_.language) {
        Dict* item = dict_.AddSectionDictionary("LANGUAGE");
        item->SetValue("LANG_CODE", code);
        item->SetValue("LANG_NAME", other.language.name);
        item->ShowSection("LANG_CURRENT");
        continue;
      }
      Dict* item = dict_.AddSectionDictionary("LANGUAGE");
      item->SetValue("LANG_CODE", code);
      item->SetValue("LANG_NAME", other.language.name);
      item->SetValue("LANG_DIR", other.language.direction);
      if (translation) {
        item->SetValue("LANG_URL", Link(translation->page.url));
        item->ShowSection("LANG_TRANSLATED");
        Dict* alternate = dict_.AddSectionDictionary("ALTERNATE");
        alternate->SetValue("HREFLANG", code);
        alternate->SetValue("HREF", Link(translation->page.url));
      } else {
        item->SetValue("LANG_URL", Link(PageOf(other.home).url));
        item->SetValue("NOT_TRANSLATED", theme_.strings.at(code).Get("not_translated"));
        item->ShowSection("LANG_UNTRANSLATED");
      }
    }
  }

  void Breadcrumbs() {
    if (page_.type == PageType::kHome) return;
    std::vector<const Page*> trail;
    std::string dir = page_.section;
    const LanguageSite& lang = Structure("sections");
    while (true) {
      auto it = lang.sections.find(dir);
      if (it == lang.sections.end()) break;
      trail.insert(trail.begin(), &PageOf(it->second.index_page));
      if (dir.empty()) break;
      dir = PageOf(it->second.index_page).section;
    }
    for (const Page* crumb : trail) {
      Dict* item = dict_.AddSectionDictionary("CRUMB");
      item->SetValue("CRUMB_TITLE",
                     crumb->type == PageType::kHome ? strings_.Get("home") : crumb->meta.title);
      item->SetValue("CRUMB_URL", Link(crumb->url));
    }
    dict_.ShowSection("HAS_BREADCRUMBS");
  }

  void Footer() {
    for (const auto& key : site_.config.footer_links) {
      if (const SitePage* target = TranslationOf(key, page_.language)) {
        Dict* item = dict_.AddSectionDictionary("FOOTER_LINK");
        item->SetValue("FOOTER_TITLE", target->page.meta.title);
        item->SetValue("FOOTER_URL", Link(target->page.url));
      }
    }
  }

  void Meta(Dict& dict) {
    for (const auto& id : page_.audiences) {
      if (const Audience* audience = site_.config.FindAudience(id)) {
        dict.AddSectionDictionary("AUDIENCE")
            ->SetValue("AUDIENCE_LABEL", audience->Label(page_.language));
      }
    }
    if (!page_.meta.owner.empty())
      dict.SetValueAndShowSection("OWNER", page_.meta.owner, "HAS_OWNER");
    if (!page_.meta.reviewed.empty()) {
      dict.SetValueAndShowSection("REVIEWED", page_.meta.reviewed, "HAS_REVIEWED");
    }
    if (!page_.meta.review_by.empty()) {
      dict.SetValueAndShowSection("REVIEW_BY", page_.meta.review_by, "HAS_REVIEW_BY");
    }
    if (!page_.meta.date.empty()) dict.SetValueAndShowSection("DATE", page_.meta.date, "HAS_DATE");
    if (!page_.last_changed.empty()) {
      dict.SetValueAndShowSection("LAST_CHANGED", page_.last_changed, "HAS_LAST_CHANGED");
    }
    // Stale guidance is never shown as current: past its review date a page says so.
    if (!page_.meta.review_by.empty() && page_.meta.review_by < site_.today) {
      Dict* notice = dict.AddSectionDictionary("REVIEW_OVERDUE");
      notice->SetValue("REVIEW_BY", page_.meta.review_by);
      notice->SetValue("OWNER",
                       page_.meta.owner.empty() ? strings_.Get("owner") : page_.meta.owner);
    }
  }

  /// The body with each contact block's marker replaced by its cards.
  std::string BodyHtml() {
    std::string html = body_.html;
    const LanguageSite& lang = Structure("contact_ids");
    for (size_t i = 0; i < body_.contact_blocks.size(); ++i) {
      std::string cards = "<div class=\"contact-cards\">\n";
      std::vector<PageId> routes;
      for (const auto& route_id : body_.contact_blocks[i].ids) {
        auto route = lang.contact_ids.find(route_id);
        if (route != lang.contact_ids.end()) routes.push_back(route->second);
      }
      // Emergency routes first wherever routes are listed; otherwise the author's order.
      std::stable_sort(routes.begin(), routes.end(), [&](PageId a, PageId b) {
        return RouteUrgency(PageOf(a)) == "emergency" && RouteUrgency(PageOf(b)) != "emergency";
      });
      for (PageId route : routes)
        cards += RenderContactCard(site_, theme_, Entry(route), page_.url,
                                   body_.contact_blocks[i].heading_level, ++cards_);
      cards += "</div>";
      std::string marker = ContactMarker(i);
      auto at = html.find(marker);
      if (at != std::string::npos) html.replace(at, marker.size(), cards);
    }
    return html;
  }

  void Toc(Dict& dict) {
    // A table of contents only where it helps: pages with at least three h2 parts.
    int parts = 0;
    for (const auto& heading : body_.headings) parts += heading.level == 2;
    if (parts < 3 || !page_.meta.toc) return;
    Dict* toc = dict.AddSectionDictionary("TOC");
    for (const auto& heading : body_.headings) {
      if (heading.level != 2) continue;
      Dict* item = toc->AddSectionDictionary("TOC_ITEM");
      item->SetValue("TOC_ID", "#" + heading.id);
      item->SetValue("TOC_TEXT", heading.text);
    }
  }

  void Listing(Dict& dict, const char* section, const std::vector<PageId>& ids) {
    for (PageId id : ids) {
      const Page& page = PageOf(id);
      Dict* item = dict.AddSectionDictionary(section);
      item->SetValue("ITEM_TITLE", page.meta.title);
      item->SetValue("ITEM_URL", Link(page.url));
      item->SetValue("ITEM_KIND", KindLabel(page));
      if (!page.meta.summary.empty()) {
        item->SetValueAndShowSection("ITEM_SUMMARY", page.meta.summary, "HAS_ITEM_SUMMARY");
      }
      if (!page.meta.date.empty()) {
        item->SetValueAndShowSection("ITEM_DATE", page.meta.date, "HAS_ITEM_DATE");
      }
    }
  }

  /// "Used in": the pages that mention this definition, grouped by their section.
  void UsedIn(Dict& dict, const SitePage& entry) {
    if (entry.used_in.empty()) return;
    Dict* used = dict.AddSectionDictionary("USED_IN");
    std::vector<std::pair<std::string, std::vector<PageId>>> groups;
    for (PageId id : entry.used_in) {
      const Page& page = PageOf(id);
      std::string title = strings_.Get("home");
      const LanguageSite& lang = Structure("sections");
      auto section = lang.sections.find(page.section);
      if (section != lang.sections.end() && !page.section.empty()) {
        title = PageOf(section->second.index_page).meta.title;
      }
      auto group = std::find_if(groups.begin(), groups.end(),
                                [&](const auto& g) { return g.first == title; });
      if (group == groups.end()) {
        groups.push_back({title, {}});
        group = groups.end() - 1;
      }
      group->second.push_back(id);
    }
    for (const auto& [title, ids] : groups) {
      Dict* group = used->AddSectionDictionary("USED_GROUP");
      group->SetValue("GROUP_TITLE", title);
      Listing(*group, "ITEM", ids);
    }
  }

  /// schema.org DefinedTerm for a definition page, as JSON-LD.
  std::string DefinedTermJson() const {
    nlohmann::ordered_json term = {
        {"@context", "https://schema.org"}, {"@type", "DefinedTerm"}, {"name", page_.meta.title}};
    if (!page_.meta.summary.empty()) term["description"] = page_.meta.summary;
    if (!page_.meta.aliases.empty()) term["alternateName"] = page_.meta.aliases;
    term["inLanguage"] = page_.language;
    if (!site_.config.base_url.empty()) {
      term["url"] = AbsoluteUrl(site_.config.base_url, page_.url);
      const LanguageSite& lang = Structure("sections");
      auto section = lang.sections.find(page_.section);
      if (section != lang.sections.end()) {
        const Page& set = PageOf(section->second.index_page);
        term["inDefinedTermSet"] = {{"@type", "DefinedTermSet"},
                                    {"name", set.meta.title},
                                    {"url", AbsoluteUrl(site_.config.base_url, set.url)}};
      }
      nlohmann::ordered_json same = nlohmann::ordered_json::array();
      for (const auto& other : site_.languages) {
        if (other.language.code == page_.language) continue;
        if (const SitePage* translation =
                TranslationOf(page_.translation_key, other.language.code)) {
          same.push_back(AbsoluteUrl(site_.config.base_url, translation->page.url));
        }
      }
      if (!same.empty()) term["sameAs"] = same;
    }
    std::string json = term.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // Inside <script>, "</" could end the element early: JSON allows "<" escaped as \u003c.
    std::string safe;
    for (char c : json) safe += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return safe;
  }

  void Main(Dict& dict) {
    dict.SetValue("BODY", BodyHtml());
    dict.SetValue("KIND_LABEL", KindLabel(page_));
    dict.SetValue("KIND",
                  page_.kind == SectionKind::kNone ? "articles" : SectionKindName(page_.kind));
    Meta(dict);
    Toc(dict);
    if (page_.type == PageType::kHome) {
      const LanguageSite& lang = Structure("updates");
      Structure("recently_changed");
      std::vector<PageId> latest(lang.updates.begin(),
                                 lang.updates.begin() + std::min<size_t>(3, lang.updates.size()));
      if (!latest.empty()) Listing(*dict.AddSectionDictionary("LATEST"), "ITEM", latest);
      std::vector<PageId> recent(
          lang.recently_changed.begin(),
          lang.recently_changed.begin() + std::min<size_t>(5, lang.recently_changed.size()));
      if (!recent.empty()) {
        Dict* section = dict.AddSectionDictionary("RECENT");
        for (PageId id : recent) {
          Dict* item = section->AddSectionDictionary("ITEM");
          item->SetValue("ITEM_TITLE", PageOf(id).meta.title);
          item->SetValue("ITEM_URL", Link(PageOf(id).url));
          item->SetValue("ITEM_DATE", PageOf(id).last_changed);
        }
      }
      return;
    }
    if (page_.meta.layout == "search") {
      const LanguageSite& lang = Structure("definitions_page");
      for (const auto& audience : site_.config.audiences) {
        Dict* item = dict.AddSectionDictionary("AUDIENCE_FILTER");
        item->SetValue("AUDIENCE_ID", audience.id);
        item->SetValue("AUDIENCE_NAME", audience.Label(page_.language));
      }
      Kinds(dict);
      if (lang.definitions_page) {
        dict.SetValueAndShowSection("DEFINITIONS_URL", Link(PageOf(*lang.definitions_page).url),
                                    "HAS_DEFINITIONS");
        dict.SetValue("DEFINITIONS_TITLE", PageOf(*lang.definitions_page).meta.title);
      }
      if (site_.languages.size() > 1) dict.ShowSection("HAS_LANGUAGES");
      dict.SetValue("AUDIENCE_LABELS", AudienceLabels());
      return;
    }
    if (page_.type == PageType::kRegular) {
      const SitePage& entry = site_.pages[id_];  // this page's own related and used_in
      if (!entry.related.empty())
        Listing(*dict.AddSectionDictionary("RELATED"), "ITEM", entry.related);
      if (page_.kind == SectionKind::kDefinitions) UsedIn(dict, entry);
      if (page_.kind == SectionKind::kContacts) {
        dict.SetValue("CARD", RenderContactCard(site_, theme_, entry, page_.url, 0, ++cards_));
        dict.ShowSection("IS_CONTACT");
      }
      return;
    }
    const LanguageSite& lang = Structure("sections");
    const Section& section = lang.sections.at(SectionDir());
    Listing(dict, "SUBSECTION", section.subsections);
    switch (page_.kind) {
      case SectionKind::kDefinitions:
        Structure("definitions_by_letter");
        for (const auto& group : lang.definitions_by_letter) {
          std::string id = "bokstav-" + Slugify(group.letter);
          if (id == "bokstav-")
            id = "bokstav-" + std::to_string(&group - &lang.definitions_by_letter[0]);
          Dict* letter = dict.AddSectionDictionary("LETTER");
          letter->SetValue("LETTER", group.letter);
          letter->SetValue("LETTER_ID", id);
          letter->SetValue("LETTER_HREF", "#" + id);
          Listing(*letter, "ITEM", group.definitions);
          Dict* jump = dict.AddSectionDictionary("LETTER_JUMP");
          jump->SetValue("LETTER", group.letter);
          jump->SetValue("LETTER_HREF", "#" + id);
        }
        break;
      case SectionKind::kContacts:
        for (size_t i = 0; i < site_.config.audiences.size(); ++i) {
          Dict* filter = dict.AddSectionDictionary("AUDIENCE_FILTER");
          filter->SetValue("AUDIENCE_ID", site_.config.audiences[i].id);
          filter->SetIntValue("AUDIENCE_NUMBER", static_cast<long>(i + 1));
          filter->SetValue("AUDIENCE_NAME", site_.config.audiences[i].Label(page_.language));
        }
        Structure("contacts_by_situation");
        for (const auto& group : lang.contacts_by_situation) {
          Dict* situation = dict.AddSectionDictionary("SITUATION");
          situation->SetValue("SITUATION", group.situation);
          std::string cards;
          for (PageId id : group.routes)
            cards += RenderContactCard(site_, theme_, Entry(id), page_.url, 3, ++cards_);
          situation->SetValue("CARDS", cards);
        }
        break;
      case SectionKind::kUpdates:
        Listing(dict, "ITEM", Structure("updates").updates);
        break;
      default:
        Listing(dict, "ITEM", section.pages);
        break;
    }
  }

  std::string SectionDir() const { return page_.rel_path.substr(0, page_.rel_path.rfind('/')); }

  RenderReads* reads_;  ///< null: nobody asked
  const Site& site_;
  const Theme& theme_;
  PageId id_;
  const Page& page_;
  const RenderedBody& body_;
  const LanguageSite& lang_;
  const I18nStrings& strings_;
  Dict dict_;
  int cards_ = 0;  ///< contact cards on this page so far, for unique ids
};

std::string SimplePage(const Site& site, const Theme& theme, const std::string& name,
                       const std::string& root_path) {
  Dict dict(name);
  const LanguageSite* default_language = site.FindLanguage(site.config.default_language);
  if (!default_language) default_language = &site.languages.front();
  const std::string& code = default_language->language.code;
  AddThemeStrings(dict, theme.strings.at(code));
  dict.SetValue("LANG", code);
  dict.SetValue("DIR", default_language->language.direction);
  dict.SetValue("SITE_TITLE", default_language->language.title);
  dict.SetValue("ROOT", root_path);
  dict.SetValue("DEFAULT_URL", root_path + code + "/index.html");
  dict.SetValue("QUICK_EXIT_URL", site.config.quick_exit_url);
  AddQuickExit(dict, theme.strings.at(code), site.config.quick_exit_url);
  for (const auto& lang : site.languages) {
    Dict* item = dict.AddSectionDictionary("LANGUAGE");
    item->SetValue("LANG_CODE", lang.language.code);
    item->SetValue("LANG_DIR", lang.language.direction);
    item->SetValue("LANG_NAME", lang.language.name);
    item->SetValue("LANG_TITLE", lang.language.title);
    item->SetValue("LANG_URL", root_path + lang.language.code + "/index.html");
    item->SetValue("NOT_FOUND", theme.strings.at(lang.language.code).Get("page_not_found"));
  }
  return theme.templates->Expand(name, dict);
}

/// The path part of the base URL ("/kunskap/"), for pages served at any depth (404.html).
std::string BasePath(const std::string& base_url) {
  auto scheme = base_url.find("://");
  if (scheme == std::string::npos) return "/";
  auto slash = base_url.find('/', scheme + 3);
  std::string path = slash == std::string::npos ? "/" : base_url.substr(slash);
  if (path.back() != '/') path += '/';
  return path;
}

}  // namespace

std::string RenderPage(const Site& site, const Theme& theme, PageId id, RenderReads* reads) {
  return PageRender(site, theme, id, reads).Render();
}

RenderedSite RenderSite(const Site& site, const Theme& theme, const std::vector<bool>* unchanged,
                        std::vector<RenderReads>* reads) {
  RenderedSite out;
  out.files.resize(site.pages.size());
  if (reads) reads->assign(site.pages.size(), {});
  ParallelFor(site.pages.size(), [&](size_t id) {
    OutputFile& file = out.files[id];
    file.path = site.pages[id].page.output_path;
    if (unchanged && (*unchanged)[id]) {
      file.kept = true;
    } else {
      file.bytes = RenderPage(site, theme, id, reads ? &(*reads)[id] : nullptr);
    }
  });
  out.files.push_back({"index.html", SimplePage(site, theme, "redirect.tpl", "")});
  out.files.push_back(
      {"404.html", SimplePage(site, theme, "404.tpl", BasePath(site.config.base_url))});
  out.files.push_back({"sitemap.xml", Sitemap(site)});
  for (const auto& language : site.languages) {
    if (auto feed = FeedPath(site, language))
      out.files.push_back({*feed, AtomFeed(site, language)});
    for (PageId id : language.contact_routes) {
      const Page& route = site.pages[id].page;
      // Placeholder details go into nobody's address book.
      if (!route.meta.example) out.files.push_back({VCardPath(route), ContactVCard(route)});
    }
  }
  for (const auto& file : theme.static_files)
    out.copies.push_back({file.source_path, file.output_path});
  for (const auto& asset : site.assets)
    out.copies.push_back({asset.source_path, asset.output_path});
  return out;
}

}  // namespace kunskap
