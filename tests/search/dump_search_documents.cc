// Writes the documents the build's search stage indexes for one language, as the JSON array
// `kunskap index` and lunr.js read, in index field order. The build-index parity test feeds
// them to lunr.js and compares its index with the one the build wrote.
//   dump_search_documents REPO_DIR LANG > documents.json
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/pipeline.h"
#include "search/search_documents.h"
#include "search/search_stage.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: dump_search_documents SITE_DIR LANG\n";
    return 2;
  }
  kunskap::DiskFileSystem fs;
  kunskap::BuildOptions options;
  options.site_dir = argv[1];
  kunskap::Diagnostics diagnostics;
  auto site = kunskap::BuildSiteModel(fs, options, diagnostics);
  if (!site || diagnostics.HasErrors()) {
    for (const auto& d : diagnostics.Sorted()) std::cerr << d.Format() << "\n";
    return 1;
  }
  auto inputs = kunskap::LoadSearchInputs(fs, *site, {}, diagnostics);
  const kunskap::LanguageSite* language = site->FindLanguage(argv[2]);
  if (!language) return 1;
  auto splitter = inputs.splitters.find(argv[2]);
  auto documents = kunskap::SearchDocuments(
      *site, *language, splitter == inputs.splitters.end() ? nullptr : &splitter->second);
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const auto& d : documents) {
    array.push_back({{"ref", d.ref},
                     {"title", d.title},
                     {"aliases", d.aliases},
                     {"tags", d.tags},
                     {"summary", d.summary},
                     {"body", d.body},
                     {"parts", d.parts}});
  }
  std::cout << array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return 0;
}
