// Publishes a build without ever leaving a half-written or mixed site: everything is written
// to a staging folder beside the output, then swapped in with one atomic rename. A failed
// build leaves the previous output exactly as it was. A lock keeps two builds from writing
// the same output at once.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "output/output_tree.h"

namespace kunskap {

/// Writes `tree` as the new content of `out_dir`. Copies are read through `fs`.
bool PublishOutput(const OutputTree& tree, const FileSystem& fs, const std::string& out_dir,
                   Diagnostics& diagnostics);

}  // namespace kunskap
