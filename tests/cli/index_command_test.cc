#include <catch2/catch.hpp>

#include <sstream>

#include "cli/index_command.h"

using namespace kunskap;

namespace {

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

Run Index(std::vector<std::string> args, const std::string& input) {
  args.insert(args.begin(), "index");
  CommandLine line = ParseCommandLine(args);
  REQUIRE(line.error.empty());
  std::istringstream in(input);
  std::ostringstream out, err;
  int code = RunIndexCommand(line, in, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("kunskap index writes an index for a documents array") {
  Run run = Index({"--lang", "sv"}, R"([{"ref": "1", "title": "Våld", "body": "Om våld"}])");
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.starts_with(R"({"version":"2.3.9","fields":["title","body"],)"));
  CHECK(run.out.ends_with(R"("pipeline":["trimmer-sv","stemmer-sv"]})"));
}

TEST_CASE("kunskap index takes fields, their order and boosts from --fields") {
  Run run = Index({"--lang", "en", "--fields", "body,title^10"},
                  R"([{"ref": "1", "title": "Help", "body": "Help"}])");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find(R"("fields":["body","title"])") != std::string::npos);
  CHECK(run.out.find(R"(["title/1",[0,1.823]])") != std::string::npos);  // 10 x body's score
  CHECK(run.out.find(R"(["body/1",[0,0.182]])") != std::string::npos);
}

TEST_CASE("usage errors exit 2") {
  CHECK(Index({}, "[]").exit_code == 2);
  Run unknown = Index({"--lang", "se"}, "[]");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("did you mean 'sv'?") != std::string::npos);
  CHECK(Index({"--lang", "sv", "--fields", "title^x"}, "[]").exit_code == 2);
  CHECK(Index({"--lang", "sv", "--fields", "a,,b"}, "[]").exit_code == 2);
  CHECK(Index({"--lang", "sv", "--fields", "a/b"}, "[]").exit_code == 2);
}

TEST_CASE("input errors are reported at their line and column, exit 1, no output") {
  Run broken = Index({"--lang", "en"}, "[\n  {\"ref\": \"a\", \"t\": x}\n]");
  CHECK(broken.exit_code == 1);
  CHECK(broken.out.empty());
  CHECK(broken.err == "<stdin>:2:21: error: invalid JSON: unexpected character\n");

  Run documents = Index({"--lang", "en"},
                        "[{\"ref\": \"a\"},\n {\"t\": \"no ref\"},\n 5,\n"
                        " {\"ref\": null}]");
  CHECK(documents.exit_code == 1);
  CHECK(documents.out.empty());
  CHECK(documents.err.find("<stdin>:2:2: error: this document has no \"ref\"") == 0);
  CHECK(documents.err.find("<stdin>:3:2: error: a document must be a JSON object") !=
        std::string::npos);
  CHECK(documents.err.find("<stdin>:4:2: error: \"ref\" must be a string or a number") !=
        std::string::npos);

  CHECK(Index({"--lang", "en"}, "{}").err ==
        "<stdin>:1:1: error: invalid JSON: expected a JSON array of documents\n");
  CHECK(Index({"--lang", "en"}, "[] []").exit_code == 1);
  CHECK(Index({"--lang", "en"}, "[\"\xff\"]").err.find("invalid UTF-8") != std::string::npos);
  CHECK(Index({"--lang", "en"}, "[{\"ref\": \"a\", \"b/c\": 1}]").err.find("contains '/'") !=
        std::string::npos);
}

TEST_CASE("an empty array is an empty index") {
  Run run = Index({"--lang", "ar"}, " [ ] ");
  CHECK(run.exit_code == 0);
  CHECK(run.out == R"({"version":"2.3.9","fields":[],"fieldVectors":[],"invertedIndex":[],)"
                   R"("pipeline":["stemmer-ar"]})");
}
