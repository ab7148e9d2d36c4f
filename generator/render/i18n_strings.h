// Theme strings (navigation, buttons, labels) per language, from the theme's
// i18n/<lang>.toml, so templates hold no language. Every language must have every string.
#pragma once

#include <map>
#include <string>

#include "core/diagnostics.h"

namespace kunskap {

struct I18nStrings {
  std::string path;  ///< for diagnostics
  std::map<std::string, std::string> strings;

  /// The string, or the key itself (so a gap shows in review rather than as nothing).
  const std::string& Get(const std::string& key) const;
};

/// Parses a flat TOML table of strings.
I18nStrings ParseI18nStrings(const std::string& text, const std::string& path,
                             Diagnostics& diagnostics);

}  // namespace kunskap
