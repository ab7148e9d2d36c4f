// The preview server behind `kunskap serve`: serves the last good build from memory on
// localhost, injects a small live-reload script into HTML (only here, never into a published
// build), and tells open tabs over Server-Sent Events when a rebuild is ready or failed.
#pragma once

#include <memory>
#include <string>

#include "core/file_system.h"
#include "output/output_tree.h"

namespace kunskap {

class PreviewServer {
 public:
  /// Copies in the tree (theme assets, images) are read through `fs` when requested.
  explicit PreviewServer(const FileSystem& fs);
  ~PreviewServer();

  /// Serves a new good build and tells the open tabs to reload. The tree's kept files are
  /// taken from the build served until now. `reload` false: the tabs are not told (only the
  /// search index changed).
  void Publish(OutputTree tree, bool reload = true);
  /// Keeps serving the last good build and shows `text` as an overlay in the open tabs;
  /// an empty text clears it.
  void ReportErrors(std::string text);

  /// Binds to address:port (port 0: any free port). Returns the port, or -1.
  int Bind(const std::string& address, int port);
  /// Serves until Stop() (from another thread).
  void Run();
  void Stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace kunskap
