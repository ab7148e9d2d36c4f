#include <catch2/catch.hpp>

#include <algorithm>

#include "memory_site.h"

using namespace kunskap;
using testing::PageText;

TEST_CASE("a site with only a config and home pages builds in memory with the default theme") {
  testing::MemorySite site;
  auto result = site.Build();
  CHECK(testing::Messages(result).empty());
  REQUIRE(result.output);
  for (const char* path :
       {"index.html", "404.html", "sitemap.xml", "sv/index.html", "en/index.html", "ar/index.html",
        "assets/style.css", "assets/kunskap.js"}) {
    INFO(path);
    CHECK((result.output->files.count(path) + result.output->copies.count(path)) == 1);
  }
}

TEST_CASE("every problem in the site is reported in one build and and nothing is produced") {
  testing::MemorySite site;
  site.Write("content/sv/a.md", PageText("title: A\naudience: [manager]", "[x](saknas.md)\n"));
  site.Write("content/sv/b.md", PageText("summary: ingen titel"));
  site.Write("content/sv/c.md", "ingen front matter\n");
  auto result = site.Build();
  CHECK_FALSE(result.output);
  CHECK(testing::Messages(result) ==
        "content/sv/a.md:3:11: error: unknown audience 'manager'; did you mean 'managers'?\n"
        "content/sv/a.md:5:1: error: link to 'saknas.md': no such page or file\n"
        "content/sv/b.md:1:1: error: missing required field 'title'; add a line 'title: ...'\n"
        "content/sv/c.md:1:1: error: no front matter at the top of the file; start the file with a "
        "line '---', then fields such as 'title: ...', then another '---'\n");
}

TEST_CASE("a theme string missing in one language is an error at the theme file") {
  testing::MemorySite site;
  std::string ar = *site.fs.ReadFile("themes/default/i18n/ar.toml", nullptr);
  site.fs.Write("themes/default/i18n/ar.toml",
                ar.substr(0, ar.find("quick_exit =")) + ar.substr(ar.find("quick_exit_hint =")));
  std::string messages = testing::Messages(site.Build());
  CHECK_THAT(messages,
             Catch::Contains(
                 "themes/default/i18n/ar.toml:1:1: error: theme string 'quick_exit' is missing"));
}

TEST_CASE("a site's own theme is preferred over the built-in one") {
  testing::MemorySite site;
  DiskFileSystem disk;
  std::string theme = std::string(KUNSKAP_TEST_THEMES) + "/default";
  for (const auto& file : disk.ListFilesRecursive(theme)) {
    site.Write("themes/default/" + file, *disk.ReadFile(theme + "/" + file, nullptr));
  }
  std::string css = "/* the site's own */";
  site.Write("themes/default/static/style.css", css);
  auto result = site.Build();
  REQUIRE(result.output);
  CHECK(result.output->copies.at("assets/style.css") == "site/themes/default/static/style.css");
}

namespace {

/// A file system that lists folders in reverse order, as some disks do.
class ReversedFileSystem : public MemoryFileSystem {
 public:
  std::vector<std::string> ListFilesRecursive(const std::string& dir) const override {
    auto files = MemoryFileSystem::ListFilesRecursive(dir);
    std::reverse(files.begin(), files.end());
    return files;
  }
};

}  // namespace

TEST_CASE("the output does not depend on the order files are listed in") {
  testing::MemorySite site;
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  site.Write("content/sv/begrepp/a.md", PageText("title: Alfa\nweight: 1"));
  site.Write("content/sv/begrepp/b.md", PageText("title: Alfa\nweight: 1"));
  site.Write("content/sv/artikel.md", PageText("title: Artikel", "Om alfa.\n"));
  ReversedFileSystem reversed;
  for (const auto& path : site.fs.ListFilesRecursive("")) {
    reversed.Write(path, *site.fs.ReadFile(path, nullptr));
  }
  BuildOptions options;
  options.site_dir = "site";
  options.theme_dirs = {"themes"};
  options.package_dirs = {"packages"};
  auto forward = site.Build();
  auto backward = RunPipeline(reversed, options);
  REQUIRE(forward.output);
  REQUIRE(backward.output);
  CHECK(forward.output->files == backward.output->files);
  CHECK(forward.output->copies == backward.output->copies);
}
