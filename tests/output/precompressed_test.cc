#include <zlib.h>
#include <catch2/catch.hpp>
#include <random>

#include "output/precompressed.h"

using namespace kunskap;

namespace {

/// Decompresses with zlib's own gzip reader, which checks the CRC and the length.
std::string Gunzip(const std::string& gz) {
  z_stream stream{};
  inflateInit2(&stream, 15 + 16);
  std::string out;
  char buffer[1 << 16];
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  stream.avail_in = static_cast<uInt>(gz.size());
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  inflateEnd(&stream);
  return status == Z_STREAM_END && stream.avail_in == 0
             ? out
             : "<broken: " + std::to_string(status) + ">";
}

std::string SampleText(size_t bytes) {
  std::mt19937 random(7);
  const char* words[] = {"våld", "i",       "nära", "relationer", "hedersrelaterat",
                         "stöd", "{\"a\":", "1,"};
  std::string text;
  while (text.size() < bytes) text += std::string(words[random() % 8]) + " ";
  return text;
}

}  // namespace

TEST_CASE("gzip output is valid gzip of the same bytes for empty small and multi-block inputs") {
  for (size_t size : {size_t{0}, size_t{1}, size_t{5000}, size_t{(1 << 20) - 1}, size_t{1 << 20},
                      size_t{3 * (1 << 20) + 12345}}) {
    INFO(size);
    std::string text = SampleText(size).substr(0, size);
    std::string gz = Gzip(text);
    CHECK(Gunzip(gz) == text);
    CHECK(gz == Gzip(text));  // deterministic
    if (size > 5000) CHECK(gz.size() < text.size() / 3);
  }
}

TEST_CASE("precompressed twins are added for the named suffixes only") {
  OutputTree tree;
  tree.files["sv/search-index.json"] = SampleText(2 << 20);
  tree.files["sv/index.html"] = "<p>hej</p>";
  AddPrecompressed(tree, {"search-index.json"});
  REQUIRE(tree.files.count("sv/search-index.json.gz") == 1);
  CHECK(Gunzip(tree.files["sv/search-index.json.gz"]) == tree.files["sv/search-index.json"]);
  CHECK(tree.files.count("sv/index.html.gz") == 0);
}
