#include "search/search_stage.h"

#include <nlohmann/json.hpp>
#include <set>

#include "core/parallel.h"
#include "search/lunr_builder.h"
#include "search/search_documents.h"

namespace kunskap {

std::vector<std::string> LunrScripts(const std::string& search_language) {
  std::vector<std::string> scripts = {"lunr/lunr.min.js"};
  if (!search_language.empty() && search_language != "en") {
    scripts.push_back("lunr-languages/min/lunr.stemmer.support.min.js");
    scripts.push_back("lunr-languages/min/lunr." + search_language + ".min.js");
  }
  return scripts;
}

std::string SearchIndexPath(const std::string& language) {
  return language + "/search-index.json";
}
std::string SearchDocsPath(const std::string& language) {
  return language + "/search-docs.json";
}

SearchInputs LoadSearchInputs(const FileSystem& fs, const Site& site,
                              const std::vector<std::string>& package_dirs,
                              Diagnostics& diagnostics,
                              const std::set<std::string>& kept_languages) {
  SearchInputs inputs;
  for (const auto& dir : package_dirs) {
    if (fs.IsFile(JoinPath(dir, "lunr/lunr.min.js"))) {
      inputs.lunr_packages = dir;
      break;
    }
  }
  if (inputs.lunr_packages.empty()) {
    diagnostics.Error({"node_modules/lunr"}, "lunr.js is not installed, so search cannot be built",
                      "run 'npm ci' in the kunskap folder (scripts/install-deps does it)");
  } else {
    for (const auto& language : site.config.languages) {
      for (const auto& script : LunrScripts(language.search)) {
        if (!fs.IsFile(JoinPath(inputs.lunr_packages, script))) {
          diagnostics.Error({site.config.path},
                            "language '" + language.code + "': search language '" +
                                language.search + "' has no " + script,
                            "use a language lunr-languages supports, or search = \"\"");
        }
      }
    }
  }
  for (const auto& language : site.config.languages) {
    if (language.compound_words.empty() || kept_languages.count(language.code)) continue;
    std::string error;
    auto bytes = fs.ReadFile(language.compound_words, &error);
    if (!bytes) {
      diagnostics.Warning({site.config.path},
                          "language '" + language.code + "': compound word list " +
                              language.compound_words +
                              " is missing; compounds are split "
                              "against the site's own words only",
                          "install it (Debian: wswedish) or remove compound_words");
    }
    auto words = bytes ? ParseWordList(*bytes) : std::unordered_set<std::string>{};
    std::vector<const SitePage*> pages;
    for (const auto& entry : site.pages) {
      if (entry.page.language == language.code) pages.push_back(&entry);
    }
    std::vector<std::vector<std::string>> page_words(pages.size());
    ParallelFor(pages.size(), [&](size_t i) {
      page_words[i] = WordsOf(pages[i]->page.meta.title + " " + pages[i]->body.plain_text);
    });
    for (auto& list : page_words) {
      for (auto& word : list) {
        if (word.size() >= 3) words.insert(std::move(word));
      }
    }
    inputs.splitters.emplace(language.code, CompoundSplitter(std::move(words)));
  }
  return inputs;
}

std::string SearchConfigJson(const Site& site) {
  nlohmann::ordered_json languages = nlohmann::ordered_json::array();
  for (const auto& language : site.config.languages) {
    nlohmann::ordered_json scripts = nlohmann::ordered_json::array();
    for (const auto& script : LunrScripts(language.search))
      scripts.push_back("assets/lunr/" + script);
    languages.push_back({{"code", language.code},
                         {"name", language.name},
                         {"dir", language.direction},
                         {"search", language.search},
                         {"scripts", scripts},
                         {"index", language.code + "/search-index.json"},
                         {"docs", language.code + "/search-docs.json"}});
  }
  nlohmann::ordered_json config = {{"languages", languages}};
  return config.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void AddSearchFiles(const Site& site, const SearchInputs& inputs, RenderedSite& rendered,
                    const std::set<std::string>& kept_languages) {
  // Documents one language at a time (each is parallel over its pages), then the indexes
  // of all languages side by side (one index is built by one thread).
  std::vector<std::vector<SearchDocument>> documents_per_language;
  std::vector<const LanguageSite*> languages;
  for (const auto& language : site.languages) {
    const std::string& code = language.language.code;
    if (kept_languages.count(code)) {
      rendered.files.push_back({SearchIndexPath(code), "", true});
      rendered.files.push_back({SearchDocsPath(code), "", true});
      continue;
    }
    languages.push_back(&language);
    auto splitter = inputs.splitters.find(language.language.code);
    documents_per_language.push_back(SearchDocuments(
        site, language, splitter == inputs.splitters.end() ? nullptr : &splitter->second));
  }
  std::vector<OutputFile> files(languages.size() * 2);
  ParallelFor(languages.size(), [&](size_t i) {
    const LanguageSite& language = *languages[i];
    const auto& documents = documents_per_language[i];
    std::vector<LunrField> fields;
    for (const auto& field : kSearchFields) fields.push_back({field.name, field.boost});
    LunrBuilder builder(language.language.search, fields);
    for (const auto& document : documents) {
      LunrDocument lunr;
      lunr.ref = document.ref;
      lunr.fields["title"] = {document.title, {}, false};
      lunr.fields["aliases"] = {"", document.aliases, true};
      lunr.fields["tags"] = {"", document.tags, true};
      lunr.fields["summary"] = {document.summary, {}, false};
      lunr.fields["body"] = {document.body, {}, false};
      lunr.fields["parts"] = {document.parts, {}, false};
      builder.Add(lunr);
    }
    const std::string& code = language.language.code;
    files[2 * i] = {SearchIndexPath(code), builder.Serialize()};
    files[2 * i + 1] = {SearchDocsPath(code), SearchDocsJson(documents)};
  });
  for (auto& file : files) rendered.files.push_back(std::move(file));
  rendered.files.push_back({"search-config.json", SearchConfigJson(site)});
  if (inputs.lunr_packages.empty()) return;
  std::set<std::string> scripts;
  for (const auto& language : site.config.languages) {
    for (const auto& script : LunrScripts(language.search)) scripts.insert(script);
  }
  for (const auto& script : scripts) {
    rendered.copies.push_back({JoinPath(inputs.lunr_packages, script), "assets/lunr/" + script});
  }
}

}  // namespace kunskap
