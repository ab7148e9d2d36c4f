#include "content/content_scanner.h"

#include <set>

#include "core/suggestion.h"

namespace kunskap {

std::vector<ContentFile> ScanContent(const FileSystem& fs, const std::string& site_dir,
                                     const SiteConfig& config, Diagnostics& diagnostics) {
  std::vector<ContentFile> files;
  std::string content_dir = JoinPath(site_dir, "content");
  if (!fs.IsDirectory(content_dir)) {
    diagnostics.Error({"content"}, "no content folder",
                      "create content/<language>/_index.md for each language in site-config.toml");
    return files;
  }
  for (const auto& link : fs.ListEscapingLinks(content_dir)) {
    diagnostics.Error(
        {"content/" + link, 1, 1},
        "symbolic link that leads outside the content folder, nowhere or in a loop is not read",
        "copy the file into content/ instead of linking to it");
  }
  auto codes = config.LanguageCodes();
  std::set<std::string> unknown_languages;  // reported once per folder, at its first file
  for (const auto& entry : fs.ListFilesRecursive(content_dir)) {
    std::string source_path = "content/" + entry;
    auto slash = entry.find('/');
    if (slash == std::string::npos) {
      if (entry.size() > 3 && entry.ends_with(".md")) {
        diagnostics.Error({source_path, 1, 1}, "content file outside a language folder",
                          "move it to content/" + config.default_language + "/" + entry);
      }
      continue;
    }
    std::string language = entry.substr(0, slash);
    if (!config.FindLanguage(language)) {
      if (unknown_languages.insert(language).second) {
        std::string hint = DidYouMean(language, codes);
        diagnostics.Error({source_path, 1, 1},
                          "folder 'content/" + language + "' is not a language in site-config.toml",
                          !hint.empty() ? hint
                                        : "add a [[languages]] table with code = \"" + language +
                                              "\", or move its files to content/" +
                                              config.default_language + "/");
      }
      continue;
    }
    std::string rel = entry.substr(slash + 1);
    bool hidden = rel[0] == '.' || rel.find("/.") != std::string::npos;
    if (hidden) continue;  // editor swap files, .DS_Store
    files.push_back({language, rel, source_path, rel.ends_with(".md")});
  }
  for (const auto& code : codes) {
    if (!fs.IsFile(JoinPath(content_dir, code + "/_index.md"))) {
      diagnostics.Error({"content/" + code + "/_index.md"},
                        "language '" + code + "' has no home page",
                        "create content/" + code + "/_index.md with a title");
    }
  }
  return files;
}

}  // namespace kunskap
