// A file of the built site, as bytes, with its path under the output folder. What the
// render stage hands the output stage.
#pragma once

#include <string>
#include <vector>

namespace kunskap {

struct OutputFile {
  std::string path;  ///< "sv/begrepp/eftervald/index.html"
  std::string bytes;
  /// The same bytes as the previous build wrote to this path (an incremental build did not
  /// make it again); `bytes` is empty.
  bool kept = false;
};

/// A file to copy unchanged (theme assets, images beside content).
struct CopiedFile {
  std::string source_path;  ///< readable through the FileSystem
  std::string path;         ///< under the output folder
};

struct RenderedSite {
  std::vector<OutputFile> files;
  std::vector<CopiedFile> copies;
};

}  // namespace kunskap
