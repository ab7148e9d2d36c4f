#include "config/site_config.h"

namespace kunskap {

const std::string& Audience::Label(const std::string& language) const {
  auto it = labels.find(language);
  return it != labels.end() ? it->second : id;
}

const Language* SiteConfig::FindLanguage(const std::string& code) const {
  for (const auto& language : languages)
    if (language.code == code) return &language;
  return nullptr;
}

const Audience* SiteConfig::FindAudience(const std::string& id) const {
  for (const auto& audience : audiences)
    if (audience.id == id) return &audience;
  return nullptr;
}

std::vector<std::string> SiteConfig::LanguageCodes() const {
  std::vector<std::string> codes;
  for (const auto& language : languages) codes.push_back(language.code);
  return codes;
}

std::vector<std::string> SiteConfig::AudienceIds() const {
  std::vector<std::string> ids;
  for (const auto& audience : audiences) ids.push_back(audience.id);
  return ids;
}

}  // namespace kunskap
