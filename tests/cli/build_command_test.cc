#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <fstream>
#include <sstream>

#include "site_folder.h"

using namespace kunskap;
using namespace kunskap::testing;

TEST_CASE("a site folder with only site-config.toml and content/ builds with the default theme") {
  fs::path site = CopyFixture("minimal");
  CommandRun run = BuildSite(site);
  CHECK(run.err.empty());
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("built 2 pages into " + (site / "public").string()));
  CHECK_THAT(ReadFile(site / "public/sv/artikel/index.html"),
             Catch::Contains("<h1>En artikel</h1>"));
  CHECK_THAT(ReadFile(site / "public/sv/index.html"),
             Catch::Contains("href=\"artikel/index.html\""));
  CHECK(fs::exists(site / "public/assets/style.css"));
  fs::remove_all(site);
}

TEST_CASE("the out and drafts options are honoured and two builds are byte-identical") {
  fs::path site = CopyFixture("minimal");
  std::ofstream(site / "content/sv/utkast.md") << "---\ntitle: Utkast\ndraft: true\n---\n";
  REQUIRE(BuildSite(site, {"--out", (site / "a").string()}).exit_code == 0);
  REQUIRE(BuildSite(site, {"--out", (site / "b").string(), "--drafts"}).exit_code == 0);
  REQUIRE(BuildSite(site, {"--out", (site / "c").string()}).exit_code == 0);
  CHECK_FALSE(fs::exists(site / "a/sv/utkast/index.html"));
  CHECK(fs::exists(site / "b/sv/utkast/index.html"));
  CHECK(Snapshot(site / "a") == Snapshot(site / "c"));
  fs::remove_all(site);
}

TEST_CASE(
    "each invalid fixture prints its exact errors and exits 1 and leaves the previous output "
    "untouched") {
  const char* cases[] = {"wrong_front_matter",
                         "unknown_audience",
                         "broken_link",
                         "duplicate_url",
                         "missing_title",
                         "invalid_utf8",
                         "unterminated_front_matter",
                         "front_matter_not_a_map",
                         "unknown_field",
                         "empty_file",
                         "duplicate_slug",
                         "duplicate_translation_key",
                         "path_traversal",
                         "nul_byte",
                         "unknown_language_folder",
                         "unknown_layout",
                         "config_wrong_type",
                         "config_quick_exit_url",
                         "config_quick_exit_http",
                         "config_quick_exit_own_site",
                         "contact_hours"};
  for (const char* name : cases) {
    INFO(name);
    fs::path site = CopyFixture(std::string("invalid/") + name);
    fs::create_directories(site / "public/sv");
    std::ofstream(site / "public/sv/index.html") << "the previous build";
    auto before = Snapshot(site / "public");

    CommandRun run = BuildSite(site);
    CHECK(run.exit_code == 1);
    std::string expected = ReadFile(site / "expected-errors.txt");
    std::string prefix = site.string() + "/";
    std::string actual;
    std::istringstream lines(run.err);
    for (std::string line; std::getline(lines, line);) {
      if (line.starts_with(prefix)) line = line.substr(prefix.size());
      actual += line + "\n";
    }
    CHECK(actual == expected);
    CHECK(Snapshot(site / "public") == before);
    CHECK_FALSE(fs::exists(site.string() + "/public.kunskap-staging"));
    fs::remove_all(site);
  }
}

TEST_CASE("symbolic links out of the content folder and link loops are refused, not followed") {
  fs::path site = CopyFixture("minimal");
  fs::path outside = site.parent_path() / (site.filename().string() + "-outside");
  fs::create_directories(outside);
  std::ofstream(outside / "hemlig.md") << "---\ntitle: Hemlig\n---\nHemlig text.\n";
  fs::create_symlink(outside / "hemlig.md", site / "content/sv/hemlig.md");
  fs::create_symlink(outside, site / "content/sv/utanfor");
  fs::create_symlink("slinga-b", site / "content/sv/slinga-a.md");
  fs::create_symlink("slinga-a.md", site / "content/sv/slinga-b");
  fs::create_symlink("artikel.md", site / "content/sv/samma.md");  // inside: allowed

  CommandRun run = BuildSite(site);
  CHECK(run.exit_code == 1);
  for (const char* name : {"hemlig.md", "utanfor", "slinga-a.md", "slinga-b"}) {
    CHECK_THAT(run.err, Catch::Contains(std::string("content/sv/") + name +
                                        ":1:1: error: symbolic link that leads outside"));
  }
  CHECK_THAT(run.err, !Catch::Contains("samma.md"));
  CHECK_THAT(run.err, !Catch::Contains("Hemlig"));
  fs::remove_all(site);
  fs::remove_all(outside);
}
