#include "site/site_model.h"

namespace kunskap {

const LanguageSite* Site::FindLanguage(const std::string& code) const {
  for (const auto& language : languages)
    if (language.language.code == code) return &language;
  return nullptr;
}

const SitePage* Site::Translation(const std::string& key, const std::string& language) const {
  auto set = translations.find(key);
  if (set == translations.end()) return nullptr;
  auto page = set->second.find(language);
  return page == set->second.end() ? nullptr : &pages[page->second];
}

}  // namespace kunskap
