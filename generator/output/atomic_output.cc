#include "output/atomic_output.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <vector>

#include "core/parallel.h"

namespace fs = boost::filesystem;

namespace kunskap {
namespace {

/// An exclusive lock on "<out>.lock", released when this goes out of scope.
class OutputLock {
 public:
  explicit OutputLock(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd_);
      fd_ = -1;
      busy_ = true;
    }
  }
  ~OutputLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool held() const { return fd_ >= 0; }
  bool busy() const { return busy_; }

 private:
  int fd_ = -1;
  bool busy_ = false;
};

/// Removes whatever is at `path` (a file, a link, a folder). Files in the staging folder may
/// be hard links shared with the published output, so they are replaced, never rewritten.
void Clear(const fs::path& path) {
  if (::unlink(path.c_str()) != 0 && (errno == EISDIR || errno == EPERM)) {
    boost::system::error_code ec;
    fs::remove_all(path, ec);
  }
}

bool SameFile(const fs::path& a, const fs::path& b) {
  struct stat first {};
  struct stat second {};
  return ::lstat(a.c_str(), &first) == 0 && ::lstat(b.c_str(), &second) == 0 &&
         first.st_ino == second.st_ino && first.st_dev == second.st_dev;
}

/// Walks `dir` (relative path `prefix`) with readdir's file types, without a stat per entry:
/// 10,000 page folders cost seconds of stat calls through boost's iterator.
void PruneFolder(const std::string& dir, const std::string& prefix,
                 const std::set<std::string>& files, const std::set<std::string>& folders,
                 std::set<std::string>& existing) {
  DIR* handle = ::opendir(dir.c_str());
  if (!handle) return;
  std::vector<std::pair<std::string, bool>> entries;  // name, is a real folder
  while (dirent* entry = ::readdir(handle)) {
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    bool folder = entry->d_type == DT_DIR;
    if (entry->d_type == DT_UNKNOWN) {
      struct stat info {};
      folder = ::lstat((dir + "/" + name).c_str(), &info) == 0 && S_ISDIR(info.st_mode);
    }
    entries.emplace_back(std::move(name), folder);
  }
  ::closedir(handle);
  for (const auto& [name, folder] : entries) {
    std::string relative = prefix.empty() ? name : prefix + "/" + name;
    std::string path = dir + "/" + name;
    if (folder && folders.count(relative)) {
      existing.insert(relative);
      PruneFolder(path, relative, files, folders, existing);
    } else if (folder || !files.count(relative)) {
      Clear(path);
    }
  }
}

/// Leaves in `staging` only files and folders the new output has, and returns the folders
/// it has. The staging folder is the output before the previous one (kept after each swap),
/// so a build writes only what changed, instead of making and removing a folder per page.
std::set<std::string> PruneStaging(const fs::path& staging, const std::set<std::string>& files,
                                   const std::set<std::string>& folders) {
  std::set<std::string> existing;
  PruneFolder(staging.string(), "", files, folders, existing);
  return existing;
}

