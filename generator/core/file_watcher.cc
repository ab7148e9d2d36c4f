#include "core/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#include <boost/filesystem.hpp>

namespace fs = boost::filesystem;

namespace kunskap {
namespace {

constexpr uint32_t kEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                             IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB;

}  // namespace

FileWatcher::FileWatcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) close(fd_);
}

void FileWatcher::AddTree(const std::string& dir) {
  int wd = inotify_add_watch(fd_, dir.c_str(), kEvents);
  if (wd >= 0) watches_.push_back({wd, dir});
  boost::system::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (fs::is_directory(it->path(), ec) && !fs::is_symlink(it->path(), ec)) {
      AddTree(it->path().string());
    }
  }
}

void FileWatcher::Watch(const std::string& path) {
  if (fd_ < 0) return;
  boost::system::error_code ec;
  if (fs::is_directory(path, ec)) {
    AddTree(path);
  } else {
    // A file: watch its folder, since editors replace files by renaming new ones over them.
    std::string dir = fs::path(path).parent_path().string();
    int wd = inotify_add_watch(fd_, dir.empty() ? "." : dir.c_str(), kEvents);
    if (wd >= 0) watches_.push_back({wd, dir});
  }
}

bool FileWatcher::ReadEvents(int timeout_ms) {
  pollfd pfd{fd_, POLLIN, 0};
  if (poll(&pfd, 1, timeout_ms) <= 0) return false;
  alignas(inotify_event) char buffer[16384];
  bool changed = false;
  ssize_t length;
  while ((length = read(fd_, buffer, sizeof buffer)) > 0) {
    for (char* at = buffer; at < buffer + length;) {
      auto* event = reinterpret_cast<inotify_event*>(at);
      changed = true;
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO)) && event->len) {
        for (const auto& [wd, dir] : watches_) {
          if (wd == event->wd) {
            AddTree(dir + "/" + event->name);
            break;
          }
        }
      }
      at += sizeof(inotify_event) + event->len;
    }
  }
  return changed;
}

bool FileWatcher::WaitForChange(std::chrono::milliseconds timeout,
                                std::chrono::milliseconds quiet) {
  if (fd_ < 0) return false;
  if (!ReadEvents(static_cast<int>(timeout.count()))) return false;
  while (ReadEvents(static_cast<int>(quiet.count()))) {
  }
  return true;
}

}  // namespace kunskap
