#include "search/search_documents.h"

#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "core/parallel.h"

namespace kunskap {
namespace {

constexpr size_t kExcerptBytes = 600;

std::string KindName(const Page& page) {
  switch (page.kind) {
    case SectionKind::kDefinitions:
      return "definition";
    case SectionKind::kContacts:
      return "contact";
    case SectionKind::kUpdates:
      return "update";
    default:
      return "article";
  }
}

/// Cuts at a character boundary at or before `bytes`.
std::string Truncate(const std::string& text, size_t bytes) {
  if (text.size() <= bytes) return text;
  size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

/// Runs of white space (line breaks between blocks) become one space, for snippets.
std::string CollapseSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

/// The compound parts of a text's distinct words, from `splits` (word -> its parts).
std::string CompoundParts(const std::unordered_map<std::string, std::vector<std::string>>& splits,
                          const std::string& text) {
  std::string parts;
  std::unordered_set<std::string> seen;
  for (auto& word : WordsOf(text)) {
    auto it = splits.find(word);
    if (it == splits.end() || !seen.insert(std::move(word)).second) continue;
    for (const auto& part : it->second) {
      if (!parts.empty()) parts += ' ';
      parts += part;
    }
  }
  return parts;
}

/// Splits every distinct word of the texts once (a word recurs on thousands of pages), in
/// parallel; only the words that are compounds are kept.
std::unordered_map<std::string, std::vector<std::string>> SplitWords(
    const CompoundSplitter& splitter, const std::vector<const std::string*>& texts) {
  std::vector<std::vector<std::string>> words_per_text(texts.size());
  ParallelFor(texts.size(), [&](size_t i) { words_per_text[i] = WordsOf(*texts[i]); });
  std::unordered_set<std::string> distinct;
  for (auto& words : words_per_text) {
    for (auto& word : words) distinct.insert(std::move(word));
  }
  std::vector<std::string> words(distinct.begin(), distinct.end());
  std::vector<std::vector<std::string>> parts(words.size());
  ParallelFor(words.size(), [&](size_t i) { parts[i] = splitter.Split(words[i]); });
  std::unordered_map<std::string, std::vector<std::string>> splits;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!parts[i].empty()) splits.emplace(std::move(words[i]), std::move(parts[i]));
  }
  return splits;
}

}  // namespace

std::vector<SearchDocument> SearchDocuments(const Site& site, const LanguageSite& language,
                                            const CompoundSplitter* splitter) {
  std::vector<const SitePage*> entries;
  for (const auto& entry : site.pages) {
    if (entry.page.language != language.language.code) continue;
    if (entry.page.meta.layout == "search") continue;  // the search page finds, it is not found
    entries.push_back(&entry);
  }
  std::vector<std::string> texts(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    texts[i] = entries[i]->page.meta.title + " " + entries[i]->body.plain_text;
  }
  std::unordered_map<std::string, std::vector<std::string>> splits;
  if (splitter) {
    std::vector<const std::string*> text_pointers;
    for (const auto& text : texts) text_pointers.push_back(&text);
    splits = SplitWords(*splitter, text_pointers);
  }
  std::vector<SearchDocument> documents(entries.size());
  ParallelFor(entries.size(), [&](size_t i) {
    const Page& page = entries[i]->page;
    SearchDocument& document = documents[i];
    document.ref = std::to_string(i);
    document.title = page.meta.title;
    document.aliases = page.meta.aliases;
    document.tags = page.meta.tags;
    document.summary = page.meta.summary;
    document.body = entries[i]->body.plain_text;
    if (splitter) document.parts = CompoundParts(splits, texts[i]);
    document.url = page.output_path;
    document.kind = KindName(page);
    document.audience = page.audiences;
    auto section = language.sections.find(page.section);
    if (section != language.sections.end() && page.type != PageType::kHome) {
      document.section = site.pages[section->second.index_page].page.meta.title;
    }
    document.excerpt = Truncate(CollapseSpaces(document.body), kExcerptBytes);
  });
  return documents;
}

std::string SearchDocsJson(const std::vector<SearchDocument>& documents) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const auto& document : documents) {
    array.push_back({{"ref", document.ref},
                     {"title", document.title},
                     {"url", document.url},
                     {"summary", document.summary},
                     {"kind", document.kind},
                     {"audience", document.audience},
                     {"section", document.section},
                     {"aliases", document.aliases},
                     {"excerpt", document.excerpt}});
  }
  return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kunskap
