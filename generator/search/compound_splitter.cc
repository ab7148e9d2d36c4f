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
  std::unordered_set<std::string> words;
  words.reserve(bytes.size() / 8);
  bool latin1 = FindInvalidUtf8(bytes) != std::string_view::npos;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string_view line(bytes.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start = end + 1;
    if (latin1) {
      // Debian's wswedish is ISO-8859-1, one word a line: lower-case and re-encode each byte
      // directly (ICU per word made loading the list take most of a small site's build).
      std::string word;
      bool letters_only = true;
      size_t letters = 0;
      for (unsigned char c : line) {
        bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
        bool lower = (c >= 'a' && c <= 'z') || (c >= 0xDF && c != 0xF7);
        if (!upper && !lower) {
          letters_only = false;
          break;
        }
        AppendUtf8(word, upper ? c + 0x20 : c);
        ++letters;
      }
      if (letters_only && letters >= kMinPartLetters) words.insert(std::move(word));
      if (letters_only) continue;
      std::string utf8;
      for (unsigned char c : line) AppendUtf8(utf8, c);
      for (auto& part : WordsOf(utf8)) {
        if (CodePointStarts(part).size() - 1 >= kMinPartLetters) words.insert(std::move(part));
      }
      continue;
    }
    for (auto& word : WordsOf(std::string(line))) {
      if (CodePointStarts(word).size() - 1 >= kMinPartLetters) words.insert(std::move(word));
    }
  }
  return words;
}

}  // namespace kunskap
