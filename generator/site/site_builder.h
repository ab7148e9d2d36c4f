// Assembles the whole-site model from pages and their rendered bodies, and checks what only
// the whole site can show: duplicate URLs, translation keys used twice in one language,
// translations missing in a required language, contact ids that clash.
#pragma once

#include <vector>

#include "site/site_model.h"

namespace kunskap {

Site BuildSite(const SiteConfig& config, ContentSet content, std::vector<RenderedBody> bodies,
               Diagnostics& diagnostics);

}  // namespace kunskap
