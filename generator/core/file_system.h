// The seam between the pipeline and the disk. The real implementation reads files with
// Boost.Filesystem; the in-memory one lets tests (and a preview server) run the whole
// pipeline without touching the disk.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kunskap {

/// Paths are strings with '/' separators, used as given (relative to the working folder or
/// absolute).
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  /// The file's bytes, or nullopt with *error set to a reason a person can act on.
  virtual std::optional<std::string> ReadFile(const std::string& path,
                                              std::string* error) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  /// Every regular file below dir, as paths relative to dir, sorted bytewise so that the
  /// result never depends on the order the operating system lists a folder in.
  virtual std::vector<std::string> ListFilesRecursive(const std::string& dir) const = 0;
  /// Immediate sub-folders of dir (names only), sorted.
  virtual std::vector<std::string> ListDirectories(const std::string& dir) const = 0;
  /// Symbolic links below dir that point outside it, loop or lead nowhere (relative to dir,
  /// sorted). Their targets are never listed or read: content cannot reach other files.
  virtual std::vector<std::string> ListEscapingLinks(const std::string& /*dir*/) const {
    return {};
  }
};

/// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  std::optional<std::string> ReadFile(const std::string& path, std::string* error) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFilesRecursive(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;
  std::vector<std::string> ListEscapingLinks(const std::string& dir) const override;
};

/// Files held in memory, keyed by path; folders exist implicitly.
class MemoryFileSystem : public FileSystem {
 public:
  void Write(const std::string& path, std::string contents);

  std::optional<std::string> ReadFile(const std::string& path, std::string* error) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFilesRecursive(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
};

/// Joins two path parts with exactly one '/' ("" and "." on the left leave the right as is).
std::string JoinPath(const std::string& left, const std::string& right);

}  // namespace kunskap
