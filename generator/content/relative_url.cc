#include "content/relative_url.h"

#include <vector>

namespace kunskap {
namespace {

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

}  // namespace

std::string RelativeUrl(const std::string& from_url, const std::string& to_path) {
  // The folder the browser resolves against: from_url always ends in '/'.
  auto from = Segments(from_url);
  std::string target = to_path;
  if (!target.empty() && target.back() == '/') target += "index.html";
  auto to = Segments(target);
  size_t common = 0;
  while (common < from.size() && common + 1 < to.size() && from[common] == to[common]) ++common;
  std::string out;
  for (size_t i = common; i < from.size(); ++i) out += "../";
  for (size_t i = common; i < to.size(); ++i) {
    out += to[i];
    if (i + 1 < to.size()) out += "/";
  }
  return out;
}

std::string PercentEncode(const std::string& text, std::string_view keep) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || keep.find(static_cast<char>(c)) != keep.npos;
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string NormalizePath(const std::string& path) {
  std::vector<std::string> out;
  for (const auto& segment : Segments(path)) {
    if (segment == ".") continue;
    if (segment == "..") {
      if (out.empty()) return "";
      out.pop_back();
      continue;
    }
    out.push_back(segment);
  }
  std::string joined;
  for (size_t i = 0; i < out.size(); ++i) joined += (i ? "/" : "") + out[i];
  return joined;
}

}  // namespace kunskap
