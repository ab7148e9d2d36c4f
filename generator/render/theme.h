// A theme: ctemplate templates, per-language strings and static files (CSS, JavaScript).
// Looked up in the site's own themes/ first, then among the tool's built-in themes, so a
// site folder with only a config and content builds with the default theme.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "render/i18n_strings.h"
#include "site/site_model.h"

namespace ctemplate {
class TemplateCache;
class TemplateDictionary;
}  // namespace ctemplate

namespace kunskap {

/// The templates every theme must have.
/// The quick-exit bar, included by every page a reader can land on (page, 404, redirect).
inline const char* const kQuickExitTemplate = "partials/quick_exit.tpl";

inline const std::vector<std::string> kThemeTemplates = {
    "page.tpl",     "home.tpl",    "article.tpl",      "section.tpl", "definitions.tpl",
    "contacts.tpl", "updates.tpl", "contact_card.tpl", "404.tpl",     "redirect.tpl",
    kQuickExitTemplate};

struct StaticFile {
  std::string source_path;  ///< readable through the FileSystem
  std::string output_path;  ///< "assets/style.css"
};

/// Parsed templates, ready to expand from many threads at once.
class TemplateSet {
 public:
  TemplateSet();
  ~TemplateSet();
  /// Adds a template; false (with a diagnostic) when ctemplate cannot parse it.
  bool Add(const std::string& name, const std::string& text, const std::string& path,
           Diagnostics& diagnostics);
  void Freeze();
  std::string Expand(const std::string& name, const ctemplate::TemplateDictionary& dict) const;

 private:
  std::unique_ptr<ctemplate::TemplateCache> cache_;
};

struct Theme {
  std::string name;
  std::string dir;  ///< where it was found
  std::shared_ptr<TemplateSet> templates;
  std::set<std::string> template_names;        ///< every template the theme has
  std::map<std::string, I18nStrings> strings;  ///< language code -> strings
  std::vector<StaticFile> static_files;
  /// Of every template and strings file: a change to any of them re-renders every page.
  uint64_t digest = 0;
};

/// Sets every theme string as T_<KEY> (upper case) in a template dictionary.
void AddThemeStrings(ctemplate::TemplateDictionary& dict, const I18nStrings& strings);

/// Reports each page whose `layout` names no template of the theme: ctemplate would leave
/// the page's main part empty.
void CheckLayouts(const Theme& theme, const Site& site, Diagnostics& diagnostics);

/// `search_dirs`: folders that hold themes, in lookup order.
std::optional<Theme> LoadTheme(const FileSystem& fs, const std::vector<std::string>& search_dirs,
                               const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace kunskap
