#include "render/theme.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <algorithm>
#include <iostream>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>

#include "core/digest.h"
#include "core/suggestion.h"

namespace kunskap {
namespace {

/// A section marker that is never closed, or closes the wrong section: the usual way a
/// template breaks. Returns the byte offset and what is wrong, to point at the line.
std::optional<std::pair<size_t, std::string>> FindUnbalancedSection(const std::string& text) {
  std::vector<std::pair<std::string, size_t>> open;  // section name, where it opened
  size_t at = 0;
  while ((at = text.find("{{", at)) != std::string::npos) {
    size_t end = text.find("}}", at + 2);
    if (end == std::string::npos) return std::pair{at, std::string("'{{' has no '}}'")};
    std::string marker = text.substr(at + 2, end - at - 2);
    if (marker.starts_with("=")) return std::nullopt;  // other delimiters: left to ctemplate
    if (marker.starts_with("#")) {
      open.emplace_back(marker.substr(1), at);
    } else if (marker.starts_with("/")) {
      std::string name = marker.substr(1);
      if (open.empty()) return std::pair{at, "{{/" + name + "}} closes no section"};
      if (open.back().first != name) {
        return std::pair{at, "{{/" + name + "}} closes {{#" + open.back().first + "}}"};
      }
      open.pop_back();
    }
    at = end + 2;
  }
  if (open.empty()) return std::nullopt;
  const auto& [name, where] = open.back();
  return std::pair{where, "{{#" + name + "}} is never closed; add {{/" + name + "}}"};
}

/// ctemplate's own reason, from what it logged ("ERROR: Template x: ERROR: reason").
std::string CtemplateReason(const std::string& logged) {
  std::string reason;
  std::istringstream lines(logged);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) reason = line;
  }
  size_t last = reason.rfind(": ERROR: ");
  if (last != std::string::npos) reason = reason.substr(last + 9);
  if (reason.starts_with("ERROR: ")) reason = reason.substr(7);
  return reason;
}

