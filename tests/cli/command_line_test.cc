#include <catch2/catch.hpp>

#include "cli/command_line.h"

using namespace kunskap;

TEST_CASE("build options parse with and without '='") {
  auto line = ParseCommandLine({"build", "--source", "site", "--out=pub", "--drafts"});
  CHECK(line.error.empty());
  CHECK(line.command == "build");
  CHECK(line.Value("--source") == "site");
  CHECK(line.Value("--out") == "pub");
  CHECK(line.Has("--drafts"));
}

TEST_CASE("usage errors say what is wrong") {
  CHECK(ParseCommandLine({"build", "--out"}).error == "option --out needs a value");
  CHECK(ParseCommandLine({"build", "--draft"}).error ==
        "unknown option '--draft' for 'build'; did you mean '--drafts'?");
  CHECK(ParseCommandLine({"xyzzy"}).error == "unknown command 'xyzzy'");
  CHECK(ParseCommandLine({"build", "--help"}).help);
  CHECK(ParseCommandLine({"--version"}).command == "version");
}
