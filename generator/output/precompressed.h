// gzip twins of large text files (search-index.json.gz), for web servers that serve
// precompressed files (nginx gzip_static). Deterministic: no time stamp, no file name.
#pragma once

#include <string>

#include "output/output_tree.h"

namespace kunskap {

/// gzip at level 6, with a zero modification time; large inputs in blocks on every core.
std::string Gzip(const std::string& bytes);

/// Adds "<path>.gz" for every file whose path ends with one of `suffixes`.
void AddPrecompressed(OutputTree& tree, const std::vector<std::string>& suffixes);

}  // namespace kunskap
