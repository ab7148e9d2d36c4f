// The error corpus cases that cannot be committed as a fixture folder (tests/fixtures/invalid/
// holds the others): an unreadable file, a broken copy of the theme, and the encodings that
// must simply work (a byte order mark, CRLF and CR line endings).
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <boost/algorithm/string/replace.hpp>

#include "site_folder.h"

using namespace kunskap;
using namespace kunskap::testing;

namespace {

/// stderr with the site folder taken off the paths, as expected-errors.txt writes them.
std::string RelativeErrors(const std::string& err, const fs::path& site) {
  std::string prefix = site.string() + "/";
  std::string relative;
  std::istringstream lines(err);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(prefix)) line = line.substr(prefix.size());
    relative += line + "\n";
  }
  return relative;
}

/// Builds as a user who cannot read a file that is not theirs: root reads every file, so as
/// root the build runs in a child process that has given up root for 'nobody'.
CommandRun BuildWithoutRoot(const fs::path& site) {
  if (::geteuid() != 0) return BuildSite(site);
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_fds[0]);
    int code = 99;
    std::string err = "cannot become nobody\n";
    if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
      CommandRun run = BuildSite(site);
      code = run.exit_code;
      err = run.err;
    }
    size_t written = 0;
    while (written < err.size()) {
      ssize_t n = ::write(pipe_fds[1], err.data() + written, err.size() - written);
      if (n <= 0) break;
      written += static_cast<size_t>(n);
    }
    ::_exit(code);
  }
  ::close(pipe_fds[1]);
  std::string err;
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) err.append(buffer, n);
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, "", err};
}

/// The same bytes with the byte order mark dropped and every CRLF or CR turned into LF.
std::string AsPlainLf(std::string text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  boost::replace_all(text, "\r\n", "\n");
  boost::replace_all(text, "\r", "\n");
  return text;
}

}  // namespace

TEST_CASE("an unreadable content file is an error at that file and the previous output stays") {
  fs::path site = CopyFixture("minimal");
  WriteFile(site / "content/sv/hemlig.md", "---\ntitle: Hemlig\n---\n");
  fs::permissions(site / "content/sv/hemlig.md", fs::no_perms);
  WriteFile(site / "public/sv/index.html", "the previous build");
  auto before = Snapshot(site / "public");

  CommandRun run = BuildWithoutRoot(site);
  CHECK(run.exit_code == 1);
  CHECK(RelativeErrors(run.err, site) ==
        "content/sv/hemlig.md: error: cannot read file: Permission denied\n"
        "kunskap: 1 error, 0 warnings; nothing was written (the previous output is unchanged)\n");
  CHECK(Snapshot(site / "public") == before);
  fs::remove_all(site);
}

TEST_CASE("a broken theme in the site's own themes folder is reported at each template and file") {
  fs::path site = CopyFixture("minimal");
  fs::path theme = site / "themes/default";
  fs::path copied = CopySite(KUNSKAP_TEST_THEMES, {"default"});
  fs::create_directories(site / "themes");
  fs::rename(copied / "default", theme);
  fs::remove_all(copied);
  fs::remove(theme / "templates/article.tpl");
  std::string section = ReadFile(theme / "templates/section.tpl");
  boost::replace_all(section, "{{/ITEM}}", "");
  WriteFile(theme / "templates/section.tpl", section);
  std::string not_found =
      ReadFile(theme / "templates/404.tpl") + "<p>{{REASON:no_such_modifier}}</p>\n";
  WriteFile(theme / "templates/404.tpl", not_found);
  std::string strings = ReadFile(theme / "i18n/sv.toml");
  size_t line = strings.find("\nquick_exit =");
  REQUIRE(line != std::string::npos);
  strings.erase(line + 1, strings.find('\n', line + 1) - line);
  WriteFile(theme / "i18n/sv.toml", strings);
  auto line_of = [](const std::string& text, const std::string& marker) {
    return std::to_string(1 + std::count(text.begin(), text.begin() + text.find(marker), '\n'));
  };

  CommandRun run = BuildSite(site);
  CHECK(run.exit_code == 1);
  CHECK(RelativeErrors(run.err, site) ==
        "themes/default/i18n/sv.toml:1:1: error: theme string 'quick_exit' is missing; the theme "
        "uses it; add quick_exit = \"...\"\n"
        "themes/default/templates/404.tpl:" +
            line_of(not_found, "{{REASON") +
            ":4: error: template cannot be parsed: Unknown modifier for variable REASON: "
            "'no_such_modifier'\n"
            "themes/default/templates/article.tpl: error: theme 'default' has no template "
            "article.tpl; copy it from the built-in default theme\n"
            "themes/default/templates/section.tpl:" +
            line_of(section, "{{#ITEM}}") +
            ":1: error: template cannot be parsed: {{#ITEM}} is never closed; add {{/ITEM}}\n"
            "kunskap: 4 errors, 0 warnings; nothing was written (the previous output is "
            "unchanged)\n");
  CHECK_FALSE(fs::exists(site / "public"));
  fs::remove_all(site);
}

TEST_CASE("a byte order mark and CRLF or CR line endings build the same site as LF files") {
  fs::path marked = CopyFixture("bom_crlf");
  // The fixture must really hold what it tests (an editor or git could have normalised it).
  REQUIRE(ReadFile(marked / "site-config.toml").starts_with("\xEF\xBB\xBF"));
  REQUIRE(ReadFile(marked / "content/sv/artikel.md").starts_with("\xEF\xBB\xBF---\r\n"));
  REQUIRE(ReadFile(marked / "content/sv/gamla-radslut.md").starts_with("---\rtitle"));
  fs::path plain = CopyFixture("bom_crlf");
  for (fs::recursive_directory_iterator it(plain), end; it != end; ++it) {
    std::string extension = it->path().extension().string();
    if (extension == ".md" || extension == ".toml") {
      WriteFile(it->path(), AsPlainLf(ReadFile(it->path())));
    }
  }

  CommandRun marked_run = BuildSite(marked, {"--out", (marked / "public").string()});
  CommandRun plain_run = BuildSite(plain, {"--out", (plain / "public").string()});
  CHECK(marked_run.err.empty());
  CHECK(marked_run.exit_code == 0);
  REQUIRE(plain_run.exit_code == 0);
  CHECK(Snapshot(marked / "public") == Snapshot(plain / "public"));
  std::string article = ReadFile(marked / "public/sv/artikel/index.html");
  CHECK_THAT(article, Catch::Contains("<h1>En artikel</h1>"));
  CHECK_THAT(article, Catch::Contains("Första raden<br />"));
  CHECK_THAT(article, Catch::Contains("<code>kod på två\nrader\n</code>"));
  CHECK_THAT(article, !Catch::Contains("\r"));
  CHECK_THAT(ReadFile(marked / "public/sv/toml-sida/index.html"),
             Catch::Contains("<h1>TOML-sida</h1>"));
  CHECK_THAT(ReadFile(marked / "public/sv/gamla-radslut/index.html"),
             Catch::Contains("<p>Sparad med bara CR\nmellan raderna.</p>"));
  CHECK_THAT(ReadFile(marked / "public/sv/index.html"),
             Catch::Contains("En sammanfattning på två rader."));
  fs::remove_all(marked);
  fs::remove_all(plain);
}
