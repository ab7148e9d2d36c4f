#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <boost/filesystem.hpp>
#include <fstream>

#include "output/atomic_output.h"

using namespace kunskap;
namespace fs = boost::filesystem;

namespace {
fs::path TempDir() {
  fs::path dir = fs::temp_directory_path() / fs::unique_path("kunskap-test-%%%%-%%%%");
  fs::create_directories(dir);
  return dir;
}
std::string Read(const fs::path& path) {
  std::ifstream in(path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("publishing replaces the whole output folder and the previous output is reused") {
  fs::path dir = TempDir();
  fs::path out = dir / "public";
  fs::path staging = dir / "public.kunskap-staging";
  fs::create_directories(out / "old");
  std::ofstream(out / "old" / "stale.html") << "stale";
  DiskFileSystem disk;
  Diagnostics diagnostics;
  OutputTree first;
  first.files["sv/index.html"] = "ny";
  REQUIRE(PublishOutput(first, disk, out.string(), diagnostics));
  CHECK(Read(out / "sv" / "index.html") == "ny");
  CHECK_FALSE(fs::exists(out / "old"));
  // The previous output waits beside it as the next build's staging folder.
  CHECK(Read(staging / "old" / "stale.html") == "stale");

  // A kept file is the previous build's; nothing else of the staging folder survives.
  OutputTree second;
  second.files["sv/b.html"] = "b";
  second.kept.insert("sv/index.html");
  std::map<std::string, FileStamp> stamps;
  REQUIRE(PublishOutput(second, disk, out.string(), diagnostics, &stamps));
  CHECK(Read(out / "sv" / "index.html") == "ny");
  CHECK(Read(out / "sv" / "b.html") == "b");
  CHECK_FALSE(fs::exists(out / "old"));
  CHECK(stamps.size() == 2);
  CHECK(stamps["sv/b.html"].size == 1);

  // Kept files are shared between the two folders: writing a new version must not change
  // the one the previous output still holds.
  OutputTree third;
  third.files["sv/index.html"] = "tredje";
  third.kept.insert("sv/b.html");
  REQUIRE(PublishOutput(third, disk, out.string(), diagnostics));
  CHECK(Read(out / "sv" / "index.html") == "tredje");
  CHECK(Read(out / "sv" / "b.html") == "b");
  CHECK(Read(staging / "sv" / "index.html") == "ny");
  CHECK_FALSE(diagnostics.HasErrors());
  fs::remove_all(dir);
}

TEST_CASE("a second build on a locked output folder is refused and the output is untouched") {
  fs::path dir = TempDir();
  fs::path out = dir / "public";
  fs::create_directories(out);
  std::ofstream(out / "index.html") << "previous";
  int fd = ::open((out.string() + ".lock").c_str(), O_RDWR | O_CREAT, 0644);
  REQUIRE(::flock(fd, LOCK_EX) == 0);
  OutputTree tree;
  tree.files["index.html"] = "new";
  DiskFileSystem disk;
  Diagnostics diagnostics;
  CHECK_FALSE(PublishOutput(tree, disk, out.string(), diagnostics));
  REQUIRE(diagnostics.ErrorCount() == 1);
  CHECK_THAT(diagnostics.All()[0].message, Catch::Contains("another kunskap build"));
  CHECK(Read(out / "index.html") == "previous");
  ::close(fd);
  fs::remove_all(dir);
}

TEST_CASE("output paths that escape the output folder are refused") {
  RenderedSite rendered;
  rendered.files.push_back({"../evil.html", "x"});
  rendered.files.push_back({"a/index.html", "1"});
  rendered.files.push_back({"a/index.html", "2"});
  Diagnostics diagnostics;
  OutputTree tree = MakeOutputTree(rendered, diagnostics);
  CHECK(diagnostics.ErrorCount() == 2);
  CHECK(tree.files.size() == 1);
}
