#include "search/stemmer_ar.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "search/lunr_stop_words.h"

namespace kunskap {
namespace {

// Affixes as lunr.ar.js (lunr-languages 1.22.0, MPL-1.1) lists them. Every
// affix of one list has the same length, so "ends with one of them" is what its regular
// expressions `(a|b|...)$` and `^(a|b|...)` match.
constexpr std::u16string_view kPrefixes1 = u"ف ك ب و س ل ن ا ي ت";
constexpr std::u16string_view kPrefixes2 = u"ال لل";
constexpr std::u16string_view kPrefixes3 = u"بال وال فال تال كال ولل";
constexpr std::u16string_view kPrefixes4 = u"فبال كبال وبال وكال";
constexpr std::u16string_view kSuffixes1 = u"ه ك ت ن ا ي";
constexpr std::u16string_view kSuffixes2 =
    u"نك نه ها وك يا اه ون ين تن تم نا وا ان كم كن ني نن ما هم هن تك ته ات يه";
constexpr std::u16string_view kSuffixes3 =
    u"تين كهم نيه نهم ونه وها يهم ونا ونك وني وهم تكم تنا تها تني تهم كما كها ناه نكم هنا تان "
    u"يها";
constexpr std::u16string_view kSuffixes4 =
    u"كموه ناها ونني ونهم تكما تموه تكاه كماه ناكم ناهم نيها وننا";

constexpr char16_t kAlef = u'\u0627';
constexpr char16_t kTatweel = u'\u0640';
constexpr char16_t kWaw = u'\u0648';
constexpr char16_t kHamza = u'\u0621';

/// `text.split(' ')`, as a set.
std::unordered_set<std::u16string> SplitWords(std::u16string_view text) {
  std::unordered_set<std::u16string> words;
  size_t start = 0;
  while (true) {
    size_t end = text.find(u' ', start);
    words.emplace(text.substr(start, end == std::u16string_view::npos ? end : end - start));
    if (end == std::u16string_view::npos) break;
    start = end + 1;
  }
  return words;
}

struct Affixes {
  std::unordered_set<std::u16string> words;
  size_t length;
};

Affixes MakeAffixes(std::u16string_view list) {
  auto words = SplitWords(list);
  return {words, words.begin()->size()};
}

/// A morphological pattern: letters that must stand at given places, and, when it has one,
/// the root form to write instead (a letter of the word, or a fixed letter).
struct PatternLetter {
  std::u16string_view any_of;
  int at;
};
struct RootLetter {
  char16_t letter;
  int at;
  int from;  ///< the word's letter at this index, or -1 for `letter`
};
struct Pattern {
  std::vector<PatternLetter> letters;
  std::vector<RootLetter> root;
};
using Patterns = std::vector<Pattern>;

// lunr.ar.js's `patterns` table: pt43 is for 4-letter words with a 3-letter root, and so on.
const Patterns kPattern43 = {
    {{{u"ا", 1}}, {}},
    {{{u"اتني", 0}}, {{u'ف', 0, 1}, {u'ع', 1, 2}, {u'ل', 2, 3}}},
    {{{u"و", 2}}, {{u'ف', 0, 0}, {u'ع', 1, 1}, {u'ل', 2, 3}}},
    {{{u"ا", 2}}, {}},
    {{{u"ي", 2}}, {{u'ف', 0, 0}, {u'ع', 1, 1}, {u'ا', 2, -1}, {u'ل', 3, 3}}},
    {{{u"م", 0}}, {}},
};
const Patterns kPattern53 = {
    {{{u"ت", 0}, {u"ا", 2}}, {}},
    {{{u"انتي", 0}, {u"ت", 2}},
     {{u'ا', 0, -1}, {u'ف', 1, 1}, {u'ت', 2, -1}, {u'ع', 3, 3}, {u'ا', 4, -1}, {u'ل', 5, 4}}},
    {{{u"ا", 0}, {u"ا", 2}},
     {{u'ا', 0, -1}, {u'ف', 1, 1}, {u'ع', 2, 3}, {u'ل', 3, 4}, {u'ا', 4, -1}, {u'ل', 5, 4}}},
    {{{u"ا", 0}, {u"ا", 3}}, {{u'ف', 0, 1}, {u'ع', 1, 2}, {u'ل', 2, 4}}},
    {{{u"ا", 3}, {u"ن", 4}}, {}},
    {{{u"ت", 0}, {u"ي", 3}}, {}},
    {{{u"م", 0}, {u"و", 3}}, {}},
    {{{u"ا", 1}, {u"و", 3}}, {}},
    {{{u"و", 1}, {u"ا", 2}}, {}},
    {{{u"م", 0}, {u"ا", 3}}, {}},
    {{{u"م", 0}, {u"ي", 3}}, {}},
    {{{u"ا", 2}, {u"ن", 3}}, {}},
    {{{u"م", 0}, {u"ن", 1}},
     {{u'ا', 0, -1}, {u'ن', 1, -1}, {u'ف', 2, 2}, {u'ع', 3, 3}, {u'ا', 4, -1}, {u'ل', 5, 4}}},
    {{{u"م", 0}, {u"ت", 2}},
     {{u'ا', 0, -1}, {u'ف', 1, 1}, {u'ت', 2, -1}, {u'ع', 3, 3}, {u'ا', 4, -1}, {u'ل', 5, 4}}},
    {{{u"م", 0}, {u"ا", 2}}, {}},
    {{{u"م", 1}, {u"ا", 3}}, {}},
    {{{u"يتان", 0}, {u"ت", 1}}, {{u'ف', 0, 2}, {u'ع', 1, 3}, {u'ا', 2, -1}, {u'ل', 3, 4}}},
    {{{u"تيان", 0}, {u"ت", 2}},
     {{u'ا', 0, -1}, {u'ف', 1, 1}, {u'ت', 2, -1}, {u'ع', 3, 3}, {u'ا', 4, -1}, {u'ل', 5, 4}}},
    {{{u"ا", 2}, {u"ي", 3}}, {}},
    {{{u"ايتن", 0}, {u"ن", 1}},
     {{u'ا', 0, -1}, {u'ن', 1, -1}, {u'ف', 2, 2}, {u'ع', 3, 3}, {u'ا', 4, -1}, {u'ل', 5, 4}}},
    {{{u"ا", 3}, {u"ء", 4}}, {}},
};
const Patterns kPattern63 = {
    {{{u"ا", 0}, {u"ت", 2}, {u"ا", 4}}, {}},
    {{{u"اتني", 0}, {u"س", 1}, {u"ت", 2}},
     {{u'ا', 0, -1},
      {u'س', 1, -1},
      {u'ت', 2, -1},
      {u'ف', 3, 3},
      {u'ع', 4, 4},
      {u'ا', 5, -1},
      {u'ل', 6, 5}}},
    {{{u"انتي", 0}, {u"و", 3}}, {}},
    {{{u"م", 0}, {u"س", 1}, {u"ت", 2}},
     {{u'ا', 0, -1},
      {u'س', 1, -1},
      {u'ت', 2, -1},
      {u'ف', 3, 3},
      {u'ع', 4, 4},
      {u'ا', 5, -1},
      {u'ل', 6, 5}}},
    {{{u"ي", 1}, {u"ي", 3}, {u"ا", 4}, {u"ء", 5}}, {}},
    {{{u"ا", 0}, {u"ن", 1}, {u"ا", 4}}, {}},
};
const Patterns kPattern54 = {
    {{{u"ت", 0}}, {}},
    {{{u"ايتن", 0}},
     {{u'ا', 0, -1},
      {u'ف', 1, 1},
      {u'ع', 2, 2},
      {u'ل', 3, 3},
      {u'ر', 4, 4},
      {u'ا', 5, -1},
      {u'ر', 6, 4}}},
    {{{u"م", 0}},
     {{u'ا', 0, -1},
      {u'ف', 1, 1},
      {u'ع', 2, 2},
      {u'ل', 3, 3},
      {u'ر', 4, 4},
      {u'ا', 5, -1},
      {u'ر', 6, 4}}},
    {{{u"ا", 2}}, {}},
    {{{u"ا", 0}, {u"ن", 2}}, {}},
};
const Patterns kPattern64 = {
    {{{u"ا", 0}, {u"ا", 4}}, {}},
    {{{u"م", 0}, {u"ت", 1}}, {}},
};
const Patterns kPattern73 = {
    {{{u"ا", 0}, {u"س", 1}, {u"ت", 2}, {u"ا", 5}}, {}},
};

/// Replaces the first occurrence of any of `from` with `to`.
void ReplaceFirst(std::u16string& word, std::u16string_view from, char16_t to) {
  size_t at = word.find_first_of(from);
  if (at != std::u16string::npos) word[at] = to;
}

/// One call of lunr.ar.js's `stem()`: the steps run in order until one says "done".
class ArabicStem {
 public:
  explicit ArabicStem(std::u16string word) : word_(std::move(word)) {}

