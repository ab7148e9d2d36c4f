// An incremental build must give exactly what a clean build gives. The repo's own site
// (three languages, every kind of page) goes through a series of edits; after each, the
// output kept up to date by incremental builds is compared with a clean build's, byte for
// byte, and the build must have made again only part of the site.
#include <catch2/catch.hpp>
#include <regex>

#include "site_folder.h"

using namespace kunskap;
using namespace kunskap::testing;

namespace {

struct Remade {
  int bodies = -1;
  int pages = -1;
  int indexes = -1;
};

/// "made again: 3 of 186 bodies, 5 of 186 pages, 1 search indexes"
Remade Parse(const std::string& out) {
  std::smatch match;
  Remade remade;
  if (std::regex_search(
          out, match,
          std::regex(R"(made again: (\d+) of \d+ bodies, (\d+) of \d+ pages, (\d+))"))) {
    remade = {std::stoi(match[1]), std::stoi(match[2]), std::stoi(match[3])};
  }
  return remade;
}

class Site {
 public:
  Site() : dir_(CopySite(KUNSKAP_REPO_ROOT, {"site-config.toml", "content"})) {}
  ~Site() {
    boost::system::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path Path(const std::string& relative) const { return dir_ / relative; }
  void Edit(const std::string& relative, const std::string& from, const std::string& to) {
    std::string text = ReadFile(Path(relative));
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    WriteFile(Path(relative), text);
  }

  /// Builds incrementally into public/ and cleanly into a fresh folder; both must succeed and
  /// be the same. Returns what the incremental build made again.
  Remade BuildAndCompare() {
    CommandRun incremental = BuildSite(dir_, {"--timings"});
    INFO(incremental.err);
    REQUIRE(incremental.exit_code == 0);
    fs::path clean_out = dir_ / ("clean-" + std::to_string(++clean_builds_));
    CommandRun clean = BuildSite(dir_, {"--clean", "--out", clean_out.string()});
    REQUIRE(clean.exit_code == 0);
    auto expected = Snapshot(clean_out);
    auto actual = Snapshot(dir_ / "public");
    CHECK(actual.size() == expected.size());
    size_t differing = 0;
    for (const auto& [path, bytes] : expected) {
      auto it = actual.find(path);
      if (it == actual.end() || it->second != bytes) {
        if (++differing <= 5) UNSCOPED_INFO("differs: " << path);
      }
    }
    CHECK(differing == 0);
    fs::remove_all(clean_out);
    fs::remove(dir_ / ("clean-" + std::to_string(clean_builds_) + ".lock"));
    return Parse(incremental.out);
  }

 private:
  fs::path dir_;
  int clean_builds_ = 0;
};

}  // namespace

TEST_CASE("incremental builds equal clean builds after a series of edits") {
  Site site;
  Remade first = site.BuildAndCompare();
  CHECK(first.pages > 150);  // the first build makes everything

  SECTION("edits, additions, removals, an error and its fix, the theme and the config") {
    Remade none = site.BuildAndCompare();
    CHECK(none.bodies == 0);
    CHECK(none.pages == 0);
    CHECK(none.indexes == 0);

    // A sentence in one article: that page, the pages that list it, and the index.
    site.Edit("content/sv/medarbetare/att-fraga-om-vald.md", "Många som är utsatta",
              "Väldigt många som är utsatta");
    Remade one = site.BuildAndCompare();
    CHECK(one.bodies == 1);
    CHECK(one.pages > 0);
    CHECK(one.pages < 30);
    CHECK(one.indexes == 1);

    // A definition's alias: every Swedish body is linked against the glossary again.
    site.Edit("content/sv/begrepp/eftervald.md", "aliases: [eftervåldet,",
              "aliases: [eftervåldet, separationsvåld,");
    site.Edit("content/sv/medarbetare/att-fraga-om-vald.md", "Väldigt många",
              "Även separationsvåld. Väldigt många");
    site.BuildAndCompare();

    // A new page, in both required languages, that links a heading of another page.
    for (const char* language : {"sv", "en"}) {
      WriteFile(site.Path(std::string("content/") + language + "/medarbetare/ny-rutin.md"),
                "---\ntitle: Ny rutin\nsummary: En ny rutin.\naudience: [staff]\n"
                "owner: Samordnare\nreview_by: 2027-06-30\ntranslation_key: ny-rutin\n---\n" +
                    std::string(language == std::string("sv")
                                    ? "Se [innan du frågar](att-fraga-om-vald.md#innan-du-fragar)."
                                    : "A new routine.") +
                    "\n");
    }
    site.BuildAndCompare();

    // The linked heading is renamed: the new page's link breaks, the build fails and the
    // output stays; then the link is fixed.
    site.Edit("content/sv/medarbetare/att-fraga-om-vald.md", "## Innan du frågar",
              "## Före samtalet");
    CommandRun broken = BuildSite(site.Path(""));
    CHECK(broken.exit_code == 1);
    CHECK_THAT(broken.err, Catch::Contains("ny-rutin.md"));
    site.Edit("content/sv/medarbetare/ny-rutin.md", "#innan-du-fragar", "#fore-samtalet");
    site.BuildAndCompare();

    // A page removed, a translation key that pairs pages differently, a theme string, a
    // template and the config.
    fs::remove(site.Path("content/sv/medarbetare/ny-rutin.md"));
    fs::remove(site.Path("content/en/medarbetare/ny-rutin.md"));
    site.BuildAndCompare();
    fs::path theme = site.Path("themes/default");
    fs::create_directories(theme);
    for (fs::recursive_directory_iterator it(fs::path(KUNSKAP_TEST_THEMES) / "default"), end;
         it != end; ++it) {
      fs::path target =
          theme / it->path().lexically_relative(fs::path(KUNSKAP_TEST_THEMES) / "default");
      if (fs::is_directory(it->path())) {
        fs::create_directories(target);
      } else {
        fs::copy_file(it->path(), target);
      }
    }
    Remade same_theme = site.BuildAndCompare();
    CHECK(same_theme.pages == 0);  // the same templates, found in another folder
    site.Edit("themes/default/templates/page.tpl", "</body>", "<!-- ändrad --></body>");
    Remade template_change = site.BuildAndCompare();
    CHECK(template_change.pages > 150);
    CHECK(template_change.bodies == 0);
    CHECK(template_change.indexes == 0);
    site.Edit("themes/default/i18n/en.toml", "\n", "\n# edited\n");
    site.BuildAndCompare();
    std::string config = ReadFile(site.Path("site-config.toml"));
    WriteFile(site.Path("site-config.toml"), config + "\n# edited\n");
    Remade config_change = site.BuildAndCompare();
    CHECK(config_change.pages > 150);
  }

  SECTION("an output file changed by hand is written again") {
    std::string page = "public/sv/medarbetare/att-fraga-om-vald/index.html";
    WriteFile(site.Path(page), "changed by hand");
    Remade remade = site.BuildAndCompare();
    CHECK(remade.pages == 1);
  }
}
