// The builder's memo of what the pipeline made of each distinct token: a flat open-addressing
// hash table over one buffer of UTF-16 text. Looking a token up needs no copy of it, and a
// corpus has far fewer distinct tokens than tokens, so most tokens cost one probe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kunskap {

class TokenTable {
 public:
  TokenTable();

  /// The value stored for `token`, or nullptr.
  const uint32_t* Find(std::u16string_view token) const;

  /// Stores a value for a token that is not in the table yet.
  void Insert(std::u16string_view token, uint32_t value);

  size_t size() const { return size_; }

 private:
  /// 16 bytes, so that the slots of the frequent words stay in the cache.
  struct Slot {
    uint32_t hash = 0;
    uint32_t length = UINT32_MAX;  ///< UINT32_MAX: empty
    uint32_t value = 0;
    uint32_t offset = 0;  ///< where the token starts in text_
  };

  static uint32_t Hash(std::u16string_view token);
  size_t Probe(std::u16string_view token, uint32_t hash) const;
  void Grow();

  std::vector<Slot> slots_;
  std::u16string text_;
  size_t size_ = 0;
};

}  // namespace kunskap
