// The site's configuration (site-config.toml) as plain data: what every later stage reads.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kunskap {

/// SMHI's weather forecast: public, neutral, with no login or account.
inline constexpr const char* kDefaultQuickExitUrl = "https://www.smhi.se/vader";

/// One language the site is published in.
struct Language {
  std::string code;       ///< "sv": the folder under content/ and the first URL segment
  std::string name;       ///< "Svenska": shown in the language switcher, in the language itself
  std::string direction;  ///< "ltr" or "rtl"
  std::string search;     ///< lunr-languages id ("sv", "en", "ar"), or "" for trimmer only
  std::string title;      ///< the site's title in this language
  std::string description;
  /// A word list (one word a line) that compound words are split against for search, e.g.
  /// Debian's wswedish for Swedish. Empty: no compound splitting.
  std::string compound_words;
};

/// A group of readers a page is written for (staff, managers), labelled per language.
struct Audience {
  std::string id;
  std::map<std::string, std::string> labels;  ///< language code -> label

  const std::string& Label(const std::string& language) const;
};

struct SiteConfig {
  std::string path = "site-config.toml";  ///< for diagnostics
  std::string base_url;
  std::string default_language;
  std::vector<Language> languages;
  std::vector<Audience> audiences;
  std::string theme = "default";
  std::string output_dir = "public";
  std::string cache_dir = ".kunskap-cache";
  std::string organisation;
  /// Where quick exit sends the reader: a neutral page, never this site. The default is a
  /// weather forecast that needs no sign-in, so leaving adds nothing to any account of the
  /// reader's (a search engine's results page would go into a signed-in search history).
  std::string quick_exit_url = kDefaultQuickExitUrl;
  std::string emergency_number = "112";
  /// The zone contact routes' opening hours are written in, and "open now" is judged in,
  /// whatever the reader's device is set to.
  std::string time_zone = "Europe/Stockholm";
  /// Languages in which every page must exist; a missing translation is then an error.
  std::vector<std::string> required_languages;
  /// Translation keys of pages linked from every page's footer (e.g. leave fewer traces).
  std::vector<std::string> footer_links;
  /// Pass raw HTML in Markdown through (tag-filtered). Off: it is dropped with a warning.
  bool allow_raw_html = false;
  /// Links within the site replace the current history entry, so a visit is one Back entry
  /// and quick exit leaves Back pointing at what the reader had open before the site.
  bool replace_history = true;

  const Language* FindLanguage(const std::string& code) const;
  const Audience* FindAudience(const std::string& id) const;
  std::vector<std::string> LanguageCodes() const;
  std::vector<std::string> AudienceIds() const;
};

}  // namespace kunskap
