// A 64-bit digest of everything an output was made from (XXH3, from Debian's libxxhash):
// the incremental build compares these to tell which outputs a change touched. Each value
// is added with its length, so ("ab", "c") and ("a", "bc") differ.
#pragma once

#include <xxhash.h>
#include <cstdint>
#include <string>
#include <string_view>

namespace kunskap {

class Digest {
 public:
  Digest() : state_(XXH3_createState()) { XXH3_64bits_reset(state_); }
  ~Digest() { XXH3_freeState(state_); }
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  Digest& Add(std::string_view bytes) {
    Add(static_cast<uint64_t>(bytes.size()));
    XXH3_64bits_update(state_, bytes.data(), bytes.size());
    return *this;
  }
  Digest& Add(const char* text) { return Add(std::string_view(text)); }
  Digest& Add(const std::string& text) { return Add(std::string_view(text)); }
  Digest& Add(uint64_t value) {
    XXH3_64bits_update(state_, &value, sizeof value);
    return *this;
  }
  Digest& Add(int value) { return Add(static_cast<uint64_t>(static_cast<int64_t>(value))); }
  Digest& Add(bool value) { return Add(static_cast<uint64_t>(value)); }
  uint64_t Finish() const { return XXH3_64bits_digest(state_); }

 private:
  XXH3_state_t* state_;
};

/// The digest of one byte string.
inline uint64_t DigestOf(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

/// 16 hex digits, for file names.
inline std::string DigestHex(uint64_t digest) {
  static const char* digits = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, digest >>= 4) hex[i] = digits[digest & 0xF];
  return hex;
}

}  // namespace kunskap
