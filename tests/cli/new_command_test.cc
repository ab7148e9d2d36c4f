#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <ctime>
#include <fstream>
#include <sstream>

#include "cli/new_command.h"
#include "content/page_loader.h"
#include "memory_site.h"

using namespace kunskap;
using testing::PageText;
namespace fs = boost::filesystem;

namespace {

const char* kToday = "2025-03-14";

std::string Read(const fs::path& path) {
  std::ifstream in(path.string(), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path.string(), std::ios::binary) << text;
}

/// tests/fixtures/minimal in a fresh temporary folder, with a section of each kind.
fs::path SiteWithSections() {
  fs::path from = fs::path(KUNSKAP_TEST_FIXTURES) / "minimal";
  fs::path to = fs::temp_directory_path() / fs::unique_path("kunskap-new-%%%%-%%%%");
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    fs::path target = to / fs::relative(it->path(), from);
    if (fs::is_directory(it->path())) {
      fs::create_directories(target);
    } else {
      fs::create_directories(target.parent_path());
      fs::copy_file(it->path(), target);
    }
  }
  WriteFile(to / "content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  WriteFile(to / "content/sv/medarbetare/_index.md",
            PageText("title: Medarbetare\nkind: articles\nowner: Samordnare"));
  WriteFile(to / "content/sv/kontaktvagar/_index.md",
            PageText("title: Kontaktvägar\nkind: contacts"));
  WriteFile(to / "content/sv/nyheter/_index.md", PageText("title: Nyheter\nkind: updates"));
  return to;
}

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

/// Today's local date, as `new` writes it when not told otherwise.
std::string LocalToday() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

Run New(const fs::path& site, std::vector<std::string> args, const std::string& today = kToday) {
  args.insert(args.begin(), "new");
  args.insert(args.end(), {"--source", site.string()});
  CommandLine line = ParseCommandLine(args);
  if (!line.error.empty()) return {2, "", line.error};
  std::ostringstream out, err;
  int code = RunNewCommand(line, {{KUNSKAP_TEST_THEMES}, {KUNSKAP_TEST_PACKAGES}}, out, err, today);
  return {code, out.str(), err.str()};
}

Run Build(const fs::path& site) {
  CommandLine line = ParseCommandLine({"build", "--source", site.string()});
  std::ostringstream out, err;
  int code = RunBuildCommand(line, {{KUNSKAP_TEST_THEMES}, {KUNSKAP_TEST_PACKAGES}}, out, err);
  return {code, out.str(), err.str()};
}

/// A request against testing::MemorySite's layout.
NewPageRequest Request(const std::string& kind, const std::string& title) {
  NewPageRequest request;
  request.kind = kind;
  request.language = "sv";
  request.title = title;
  request.site_dir = "site";
  request.theme_dirs = {"themes"};
  request.today = kToday;
  return request;
}

std::string Errors(const NewPageResult& result) {
  std::string text;
  for (const auto& d : result.diagnostics.Sorted()) text += d.Format() + "\n";
  return text;
}

}  // namespace

