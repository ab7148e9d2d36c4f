#include "render/i18n_strings.h"

#include <toml++/toml.h>

namespace kunskap {

const std::string& I18nStrings::Get(const std::string& key) const {
  auto it = strings.find(key);
  return it != strings.end() ? it->second : key;
}

I18nStrings ParseI18nStrings(const std::string& text, const std::string& path,
                             Diagnostics& diagnostics) {
  I18nStrings result;
  result.path = path;
  try {
    toml::table table = toml::parse(text, path);
    for (const auto& [key, node] : table) {
      if (auto value = node.value<std::string>()) {
        result.strings[std::string(key.str())] = *value;
      } else {
        diagnostics.Error({path, static_cast<int>(node.source().begin.line),
                           static_cast<int>(node.source().begin.column)},
                          "theme string '" + std::string(key.str()) + "' must be a string");
      }
    }
  } catch (const toml::parse_error& error) {
    diagnostics.Error({path, static_cast<int>(error.source().begin.line),
                       static_cast<int>(error.source().begin.column)},
                      std::string(error.description()));
  }
  return result;
}

}  // namespace kunskap
