#include <catch2/catch.hpp>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "markdown/term_matcher.h"

using namespace kunskap;

namespace {

/// A stand-in stemmer for these tests: strips a few Swedish endings, so that the matcher's
/// own logic (words, longest match, boundaries) is what is tested here. The real stemmer is
/// the search index's, tested against lunr-languages in tests/search.
std::string TestStem(const std::string& word) {
  for (const char* ending : {"arens", "aren", "arna", "are", "ens", "en", "et", "ar", "er", "s"}) {
    std::string e(ending);
    if (word.size() > e.size() + 3 && word.ends_with(e))
      return word.substr(0, word.size() - e.size());
  }
  return word;
}

std::vector<std::string> Found(const TermMatcher& matcher, const std::string& text) {
  std::vector<std::string> found;
  for (const auto& match : matcher.Find(text)) {
    found.push_back(text.substr(match.begin, match.end - match.begin) + "=" +
                    std::to_string(match.definition));
  }
  return found;
}

}  // namespace

TEST_CASE("the longest term wins") {
  TermMatcher matcher(TestStem);
  matcher.Add("våld", 0);
  matcher.Add("hedersrelaterat våld och förtryck", 1);
  CHECK(Found(matcher, "Om hedersrelaterat våld och förtryck och annat våld.") ==
        std::vector<std::string>{"hedersrelaterat våld och förtryck=1", "våld=0"});
}

TEST_CASE("terms match whole words only") {
  TermMatcher matcher(TestStem);
  matcher.Add("våld", 0);
  CHECK(Found(matcher, "våldsutsatt och våldet").size() == 1);  // "våldet" stems to "våld"
  CHECK(Found(matcher, "våldsutsatt").empty());
}

TEST_CASE("inflected forms find the term through the stemmer") {
  TermMatcher matcher(TestStem);
  matcher.Add("våldsutövare", 0);
  CHECK(Found(matcher, "Våldsutövaren och våldsutövarens barn") ==
        std::vector<std::string>{"Våldsutövaren=0", "våldsutövarens=0"});
}

TEST_CASE("matching is case-insensitive for å ä ö too") {
  TermMatcher matcher(TestStem);
  matcher.Add("ÅTERFALL", 0);
  matcher.Add("Äldre", 1);
  CHECK(Found(matcher, "återfall hos äldre") == std::vector<std::string>{"återfall=0", "äldre=1"});
}

TEST_CASE("a multi-word term may break across lines and hyphens but not punctuation") {
  TermMatcher matcher(TestStem);
  matcher.Add("hot- och riskbedömning", 0);
  matcher.Add("nära relation", 1);
  CHECK(Found(matcher, "en hot- och riskbedömning") ==
        std::vector<std::string>{"hot- och riskbedömning=0"});
  CHECK(Found(matcher, "våld i nära\nrelation") == std::vector<std::string>{"nära\nrelation=1"});
  CHECK(Found(matcher, "nära. Relation").empty());
}

TEST_CASE("a term defined twice is reported") {
  TermMatcher matcher(TestStem);
  CHECK_FALSE(matcher.Add("SIP", 0).has_value());
  CHECK(matcher.Add("sip", 1) == std::optional<size_t>(0));
  CHECK_FALSE(matcher.Add("SIP", 0).has_value());  // the same definition again is fine
}

TEST_CASE("words are lower-cased as ICU does in every script") {
  // Latin-1 letters take a fast path; the rest goes through ICU. Both must agree with ICU.
  TermMatcher matcher([](const std::string& word) { return word; });
  std::string text = "ÅÄÖ Ærø ÞORN ×Ü STRASSE Straße ÀÉÎÕÙÝ ΣΟΦΊΑ İstanbul ДОМ Ǆemal 1A";
  std::vector<std::string> actual;
  for (const auto& word : matcher.Words(text)) {
    icu::UnicodeString original =
        icu::UnicodeString::fromUTF8(text.substr(word.begin, word.end - word.begin));
    original.toLower(icu::Locale::getRoot());
    std::string lower;
    original.toUTF8String(lower);
    CHECK(word.stem == lower);
    actual.push_back(word.stem);
  }
  CHECK(actual == std::vector<std::string>{"åäö", "ærø", "þorn", "ü", "strasse", "straße", "àéîõùý",
                                           "σοφία", "i\xCC\x87stanbul", "дом", "ǆemal", "1a"});
}