  std::u16string Run() {
    // cleanWord: its test for non-Arabic letters reads an always-empty variable, so it only
    // removes the tatweel.
    std::erase(word_, kTatweel);
    std::erase_if(word_, [](char16_t unit) { return unit >= 0x064B && unit <= 0x065B; });
    ReplaceFirst(word_, u"\u0622\u0623\u0625\u0671\u0649", kAlef);
    if (IsArabicStemmerStopWord(word_)) return word_;
    NormalizeHamzaAndAlef();
    if (word_.size() > 3 && word_[0] == kWaw && word_[1] == kWaw) word_.erase(0, 1);
    RemovePrefix432();
    if (word_.size() <= 2) return word_;
    if (!word_.empty() && word_.back() == kAlef) word_.pop_back();
    if (size_t taa = word_.find(u'\u0629'); taa != std::u16string::npos) word_.erase(taa, 1);
    CheckWord();
    return word_;
  }

 private:
  void NormalizeHamzaAndAlef() {
    ReplaceFirst(word_, u"\u0624", kHamza);
    ReplaceFirst(word_, u"\u0626", kHamza);
    auto end = std::unique(word_.begin(), word_.end(),
                           [](char16_t a, char16_t b) { return a == kAlef && b == kAlef; });
    word_.erase(end, word_.end());
  }

