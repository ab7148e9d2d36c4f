// Publishes a build without ever leaving a half-written or mixed site: everything is written
// to a staging folder beside the output (<out>.kunskap-staging), then swapped in with one
// atomic rename. A failed build leaves the previous output exactly as it was. A lock keeps
// two builds from writing the same output at once. After the swap the staging folder holds
// the previous output, which the next build brings up to date instead of writing anew.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "output/output_tree.h"

namespace kunskap {

/// Size and modification time of a written file: a later incremental build keeps the file
/// only while both are unchanged (nobody edited the output by hand).
struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
};

/// The stamp of a file on disk; nullopt when it is missing or not a regular file.
std::optional<FileStamp> StampOf(const std::string& path);

/// Writes `tree` as the new content of `out_dir`. Copies are read through `fs`; kept files
/// are hard links to the same files of the current output, which is never written to (a
/// changed file is always a new file), so both stay intact. `stamps`, when given, receives
/// the stamp of every written or kept file.
bool PublishOutput(const OutputTree& tree, const FileSystem& fs, const std::string& out_dir,
                   Diagnostics& diagnostics, std::map<std::string, FileStamp>* stamps = nullptr);

}  // namespace kunskap
