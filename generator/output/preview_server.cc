#include "output/preview_server.h"

#include <httplib.h>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>

namespace kunskap {
namespace {

// Reloads the tab when a new build is served; shows build errors over the page meanwhile.
constexpr const char* kLiveReloadScript = R"JS((function () {
  'use strict';
  var version = null;
  var overlay = null;
  function show(errors) {
    if (!errors) { if (overlay) { overlay.remove(); overlay = null; } return; }
    if (!overlay) {
      overlay = document.createElement('pre');
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:1rem;z-index:2147483647;margin:0;padding:1rem;' +
        'overflow:auto;background:#1b1b1f;color:#fff;font:14px/1.5 monospace;white-space:pre-wrap;' +
        'border:4px solid #a4161a;border-radius:4px';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'kunskap: the last change has errors; showing the last good build.\n\n' + errors;
  }
  var events = new EventSource('/__kunskap/events');
  events.onmessage = function (event) {
    var state = JSON.parse(event.data);
    if (version !== null && state.version !== version) { window.location.reload(); return; }
    version = state.version;
    show(state.errors);
  };
})();
)JS";

const char* ContentType(const std::string& path) {
  auto ends = [&](const char* suffix) { return path.ends_with(suffix); };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".xml")) return "application/xml";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".jpg") || ends(".jpeg")) return "image/jpeg";
  if (ends(".vcf")) return "text/vcard; charset=utf-8";
  if (ends(".gz")) return "application/gzip";
  if (ends(".pdf")) return "application/pdf";
  return "application/octet-stream";
}

}  // namespace

struct PreviewServer::State {
  explicit State(const FileSystem& fs) : fs(fs) {}
  const FileSystem& fs;
  httplib::Server server;
  std::mutex mutex;
  std::condition_variable changed;
  OutputTree tree;
  std::string errors;
  long version = 0;  ///< the build being served; tabs reload when it changes
  long event = 0;    ///< every build or error report, so waiting tabs hear of each
  bool stopping = false;

  std::string StateJson() {
    nlohmann::json state = {{"version", version}, {"errors", errors}};
    return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

  /// The bytes of an output path, or nullopt.
  std::optional<std::string> Find(const std::string& path) {
    std::lock_guard lock(mutex);
    if (auto it = tree.files.find(path); it != tree.files.end()) return it->second;
    if (auto it = tree.copies.find(path); it != tree.copies.end())
      return fs.ReadFile(it->second, nullptr);
    return std::nullopt;
  }
  bool Has(const std::string& path) {
    std::lock_guard lock(mutex);
    return tree.files.count(path) || tree.copies.count(path);
  }
};

PreviewServer::PreviewServer(const FileSystem& fs) : state_(std::make_unique<State>(fs)) {
  State& state = *state_;
  state.server.Get("/__kunskap/live.js", [](const httplib::Request&, httplib::Response& response) {
    response.set_header("Cache-Control", "no-store");
    response.set_content(kLiveReloadScript, "text/javascript; charset=utf-8");
  });
  state.server.Get(
      "/__kunskap/events", [&state](const httplib::Request&, httplib::Response& response) {
        response.set_header("Cache-Control", "no-store");
        auto last = std::make_shared<long>(-1);
        response.set_chunked_content_provider(
            "text/event-stream", [&state, last](size_t, httplib::DataSink& sink) {
              std::unique_lock lock(state.mutex);
              state.changed.wait_for(lock, std::chrono::seconds(15),
                                     [&] { return state.stopping || state.event != *last; });
              if (state.stopping) return false;
              std::string message;
              if (state.event != *last) {
                *last = state.event;
                message = "data: " + state.StateJson() + "\n\n";
              } else {
                message = ": keep-alive\n\n";
              }
              lock.unlock();
              return sink.write(message.data(), message.size());
            });
      });
  state.server.Get(".*", [&state](const httplib::Request& request, httplib::Response& response) {
    std::string path = request.path.substr(1);
    if (path.find("..") != std::string::npos || path.find('\0') != std::string::npos) {
      response.status = 400;
      return;
    }
    if (path.empty() || path.ends_with("/")) path += "index.html";
    if (!state.Has(path) && state.Has(path + "/index.html")) {
      response.set_redirect(request.path + "/");
      return;
    }
    auto bytes = state.Find(path);
    if (!bytes) {
      response.status = 404;
      path = "404.html";
      bytes = state.Find(path);
      if (!bytes) bytes = "not found";
    }
    if (path.ends_with(".html")) {
      std::string tag = "<script src=\"/__kunskap/live.js\"></script>\n";
      auto body_end = bytes->rfind("</body>");
      bytes->insert(body_end == std::string::npos ? bytes->size() : body_end, tag);
    }
    response.set_header("Cache-Control", "no-store");
    response.set_content(*bytes, ContentType(path));
  });
}

PreviewServer::~PreviewServer() {
  Stop();
}

void PreviewServer::Publish(OutputTree tree, bool reload) {
  {
    std::lock_guard lock(state_->mutex);
    // Files an incremental build kept are the ones being served now.
    for (const auto& path : tree.kept) {
      auto old = state_->tree.files.find(path);
      if (old != state_->tree.files.end()) tree.files[path] = std::move(old->second);
    }
    tree.kept.clear();
    state_->tree = std::move(tree);
    state_->errors.clear();
    if (!reload) return;  // nothing a reader sees changed (a search index caught up)
    ++state_->version;
    ++state_->event;
  }
  state_->changed.notify_all();
}

void PreviewServer::ReportErrors(std::string text) {
  {
    std::lock_guard lock(state_->mutex);
    // The same version: open tabs keep the last good page and show the errors over it.
    state_->errors = std::move(text);
    ++state_->event;
  }
  state_->changed.notify_all();
}

int PreviewServer::Bind(const std::string& address, int port) {
  if (port == 0) return state_->server.bind_to_any_port(address.c_str());
  return state_->server.bind_to_port(address.c_str(), port) ? port : -1;
}

void PreviewServer::Run() {
  state_->server.listen_after_bind();
}

void PreviewServer::Stop() {
  {
    std::lock_guard lock(state_->mutex);
    state_->stopping = true;
  }
  state_->changed.notify_all();
  state_->server.stop();
}

}  // namespace kunskap
