// Watches folders (recursively) and files for changes with Linux inotify, for the preview
// server: editors save in many ways (write in place, write a new file and rename), so any
// change, creation, deletion or move under a watched folder counts.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace kunskap {

class FileWatcher {
 public:
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  /// Watches a folder and every folder below it (folders made later are watched as they
  /// appear), or a single file's folder for that file.
  void Watch(const std::string& path);

  /// Waits up to `timeout` for a change; then waits until `quiet` passes with no further
  /// change (an editor's save is several events). True if something changed.
  bool WaitForChange(std::chrono::milliseconds timeout, std::chrono::milliseconds quiet);

  bool ok() const { return fd_ >= 0; }

 private:
  bool ReadEvents(int timeout_ms);
  void AddTree(const std::string& dir);

  int fd_ = -1;
  std::vector<std::pair<int, std::string>> watches_;  ///< descriptor -> folder
};

}  // namespace kunskap
