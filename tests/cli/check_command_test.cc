#include <catch2/catch.hpp>

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

Run Check(std::vector<std::string> extra) {
  std::string site = std::string(KUNSKAP_TEST_FIXTURES) + "/check";
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
  CHECK(report["errors"] == 12);
  CHECK(report["warnings"] == 2);
  CHECK(report["diagnostics"][1]["line"] == 3);
  CHECK(report["diagnostics"][1]["column"] == 12);
  CHECK(report["diagnostics"][1]["severity"] == "error");
}

TEST_CASE("check refuses a bad date and a bad format as usage errors") {
  CHECK(Check({"--today", "15/01/2027"}).exit_code == 2);
  CHECK(Check({"--format", "xml"}).exit_code == 2);
}
