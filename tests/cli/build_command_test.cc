#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <fstream>
#include <sstream>

#include "cli/build_command.h"

using namespace kunskap;
namespace fs = boost::filesystem;

namespace {

std::string Read(const fs::path& path) {
  std::ifstream in(path.string(), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// A copy of a fixture site in a fresh temporary folder (builds never write into tests/).
fs::path CopyFixture(const std::string& name) {
  fs::path from = fs::path(KUNSKAP_TEST_FIXTURES) / name;
  fs::path to = fs::temp_directory_path() / fs::unique_path("kunskap-fixture-%%%%-%%%%");
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    fs::path target = to / fs::relative(it->path(), from);
    if (fs::is_directory(it->path())) {
      fs::create_directories(target);
    } else {
      fs::create_directories(target.parent_path());
      fs::copy_file(it->path(), target);
    }
  }
  return to;
}

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

Run Build(const fs::path& site, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"build", "--source", site.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  CommandLine line = ParseCommandLine(args);
  std::ostringstream out, err;
  int code = RunBuildCommand(line, {{KUNSKAP_TEST_THEMES}, {KUNSKAP_TEST_PACKAGES}}, out, err);
  return {code, out.str(), err.str()};
}

/// Every file under dir with its bytes, to compare a folder before and after.
std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (fs::recursive_directory_iterator it(dir), end; it != end; ++it) {
    if (fs::is_regular_file(it->path())) {
      files[fs::relative(it->path(), dir).string()] = Read(it->path());
    }
  }
  return files;
}

}  // namespace

TEST_CASE("a site folder with only site-config.toml and content/ builds with the default theme") {
  fs::path site = CopyFixture("minimal");
  Run run = Build(site);
  CHECK(run.err.empty());
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("built 2 pages into " + (site / "public").string()));
  CHECK_THAT(Read(site / "public/sv/artikel/index.html"), Catch::Contains("<h1>En artikel</h1>"));
  CHECK_THAT(Read(site / "public/sv/index.html"), Catch::Contains("href=\"artikel/index.html\""));
  CHECK(fs::exists(site / "public/assets/style.css"));
  fs::remove_all(site);
}

TEST_CASE("the out and drafts options are honoured and two builds are byte-identical") {
  fs::path site = CopyFixture("minimal");
  std::ofstream(site / "content/sv/utkast.md") << "---\ntitle: Utkast\ndraft: true\n---\n";
  REQUIRE(Build(site, {"--out", (site / "a").string()}).exit_code == 0);
  REQUIRE(Build(site, {"--out", (site / "b").string(), "--drafts"}).exit_code == 0);
  REQUIRE(Build(site, {"--out", (site / "c").string()}).exit_code == 0);
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
                         "config_quick_exit_url"};
  for (const char* name : cases) {
    INFO(name);
    fs::path site = CopyFixture(std::string("invalid/") + name);
    fs::create_directories(site / "public/sv");
    std::ofstream(site / "public/sv/index.html") << "the previous build";
    auto before = Snapshot(site / "public");

    Run run = Build(site);
    CHECK(run.exit_code == 1);
    std::string expected = Read(site / "expected-errors.txt");
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

  Run run = Build(site);
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
