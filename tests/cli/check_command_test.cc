#include <catch2/catch.hpp>

#include <boost/filesystem.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/check_command.h"

using namespace kunskap;

namespace {

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

Run Check(std::vector<std::string> extra,
          std::string site = std::string(KUNSKAP_TEST_FIXTURES) + "/check") {
  std::vector<std::string> args = {"check", "--source", site};
  args.insert(args.end(), extra.begin(), extra.end());
  std::ostringstream out, err;
  int code = RunCheckCommand(ParseCommandLine(args),
                             {{KUNSKAP_TEST_THEMES}, {KUNSKAP_TEST_PACKAGES}}, out, err);
  std::string text = err.str();
  std::string prefix = site + "/";
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix)) {
    text.erase(at, prefix.size());
  }
  return {code, out.str(), text};
}

}  // namespace

TEST_CASE("check reports every kind of problem of the fixture site with its place") {
  Run run = Check({"--today", "2027-01-15"});
  CHECK(run.exit_code == 1);
  std::ifstream expected(std::string(KUNSKAP_TEST_FIXTURES) + "/check/expected-check.txt");
  std::string text((std::istreambuf_iterator<char>(expected)), {});
  CHECK(run.err == text);
}

TEST_CASE("check review dates depend on the day given") {
  Run early = Check({"--today", "2026-06-01"});
  CHECK_THAT(early.err, !Catch::Contains("due for review"));
  Run late = Check({"--today", "2027-07-01"});
  CHECK_THAT(late.err,
             Catch::Contains(
                 "content/sv/snart.md:3:12: error: the page was due for review on 2027-02-01"));
}

TEST_CASE("check writes machine-readable JSON with --format json") {
  Run run = Check({"--today", "2027-01-15", "--format", "json"});
  CHECK(run.exit_code == 1);
  auto report = nlohmann::json::parse(run.out);
  CHECK(report["errors"] == 13);
  CHECK(report["warnings"] == 2);
  CHECK(report["diagnostics"][1]["line"] == 3);
  CHECK(report["diagnostics"][1]["column"] == 12);
  CHECK(report["diagnostics"][1]["severity"] == "error");
}

TEST_CASE("check refuses a bad date and a bad format as usage errors") {
  CHECK(Check({"--today", "15/01/2027"}).exit_code == 2);
  CHECK(Check({"--format", "xml"}).exit_code == 2);
}

TEST_CASE("check refuses the repo site's example contact routes, one line each, unless allowed") {
  // The routes whose details are the municipal examples' placeholders, found in the content.
  std::vector<std::string> examples;
  for (const auto& entry : boost::filesystem::recursive_directory_iterator(
           std::string(KUNSKAP_REPO_ROOT) + "/content")) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path().string());
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (text.find("\nexample: true\n") != std::string::npos) {
      examples.push_back(entry.path().lexically_relative(KUNSKAP_REPO_ROOT).string());
    }
  }
  REQUIRE(examples.size() >= 6);
  Run refused = Check({"--today", "2026-12-04"}, KUNSKAP_REPO_ROOT);
  CHECK(refused.exit_code == 1);
  for (const auto& path : examples) {
    CAPTURE(path);
    size_t at = refused.err.find(path + ":");
    REQUIRE(at != std::string::npos);
    std::string line = refused.err.substr(at, refused.err.find('\n', at) - at);
    CHECK_THAT(line, Catch::Contains(": error: contact route '"));
    CHECK_THAT(line, Catch::Contains("is an example"));
    CHECK(refused.err.find(path + ":", at + 1) == std::string::npos);  // one line each
  }
  CHECK_THAT(refused.err,
             Catch::Contains("kunskap check: " + std::to_string(examples.size()) + " errors"));
  Run allowed = Check({"--today", "2026-12-04", "--allow-examples"}, KUNSKAP_REPO_ROOT);
  CHECK(allowed.exit_code == 0);
  CHECK_THAT(allowed.err, Catch::Contains("kunskap check: 0 errors, " +
                                          std::to_string(examples.size()) + " warnings"));
}

TEST_CASE(
    "a contact route with a placeholder number that is not marked as an example is an error") {
  Run run = Check({"--today", "2026-12-04"}, std::string(KUNSKAP_TEST_FIXTURES) + "/hours");
  // The fixture's example route is marked; its other routes have real-looking numbers.
  CHECK_THAT(run.err, Catch::Contains("content/sv/kontakt/exempel.md:5:10: error: contact route "
                                      "'Exempeltjänsten' is an example"));
  CHECK_THAT(run.err, Catch::Contains("kunskap check: 1 error, 0 warnings"));
}
