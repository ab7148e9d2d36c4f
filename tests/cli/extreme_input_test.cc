// Valid but extreme input, generated here at run time: each builds in bounded time, or would
// stop with an error naming a documented limit (docs/reliability.md, "Limits"); none may
// crash, hang or overflow the stack. Built in memory (tests/memory_site.h), so the times are
// the generator's, not the disk's.
//
// The [heavy] cases take seconds and hundreds of MB in the release build; under the
// sanitizers (Debug, several times slower and larger) they return early: the nesting, line
// and table cases, where a stack overflow would show, run everywhere.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "memory_site.h"

using namespace kunskap;
using testing::MemorySite;
using testing::PageText;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

/// Builds the site and returns the seconds it took; the build must succeed.
double TimedBuild(const MemorySite& site, BuildResult& result) {
  auto start = std::chrono::steady_clock::now();
  result = site.Build();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const std::string& PageHtml(const BuildResult& result, const std::string& path) {
  static const std::string none;
  for (const auto& [file, bytes] : result.output->files) {
    if (file == path) return bytes;
  }
  return none;
}

size_t Count(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

/// Words made of syllables, all different for the first 20^4 numbers, so that a large page
/// has a large vocabulary (the search index grows with it) rather than one word repeated.
std::string Word(size_t number) {
  static const char* const kSyllables[] = {"va", "lö", "ra", "ki", "mo", "sä", "tu",
                                           "ne", "pi", "lå", "de", "gö", "ha", "jo",
                                           "bu", "fe", "sy", "rå", "ty", "wi"};
  std::string word;
  do {
    word += kSyllables[number % 20];
    number /= 20;
  } while (number > 0);
  return word;
}

/// Terms the stemmer leaves whole (no vowel, no final s), all different, so that each one
/// links to its own definition: "kb", "kc", ... "kbc", ...
std::string Term(size_t number) {
  static const char kConsonants[] = "bcdfghjklmnprtvxz";
  std::string term = "k";
  do {
    term += kConsonants[number % 17];
    number /= 17;
  } while (number > 0);
  return term;
}

}  // namespace

TEST_CASE("a 50 MB page builds in bounded time", "[heavy]") {
  if (kSanitized) return;
  MemorySite site;
  std::string body;
  body.reserve(52 * 1024 * 1024);
  for (size_t n = 0; body.size() < 50 * 1024 * 1024; ++n) {
    body += Word(n * 7919 % 160000);
    body += n % 12 == 11 ? ".\n" : " ";
    if (n % 120 == 119) body += "\n";
  }
  site.Write("content/sv/stor.md", PageText("title: Stor", body));
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  CHECK(PageHtml(result, "sv/stor/index.html").size() > 50 * 1024 * 1024);
  CHECK(seconds < 60);
}

TEST_CASE("a line of 100000 characters builds as words and as one word") {
  MemorySite site;
  std::string words;
  for (size_t n = 0; words.size() < 100000; ++n) words += Word(n) + " ";
  std::string one_word(100000, 'a');
  site.Write("content/sv/ord.md", PageText("title: Ord", words + "\n"));
  site.Write("content/sv/ett-ord.md", PageText("title: Ett ord", one_word + "\n"));
  site.Write("content/sv/rubrik.md", PageText("title: Rubrik", "## " + words + "\n"));
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  CHECK_THAT(PageHtml(result, "sv/ett-ord/index.html"), Catch::Contains(one_word));
  CHECK(PageHtml(result, "sv/rubrik/index.html").size() > 200000);  // the heading and its id
  CHECK(seconds < 20);
}

TEST_CASE("lists and block quotes nested 10000 deep build with every level") {
  MemorySite site;
  // The deepest level holds a link and a glossary term, or a heading, so that every pass
  // over the tree (links, glossary, anchors, plain text) walks all the way down.
  std::string deepest = "Djupast: [start](_index.md) och eftervåld.\n";
  std::string list, quotes, mixed;
  for (int i = 0; i < 10000; ++i) list += "- ";
  for (int i = 0; i < 10000; ++i) quotes += "> ";
  for (int i = 0; i < 5000; ++i) mixed += "> - ";
  // Far deeper than anyone writes: the passes once recursed per level and overflowed the
  // stack at about 50,000 levels.
  std::string deep_list;
  for (int i = 0; i < 200000; ++i) deep_list += "- ";
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  site.Write("content/sv/begrepp/eftervald.md",
             PageText("title: Eftervåld\nsummary: Våld efter en separation."));
  site.Write("content/sv/lista.md", PageText("title: Lista", list + deepest));
  site.Write("content/sv/citat.md", PageText("title: Citat", quotes + deepest));
  site.Write("content/sv/blandat.md", PageText("title: Blandat", mixed + "## Djupast rubrik\n"));
  site.Write("content/sv/djup.md", PageText("title: Djup", deep_list + deepest));
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  const std::string& list_html = PageHtml(result, "sv/lista/index.html");
  const std::string& quotes_html = PageHtml(result, "sv/citat/index.html");
  const std::string& mixed_html = PageHtml(result, "sv/blandat/index.html");
  CHECK(Count(list_html, "<li>") >= 10000);
  CHECK(Count(quotes_html, "<blockquote>") == 10000);
  CHECK(Count(mixed_html, "<blockquote>") == 5000);
  const std::string& deep_html = PageHtml(result, "sv/djup/index.html");
  CHECK(Count(deep_html, "<li>") >= 200000);
  for (const std::string* html : {&list_html, &quotes_html, &deep_html}) {
    CHECK_THAT(*html, Catch::Contains("<a href=\"../index.html\">start</a>"));
    CHECK_THAT(*html, Catch::Contains("href=\"../begrepp/eftervald/index.html\""));
  }
  CHECK_THAT(mixed_html, Catch::Contains("<h2 id=\"djupast-rubrik\">"));
  CHECK(seconds < 20);
}

TEST_CASE("a page with 80000 raw HTML tags reports each where it is in linear time") {
  MemorySite site;
  std::string body;
  for (int i = 0; i < 40000; ++i) body += "Rad <b>fet</b> text.\n\n";
  site.Write("content/sv/html.md", PageText("title: Html", body));
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  CHECK(result.diagnostics.WarningCount() == 80000);
  CHECK_THAT(testing::Messages(result),
             Catch::Contains("content/sv/html.md:80002:11: warning: raw HTML is left out"));
  // Locating each tag from the top of the page took 25 s here.
  if (!kSanitized) CHECK(seconds < 10);
}

TEST_CASE("a table with 5000 columns builds") {
  MemorySite site;
  std::string header = "|", rule = "|", row = "|";
  for (int i = 0; i < 5000; ++i) {
    header += " k" + std::to_string(i) + " |";
    rule += " --- |";
    row += " " + Word(i) + " |";
  }
  std::string table = header + "\n" + rule + "\n";
  for (int i = 0; i < 20; ++i) table += row + "\n";
  site.Write("content/sv/tabell.md", PageText("title: Tabell", table));
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  const std::string& html = PageHtml(result, "sv/tabell/index.html");
  CHECK(Count(html, "<th>") == 5000);
  CHECK(Count(html, "<td>") == 5000 * 20);
  CHECK(seconds < 20);
}

TEST_CASE("100000 definitions build in bounded time", "[heavy]") {
  if (kSanitized) return;
  MemorySite site;
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  for (size_t i = 0; i < 100000; ++i) {
    // Each definition mentions the next, so every page is glossary-linked.
    std::string term = Term(i);
    site.Write("content/sv/begrepp/" + term + ".md",
               PageText("title: " + term + "\nsummary: Om " + term + ".",
                        "Se även " + Term(i + 1) + ".\n"));
  }
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  CHECK(result.page_count == 100000 + 4);
  CHECK(seconds < 120);
}

TEST_CASE("a page that mentions 10000 terms links each of them", "[heavy]") {
  if (kSanitized) return;
  MemorySite site;
  site.Write("content/sv/begrepp/_index.md", PageText("title: Begrepp\nkind: definitions"));
  std::string mentions;
  for (size_t i = 0; i < 10000; ++i) {
    std::string term = Term(i);
    site.Write("content/sv/begrepp/" + term + ".md",
               PageText("title: " + term + "\nsummary: Om " + term + "."));
    mentions += term + (i % 10 == 9 ? ".\n" : " ");
  }
  site.Write("content/sv/termer.md", PageText("title: Termer", mentions));
  BuildResult result;
  double seconds = TimedBuild(site, result);
  INFO(testing::Errors(result));
  REQUIRE(result.output);
  CHECK(Count(PageHtml(result, "sv/termer/index.html"), "class=\"term__link\"") == 10000);
  CHECK(seconds < 60);
}
