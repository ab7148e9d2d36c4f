#include "search/stemmer_en.h"

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace kunskap {
namespace {

// The character classes of lunr's Porter expressions. A consonant is `[^aeiou]`, so "y" and
// every non-ASCII unit count as consonants where a consonant comes first.
enum class Unit {
  kNotAeiou,     // [^aeiou]
  kNotAeiouy,    // [^aeiouy]
  kAeiouy,       // [aeiouy]
  kAeiou,        // [aeiou]
  kNotAeiouwxy,  // [^aeiouwxy]
};

bool IsIn(char16_t unit, std::u16string_view set) {
  return set.find(unit) != set.npos;
}

bool Fits(Unit unit, char16_t c) {
  switch (unit) {
    case Unit::kNotAeiou:
      return !IsIn(c, u"aeiou");
    case Unit::kNotAeiouy:
      return !IsIn(c, u"aeiouy");
    case Unit::kAeiouy:
      return IsIn(c, u"aeiouy");
    case Unit::kAeiou:
      return IsIn(c, u"aeiou");
    case Unit::kNotAeiouwxy:
      return !IsIn(c, u"aeiouwxy");
  }
  return false;
}

/// One element of an expression: a class, once or repeated (`*`).
struct Step {
  Unit unit;
  bool repeated;
};

/// Whether `^steps` (or `^steps$`) matches: the set of reachable positions is carried
/// through the steps, which is what a backtracking regex engine answers for `test`.
bool Matches(std::u16string_view word, std::initializer_list<Step> steps, bool to_end) {
  std::vector<char> reach(word.size() + 1, 0), next(word.size() + 1);
  reach[0] = 1;
  for (const Step& step : steps) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    if (step.repeated) {
      bool active = false;
      for (size_t i = 0; i <= word.size(); ++i) {
        active = reach[i] || (active && Fits(step.unit, word[i - 1]));
        next[i] = active;
        any |= active;
      }
    } else {
      for (size_t i = 0; i < word.size(); ++i) {
        if (reach[i] && Fits(step.unit, word[i])) next[i + 1] = 1, any = true;
      }
    }
    if (!any) return false;
    reach.swap(next);
  }
  if (to_end) return reach[word.size()];
  return true;
}

constexpr Step kC1{Unit::kNotAeiou, false};
constexpr Step kCs{Unit::kNotAeiouy, true};
constexpr Step kV1{Unit::kAeiouy, false};
constexpr Step kVs{Unit::kAeiou, true};

/// `^([C])?VC`: the measure m > 0.
bool MeasureAbove0(std::u16string_view s) {
  return Matches(s, {kC1, kCs, kV1, kVs, kC1, kCs}, false) ||
         Matches(s, {kV1, kVs, kC1, kCs}, false);
}

/// `^([C])?VCVC`: m > 1.
bool MeasureAbove1(std::u16string_view s) {
  return Matches(s, {kC1, kCs, kV1, kVs, kC1, kCs, kV1, kVs, kC1, kCs}, false) ||
         Matches(s, {kV1, kVs, kC1, kCs, kV1, kVs, kC1, kCs}, false);
}

/// `^([C])?VC([V])?$`: m = 1.
bool MeasureIs1(std::u16string_view s) {
  return Matches(s, {kC1, kCs, kV1, kVs, kC1, kCs, kV1, kVs}, true) ||
         Matches(s, {kC1, kCs, kV1, kVs, kC1, kCs}, true) ||
         Matches(s, {kV1, kVs, kC1, kCs, kV1, kVs}, true) || Matches(s, {kV1, kVs, kC1, kCs}, true);
}

/// `^([C])?[aeiouy]`: the stem has a vowel.
bool HasVowel(std::u16string_view s) {
  return Matches(s, {kC1, kCs, kV1}, false) || Matches(s, {kV1}, false);
}

/// `^C[aeiouy][^aeiouwxy]$`: consonant-vowel-consonant, the last not w, x or y.
bool EndsCvc(std::u16string_view s) {
  return Matches(s, {kC1, kCs, kV1, {Unit::kNotAeiouwxy, false}}, true);
}

/// Units JavaScript's `.` does not match.
bool IsLineTerminator(char16_t unit) {
  return unit == u'\n' || unit == u'\r' || unit == u'\u2028' || unit == u'\u2029';
}

bool HasNoLineTerminator(std::u16string_view text) {
  for (char16_t unit : text) {
    if (IsLineTerminator(unit)) return false;
  }
  return true;
}

/// `^(.+?)(alt1|alt2|...)$`: the shortest stem (at least one unit, no line terminator)
/// after which the rest of the word is one of the alternatives.
struct SuffixMatch {
  size_t stem_length;
  size_t alternative;
};
std::optional<SuffixMatch> LazySuffix(std::u16string_view word,
                                      std::initializer_list<std::u16string_view> alternatives) {
  for (size_t k = 1; k < word.size(); ++k) {
    if (IsLineTerminator(word[k - 1])) return std::nullopt;
    size_t index = 0;
    for (std::u16string_view alternative : alternatives) {
      if (word.substr(k) == alternative) return SuffixMatch{k, index};
      ++index;
    }
  }
  return std::nullopt;
}

/// `w.replace(/.$/, "")`.
void DropLastUnit(std::u16string& w) {
  if (!w.empty() && !IsLineTerminator(w.back())) w.pop_back();
}

bool EndsWith(std::u16string_view w, std::u16string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

constexpr std::initializer_list<std::u16string_view> kStep2Suffixes = {
    u"ational", u"tional",  u"enci",    u"anci",    u"izer",  u"bli",    u"alli",
    u"entli",   u"eli",     u"ousli",   u"ization", u"ation", u"ator",   u"alism",
    u"iveness", u"fulness", u"ousness", u"aliti",   u"iviti", u"biliti", u"logi"};
constexpr std::u16string_view kStep2Replacements[] = {
    u"ate", u"tion", u"ence", u"ance", u"ize", u"ble", u"al", u"ent", u"e",   u"ous", u"ize",
    u"ate", u"ate",  u"al",   u"ive",  u"ful", u"ous", u"al", u"ive", u"ble", u"log"};
constexpr std::initializer_list<std::u16string_view> kStep3Suffixes = {
    u"icate", u"ative", u"alize", u"iciti", u"ical", u"ful", u"ness"};
constexpr std::u16string_view kStep3Replacements[] = {u"ic", u"", u"al", u"ic", u"ic", u"", u""};
constexpr std::initializer_list<std::u16string_view> kStep4Suffixes = {
    u"al",   u"ance", u"ence", u"er",  u"ic",  u"able", u"ible", u"ant", u"ement",
    u"ment", u"ent",  u"ou",   u"ism", u"ate", u"iti",  u"ous",  u"ive", u"ize"};

}  // namespace

std::u16string StemEnglish(std::u16string w) {
  if (w.size() < 3) return w;
  const bool y_first = w[0] == u'y';
  if (y_first) w[0] = u'Y';

  // Step 1a: sses -> ss, ies -> i, s -> (after a unit other than s).
  if (auto m = LazySuffix(w, {u"sses", u"ies"})) {
    w.resize(w.size() - 2);
  } else if (w.back() == u's' && w[w.size() - 2] != u's' &&
             HasNoLineTerminator(std::u16string_view(w).substr(0, w.size() - 2))) {
    // `^(.+?)([^s])s$`: the unit before the s may be anything but s.
    w.pop_back();
  }

  // Step 1b: eed -> ee when m > 0; ed, ing removed when the stem has a vowel.
  if (auto m = LazySuffix(w, {u"eed"})) {
    if (MeasureAbove0(std::u16string_view(w).substr(0, m->stem_length))) DropLastUnit(w);
  } else if (auto m2 = LazySuffix(w, {u"ed", u"ing"})) {
    std::u16string stem = w.substr(0, m2->stem_length);
    if (HasVowel(stem)) {
      w = stem;
      if (EndsWith(w, u"at") || EndsWith(w, u"bl") || EndsWith(w, u"iz")) {
        w += u'e';
      } else if (w.size() >= 2 && w.back() == w[w.size() - 2] && !IsIn(w.back(), u"aeiouylsz")) {
        DropLastUnit(w);
      } else if (EndsCvc(w)) {
        w += u'e';
      }
    }
  }

  // Step 1c: y -> i after a consonant that is not the first letter.
  if (w.size() >= 3 && w.back() == u'y' && !IsIn(w[w.size() - 2], u"aeiou")) {
    if (HasNoLineTerminator(std::u16string_view(w).substr(0, w.size() - 2))) w.back() = u'i';
  }

  // Steps 2 and 3: suffix replacements when m > 0.
  if (auto m = LazySuffix(w, kStep2Suffixes)) {
    std::u16string stem = w.substr(0, m->stem_length);
    if (MeasureAbove0(stem)) w = stem + std::u16string(kStep2Replacements[m->alternative]);
  }
  if (auto m = LazySuffix(w, kStep3Suffixes)) {
    std::u16string stem = w.substr(0, m->stem_length);
    if (MeasureAbove0(stem)) w = stem + std::u16string(kStep3Replacements[m->alternative]);
  }

  // Step 4: suffixes removed when m > 1; (s|t)ion -> s, t.
  if (auto m = LazySuffix(w, kStep4Suffixes)) {
    std::u16string stem = w.substr(0, m->stem_length);
    if (MeasureAbove1(stem)) w = stem;
  } else if (auto m2 = LazySuffix(w, {u"sion", u"tion"})) {
    std::u16string stem = w.substr(0, m2->stem_length + 1);
    if (MeasureAbove1(stem)) w = stem;
  }

  // Step 5: a final e, and ll -> l, when m > 1.
  if (auto m = LazySuffix(w, {u"e"})) {
    std::u16string stem = w.substr(0, m->stem_length);
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !EndsCvc(stem))) w = stem;
  }
  if (EndsWith(w, u"ll") && MeasureAbove1(w)) DropLastUnit(w);

  if (y_first) w[0] = u'y';
  return w;
}

}  // namespace kunskap
