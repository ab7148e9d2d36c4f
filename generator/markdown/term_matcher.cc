#include "markdown/term_matcher.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <mutex>

namespace kunskap {
namespace {

/// Guards the stem cache: one matcher serves every page of a language, in parallel.
std::mutex& CacheMutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

TermMatcher::TermMatcher(WordStemmer stemmer) : stemmer_(std::move(stemmer)), nodes_(1) {}

std::string TermMatcher::Stem(const std::string& lower) const {
  {
    std::lock_guard lock(CacheMutex());
    auto it = cache_.find(lower);
    if (it != cache_.end()) return it->second;
  }
  std::string stem = stemmer_ ? stemmer_(lower) : lower;
  std::lock_guard lock(CacheMutex());
  cache_.emplace(lower, stem);
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
    icu::UnicodeString word = icu::UnicodeString::fromUTF8(text.substr(start, end - start));
    word.toLower(icu::Locale::getRoot());
    std::string lower;
    word.toUTF8String(lower);
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