TEST_CASE("a page of each kind is created from its archetype and the site builds with it") {
  // Today's date, so that the build sees the page as freshly written.
  std::string today = LocalToday();
  fs::path site = SiteWithSections();
  struct Case {
    const char* kind;
    const char* title;
    const char* path;
  } cases[] = {
      {"article", "Att fråga om våld", "content/sv/medarbetare/att-fraga-om-vald.md"},
      {"definition", "Eftervåld", "content/sv/begrepp/eftervald.md"},
      {"contact", "Kvinnofridslinjen", "content/sv/kontaktvagar/kvinnofridslinjen.md"},
      {"update", "2025: Ny handlingsplan", "content/sv/nyheter/2025-ny-handlingsplan.md"},
  };
  for (const auto& c : cases) {
    INFO(c.kind);
    Run run = New(site, {c.kind, "sv", c.title}, "");
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == (site / c.path).string() + "\n");
    std::string text = Read(site / c.path);
    CHECK_THAT(text, Catch::StartsWith("---\n"));
    CHECK_THAT(text, Catch::Contains("\nreview_by: " + OneYearAfter(today) + "\n"));
    std::string key = std::string(c.path).substr(11, std::string(c.path).size() - 14);
    CHECK_THAT(text, Catch::Contains("\ntranslation_key: " + key + "\n"));
    CHECK(text.find("{{") == std::string::npos);
  }
  CHECK_THAT(Read(site / cases[0].path), Catch::Contains("\nowner: Samordnare\n"));
  CHECK_THAT(Read(site / cases[1].path), Catch::Contains("\nowner: \"\"\n"));
  CHECK_THAT(Read(site / cases[3].path), Catch::Contains("\ndate: " + today + "\n"));
  CHECK_THAT(Read(site / cases[3].path), Catch::Contains("\ntitle: \"2025: Ny handlingsplan\"\n"));

  Run build = Build(site);
  CHECK(build.exit_code == 0);
  CHECK(build.err.find("error") == std::string::npos);
  for (const char* page :
       {"sv/medarbetare/att-fraga-om-vald/index.html", "sv/begrepp/eftervald/index.html",
        "sv/kontaktvagar/kvinnofridslinjen/index.html",
        "sv/nyheter/2025-ny-handlingsplan/index.html"}) {
    INFO(page);
    CHECK(fs::exists(site / "public" / page));
  }
  CHECK_THAT(Read(site / "public/sv/nyheter/2025-ny-handlingsplan/index.html"),
             Catch::Contains("2025: Ny handlingsplan"));
  fs::remove_all(site);
}

TEST_CASE("new never overwrites a file and says where it is") {
  fs::path site = SiteWithSections();
  fs::path page = site / "content/sv/medarbetare/rutin.md";
  WriteFile(page, "the author's own text\n");
  Run run = New(site, {"article", "sv", "Rutin"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK_THAT(run.err, Catch::StartsWith(page.string() + ": error: the file already exists"));
  CHECK(Read(page) == "the author's own text\n");

  // A page elsewhere at the same address is refused too.
  WriteFile(site / "content/sv/medarbetare/hjalp/_index.md", PageText("title: Hjälp"));
  run = New(site, {"article", "sv", "Hjälp"});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("/content/sv/medarbetare/hjalp.md: error: its address "
                                      "/sv/medarbetare/hjalp/ is already the address of "
                                      "content/sv/medarbetare/hjalp/_index.md"));
  CHECK_FALSE(fs::exists(site / "content/sv/medarbetare/hjalp.md"));
  fs::remove_all(site);
}

TEST_CASE("the section is the one of the kind, or --section; a choice or a mismatch is an error") {
  fs::path site = SiteWithSections();
  WriteFile(site / "content/sv/chefer/_index.md",
            PageText("title: Chefer\nkind: articles\nowner: HR-avdelningen"));
  Run run = New(site, {"article", "sv", "Stöd"});
  CHECK(run.exit_code == 1);
  CHECK(run.err == (site / "content/sv").string() +
                       ": error: 2 sections hold articles (chefer, medarbetare); choose one with "
                       "--section DIR\n");

  run = New(site, {"article", "sv", "Stöd", "--section", "chefer", "--owner", "Chefsstödet"});
  CHECK(run.exit_code == 0);
  CHECK_THAT(Read(site / "content/sv/chefer/stod.md"), Catch::Contains("\nowner: Chefsstödet\n"));

  // A folder inside a section belongs to it; content/<lang>/ before the folder is allowed.
  fs::create_directories(site / "content/sv/chefer/rutiner");
  run = New(site, {"article", "sv", "Larm", "--section", "content/sv/chefer/rutiner/"});
  CHECK(run.exit_code == 0);
  CHECK_THAT(Read(site / "content/sv/chefer/rutiner/larm.md"),
             Catch::Contains("\nowner: HR-avdelningen\n"));

  run = New(site, {"definition", "sv", "Stöd", "--section", "chefer"});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("content/sv/chefer/_index.md: error: 'content/sv/chefer' is "
                                      "not a section of definitions; its pages are articles"));
  run = New(site, {"article", "sv", "Stöd", "--section", "saknas"});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("content/sv/saknas: error: no such folder"));

  fs::remove_all(site / "content/sv/kontaktvagar");
  run = New(site, {"contact", "sv", "Socialjouren"});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("content/sv: error: no section holds contacts"));
  fs::remove_all(site);
}

