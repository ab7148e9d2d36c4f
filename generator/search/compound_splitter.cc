#include "search/compound_splitter.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/utf8.h"

namespace kunskap {
namespace {

constexpr int kMinPartLetters = 3;
constexpr int kMaxParts = 4;

/// Byte offsets where each code point of a UTF-8 string starts, plus the end.
std::vector<size_t> CodePointStarts(const std::string& word) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(word.size());
  return starts;
}

std::string Lower(const icu::UnicodeString& text) {
  icu::UnicodeString lower(text);
  lower.toLower(icu::Locale::getRoot());
  std::string out;
  lower.toUTF8String(out);
  return out;
}

}  // namespace

CompoundSplitter::CompoundSplitter(std::unordered_set<std::string> words)
    : words_(std::move(words)) {}

std::vector<std::string> CompoundSplitter::Split(const std::string& word) const {
  std::vector<std::string> parts;
  if (CodePointStarts(word).size() - 1 < 2 * kMinPartLetters) return {};
  if (!SplitInto(word, 0, parts) || parts.size() < 2) return {};
  return parts;
}

bool CompoundSplitter::SplitInto(const std::string& word, int depth,
                                 std::vector<std::string>& parts) const {
  auto starts = CodePointStarts(word);
  size_t letters = starts.size() - 1;
  if (depth > 0 && words_.count(word)) {
    parts.push_back(word);
    return true;
  }
  if (depth + 1 >= kMaxParts || letters < 2 * kMinPartLetters) return false;
  // Longest head first: "kvinnofridslinjen" prefers "kvinnofrid" + "linjen" to shorter heads.
  for (size_t cut = letters - kMinPartLetters; cut >= kMinPartLetters; --cut) {
    std::string head = word.substr(0, starts[cut]);
    std::string tail = word.substr(starts[cut]);
    std::string known_head;
    if (words_.count(head)) {
      known_head = head;
    } else if (head.back() == 's' && cut - 1 >= kMinPartLetters &&
               words_.count(head.substr(0, head.size() - 1))) {
      known_head = head.substr(0, head.size() - 1);  // linking s: våld-s-utövare
    }
    if (known_head.empty()) continue;
    size_t before = parts.size();
    parts.push_back(known_head);
    if (SplitInto(tail, depth + 1, parts)) return true;
    parts.resize(before);
  }
  return false;
}

std::vector<std::string> WordsOf(const std::string& text) {
  std::vector<std::string> words;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString current;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    if (u_isalnum(c)) {
      current.append(c);
    } else if (!current.isEmpty()) {
      words.push_back(Lower(current));
      current.remove();
    }
    i += U16_LENGTH(c);
  }
  if (!current.isEmpty()) words.push_back(Lower(current));
  return words;
}

std::unordered_set<std::string> ParseWordList(const std::string& bytes) {
  std::string text = bytes;
  if (FindInvalidUtf8(text) != std::string_view::npos) {
    // Debian's wswedish is ISO-8859-1: each byte is the code point.
    text.clear();
    for (unsigned char c : bytes) AppendUtf8(text, c);
  }
  std::unordered_set<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    for (auto& word : WordsOf(line)) {
      if (CodePointStarts(word).size() - 1 >= kMinPartLetters) words.insert(std::move(word));
    }
    start = end + 1;
  }
  return words;
}

}  // namespace kunskap
