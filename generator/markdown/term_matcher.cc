#include "markdown/term_matcher.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <atomic>
#include <cstdint>
#include <string_view>

namespace kunskap {
namespace {

/// Each matcher has its own id, so that a thread's stem cache never serves a word stemmed
/// by another matcher (another language, or a matcher since destroyed at the same address).
std::atomic<uint64_t> next_matcher_id{1};

/// Stems cached per thread and matcher: one matcher serves every page of a language in
/// parallel, and a shared cache behind a lock made the threads wait for each other.
std::unordered_map<std::string, std::string>& ThreadStemCache(uint64_t matcher_id) {
  thread_local uint64_t cached_id = 0;
  thread_local std::unordered_map<std::string, std::string> cache;
  if (cached_id != matcher_id) {
    cache.clear();
    cached_id = matcher_id;
  }
  return cache;
}

/// Lower-cases ASCII and the Latin-1 letters (Swedish å, ä, ö) without ICU, which costs a
/// conversion to UTF-16 and back for every word of every page. False for any other text,
/// which ICU lower-cases. The result equals ICU's root-locale lower case for these letters.
bool LowerLatin(std::string_view word, std::string& lower) {
  lower.resize(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      lower[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    if (c != 0xC3 || i + 1 >= word.size()) return false;
    auto next = static_cast<unsigned char>(word[i + 1]);
    if (next < 0x80 || next > 0xBF) return false;
    // U+00C0..U+00DE are the capitals of U+00E0..U+00FE, except U+00D7 (the times sign).
    bool capital = next <= 0x9E && next != 0x97;
    lower[i] = static_cast<char>(c);
    lower[i + 1] = static_cast<char>(capital ? next + 0x20 : next);
    ++i;
  }
  return true;
}

}  // namespace

TermMatcher::TermMatcher(WordStemmer stemmer)
    : stemmer_(std::move(stemmer)), nodes_(1), id_(next_matcher_id++) {}

std::string TermMatcher::Stem(const std::string& lower) const {
  auto& cache = ThreadStemCache(id_);
  auto it = cache.find(lower);
  if (it != cache.end()) return it->second;
  std::string stem = stemmer_ ? stemmer_(lower) : lower;
  cache.emplace(lower, stem);
  return stem;
}

std::vector<TextWord> TermMatcher::Words(const std::string& text) const {
  std::vector<TextWord> words;
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    int32_t start = i;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, length, c);
    if (c < 0 || !u_isalnum(c)) continue;
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), next, length, c);
      // Letters, digits and combining marks (a decomposed å) continue a word, and so does
      // an apostrophe between letters ("people's").
      if (c == '\'' || c == 0x2019) {
        int32_t after = next;
        UChar32 following = -1;
        if (after < length)
          U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), after, length, following);
        if (following < 0 || !u_isalpha(following)) break;
        end = after;
        continue;
      }
      if (c < 0 || !(u_isalnum(c) || u_getCombiningClass(c) > 0)) break;
      end = next;
    }
    std::string lower;
    if (!LowerLatin(std::string_view(text).substr(start, end - start), lower)) {
      icu::UnicodeString word = icu::UnicodeString::fromUTF8(text.substr(start, end - start));
      word.toLower(icu::Locale::getRoot());
      lower.clear();
      word.toUTF8String(lower);
    }
    words.push_back({static_cast<size_t>(start), static_cast<size_t>(end), Stem(lower)});
    i = end;
  }
  return words;
}

std::optional<size_t> TermMatcher::Add(const std::string& term, size_t definition) {
  size_t node = 0;
  auto words = Words(term);
  if (words.empty()) return std::nullopt;
  for (const auto& word : words) {
    auto it = nodes_[node].next.find(word.stem);
    if (it == nodes_[node].next.end()) {
      nodes_.push_back({});
      it = nodes_[node].next.emplace(word.stem, nodes_.size() - 1).first;
    }
    node = it->second;
  }
  if (nodes_[node].definition && *nodes_[node].definition != definition) {
    return nodes_[node].definition;
  }
  nodes_[node].definition = definition;
  return std::nullopt;
}

std::vector<TermMatch> TermMatcher::Find(const std::string& text) const {
  std::vector<TermMatch> matches;
  auto words = Words(text);
  for (size_t i = 0; i < words.size();) {
    size_t node = 0;
    std::optional<TermMatch> best;
    for (size_t j = i; j < words.size(); ++j) {
      auto it = nodes_[node].next.find(words[j].stem);
      if (it == nodes_[node].next.end()) break;
      node = it->second;
      if (nodes_[node].definition) {
        best = TermMatch{words[i].begin, words[j].end, *nodes_[node].definition};
        best->end = words[j].end;
      }
      if (j + 1 < words.size()) {
        // Words of one term stand together: only spaces (or a hyphen, "hot- och") between.
        std::string_view gap(text.data() + words[j].end, words[j + 1].begin - words[j].end);
        if (gap.find_first_not_of(" \t\n-\xC2\xA0") != std::string_view::npos) break;
      }
    }
    if (best) {
      matches.push_back(*best);
      while (i < words.size() && words[i].begin < best->end) ++i;
    } else {
      ++i;
    }
  }
  return matches;
}

}  // namespace kunskap
