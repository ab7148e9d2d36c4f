// The complete set of files a build produces, checked before anything touches the disk:
// two files on one path, or a path that escapes the output folder, is a build error.
#pragma once

#include <map>
#include <set>
#include <string>

#include "core/diagnostics.h"
#include "render/rendered_file.h"

namespace kunskap {

struct OutputTree {
  std::map<std::string, std::string> files;   ///< path -> bytes, in path order
  std::map<std::string, std::string> copies;  ///< path -> source path
  /// Paths whose bytes are the previous build's (an incremental build did not make them).
  std::set<std::string> kept;
};

OutputTree MakeOutputTree(RenderedSite rendered, Diagnostics& diagnostics);

}  // namespace kunskap
