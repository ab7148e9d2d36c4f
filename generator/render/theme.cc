#include "render/theme.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <set>

#include "core/digest.h"

namespace kunskap {

TemplateSet::TemplateSet() : cache_(std::make_unique<ctemplate::TemplateCache>()) {}
TemplateSet::~TemplateSet() = default;

bool TemplateSet::Add(const std::string& name, const std::string& text, const std::string& path,
                      Diagnostics& diagnostics) {
  if (!cache_->StringToTemplateCache(name, text, ctemplate::DO_NOT_STRIP)) {
    diagnostics.Error({path, 1, 1}, "template cannot be parsed (see ctemplate's message above)",
                      "check that every {{#SECTION}} has its {{/SECTION}}");
    return false;
  }
  return true;
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
    if (theme.templates->Add(name, *text, path, diagnostics)) theme.template_names.insert(name);
  }
  for (const auto& name : kThemeTemplates) {
    if (!theme.template_names.count(name)) {
      diagnostics.Error({JoinPath(template_dir, name)},
                        "theme '" + theme.name + "' has no template " + name);
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
  for (const auto& [code, strings] : theme.strings) {
    for (const auto& key : all_keys) {
      if (!strings.strings.count(key)) {
        diagnostics.Error({strings.path, 1, 1}, "theme string '" + key + "' is missing",
                          "every language's file needs the same keys");
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