bool WriteFile(const fs::path& path, const std::string& bytes, std::string* error) {
  Clear(path);
  std::ofstream out(path.string(), std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    *error = "cannot write " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

std::optional<FileStamp> StampOf(const std::string& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return FileStamp{static_cast<uint64_t>(info.st_size),
                   static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

bool PublishOutput(const OutputTree& tree, const FileSystem& source_fs, const std::string& out_dir,
                   Diagnostics& diagnostics, std::map<std::string, FileStamp>* stamps) {
  fs::path out = fs::absolute(out_dir).lexically_normal();
  if (out.filename_is_dot() || out.empty()) out = out.parent_path();
  std::string base = out.string();
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  SourceLocation where{out_dir};

  boost::system::error_code ec;
  fs::create_directories(out.parent_path(), ec);  // --out may name a folder in a new one
  OutputLock lock(base + ".lock");
  if (!lock.held()) {
    diagnostics.Error(where,
                      lock.busy() ? "another kunskap build is writing to this output folder"
                                  : "cannot create the lock file " + base + ".lock",
                      lock.busy() ? "wait for it to finish, then build again" : "");
    return false;
  }
  fs::path staging(base + ".kunskap-staging");
  if (fs::is_symlink(staging, ec)) Clear(staging);
  fs::create_directories(staging, ec);
  if (ec || !fs::is_directory(staging)) {
    diagnostics.Error(where, "cannot create " + staging.string() + ": " + ec.message());
    return false;
  }
  // Folders first, one thread; then the files on every core (writing 10,000 pages is
  // mostly the kernel copying bytes, which runs in parallel).
  std::set<std::string> wanted_files;
  std::set<std::string> wanted_folders;
  auto want = [&](const std::string& path) {
    wanted_files.insert(path);
    for (auto slash = path.rfind('/'); slash != std::string::npos && slash > 0;
         slash = path.rfind('/', slash - 1)) {
      if (!wanted_folders.insert(path.substr(0, slash)).second) break;
    }
  };
  for (const auto& [path, bytes] : tree.files) want(path);
  for (const auto& [path, source] : tree.copies) want(path);
  for (const auto& path : tree.kept) want(path);
  std::set<std::string> existing = PruneStaging(staging, wanted_files, wanted_folders);
  for (const auto& folder : wanted_folders) {  // sorted: a parent comes before its children
    if (!existing.count(folder)) ::mkdir((staging / folder).c_str(), 0755);
  }
  std::vector<std::pair<const std::string*, const std::string*>> files;  // path, bytes
  for (const auto& [path, bytes] : tree.files) files.emplace_back(&path, &bytes);
  std::vector<std::pair<const std::string*, const std::string*>> copies;  // path, source
  for (const auto& [path, source] : tree.copies) copies.emplace_back(&path, &source);
  std::vector<std::string> errors(files.size() + copies.size());
  ParallelFor(files.size() + copies.size(), [&](size_t i) {
    if (i < files.size()) {
      WriteFile(staging / *files[i].first, *files[i].second, &errors[i]);
      return;
    }
    const auto& [path, source] = copies[i - files.size()];
    auto bytes = source_fs.ReadFile(*source, &errors[i]);
    if (bytes) {
      WriteFile(staging / *path, *bytes, &errors[i]);
    } else if (errors[i].empty()) {
      errors[i] = "cannot read " + *source;
    }
  });
  std::vector<const std::string*> kept;
  for (const auto& path : tree.kept) kept.push_back(&path);
  std::vector<std::string> kept_errors(kept.size());
  ParallelFor(kept.size(), [&](size_t i) {
    fs::path from = out / *kept[i];
    fs::path to = staging / *kept[i];
    if (SameFile(from, to)) return;  // kept by the previous build too
    Clear(to);
    if (::link(from.c_str(), to.c_str()) != 0) {
      kept_errors[i] = "cannot keep " + from.string() +
                       " from the previous build: " + std::strerror(errno) +
                       "; build again with --clean";
    }
  });
  for (auto& error : kept_errors) {
    if (!error.empty()) errors.push_back(std::move(error));
  }
  bool ok = true;
  for (size_t i = 0; i < errors.size(); ++i) {
    if (errors[i].empty()) continue;
    // Report the first failure: the rest have the same cause (a full disk, permissions).
    bool copy = i >= files.size() && i < files.size() + copies.size();
    diagnostics.Error(copy ? SourceLocation{*copies[i - files.size()].second} : where, errors[i]);
    ok = false;
    break;
  }
  if (!ok) {
    fs::remove_all(staging, ec);
    return false;
  }
  if (stamps) {
    stamps->clear();
    for (const auto& [path, bytes] : tree.files) {
      if (auto stamp = StampOf((staging / path).string())) (*stamps)[path] = *stamp;
    }
    for (const auto& path : tree.kept) {
      if (auto stamp = StampOf((staging / path).string())) (*stamps)[path] = *stamp;
    }
  }
  if (fs::exists(out, ec)) {
    // RENAME_EXCHANGE swaps the two folders in one step: readers see old or new, never a mix.
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
      diagnostics.Error(where,
                        std::string("cannot swap in the new output: ") + std::strerror(errno));
      fs::remove_all(staging, ec);
      return false;
    }
    // The previous output stays as the next build's staging folder (see PruneStaging).
  } else if (::rename(staging.c_str(), out.c_str()) != 0) {
    diagnostics.Error(where,
                      std::string("cannot move the new output in place: ") + std::strerror(errno));
    fs::remove_all(staging, ec);
    return false;
  }
  return true;
}

}  // namespace kunskap