TEST_CASE("usage errors exit 2 and say what is wrong") {
  fs::path site = SiteWithSections();
  auto usage = [&](std::vector<std::string> args, const std::string& message) {
    INFO(message);
    Run run = New(site, args);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains(message));
    CHECK(run.out.empty());
  };
  usage({"articles", "sv", "Titel"}, "unknown kind 'articles'; did you mean 'article'?");
  usage({"article", "sv"}, "'new' needs KIND LANG TITLE; TITLE is missing");
  usage({"article", "sv", "Titel", "extra"}, "unexpected argument 'extra' for 'new'");
  usage({"article", "se", "Titel"}, "'se' is not a language of the site; did you mean 'sv'?");
  usage({"article", "sv", "!!!"}, "'!!!' has no letters or digits to name the file with");
  usage({"article", "sv", "Två\nrader"}, "the title must be one line of text");
  usage({"article", "sv", "Titel", "--ower", "x"},
        "unknown option '--ower' for 'new'; did you mean '--owner'?");
  usage({"article", "sv", "Titel", "--section", "../en"}, "is not a folder under content/sv");
  CHECK(fs::is_empty(site / "content/sv/medarbetare") == false);
  CHECK_FALSE(fs::exists(site / "content/sv/medarbetare/titel.md"));
  fs::remove_all(site);
}

TEST_CASE("new --help documents the command and its positional arguments parse") {
  auto line = ParseCommandLine({"new", "--help"});
  CHECK(line.error.empty());
  CHECK(line.help);
  const CommandSpec* spec = nullptr;
  for (const auto& command : Commands()) {
    if (command.name == "new") spec = &command;
  }
  REQUIRE(spec);
  CHECK_THAT(spec->usage, Catch::StartsWith("usage: kunskap new KIND LANG \"Title\""));
  CHECK_THAT(GeneralHelp(), Catch::Contains("  new "));

  line = ParseCommandLine({"new", "update", "en", "--owner=HR", "Title", "--section", "updates"});
  CHECK(line.error.empty());
  CHECK(line.arguments == std::vector<std::string>{"update", "en", "Title"});
  CHECK(line.Value("--owner") == "HR");
  CHECK(ParseCommandLine({"build", "site"}).error == "unexpected argument 'site' for 'build'");
}

TEST_CASE("titles that YAML would misread are quoted and read back exactly") {
  testing::MemorySite site;
  site.Write("content/sv/medarbetare/_index.md", PageText("title: M\nkind: articles"));
  for (std::string title : {"Frågor: och svar", "\"Citat\" och \\", "Yes", "2025 års plan",
                            "- punkt", "Våld # inte kommentar", "[Hakparentes]", "Vad är våld?"}) {
    INFO(title);
    auto result = PlanNewPage(site.fs, Request("article", title));
    REQUIRE(result.plan);
    Diagnostics diagnostics;
    auto page = ParsePage(result.plan->text, "sv", "medarbetare/x.md", {}, diagnostics);
    REQUIRE(page);
    CHECK(page->meta.title == title);
  }
  auto plain = PlanNewPage(site.fs, Request("article", "Våld i nära relation"));
  REQUIRE(plain.plan);
  CHECK_THAT(plain.plan->text, Catch::StartsWith("---\ntitle: Våld i nära relation\n"));
  CHECK(plain.plan->path == "content/sv/medarbetare/vald-i-nara-relation.md");
}