int LineOf(const std::string& text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

int ColumnOf(const std::string& text, size_t offset) {
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string::npos || offset == 0 ? 0 : line_start + 1;
  int column = 1;
  for (size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

/// Theme strings the generator looks up itself (besides the {{T_...}} in the templates).
const char* const kCodeStrings[] = {
    "home",         "not_translated",    "owner",          "page_not_found", "kind_article",
    "kind_contact", "kind_definition",   "kind_update",    "open_all_hours", "day_mon",
    "day_tue",      "day_wed",           "day_thu",        "day_fri",        "day_sat",
    "day_sun",      "urgency_emergency", "urgency_urgent", "urgency_normal",
    "hours_every_day", "hours_all_day", "hours_overnight", "hours_closed_day", "list_separator"};

}  // namespace

TemplateSet::TemplateSet() : cache_(std::make_unique<ctemplate::TemplateCache>()) {}
TemplateSet::~TemplateSet() = default;

bool TemplateSet::Add(const std::string& name, const std::string& text, const std::string& path,
                      Diagnostics& diagnostics) {
  // ctemplate logs why a template fails to std::cerr; catch it to put it in the diagnostic.
  // Themes are loaded between the parallel stages, so only another build in this process
  // (tests, the preview server) could be writing to std::cerr: the lock keeps those out.
  static std::mutex cerr_mutex;
  std::ostringstream logged;
  bool parsed;
  {
    std::lock_guard lock(cerr_mutex);
    std::streambuf* saved = std::cerr.rdbuf(logged.rdbuf());
    parsed = cache_->StringToTemplateCache(name, text, ctemplate::DO_NOT_STRIP);
    std::cerr.rdbuf(saved);
  }
  if (parsed) return true;
  if (auto unbalanced = FindUnbalancedSection(text)) {
    auto [offset, what] = *unbalanced;
    diagnostics.Error({path, LineOf(text, offset), ColumnOf(text, offset)},
                      "template cannot be parsed: " + what);
  } else {
    std::string reason = CtemplateReason(logged.str());
    // "Unknown modifier for variable NAME: ..." names the marker: point at it.
    size_t offset = 0;
    static const std::regex variable(R"(variable ([A-Za-z0-9_]+))");
    std::smatch match;
    if (std::regex_search(reason, match, variable)) {
      size_t found = text.find("{{" + match[1].str());
      if (found != std::string::npos) offset = found;
    }
    diagnostics.Error({path, LineOf(text, offset), ColumnOf(text, offset)},
                      "template cannot be parsed" + (reason.empty() ? "" : ": " + reason));
  }
  return false;
}

void TemplateSet::Freeze() {
  cache_->Freeze();
}

std::string TemplateSet::Expand(const std::string& name,
                                const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  cache_->ExpandNoLoad(name, ctemplate::DO_NOT_STRIP, &dict, nullptr, &out);
  return out;
}

void AddThemeStrings(ctemplate::TemplateDictionary& dict, const I18nStrings& strings) {
  for (const auto& [key, value] : strings.strings) {
    std::string name = "T_" + key;
    for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    dict.SetValue(name, value);
  }
}

void CheckLayouts(const Theme& theme, const Site& site, Diagnostics& diagnostics) {
  std::vector<std::string> layouts;  // the templates a page may name, without ".tpl"
  for (const auto& name : theme.template_names) {
    if (name.find('/') == std::string::npos) layouts.push_back(name.substr(0, name.size() - 4));
  }
  for (const auto& entry : site.pages) {
    const FrontMatter& meta = entry.page.meta;
    bool plain_name = meta.layout.find_first_of("/.") == std::string::npos;
    if (meta.layout.empty() || (plain_name && theme.template_names.count(meta.layout + ".tpl"))) {
      continue;
    }
    std::string hint = DidYouMean(meta.layout, layouts);
    diagnostics.Error(
        meta.Where("layout"),
        "layout '" + meta.layout + "' is not a template of theme '" + theme.name + "'",
        hint.empty() ? "remove the line" : hint);
  }
}

std::optional<Theme> LoadTheme(const FileSystem& fs, const std::vector<std::string>& search_dirs,
                               const SiteConfig& config, Diagnostics& diagnostics) {
  Theme theme;
  theme.name = config.theme;
  for (const auto& dir : search_dirs) {
    std::string candidate = JoinPath(dir, config.theme);
    if (fs.IsDirectory(candidate)) {
      theme.dir = candidate;
      break;
    }
  }
  if (theme.dir.empty()) {
    diagnostics.Error({config.path, 1, 1}, "theme '" + config.theme + "' not found",
                      "put it in themes/" + config.theme + "/ or use theme = \"default\"");
    return std::nullopt;
  }
  theme.templates = std::make_shared<TemplateSet>();
  Digest digest;  // of what the pages are made from; not where the theme was found
  std::string template_dir = JoinPath(theme.dir, "templates");
  std::set<std::string> broken_templates;  // reported already: not "missing" as well
  std::set<std::string> used_strings(std::begin(kCodeStrings), std::end(kCodeStrings));
  static const std::regex string_variable(R"(\{\{T_([A-Z0-9_]+)[:}])");
  for (const auto& name : fs.ListFilesRecursive(template_dir)) {
    if (!name.ends_with(".tpl")) continue;
    std::string path = JoinPath(template_dir, name);
    std::string error;
    auto text = fs.ReadFile(path, &error);
    if (!text) {
      diagnostics.Error({path}, error);
      continue;
    }
    digest.Add(name).Add(*text);
    for (std::sregex_iterator it(text->begin(), text->end(), string_variable), end; it != end;
         ++it) {
      std::string key = (*it)[1];
      for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      used_strings.insert(key);
    }
    if (theme.templates->Add(name, *text, path, diagnostics)) {
      theme.template_names.insert(name);
    } else {
      broken_templates.insert(name);
    }
  }
  for (const auto& name : kThemeTemplates) {
    if (!theme.template_names.count(name) && !broken_templates.count(name)) {
      diagnostics.Error({JoinPath(template_dir, name)},
                        "theme '" + theme.name + "' has no template " + name,
                        "copy it from the built-in default theme");
    }
  }
  theme.templates->Freeze();

  std::set<std::string> all_keys;
  for (const auto& language : config.languages) {
    std::string path = JoinPath(theme.dir, "i18n/" + language.code + ".toml");
    std::string error;
    auto text = fs.ReadFile(path, &error);
    if (!text) {
      diagnostics.Error(
          {path}, "theme '" + theme.name + "' has no strings for language '" + language.code + "'",
          "copy i18n/en.toml to i18n/" + language.code + ".toml and translate it");
      continue;
    }
    digest.Add(language.code).Add(*text);
    theme.strings[language.code] = ParseI18nStrings(*text, path, diagnostics);
    for (const auto& [key, _] : theme.strings[language.code].strings) all_keys.insert(key);
  }
  // A string missing in every language would show as nothing (or as its key) on the page.
  all_keys.insert(used_strings.begin(), used_strings.end());
  for (const auto& [code, strings] : theme.strings) {
    for (const auto& key : all_keys) {
      if (!strings.strings.count(key)) {
        diagnostics.Error({strings.path, 1, 1}, "theme string '" + key + "' is missing",
                          used_strings.count(key) ? "the theme uses it; add " + key + " = \"...\""
                                                  : "every language's file needs the same keys");
      }
    }
  }
  std::string static_dir = JoinPath(theme.dir, "static");
  for (const auto& file : fs.ListFilesRecursive(static_dir)) {
    theme.static_files.push_back({JoinPath(static_dir, file), "assets/" + file});
  }
  theme.digest = digest.Finish();
  return theme;
}

}  // namespace kunskap
