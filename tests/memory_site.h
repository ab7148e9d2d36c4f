// Builds small sites in memory for tests: a valid config, a few pages, and the repo's own
// default theme copied into the in-memory file system.
#pragma once

#include <string>

#include "cli/pipeline.h"
#include "core/file_system.h"

namespace kunskap::testing {

inline const char* kTestConfig = R"(base_url = "https://example.org/kb/"
default_language = "sv"
quick_exit_url = "https://weather.example/"
required_languages = ["sv"]
footer_links = ["lamna-farre-spar"]

[[languages]]
code = "sv"
name = "Svenska"
direction = "ltr"
search = "sv"
title = "Kunskap"

[[languages]]
code = "en"
name = "English"
direction = "ltr"
search = "en"
title = "Knowledge"

[[languages]]
code = "ar"
name = "العربية"
direction = "rtl"
search = "ar"
title = "معرفة"

[[audiences]]
id = "staff"
label = { sv = "Medarbetare", en = "Staff", ar = "الموظفون" }

[[audiences]]
id = "managers"
label = { sv = "Chefer", en = "Managers", ar = "المديرون" }
)";

/// A page with YAML front matter.
inline std::string PageText(const std::string& front_matter, const std::string& body = "") {
  return "---\n" + front_matter + "\n---\n" + body;
}

/// An in-memory site with the config, the three home pages and the default theme.
class MemorySite {
 public:
  MemorySite() {
    fs.Write("site/site-config.toml", kTestConfig);
    fs.Write("site/content/sv/_index.md", PageText("title: Start"));
    fs.Write("site/content/en/_index.md", PageText("title: Home"));
    fs.Write("site/content/ar/_index.md", PageText("title: الرئيسية"));
    DiskFileSystem disk;
    std::string theme = std::string(KUNSKAP_TEST_THEMES) + "/default";
    for (const auto& file : disk.ListFilesRecursive(theme)) {
      fs.Write("themes/default/" + file, *disk.ReadFile(theme + "/" + file, nullptr));
    }
    // The browser's copy of lunr.js and lunr-languages, as npm installed them.
    std::string packages = KUNSKAP_TEST_PACKAGES;
    for (const char* package : {"lunr", "lunr-languages/min"}) {
      std::string dir = packages + "/" + package;
      for (const auto& file : disk.ListFilesRecursive(dir)) {
        if (file.ends_with(".js")) {
          fs.Write(std::string("packages/") + package + "/" + file,
                   *disk.ReadFile(dir + "/" + file, nullptr));
        }
      }
    }
  }

  void Write(const std::string& path, const std::string& text) { fs.Write("site/" + path, text); }

  BuildResult Build() const {
    BuildOptions options;
    options.site_dir = "site";
    options.theme_dirs = {"themes"};
    options.package_dirs = {"packages"};
    return RunPipeline(fs, options);
  }

  MemoryFileSystem fs;
};

/// All diagnostics, formatted, one per line.
inline std::string Messages(const BuildResult& result) {
  std::string text;
  for (const auto& d : result.diagnostics.Sorted()) text += d.Format() + "\n";
  return text;
}

/// Only the errors, formatted, one per line.
inline std::string Errors(const BuildResult& result) {
  std::string text;
  for (const auto& d : result.diagnostics.Sorted()) {
    if (d.severity == Severity::kError) text += d.Format() + "\n";
  }
  return text;
}

}  // namespace kunskap::testing
