#include "output/output_tree.h"

#include "content/relative_url.h"

namespace kunskap {
namespace {

bool SafeOutputPath(const std::string& path) {
  return !path.empty() && path[0] != '/' && NormalizePath(path) == path &&
         path.find('\0') == std::string::npos && path.find('\\') == std::string::npos;
}

}  // namespace

OutputTree MakeOutputTree(RenderedSite rendered, Diagnostics& diagnostics) {
  OutputTree tree;
  auto claim = [&](const std::string& path, const std::string& source) {
    if (!SafeOutputPath(path)) {
      diagnostics.Error({source}, "output path '" + path + "' is not inside the output folder");
      return false;
    }
    if (tree.files.count(path) || tree.copies.count(path) || tree.kept.count(path)) {
      diagnostics.Error({source}, "two files would be written to '" + path + "'");
      return false;
    }
    return true;
  };
  for (auto& file : rendered.files) {
    if (!claim(file.path, file.path)) continue;
    if (file.kept) {
      tree.kept.insert(file.path);
    } else {
      tree.files.emplace(file.path, std::move(file.bytes));
    }
  }
  for (const auto& copy : rendered.copies) {
    if (claim(copy.path, copy.source_path)) tree.copies.emplace(copy.path, copy.source_path);
  }
  return tree;
}

}  // namespace kunskap
