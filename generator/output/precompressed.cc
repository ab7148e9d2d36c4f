#include "output/precompressed.h"

#include <zlib.h>
#include <vector>

#include "core/parallel.h"

namespace kunskap {
namespace {

// Level 6 (zlib's default): level 9 took three times as long on a large index for 1.3 % less.
constexpr int kLevel = 6;
// Large files are compressed in blocks on all cores, as pigz does: each block is a raw
// deflate stream primed with the 32 KiB before it, ended with a sync flush so the next can
// follow. A fixed block size keeps the bytes the same on every machine.
constexpr size_t kBlockBytes = 1 << 20;
constexpr size_t kWindowBytes = 32 * 1024;

struct Block {
  const std::string* input = nullptr;
  size_t begin = 0;
  size_t end = 0;
  std::string deflated;
  uLong crc = 0;
};

void DeflateBlock(Block& block) {
  const std::string& input = *block.input;
  bool last = block.end == input.size();
  z_stream stream{};
  deflateInit2(&stream, kLevel, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  if (block.begin > 0) {
    size_t window = std::min(kWindowBytes, block.begin);
    deflateSetDictionary(&stream,
                         reinterpret_cast<const Bytef*>(input.data() + block.begin - window),
                         static_cast<uInt>(window));
  }
  size_t size = block.end - block.begin;
  block.deflated.resize(deflateBound(&stream, size) + 64);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data() + block.begin));
  stream.avail_in = static_cast<uInt>(size);
  stream.next_out = reinterpret_cast<Bytef*>(block.deflated.data());
  stream.avail_out = static_cast<uInt>(block.deflated.size());
  deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
  block.deflated.resize(stream.total_out);
  deflateEnd(&stream);
  block.crc =
      crc32(0, reinterpret_cast<const Bytef*>(input.data() + block.begin), static_cast<uInt>(size));
}

void AppendLittleEndian32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

/// The blocks of several inputs, compressed together so that both cores stay busy.
std::vector<std::string> GzipAll(const std::vector<const std::string*>& inputs) {
  std::vector<Block> blocks;
  std::vector<size_t> first_block;
  for (const std::string* input : inputs) {
    first_block.push_back(blocks.size());
    size_t begin = 0;
    do {
      size_t end = std::min(input->size(), begin + kBlockBytes);
      blocks.push_back({input, begin, end, {}, 0});
      begin = end;
    } while (begin < input->size());
  }
  first_block.push_back(blocks.size());
  ParallelFor(blocks.size(), [&](size_t i) { DeflateBlock(blocks[i]); });

  std::vector<std::string> outputs(inputs.size());
  for (size_t n = 0; n < inputs.size(); ++n) {
    // A gzip header with no time stamp and no file name; OS "unix".
    std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    uLong crc = crc32(0, nullptr, 0);
    for (size_t b = first_block[n]; b < first_block[n + 1]; ++b) {
      out += blocks[b].deflated;
      crc =
          crc32_combine(crc, blocks[b].crc, static_cast<z_off_t>(blocks[b].end - blocks[b].begin));
    }
    AppendLittleEndian32(out, static_cast<uint32_t>(crc));
    AppendLittleEndian32(out, static_cast<uint32_t>(inputs[n]->size() & 0xFFFFFFFF));
    outputs[n] = std::move(out);
  }
  return outputs;
}

}  // namespace

std::string Gzip(const std::string& bytes) {
  return GzipAll({&bytes})[0];
}

void AddPrecompressed(OutputTree& tree, const std::vector<std::string>& suffixes) {
  std::vector<std::string> paths;
  std::vector<const std::string*> inputs;
  for (const auto& [path, bytes] : tree.files) {
    for (const auto& suffix : suffixes) {
      if (path.ends_with(suffix)) {
        paths.push_back(path);
        inputs.push_back(&bytes);
      }
    }
  }
  std::vector<std::string> compressed = GzipAll(inputs);
  for (size_t i = 0; i < paths.size(); ++i) tree.files[paths[i] + ".gz"] = std::move(compressed[i]);
}

}  // namespace kunskap
