#include "config/config_loader.h"

#include <toml++/toml.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>
#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

#include "core/suggestion.h"

namespace kunskap {
namespace {

/// A zone name ICU knows ("Europe/Stockholm"); ICU answers an unknown one with "Etc/Unknown".
bool IsKnownTimeZone(const std::string& name) {
  if (name.empty()) return false;
  std::unique_ptr<icu::TimeZone> zone(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(name)));
  icu::UnicodeString id;
  zone->getID(id);
  return id != icu::UnicodeString("Etc/Unknown");
}

SourceLocation At(const std::string& path, const toml::source_region& region) {
  return {path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

/// Reads the keys of one TOML table, remembering which were known, so that everything else
/// can be reported as unknown with a suggestion.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string path, std::string where,
              Diagnostics& diagnostics)
      : table_(table),
        path_(std::move(path)),
        where_(std::move(where)),
        diagnostics_(diagnostics) {}

  void String(const char* key, std::string& out, bool required = false) {
    known_.push_back(key);
    const toml::node* node = table_.get(key);
    if (!node) {
      if (required) Missing(key);
      return;
    }
    if (auto value = node->value<std::string>()) {
      out = *value;
    } else {
      diagnostics_.Error(At(path_, node->source()),
                         Name(key) + " must be a string, not " + TypeName(*node));
    }
  }

  void Bool(const char* key, bool& out) {
    known_.push_back(key);
    const toml::node* node = table_.get(key);
    if (!node) return;
    if (auto value = node->value<bool>()) {
      out = *value;
    } else {
      diagnostics_.Error(At(path_, node->source()),
                         Name(key) + " must be true or false, not " + TypeName(*node));
    }
  }

  void StringList(const char* key, std::vector<std::string>& out) {
    known_.push_back(key);
    const toml::node* node = table_.get(key);
    if (!node) return;
    const toml::array* array = node->as_array();
    if (!array) {
      diagnostics_.Error(At(path_, node->source()),
                         Name(key) + " must be a list of strings, not " + TypeName(*node));
      return;
    }
    for (const auto& element : *array) {
      if (auto value = element.value<std::string>()) {
        out.push_back(*value);
      } else {
        diagnostics_.Error(At(path_, element.source()),
                           Name(key) + " must hold only strings, not " + TypeName(element));
      }
    }
  }

  /// A table of strings keyed by anything (used for per-language labels).
  void StringMap(const char* key, std::map<std::string, std::string>& out) {
    known_.push_back(key);
    const toml::node* node = table_.get(key);
    if (!node) return;
    const toml::table* table = node->as_table();
    if (!table) {
      diagnostics_.Error(
          At(path_, node->source()),
          Name(key) + " must be a table such as { sv = \"...\" }, not " + TypeName(*node));
      return;
    }
    for (const auto& [k, v] : *table) {
      if (auto value = v.value<std::string>()) {
        out[std::string(k.str())] = *value;
      } else {
        diagnostics_.Error(At(path_, v.source()),
                           Name(key) + "." + std::string(k.str()) + " must be a string");
      }
    }
  }

  /// A key read elsewhere (arrays of tables), so it is not reported as unknown.
  void Known(const char* key) { known_.push_back(key); }

  /// Reports every key not asked for so far.
  void RejectUnknownKeys() {
    for (const auto& [key, node] : table_) {
      std::string name(key.str());
      if (std::find(known_.begin(), known_.end(), name) != known_.end()) continue;
      diagnostics_.Error(At(path_, key.source()), "unknown key " + Name(name.c_str()),
                         DidYouMean(name, known_));
    }
  }

  static std::string TypeName(const toml::node& node) {
    switch (node.type()) {
      case toml::node_type::string:
        return "a string";
      case toml::node_type::integer:
        return "a number";
      case toml::node_type::floating_point:
        return "a number";
      case toml::node_type::boolean:
        return "a boolean";
      case toml::node_type::array:
        return "a list";
      case toml::node_type::table:
        return "a table";
      default:
        return "a date or time";
    }
  }

 private:
  void Missing(const char* key) {
    diagnostics_.Error(At(path_, table_.source()), "missing required key " + Name(key));
  }
  std::string Name(const char* key) const {
    return "'" + (where_.empty() ? std::string(key) : where_ + "." + key) + "'";
  }

  const toml::table& table_;
  std::string path_;
  std::string where_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

/// Calls fn for each table in an array of tables (`[[languages]]`), reporting other shapes.
template <typename Fn>
void EachTable(const toml::table& root, const char* key, const std::string& path,
               Diagnostics& diagnostics, Fn&& fn) {
  const toml::node* node = root.get(key);
  if (!node) return;
  const toml::array* array = node->as_array();
  if (!array) {
    diagnostics.Error(At(path, node->source()),
                      std::string("'") + key + "' must be written as [[" + key + "]] tables");
    return;
  }
  size_t index = 0;
  for (const auto& element : *array) {
    if (const toml::table* table = element.as_table()) {
      fn(*table, std::string(key) + "[" + std::to_string(index) + "]");
    } else {
      diagnostics.Error(At(path, element.source()),
                        std::string("each entry of '") + key + "' must be a table");
    }
    ++index;
  }
}

void CheckLanguage(const Language& language, const std::string& path, const toml::table& table,
                   Diagnostics& diagnostics) {
  SourceLocation where = At(path, table.source());
  // A missing key or one of the wrong type is reported by the reader already.
  auto is_string = [&](const char* key) { return table.get(key) && table.get(key)->is_string(); };
  if (is_string("code") &&
      (language.code.empty() || language.code.find_first_of("/\\. ") != std::string::npos)) {
    diagnostics.Error(where, "a language needs a 'code' such as \"sv\" (no '/', '.' or spaces)");
  }
  if (language.direction != "ltr" && language.direction != "rtl") {
    diagnostics.Error(where,
                      "language '" + language.code + "': direction must be \"ltr\" or \"rtl\"",
                      DidYouMean(language.direction, {"ltr", "rtl"}));
  }
  if (is_string("title") && language.title.empty()) {
    diagnostics.Error(where, "language '" + language.code + "' needs a 'title' for the site");
  }
}

}  // namespace

std::optional<SiteConfig> ParseSiteConfig(const std::string& text, const std::string& path,
                                          Diagnostics& diagnostics) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& error) {
    diagnostics.Error(At(path, error.source()), std::string(error.description()));
    return std::nullopt;
  }

  SiteConfig config;
  config.path = path;
  TableReader top(root, path, "", diagnostics);
  top.String("base_url", config.base_url);
  top.String("default_language", config.default_language, true);
  top.String("theme", config.theme);
  top.String("output_dir", config.output_dir);
  top.String("cache_dir", config.cache_dir);
  top.String("organisation", config.organisation);
  top.String("quick_exit_url", config.quick_exit_url);
  top.String("emergency_number", config.emergency_number);
  top.String("time_zone", config.time_zone);
  top.StringList("required_languages", config.required_languages);
  top.StringList("footer_links", config.footer_links);
  top.Bool("allow_raw_html", config.allow_raw_html);
  top.Bool("replace_history", config.replace_history);
  std::vector<const toml::table*> language_tables;
  EachTable(root, "languages", path, diagnostics,
            [&](const toml::table& table, const std::string& where) {
              Language language;
              language.direction = "ltr";
              TableReader reader(table, path, where, diagnostics);
              reader.String("code", language.code, true);
              reader.String("name", language.name, true);
              reader.String("direction", language.direction);
              reader.String("search", language.search);
              reader.String("title", language.title, true);
              reader.String("description", language.description);
              reader.String("compound_words", language.compound_words);
              reader.RejectUnknownKeys();
              CheckLanguage(language, path, table, diagnostics);
              if (config.FindLanguage(language.code)) {
                diagnostics.Error(At(path, table.source()),
                                  "language '" + language.code + "' is listed twice");
              }
              config.languages.push_back(std::move(language));
            });
  EachTable(root, "audiences", path, diagnostics,
            [&](const toml::table& table, const std::string& where) {
              Audience audience;
              TableReader reader(table, path, where, diagnostics);
              reader.String("id", audience.id, true);
              reader.StringMap("label", audience.labels);
              reader.RejectUnknownKeys();
              const toml::node* label = table.get("label");
              if (!label || label->is_table()) {  // other shapes are reported by the reader
                for (const auto& language : config.languages) {
                  if (!audience.labels.count(language.code)) {
                    diagnostics.Error(At(path, table.source()),
                                      "audience '" + audience.id + "' has no label for language '" +
                                          language.code + "'",
                                      "add " + language.code + " = \"...\" to its label");
                  }
                }
              }
              config.audiences.push_back(std::move(audience));
            });
  top.Known("languages");
  top.Known("audiences");
  top.RejectUnknownKeys();

  SourceLocation file{path, 1, 1};
  // The quick exit must leave the site, over a connection nobody on the way can read.
  const std::string& exit_url = config.quick_exit_url;
  if (const toml::node* node = root.get("quick_exit_url"); node && node->is_string()) {
    auto host = [](const std::string& url) {
      size_t start = url.find("://");
      if (start == std::string::npos) return std::string();
      start += 3;
      std::string host = url.substr(start, url.find_first_of("/?#", start) - start);
      host = host.substr(host.find('@') == std::string::npos ? 0 : host.find('@') + 1);
      host = host.substr(0, host.find(':'));
      for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return host;
    };
    if (!exit_url.starts_with("https://") || host(exit_url).empty()) {
      diagnostics.Error(At(path, node->source()),
                        "quick_exit_url must be a web address starting with https://",
                        exit_url.starts_with("http://")
                            ? "an http:// address can be read on its way; use https://"
                            : "a neutral page, e.g. " + std::string(kDefaultQuickExitUrl));
    } else if (!config.base_url.empty() && host(exit_url) == host(config.base_url)) {
      diagnostics.Error(At(path, node->source()),
                        "quick_exit_url is on this site's own host (" + host(exit_url) + ")",
                        "quick exit must leave the site: a neutral page elsewhere, e.g. " +
                            std::string(kDefaultQuickExitUrl));
    }
  }
  if (config.emergency_number.find_first_of("0123456789") == std::string::npos) {
    const toml::node* node = root.get("emergency_number");
    diagnostics.Error(node ? At(path, node->source()) : file,
                      "emergency_number '" + config.emergency_number + "' has no digits",
                      "the number readers dial in danger, e.g. \"112\"");
  }
  if (!IsKnownTimeZone(config.time_zone)) {
    const toml::node* node = root.get("time_zone");
    diagnostics.Error(node ? At(path, node->source()) : file,
                      "time_zone '" + config.time_zone + "' is not a known time zone",
                      "a name from the tz database, e.g. \"Europe/Stockholm\"");
  }
  if (config.languages.empty()) {
    diagnostics.Error(file, "no languages: add at least one [[languages]] table");
  }
  if (config.audiences.empty()) {
    diagnostics.Error(file, "no audiences: add at least one [[audiences]] table");
  }
  auto codes = config.LanguageCodes();
  if (!config.default_language.empty() && !config.FindLanguage(config.default_language)) {
    const toml::node* node = root.get("default_language");
    diagnostics.Error(
        node ? At(path, node->source()) : file,
        "default_language '" + config.default_language + "' is not one of the languages",
        DidYouMean(config.default_language, codes));
  }
  for (const auto& code : config.required_languages) {
    if (!config.FindLanguage(code)) {
      const toml::node* node = root.get("required_languages");
      diagnostics.Error(node ? At(path, node->source()) : file,
                        "required language '" + code + "' is not one of the languages",
                        DidYouMean(code, codes));
    }
  }
  return config;
}

}  // namespace kunskap
