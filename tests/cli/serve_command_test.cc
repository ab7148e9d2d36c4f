#include <catch2/catch.hpp>

#include <httplib.h>
#include <boost/filesystem.hpp>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/serve_command.h"

using namespace kunskap;
namespace fs = boost::filesystem;

namespace {

/// A running `kunskap serve` on a copy of the minimal fixture site, stopped on destruction.
struct ServedSite {
  ServedSite() {
    dir = fs::temp_directory_path() / fs::unique_path("kunskap-serve-%%%%-%%%%");
    fs::create_directories(dir);
    for (fs::recursive_directory_iterator it(fs::path(KUNSKAP_TEST_FIXTURES) / "minimal"), end;
         it != end; ++it) {
      fs::path target = dir / fs::relative(it->path(), fs::path(KUNSKAP_TEST_FIXTURES) / "minimal");
      if (fs::is_directory(it->path()))
        fs::create_directories(target);
      else
        fs::copy_file(it->path(), target, fs::copy_options::overwrite_existing);
    }
    thread = std::thread([this] {
      CommandLine line = ParseCommandLine({"serve", "--source", dir.string(), "--port", "0"});
      RunServeCommand(line, {{KUNSKAP_TEST_THEMES}, {KUNSKAP_TEST_PACKAGES}}, out, err, &stop,
                      &port, false);
    });
    for (int i = 0; i < 200 && port == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  ~ServedSite() {
    stop = true;
    thread.join();
    fs::remove_all(dir);
  }
  httplib::Result Get(const std::string& path) {
    httplib::Client client("127.0.0.1", port);
    return client.Get(path.c_str());
  }
  fs::path dir;
  std::ostringstream out, err;
  std::atomic<bool> stop{false};
  std::atomic<int> port{0};
  std::thread thread;
};

}  // namespace

TEST_CASE("serve shows an edited page over HTTP within a second") {
  ServedSite site;
  REQUIRE(site.port > 0);
  auto first = site.Get("/sv/artikel/");
  REQUIRE(first);
  CHECK(first->status == 200);
  CHECK_THAT(first->body, Catch::Contains("<h1>En artikel</h1>"));
  CHECK_THAT(first->body, Catch::Contains("<script src=\"/__kunskap/live.js\"></script>\n</body>"));

  auto edited = std::chrono::steady_clock::now();
  {
    std::ofstream page((site.dir / "content/sv/artikel.md").string());
    page << "---\ntitle: En ny rubrik\n---\nNy text.\n";
  }
  bool seen = false;
  while (!seen && std::chrono::steady_clock::now() - edited < std::chrono::seconds(1)) {
    auto response = site.Get("/sv/artikel/");
    seen = response && response->body.find("<h1>En ny rubrik</h1>") != std::string::npos;
    if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  CHECK(seen);
}

TEST_CASE("serve keeps the last good build when a change has errors and reports them") {
  ServedSite site;
  REQUIRE(site.port > 0);
  {
    std::ofstream page((site.dir / "content/sv/trasig.md").string());
    page << "---\ntitle: Trasig\naudience: [manager]\n---\n";
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(600));
  auto page = site.Get("/sv/artikel/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK_THAT(site.err.str(), Catch::Contains("trasig.md:3:11: error: unknown audience 'manager'"));
  auto missing = site.Get("/sv/finns-inte/");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  auto traversal = site.Get("/../site-config.toml");
  REQUIRE(traversal);
  CHECK(traversal->status != 200);
}
