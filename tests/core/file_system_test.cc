#include <catch2/catch.hpp>

#include "core/file_system.h"

using namespace kunskap;

TEST_CASE("the in-memory file system lists files sorted and knows folders") {
  MemoryFileSystem fs;
  fs.Write("site/content/sv/b.md", "b");
  fs.Write("site/content/sv/a/c.md", "c");
  fs.Write("site/other.txt", "x");
  CHECK(fs.IsDirectory("site/content"));
  CHECK_FALSE(fs.IsDirectory("site/cont"));
  CHECK(fs.ListFilesRecursive("site/content") == std::vector<std::string>{"sv/a/c.md", "sv/b.md"});
  CHECK(fs.ListDirectories("site") == std::vector<std::string>{"content"});
  std::string error;
  CHECK_FALSE(fs.ReadFile("missing", &error));
  CHECK_THAT(error, Catch::Contains("No such file"));
}

TEST_CASE("paths join with one slash") {
  CHECK(JoinPath(".", "a") == "a");
  CHECK(JoinPath("x/", "a") == "x/a");
  CHECK(JoinPath("x", "a") == "x/a");
}
