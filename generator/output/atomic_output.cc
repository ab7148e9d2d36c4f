#include "output/atomic_output.h"

#include <fcntl.h>
#include <sys/file.h>
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

bool WriteFile(const fs::path& path, const std::string& bytes, std::string* error) {
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

bool PublishOutput(const OutputTree& tree, const FileSystem& source_fs, const std::string& out_dir,
                   Diagnostics& diagnostics) {
  fs::path out = fs::absolute(out_dir).lexically_normal();
  if (out.filename_is_dot() || out.empty()) out = out.parent_path();
  std::string base = out.string();
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  SourceLocation where{out_dir};

  OutputLock lock(base + ".lock");
  if (!lock.held()) {
    diagnostics.Error(where,
                      lock.busy() ? "another kunskap build is writing to this output folder"
                                  : "cannot create the lock file " + base + ".lock",
                      lock.busy() ? "wait for it to finish, then build again" : "");
    return false;
  }
  fs::path staging(base + ".kunskap-staging");
  boost::system::error_code ec;
  fs::remove_all(staging, ec);  // left over from a build that was killed
  if (!fs::create_directories(staging, ec) || ec) {
    diagnostics.Error(where, "cannot create " + staging.string() + ": " + ec.message());
    return false;
  }
  // Folders first, one thread; then the files on every core (writing 10,000 pages is
  // mostly the kernel copying bytes, which runs in parallel).
  std::set<fs::path> folders;
  for (const auto& [path, bytes] : tree.files) folders.insert((staging / path).parent_path());
  for (const auto& [path, source] : tree.copies) folders.insert((staging / path).parent_path());
  for (const auto& folder : folders) fs::create_directories(folder, ec);
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
  bool ok = true;
  for (size_t i = 0; i < errors.size(); ++i) {
    if (errors[i].empty()) continue;
    // Report the first failure: the rest have the same cause (a full disk, permissions).
    diagnostics.Error(i < files.size() ? where : SourceLocation{*copies[i - files.size()].second},
                      errors[i]);
    ok = false;
    break;
  }
  if (!ok) {
    fs::remove_all(staging, ec);
    return false;
  }
  if (fs::exists(out, ec)) {
    // RENAME_EXCHANGE swaps the two folders in one step: readers see old or new, never a mix.
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
      diagnostics.Error(where,
                        std::string("cannot swap in the new output: ") + std::strerror(errno));
      fs::remove_all(staging, ec);
      return false;
    }
    fs::remove_all(staging, ec);  // now the previous output
  } else if (::rename(staging.c_str(), out.c_str()) != 0) {
    diagnostics.Error(where,
                      std::string("cannot move the new output in place: ") + std::strerror(errno));
    fs::remove_all(staging, ec);
    return false;
  }
  return true;
}

}  // namespace kunskap
