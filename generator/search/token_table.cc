#include "search/token_table.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace kunskap {

TokenTable::TokenTable() : slots_(1024) {}

uint32_t TokenTable::Hash(std::u16string_view token) {
  // Four code units at a time, then a final mix so the low bits (the slot) depend on all.
  constexpr uint64_t kMultiplier = 0x9e3779b97f4a7c15ull;
  uint64_t hash = token.size() * kMultiplier;
  size_t i = 0;
  for (; i + 4 <= token.size(); i += 4) {
    uint64_t word;
    std::memcpy(&word, token.data() + i, sizeof word);
    hash = (std::rotl(hash, 23) ^ word) * kMultiplier;
  }
  for (; i < token.size(); ++i) hash = (std::rotl(hash, 23) ^ token[i]) * kMultiplier;
  hash ^= hash >> 32;
  hash *= kMultiplier;
  return static_cast<uint32_t>(hash >> 32);
}

size_t TokenTable::Probe(std::u16string_view token, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.length == UINT32_MAX) return i;
    if (slot.hash == hash && slot.length == token.size() &&
        std::u16string_view(text_).substr(slot.offset, slot.length) == token) {
      return i;
    }
  }
}

const uint32_t* TokenTable::Find(std::u16string_view token) const {
  const Slot& slot = slots_[Probe(token, Hash(token))];
  return slot.length == UINT32_MAX ? nullptr : &slot.value;
}

void TokenTable::Insert(std::u16string_view token, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  uint32_t hash = Hash(token);
  slots_[Probe(token, hash)] = {hash, static_cast<uint32_t>(token.size()), value,
                                static_cast<uint32_t>(text_.size())};
  text_.append(token);
  ++size_;
}

void TokenTable::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.length == UINT32_MAX) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].length != UINT32_MAX) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace kunskap
