#include "core/file_system.h"

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = boost::filesystem;

namespace kunskap {

std::string JoinPath(const std::string& left, const std::string& right) {
  if (left.empty() || left == ".") return right;
  if (right.empty()) return left;
  if (left.back() == '/') return left + right;
  return left + "/" + right;
}

std::optional<std::string> DiskFileSystem::ReadFile(const std::string& path,
                                                    std::string* error) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = std::string("cannot read file: ") + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    if (error) *error = "cannot read file: read error";
    return std::nullopt;
  }
  return buffer.str();
}

bool DiskFileSystem::IsFile(const std::string& path) const {
  boost::system::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool DiskFileSystem::IsDirectory(const std::string& path) const {
  boost::system::error_code ec;
  return fs::is_directory(path, ec);
}

namespace {

/// True when `path` is a symbolic link whose target is not a file or folder inside `root`.
bool LinkEscapes(const fs::path& path, const fs::path& canonical_root) {
  boost::system::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(path, ec))) return false;
  fs::path target = fs::canonical(path, ec);
  if (ec) return true;  // dangling, or a loop
  auto root = canonical_root.generic_string() + "/";
  return !target.generic_string().starts_with(root);
}

}  // namespace

std::vector<std::string> DiskFileSystem::ListFilesRecursive(const std::string& dir) const {
  std::vector<std::string> files;
  boost::system::error_code ec;
  fs::path root(dir);
  fs::path canonical_root = fs::canonical(root, ec);
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (LinkEscapes(it->path(), canonical_root)) continue;
    if (fs::is_regular_file(it->path(), ec)) {
      files.push_back(it->path().lexically_relative(root).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> DiskFileSystem::ListEscapingLinks(const std::string& dir) const {
  std::vector<std::string> links;
  boost::system::error_code ec;
  fs::path root(dir);
  fs::path canonical_root = fs::canonical(root, ec);
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (LinkEscapes(it->path(), canonical_root)) {
      links.push_back(it->path().lexically_relative(root).generic_string());
    }
  }
  std::sort(links.begin(), links.end());
  return links;
}

std::vector<std::string> DiskFileSystem::ListDirectories(const std::string& dir) const {
  std::vector<std::string> dirs;
  boost::system::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (fs::is_directory(it->path(), ec)) dirs.push_back(it->path().filename().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

void MemoryFileSystem::Write(const std::string& path, std::string contents) {
  files_[path] = std::move(contents);
}

std::optional<std::string> MemoryFileSystem::ReadFile(const std::string& path,
                                                      std::string* error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (error) *error = "cannot read file: No such file or directory";
    return std::nullopt;
  }
  return it->second;
}

bool MemoryFileSystem::IsFile(const std::string& path) const {
  return files_.count(path) > 0;
}

static std::string DirPrefix(const std::string& dir) {
  if (dir.empty() || dir == ".") return "";
  return dir.back() == '/' ? dir : dir + "/";
}

bool MemoryFileSystem::IsDirectory(const std::string& path) const {
  std::string prefix = DirPrefix(path);
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::ListFilesRecursive(const std::string& dir) const {
  std::string prefix = DirPrefix(dir);
  std::vector<std::string> files;
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    files.push_back(it->first.substr(prefix.size()));
  }
  return files;  // std::map keeps them sorted bytewise
}

std::vector<std::string> MemoryFileSystem::ListDirectories(const std::string& dir) const {
  std::set<std::string> dirs;
  for (const auto& file : ListFilesRecursive(dir)) {
    auto slash = file.find('/');
    if (slash != std::string::npos) dirs.insert(file.substr(0, slash));
  }
  return {dirs.begin(), dirs.end()};
}

}  // namespace kunskap
