// Fuzzes the config parser: any bytes as site-config.toml through ParseSiteConfig, then the
// look-ups later stages make on the config it returns.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/config_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  kunskap::Diagnostics diagnostics;
  auto config = kunskap::ParseSiteConfig(text, "site-config.toml", diagnostics);
  for (const auto& diagnostic : diagnostics.Sorted()) diagnostic.Format();
  if (!config) return 0;
  for (const auto& code : config->LanguageCodes()) {
    if (!config->FindLanguage(code)) __builtin_trap();
    for (const auto& id : config->AudienceIds()) {
      if (const auto* audience = config->FindAudience(id)) audience->Label(code);
    }
  }
  return 0;
}
