#include "search/search_documents.h"

#include <nlohmann/json.hpp>
#include <set>

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

std::string CompoundParts(const CompoundSplitter& splitter, const std::string& text) {
  std::string parts;
  std::set<std::string> seen;
  for (const auto& word : WordsOf(text)) {
    if (!seen.insert(word).second) continue;
    for (const auto& part : splitter.Split(word)) {
      if (!parts.empty()) parts += ' ';
      parts += part;
    }
  }
  return parts;
}

}  // namespace

std::vector<SearchDocument> SearchDocuments(const Site& site, const LanguageSite& language,
                                            const CompoundSplitter* splitter) {
  std::vector<SearchDocument> documents;
  for (const auto& entry : site.pages) {
    const Page& page = entry.page;
    if (page.language != language.language.code) continue;
    if (page.meta.layout == "search") continue;  // the search page finds, it is not found
    SearchDocument document;
    document.ref = std::to_string(documents.size());
    document.title = page.meta.title;
    document.aliases = page.meta.aliases;
    document.tags = page.meta.tags;
    document.summary = page.meta.summary;
    document.body = entry.body.plain_text;
    if (splitter) document.parts = CompoundParts(*splitter, page.meta.title + " " + document.body);
    document.url = page.output_path;
    document.kind = KindName(page);
    document.audience = page.audiences;
    auto section = language.sections.find(page.section);
    if (section != language.sections.end() && page.type != PageType::kHome) {
      document.section = site.pages[section->second.index_page].page.meta.title;
    }
    document.excerpt = Truncate(CollapseSpaces(document.body), kExcerptBytes);
    documents.push_back(std::move(document));
  }
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