  bool StripPrefix(const Affixes& affixes) {
    if (word_.size() < affixes.length) return false;
    if (!affixes.words.count(word_.substr(0, affixes.length))) return false;
    word_.erase(0, affixes.length);
    return true;
  }

  bool StripSuffix(const Affixes& affixes) {
    if (word_.size() < affixes.length) return false;
    if (!affixes.words.count(word_.substr(word_.size() - affixes.length))) return false;
    word_.resize(word_.size() - affixes.length);
    return true;
  }

  void RemovePrefix432() {
    static const Affixes p4 = MakeAffixes(kPrefixes4), p3 = MakeAffixes(kPrefixes3),
                         p2 = MakeAffixes(kPrefixes2);
    bool removed = word_.size() >= 7 && StripPrefix(p4);
    if (!removed && word_.size() >= 6) removed = StripPrefix(p3);
    if (!removed && word_.size() >= 5) removed = StripPrefix(p2);
    if (removed) prefix_removed_ = true;
  }

  void RemovePrefix1() {
    static const Affixes p1 = MakeAffixes(kPrefixes1);
    if (!prefix_removed_ && word_.size() > 3 && StripPrefix(p1)) prefix_removed_ = true;
  }

  void RemoveSuffix432() {
    static const Affixes s4 = MakeAffixes(kSuffixes4), s3 = MakeAffixes(kSuffixes3),
                         s2 = MakeAffixes(kSuffixes2);
    bool removed = word_.size() >= 6 && StripSuffix(s4);
    if (!removed && word_.size() >= 5) removed = StripSuffix(s3);
    if (!removed && word_.size() >= 4) removed = StripSuffix(s2);
    if (removed) suffix_removed_ = true;
  }

