#include "output/precompressed.h"

#include <zlib.h>
#include <vector>

#include "core/parallel.h"

namespace kunskap {

std::string Gzip(const std::string& bytes) {
  z_stream stream{};
  // 15 window bits + 16: a gzip header, which zlib writes with mtime 0 and no name.
  deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, bytes.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

void AddPrecompressed(OutputTree& tree, const std::vector<std::string>& suffixes) {
  std::vector<std::pair<std::string, const std::string*>> inputs;
  for (const auto& [path, bytes] : tree.files) {
    for (const auto& suffix : suffixes) {
      if (path.ends_with(suffix)) inputs.push_back({path, &bytes});
    }
  }
  std::vector<std::string> compressed(inputs.size());
  ParallelFor(inputs.size(), [&](size_t i) { compressed[i] = Gzip(*inputs[i].second); });
  for (size_t i = 0; i < inputs.size(); ++i) {
    tree.files[inputs[i].first + ".gz"] = std::move(compressed[i]);
  }
}

}  // namespace kunskap