TEST_CASE("a site's own archetype is used, and an unknown placeholder is an error at it") {
  testing::MemorySite site;
  site.Write("content/sv/nyheter/_index.md", PageText("title: N\nkind: updates"));
  // A theme of the site's own without archetypes uses the built-in ones.
  site.Write("themes/default/templates/base.tpl", "");
  auto result = PlanNewPage(site.fs, Request("update", "Nytt"));
  REQUIRE(result.plan);
  CHECK_THAT(result.plan->text, Catch::Contains("\ndate: 2025-03-14\n"));

  site.Write("themes/default/archetypes/update.md",
             "---\ntitle: {{title}}\ndate: {{date}}\nowner: {{ownr}}\n---\nSkriv här.\n");
  result = PlanNewPage(site.fs, Request("update", "Nytt"));
  CHECK_FALSE(result.plan);
  CHECK(Errors(result) ==
        "themes/default/archetypes/update.md:4:8: error: unknown placeholder {{ownr}}; did you "
        "mean 'owner'?\n");

  site.Write("themes/default/archetypes/update.md",
             "---\ntitle: {{title}}\ndate: {{date}}\nownr: {{owner}}\n---\nSkriv här.\n");
  result = PlanNewPage(site.fs, Request("update", "Nytt"));
  CHECK_FALSE(result.plan);
  CHECK_THAT(
      Errors(result),
      Catch::StartsWith("themes/default/archetypes/update.md:4:1: error: the page made "
                        "from this archetype would not build: unknown front matter field 'ownr'"));

  site.Write("themes/default/archetypes/update.md",
             "---\ntitle: {{title}}\ndate: {{date}}\n---\nSkriv här.\n");
  result = PlanNewPage(site.fs, Request("update", "Nytt"));
  REQUIRE(result.plan);
  CHECK(result.plan->text == "---\ntitle: Nytt\ndate: 2025-03-14\n---\nSkriv här.\n");
}

TEST_CASE("languages the site requires are named when the page has no translation there yet") {
  testing::MemorySite site;
  std::string config = testing::kTestConfig;
  size_t required = config.find("required_languages");
  config.replace(required, config.find('\n', required) - required,
                 "required_languages = [\"sv\", \"en\"]");
  site.fs.Write("site/site-config.toml", config);
  site.Write("content/sv/kontakt/_index.md", PageText("title: K\nkind: contacts"));
  site.Write("content/en/contacts/_index.md",
             PageText("title: C\nkind: contacts\ntranslation_key: kontakt/_index"));
  auto result = PlanNewPage(site.fs, Request("contact", "Socialjouren"));
  REQUIRE(result.plan);
  CHECK(result.plan->translation_key == "kontakt/socialjouren");
  CHECK(result.plan->missing_translations == std::vector<std::string>{"en"});
  site.fs.Write("site/" + result.plan->path, result.plan->text);

  // The English page shares the key, and a contact route's file name (its id) follows it.
  NewPageRequest english = Request("contact", "Social services out of hours");
  english.language = "en";
  english.translation_key = "kontakt/socialjouren";
  result = PlanNewPage(site.fs, english);
  REQUIRE(result.plan);
  CHECK(result.plan->path == "content/en/contacts/socialjouren.md");
  CHECK(result.plan->missing_translations.empty());
  site.fs.Write("site/" + result.plan->path, result.plan->text);
  CHECK(testing::Errors(site.Build()) == "");
}

TEST_CASE("the review date is a year ahead, 29 February becoming 28 February") {
  CHECK(OneYearAfter("2025-03-14") == "2026-03-14");
  CHECK(OneYearAfter("2024-02-29") == "2025-02-28");
  CHECK(OneYearAfter("2027-02-28") == "2028-02-28");
  CHECK(OneYearAfter("2025-12-31") == "2026-12-31");
}
