// Two real builds at once: two processes of the kunskap binary started together on the same
// site and output folder (and so the same cache). Each either builds or stops with the lock
// message, and the output afterwards is exactly a clean build's, as is the output of a later
// build that trusts the cache both of them wrote.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include "site_folder.h"

extern char** environ;

using namespace kunskap::testing;

namespace {

struct Finished {
  int exit_code;
  std::string err;
};

/// Starts `kunskap args...` with stdout discarded and stderr in err_file.
pid_t StartKunskap(const std::vector<std::string>& args, const fs::path& err_file) {
  std::vector<std::string> all = {KUNSKAP_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : all) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  pid_t pid = -1;
  int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(failed == 0);
  return pid;
}

Finished WaitFor(pid_t pid, const fs::path& err_file) {
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), ReadFile(err_file)};
}

}  // namespace

TEST_CASE("two builds started at once on one output folder leave a complete clean build") {
  // The repo's own site in a fresh folder, so that the builds write their cache there.
  fs::path site = CopySite(KUNSKAP_REPO_ROOT, {"site-config.toml", "content"});
  fs::path work = fs::temp_directory_path() / fs::unique_path("kunskap-concurrent-%%%%-%%%%");
  fs::create_directories(work);
  fs::path reference = work / "reference";
  fs::path out = work / "public";
  {
    pid_t pid =
        StartKunskap({"build", "--clean", "--source", site.string(), "--out", reference.string()},
                     work / "reference.err");
    Finished clean = WaitFor(pid, work / "reference.err");
    INFO(clean.err);
    REQUIRE(clean.exit_code == 0);
  }
  auto expected = Snapshot(reference);
  REQUIRE(expected.size() > 100);

  // Round 1: no output and no cache yet; round 2: both rebuild from what round 1 left;
  // round 3: both start the cache afresh.
  size_t refused = 0;
  for (int round = 1; round <= 3; ++round) {
    std::vector<std::string> args = {"build", "--source", site.string(), "--out", out.string()};
    if (round == 3) args.push_back("--clean");
    fs::path err_a = work / ("a" + std::to_string(round) + ".err");
    fs::path err_b = work / ("b" + std::to_string(round) + ".err");
    pid_t a = StartKunskap(args, err_a);
    pid_t b = StartKunskap(args, err_b);
    Finished first = WaitFor(a, err_a);
    Finished second = WaitFor(b, err_b);
    INFO("round " << round << "\n" << first.err << second.err);
    for (const Finished* run : {&first, &second}) {
      CHECK((run->exit_code == 0 || run->exit_code == 1));
      if (run->exit_code == 1) {
        ++refused;
        CHECK_THAT(run->err, Catch::Contains("error: another kunskap build is writing to this "
                                             "output folder; wait for it to finish, then build "
                                             "again"));
      }
    }
    CHECK((first.exit_code == 0 || second.exit_code == 0));
    CHECK(Snapshot(out) == expected);
  }
  WARN(refused << " of 6 builds found the output locked by the other");

  // A build after them trusts the cache they wrote: it must still make the clean build.
  pid_t later =
      StartKunskap({"build", "--source", site.string(), "--out", out.string()}, work / "later.err");
  Finished after = WaitFor(later, work / "later.err");
  INFO(after.err);
  CHECK(after.exit_code == 0);
  CHECK(Snapshot(out) == expected);
  fs::remove_all(work);
  fs::remove_all(site);
}
