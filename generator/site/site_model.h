// The whole-site model: every page with its rendered body, grouped per language into
// sections, the A–Ö list of definitions, contact routes and updates, and the translation
// sets that pair a page with its other-language versions. What the render stage reads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/page.h"
#include "markdown/body_context.h"

namespace kunskap {

using PageId = size_t;  ///< index into Site::pages

struct SitePage {
  Page page;
  RenderedBody body;
  std::vector<PageId> related;  ///< front matter `related`, resolved
  /// For a definition: the pages that mention it, by section, in reading order.
  std::vector<PageId> used_in;
};

/// A folder with an _index.md, and the pages in it in reading order.
struct Section {
  PageId index_page = 0;
  std::string dir;                  ///< "begrepp"
  std::vector<PageId> pages;        ///< regular pages, ordered by weight, then title
  std::vector<PageId> subsections;  ///< section pages of nested folders
};

/// The definitions of one first letter in the A–Ö list.
struct LetterGroup {
  std::string letter;
  std::vector<PageId> definitions;
};

/// Contact routes that answer the same situation.
struct SituationGroup {
  std::string situation;
  std::vector<PageId> routes;  ///< emergency first
};

struct LanguageSite {
  Language language;
  PageId home = 0;
  std::map<std::string, Section> sections;  ///< by dir; "" is the home's own section
  std::vector<PageId> navigation;           ///< top-level sections, by weight then title
  std::vector<LetterGroup> definitions_by_letter;
  std::vector<SituationGroup> contacts_by_situation;
  std::vector<PageId> contact_routes;  ///< emergency first, then urgent, then by title
  std::vector<PageId> updates;         ///< newest first
  std::vector<PageId> recently_changed;  ///< content pages by last change, newest first
  std::map<std::string, PageId> contact_ids;
  std::optional<PageId> search_page;       ///< the page with `layout: search`
  std::optional<PageId> definitions_page;  ///< the first definitions section (the A–Ö list)
};

struct Site {
  SiteConfig config;
  std::vector<SitePage> pages;          ///< sorted by source path
  std::vector<LanguageSite> languages;  ///< in config order
  std::vector<ContentAsset> assets;
  std::string today;  ///< YYYY-MM-DD: the build's date, for review notices
  /// translation_key -> language -> page.
  std::map<std::string, std::map<std::string, PageId>> translations;

  const LanguageSite* FindLanguage(const std::string& code) const;
  /// The page with this translation key in this language, if any.
  const SitePage* Translation(const std::string& key, const std::string& language) const;
};

}  // namespace kunskap
