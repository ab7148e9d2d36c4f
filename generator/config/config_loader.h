// Reads site-config.toml into a SiteConfig. Unknown keys, wrong types and missing required
// values are reported as diagnostics at their line; nothing is silently ignored.
#pragma once

#include <optional>
#include <string>

#include "config/site_config.h"
#include "core/diagnostics.h"

namespace kunskap {

/// Parses TOML text; `path` is what diagnostics name. Returns nullopt when the text is not
/// usable at all; otherwise a config, possibly with errors added to `diagnostics`.
std::optional<SiteConfig> ParseSiteConfig(const std::string& text, const std::string& path,
                                          Diagnostics& diagnostics);

}  // namespace kunskap
