#include "content/page_dates.h"

#include <git2.h>
#include <boost/filesystem.hpp>
#include <ctime>
#include <memory>

namespace fs = boost::filesystem;

namespace kunskap {
namespace {

std::string DateOf(std::time_t time) {
  std::tm tm{};
  gmtime_r(&time, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

template <typename T, void (*Free)(T*)>
struct Owned {
  T* ptr = nullptr;
  ~Owned() {
    if (ptr) Free(ptr);
  }
};

/// One pass from HEAD backwards: each commit is compared with its first parent, and every
/// path it touches under the prefix gets the commit's date (newest seen first = last change,
/// oldest seen last = first commit).
bool ReadGitHistory(const std::string& site_dir, std::map<std::string, FileDates>& dates) {
  git_libgit2_init();
  struct Shutdown {
    ~Shutdown() { git_libgit2_shutdown(); }
  } shutdown;
  Owned<git_repository, git_repository_free> repo;
  if (git_repository_open_ext(&repo.ptr, site_dir.c_str(), 0, nullptr) != 0) return false;
  const char* workdir = git_repository_workdir(repo.ptr);
  if (!workdir) return false;
  // The site folder's path inside the repository ("" or "sites/x/").
  std::string prefix =
      fs::relative(fs::canonical(site_dir), fs::canonical(workdir)).generic_string();
  prefix = prefix == "." ? "" : prefix + "/";
  std::string content = prefix + "content/";

  Owned<git_revwalk, git_revwalk_free> walk;
  if (git_revwalk_new(&walk.ptr, repo.ptr) != 0) return false;
  git_revwalk_sorting(walk.ptr, GIT_SORT_TIME);
  if (git_revwalk_push_head(walk.ptr) != 0) return true;  // no commits yet
  git_oid oid;
  while (git_revwalk_next(&oid, walk.ptr) == 0) {
    Owned<git_commit, git_commit_free> commit;
    if (git_commit_lookup(&commit.ptr, repo.ptr, &oid) != 0) continue;
    Owned<git_tree, git_tree_free> tree, parent_tree;
    git_commit_tree(&tree.ptr, commit.ptr);
    if (git_commit_parentcount(commit.ptr) > 0) {
      Owned<git_commit, git_commit_free> parent;
      if (git_commit_parent(&parent.ptr, commit.ptr, 0) == 0)
        git_commit_tree(&parent_tree.ptr, parent.ptr);
    }
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    char* paths[] = {const_cast<char*>(content.c_str())};
    options.pathspec = {paths, 1};
    Owned<git_diff, git_diff_free> diff;
    if (git_diff_tree_to_tree(&diff.ptr, repo.ptr, parent_tree.ptr, tree.ptr, &options) != 0)
      continue;
    std::string date = DateOf(static_cast<std::time_t>(git_commit_time(commit.ptr)));
    for (size_t i = 0; i < git_diff_num_deltas(diff.ptr); ++i) {
      const git_diff_delta* delta = git_diff_get_delta(diff.ptr, i);
      std::string path = delta->new_file.path;
      if (!path.starts_with(prefix)) continue;
      FileDates& entry = dates[path.substr(prefix.size())];
      if (entry.last.empty()) entry.last = date;
      entry.first = date;
    }
  }
  // Work not yet committed changed today.
  git_status_options status_options = GIT_STATUS_OPTIONS_INIT;
  char* paths[] = {const_cast<char*>(content.c_str())};
  status_options.pathspec = {paths, 1};
  status_options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
  Owned<git_status_list, git_status_list_free> status;
  if (git_status_list_new(&status.ptr, repo.ptr, &status_options) == 0) {
    std::string today = TodayUtc();
    for (size_t i = 0; i < git_status_list_entrycount(status.ptr); ++i) {
      const git_status_entry* entry = git_status_byindex(status.ptr, i);
      const git_diff_delta* delta =
          entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
      if (!delta || !delta->new_file.path) continue;
      std::string path = delta->new_file.path;
      if (!path.starts_with(prefix)) continue;
      FileDates& dates_of = dates[path.substr(prefix.size())];
      dates_of.last = today;
      if (dates_of.first.empty()) dates_of.first = today;
    }
  }
  return true;
}

}  // namespace

std::string TodayUtc() {
  return DateOf(std::time(nullptr));
}

std::map<std::string, FileDates> ReadPageDates(const std::string& site_dir, Diagnostics&) {
  std::map<std::string, FileDates> dates;
  if (ReadGitHistory(site_dir, dates)) return dates;
  boost::system::error_code ec;
  fs::path root = fs::path(site_dir) / "content";
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (!fs::is_regular_file(it->path(), ec)) continue;
    std::string date = DateOf(fs::last_write_time(it->path(), ec));
    dates["content/" + it->path().lexically_relative(root).generic_string()] = {date, date};
  }
  return dates;
}

}  // namespace kunskap
