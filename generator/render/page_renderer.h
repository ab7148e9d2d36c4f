// Renders the whole site to files: every page through the theme's templates (in parallel,
// each page into its own slot, so the output order never depends on thread timing), plus
// the root redirect, 404.html and sitemap.xml.
#pragma once

#include "render/rendered_file.h"
#include "render/theme.h"
#include "site/site_model.h"

namespace kunskap {

RenderedSite RenderSite(const Site& site, const Theme& theme);

/// The HTML of one page (exposed for tests).
std::string RenderPage(const Site& site, const Theme& theme, PageId id);

}  // namespace kunskap
