#include "cli/serve_command.h"

#include <pthread.h>
#include <chrono>
#include <csignal>
#include <ostream>
#include <thread>

#include "cli/pipeline.h"
#include "core/file_watcher.h"
#include "output/preview_server.h"

namespace kunskap {
namespace {

std::string Report(const Diagnostics& diagnostics, const std::string& site_dir) {
  std::string text;
  for (auto diagnostic : diagnostics.Sorted()) {
    if (!diagnostic.location.path.empty() && diagnostic.location.path[0] != '/') {
      diagnostic.location.path = JoinPath(site_dir, diagnostic.location.path);
    }
    text += diagnostic.Format() + "\n";
  }
  return text;
}

}  // namespace

int RunServeCommand(const CommandLine& line, const ToolDirs& tool, std::ostream& out,
                    std::ostream& err, std::atomic<bool>* stop, std::atomic<int>* port_out,
                    bool handle_signals) {
  BuildOptions options;
  options.site_dir = line.Value("--source", ".");
  options.include_drafts = line.Has("--drafts");
  options.theme_dirs = tool.themes;
  options.package_dirs = tool.packages;
  options.read_dates = true;
  std::string bind = line.Value("--bind", "127.0.0.1");
  int port = 0;
  try {
    port = std::stoi(line.Value("--port", "8000"));
  } catch (...) {
    port = -1;
  }
  if (port < 0 || port > 65535) {
    err << "kunskap: --port takes a number from 0 to 65535\n";
    return 2;
  }

  // Signals are waited for by one thread, so that stopping is never done inside a handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  if (handle_signals) pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  DiskFileSystem fs;
  PreviewServer server(fs);
  // In memory: a save makes again only the bodies, pages and indexes it touched; the rest
  // is what the server already has.
  BuildCache cache;
  options.cache = &cache;
  ParsedPages parsed_pages;
  options.parsed_pages = &parsed_pages;
  // A save shows its page first: the search index (which depends on every page) is
  // rebuilt right after, and served without reloading the tabs again.
  auto build = [&]() {
    auto start = std::chrono::steady_clock::now();
    for (bool defer : {true, false}) {
      options.defer_search = defer;
      BuildResult result = RunPipeline(fs, options);
      double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
      std::string report = Report(result.diagnostics, options.site_dir);
      if (!result.output) {
        err << report;
        server.ReportErrors(report);
        out << "kunskap: the site has errors; still serving the last good build" << std::endl;
        return;
      }
      if (defer) err << report;
      server.Publish(std::move(*result.output), defer);
      RememberOutputs(cache, result, {});
      out << "kunskap: built " << result.page_count << " pages in " << static_cast<int>(ms)
          << " ms (made again: " << result.counts.pages_rendered << " pages, "
          << result.counts.search_indexes_built << " search indexes)" << std::endl;
      if (result.counts.search_indexes_deferred == 0) return;
    }
  };
  build();

  int bound = server.Bind(bind, port);
  if (bound < 0) {
    err << "kunskap: cannot listen on " << bind << ":" << port
        << "; is another server using it? Try --port 8001\n";
    return 1;
  }
  out << "kunskap: serving http://" << bind << ":" << bound << "/ (Ctrl-C stops)" << std::endl;
  if (port_out) *port_out = bound;

  std::atomic<bool> stopping{false};
  std::thread watcher([&] {
    FileWatcher watch;
    watch.Watch(JoinPath(options.site_dir, "content"));
    watch.Watch(JoinPath(options.site_dir, "site-config.toml"));
    if (DiskFileSystem().IsDirectory(JoinPath(options.site_dir, "themes"))) {
      watch.Watch(JoinPath(options.site_dir, "themes"));
    }
    for (const auto& dir : tool.themes) watch.Watch(dir);
    while (!stopping && !(stop && *stop)) {
      if (watch.WaitForChange(std::chrono::milliseconds(200), std::chrono::milliseconds(30))) {
        build();
      }
    }
    server.Stop();
  });
  std::thread signal_waiter;
  if (handle_signals) {
    signal_waiter = std::thread([&] {
      int signal = 0;
      sigwait(&signals, &signal);
      stopping = true;
    });
  }
  server.Run();
  stopping = true;
  watcher.join();
  if (signal_waiter.joinable()) {
    if (!(stop && *stop)) {
      signal_waiter.join();
    } else {
      pthread_kill(signal_waiter.native_handle(), SIGTERM);
      signal_waiter.join();
    }
  }
  out << "kunskap: stopped" << std::endl;
  return 0;
}

}  // namespace kunskap
