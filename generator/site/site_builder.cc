#include "site/site_builder.h"

#include <algorithm>
#include <set>

#include "content/relative_url.h"

#include "site/collation.h"

namespace kunskap {
namespace {

int UrgencyRank(const std::string& urgency) {
  return urgency == "emergency" ? 0 : urgency == "urgent" ? 1 : 2;
}

void CheckUniqueUrls(const Site& site, Diagnostics& diagnostics) {
  std::map<std::string, PageId> by_url;
  for (PageId id = 0; id < site.pages.size(); ++id) {
    const Page& page = site.pages[id].page;
    auto [it, inserted] = by_url.emplace(page.url, id);
    if (!inserted) {
      diagnostics.Error(
          page.meta.Has("slug") ? page.meta.Where("slug") : SourceLocation{page.source_path, 1, 1},
          "URL " + page.url + " is already the URL of " + site.pages[it->second].page.source_path,
          "rename one of the files, or give one a different 'slug'");
    }
  }
  for (const auto& asset : site.assets) {
    if (by_url.count("/" + asset.output_path.substr(0, asset.output_path.rfind('/') + 1)) &&
        asset.output_path.ends_with("/index.html")) {
      diagnostics.Error({asset.source_path, 1, 1}, "file would overwrite a page's index.html");
    }
  }
}

void CheckTranslations(Site& site, Diagnostics& diagnostics) {
  for (PageId id = 0; id < site.pages.size(); ++id) {
    const Page& page = site.pages[id].page;
    auto& set = site.translations[page.translation_key];
    auto [it, inserted] = set.emplace(page.language, id);
    if (!inserted) {
      bool written = page.meta.Has("translation_key");
      diagnostics.Error(
          written ? page.meta.Where("translation_key") : SourceLocation{page.source_path, 1, 1},
          "translation_key '" + page.translation_key + "'" +
              (written ? "" : " (from the file name)") + " is also used by " +
              site.pages[it->second].page.source_path,
          "each page in a language needs its own translation_key");
    }
  }
  for (const auto& required : site.config.required_languages) {
    for (const auto& [key, set] : site.translations) {
      if (set.count(required)) continue;
      // Report it at the page in the first language that has it.
      for (const auto& language : site.config.languages) {
        auto present = set.find(language.code);
        if (present == set.end()) continue;
        const Page& page = site.pages[present->second].page;
        const Language* missing = site.config.FindLanguage(required);
        diagnostics.Error({page.source_path, 1, 1},
                          "no translation in " + (missing ? missing->name : required) + " ('" +
                              required + "' is required) for translation_key '" + key + "'",
                          "add content/" + required + "/... with 'translation_key: " + key + "'");
        break;
      }
    }
  }
}

void BuildLanguage(Site& site, LanguageSite& lang, Diagnostics& diagnostics) {
  const std::string& code = lang.language.code;
  Collation collation(code);
  auto by_weight_then_title = [&](PageId a, PageId b) {
    const Page& pa = site.pages[a].page;
    const Page& pb = site.pages[b].page;
    if (pa.meta.weight != pb.meta.weight) return pa.meta.weight < pb.meta.weight;
    if (pa.meta.title != pb.meta.title) return collation.Less(pa.meta.title, pb.meta.title);
    return pa.source_path < pb.source_path;
  };

  for (PageId id = 0; id < site.pages.size(); ++id) {
    const Page& page = site.pages[id].page;
    if (page.language != code) continue;
    if (page.type == PageType::kHome) lang.home = id;
    if (page.meta.layout == "search" && !lang.search_page) lang.search_page = id;
    if (page.type == PageType::kSection && page.kind == SectionKind::kDefinitions &&
        !lang.definitions_page) {
      lang.definitions_page = id;
    }
    if (page.type != PageType::kRegular) {
      std::string dir =
          page.type == PageType::kHome ? "" : page.rel_path.substr(0, page.rel_path.rfind('/'));
      lang.sections[dir].index_page = id;
      lang.sections[dir].dir = dir;
    }
  }
  for (PageId id = 0; id < site.pages.size(); ++id) {
    const Page& page = site.pages[id].page;
    if (page.language != code || page.type == PageType::kHome) continue;
    Section& parent = lang.sections[page.section];
    (page.type == PageType::kSection ? parent.subsections : parent.pages).push_back(id);
    if (page.type != PageType::kRegular) continue;
    if (page.kind == SectionKind::kContacts) {
      std::string route = ContactRouteId(page);
      auto [it, inserted] = lang.contact_ids.emplace(route, id);
      if (!inserted) {
        diagnostics.Error({page.source_path, 1, 1},
                          "contact route id '" + route + "' is also used by " +
                              site.pages[it->second].page.source_path,
                          "contact route file names must be unique within a language");
      }
      lang.contact_routes.push_back(id);
    } else if (page.kind == SectionKind::kUpdates) {
      lang.updates.push_back(id);
    } else if (page.kind == SectionKind::kDefinitions) {
      std::string letter = collation.FirstLetter(page.meta.title);
      auto group =
          std::find_if(lang.definitions_by_letter.begin(), lang.definitions_by_letter.end(),
                       [&](const LetterGroup& g) { return g.letter == letter; });
      if (group == lang.definitions_by_letter.end()) {
        lang.definitions_by_letter.push_back({letter, {}});
        group = lang.definitions_by_letter.end() - 1;
      }
      group->definitions.push_back(id);
    }
  }
  for (auto& [dir, section] : lang.sections) {
    std::sort(section.pages.begin(), section.pages.end(), by_weight_then_title);
    std::sort(section.subsections.begin(), section.subsections.end(), by_weight_then_title);
  }
  lang.navigation = lang.sections[""].subsections;

  auto by_title = [&](PageId a, PageId b) {
    return collation.Less(site.pages[a].page.meta.title, site.pages[b].page.meta.title);
  };
  for (auto& group : lang.definitions_by_letter) {
    std::sort(group.definitions.begin(), group.definitions.end(), by_title);
  }
  std::sort(lang.definitions_by_letter.begin(), lang.definitions_by_letter.end(),
            [&](const LetterGroup& a, const LetterGroup& b) {
              return collation.Less(a.letter, b.letter);
            });

  auto by_urgency = [&](PageId a, PageId b) {
    int ra = UrgencyRank(RouteUrgency(site.pages[a].page));
    int rb = UrgencyRank(RouteUrgency(site.pages[b].page));
    return ra != rb ? ra < rb : by_weight_then_title(a, b);
  };
  std::sort(lang.contact_routes.begin(), lang.contact_routes.end(), by_urgency);
  for (PageId id : lang.contact_routes) {
    const std::string& situation = site.pages[id].page.meta.situation;
    auto group = std::find_if(lang.contacts_by_situation.begin(), lang.contacts_by_situation.end(),
                              [&](const SituationGroup& g) { return g.situation == situation; });
    if (group == lang.contacts_by_situation.end()) {
      lang.contacts_by_situation.push_back({situation, {id}});
    } else {
      group->routes.push_back(id);
    }
  }

  std::sort(lang.updates.begin(), lang.updates.end(), [&](PageId a, PageId b) {
    const Page& pa = site.pages[a].page;
    const Page& pb = site.pages[b].page;
    if (pa.meta.date != pb.meta.date) return pa.meta.date > pb.meta.date;
    return by_title(a, b);
  });
  for (PageId id = 0; id < site.pages.size(); ++id) {
    const Page& page = site.pages[id].page;
    if (page.language == code && page.type == PageType::kRegular && !page.last_changed.empty() &&
        page.meta.layout.empty()) {
      lang.recently_changed.push_back(id);
    }
  }
  std::sort(lang.recently_changed.begin(), lang.recently_changed.end(), [&](PageId a, PageId b) {
    const Page& pa = site.pages[a].page;
    const Page& pb = site.pages[b].page;
    if (pa.last_changed != pb.last_changed) return pa.last_changed > pb.last_changed;
    return by_title(a, b);
  });
  for (PageId id : lang.updates) {
    const Page& page = site.pages[id].page;
    if (page.meta.date.empty()) {
      diagnostics.Error(page.meta.start, "an update needs a 'date'",
                        "add a line 'date: YYYY-MM-DD'");
    }
  }
}

/// `related` paths become pages; definitions learn where they are used.
void LinkPages(Site& site, Diagnostics& diagnostics) {
  std::map<std::string, PageId> by_source;
  for (PageId id = 0; id < site.pages.size(); ++id) by_source[site.pages[id].page.source_path] = id;
  for (PageId id = 0; id < site.pages.size(); ++id) {
    SitePage& entry = site.pages[id];
    std::string dir = entry.page.source_path.substr(0, entry.page.source_path.rfind('/'));
    for (const auto& path : entry.page.meta.related) {
      std::string target = NormalizePath(dir + "/" + path);
      auto it = by_source.find(target);
      if (it == by_source.end()) {
        diagnostics.Error(entry.page.meta.Where("related"),
                          "related page '" + path + "' does not exist",
                          "write the path of its Markdown file relative to this one");
        continue;
      }
      entry.related.push_back(it->second);
    }
    // A definition listed under "See also" is mentioned there too.
    for (PageId related : entry.related) {
      if (site.pages[related].page.kind == SectionKind::kDefinitions) {
        entry.body.terms_used.push_back(site.pages[related].page.source_path);
      }
    }
    std::set<PageId> mentioned;
    for (const auto& path : entry.body.terms_used) {
      auto it = by_source.find(path);
      if (it != by_source.end() && it->second != id && mentioned.insert(it->second).second) {
        site.pages[it->second].used_in.push_back(id);
      }
    }
  }
}

void WarnAboutUnusedDefinitions(const Site& site, Diagnostics& diagnostics) {
  for (const auto& entry : site.pages) {
    const Page& page = entry.page;
    if (page.kind == SectionKind::kDefinitions && page.type == PageType::kRegular &&
        entry.used_in.empty()) {
      diagnostics.Warning({page.source_path, 1, 1},
                          "no page uses the definition '" + page.meta.title + "'",
                          "mention it in an article, or add the words used for it to 'aliases'");
    }
  }
}

}  // namespace

Site BuildSite(const SiteConfig& config, ContentSet content, std::vector<RenderedBody> bodies,
               Diagnostics& diagnostics) {
  Site site;
  site.config = config;
  site.assets = std::move(content.assets);
  site.pages.reserve(content.pages.size());
  for (size_t i = 0; i < content.pages.size(); ++i) {
    site.pages.push_back({std::move(content.pages[i]), std::move(bodies[i]), {}, {}});
  }
  CheckUniqueUrls(site, diagnostics);
  CheckTranslations(site, diagnostics);
  LinkPages(site, diagnostics);
  WarnAboutUnusedDefinitions(site, diagnostics);
  for (const auto& language : config.languages) {
    LanguageSite lang;
    lang.language = language;
    BuildLanguage(site, lang, diagnostics);
    site.languages.push_back(std::move(lang));
  }
  return site;
}

}  // namespace kunskap