  void RemoveSuffix1() {
    static const Affixes s1 = MakeAffixes(kSuffixes1);
    if (!suffix_removed_ && word_.size() > 3 && StripSuffix(s1)) suffix_removed_ = true;
  }

  void CheckPattern(const Patterns& patterns) {
    for (const Pattern& pattern : patterns) {
      bool fits = std::all_of(pattern.letters.begin(), pattern.letters.end(), [&](auto& p) {
        return static_cast<size_t>(p.at) < word_.size() &&
               p.any_of.find(word_[p.at]) != std::u16string_view::npos;
      });
      if (!fits) continue;
      if (!pattern.root.empty()) {
        // A JavaScript array filled by index and joined: unset places join as "".
        std::vector<std::optional<char16_t>> root;
        for (const RootLetter& letter : pattern.root) {
          if (root.size() <= static_cast<size_t>(letter.at)) root.resize(letter.at + 1);
          if (letter.from < 0) {
            root[letter.at] = letter.letter;
          } else if (static_cast<size_t>(letter.from) < word_.size()) {
            root[letter.at] = word_[letter.from];
          } else {
            root[letter.at].reset();
          }
        }
        std::u16string rewritten;
        for (auto unit : root) {
          if (unit) rewritten += *unit;
        }
        word_ = rewritten;
      }
      done_ = true;
      return;
    }
  }

  /// wordCheck: by length, a fixed order of pattern checks and affix removals, each run
  /// only while the length stays and no pattern has matched.
  void CheckWord() {
    enum Step { kSuffix432, kSuffix1, kPrefix1, k43, k53, k54, k63, k64, k73 };
    auto run = [this](Step step) {
      switch (step) {
        case kSuffix432:
          RemoveSuffix432();
          break;
        case kSuffix1:
          RemoveSuffix1();
          break;
        case kPrefix1:
          RemovePrefix1();
          break;
        case k43:
          CheckPattern(kPattern43);
          break;
        case k53:
          CheckPattern(kPattern53);
          break;
        case k54:
          CheckPattern(kPattern54);
          break;
        case k63:
          CheckPattern(kPattern63);
          break;
        case k64:
          CheckPattern(kPattern64);
          break;
        case k73:
          CheckPattern(kPattern73);
          break;
      }
    };
    const std::array<Step, 3> steps7 = {kSuffix432, kSuffix1, kPrefix1};
    size_t counter = 0;
    bool pattern_checked = false;
    while (word_.size() >= 7 && !done_ && counter < steps7.size()) {
      if (word_.size() == 7 && !pattern_checked) {
        run(k73);
        pattern_checked = true;
      } else {
        run(steps7[counter++]);
        pattern_checked = false;
      }
    }
    const std::array<std::pair<size_t, std::array<Step, 5>>, 2> steps65 = {{
        {6, {k63, kSuffix432, kSuffix1, kPrefix1, k64}},
        {5, {k53, kSuffix432, kSuffix1, kPrefix1, k54}},
    }};
    for (const auto& [length, steps] : steps65) {
      for (counter = 0; word_.size() == length && !done_ && counter < steps.size();) {
        run(steps[counter++]);
      }
    }
    const std::array<Step, 4> steps4 = {k43, kSuffix1, kPrefix1, kSuffix432};
    for (counter = 0; word_.size() == 4 && !done_ && counter < steps4.size();) {
      run(steps4[counter++]);
    }
  }

  std::u16string word_;
  bool prefix_removed_ = false;
  bool suffix_removed_ = false;
  bool done_ = false;  ///< a pattern matched
};

}  // namespace

std::u16string StemArabic(std::u16string word) {
  return ArabicStem(std::move(word)).Run();
}

}  // namespace kunskap
