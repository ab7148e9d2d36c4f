// Renders the whole site to files: every page through the theme's templates (in parallel,
// each page into its own slot, so the output order never depends on thread timing), plus
// the root redirect, 404.html and sitemap.xml.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "render/rendered_file.h"
#include "render/theme.h"
#include "site/site_model.h"

namespace kunskap {

/// What rendering one page read besides the page itself, the config and the theme: the
/// incremental build renders it again when any of these has changed.
struct RenderReads {
  std::set<PageId> pages;
  /// Parts of the site's structure: "<lang> <LanguageSite member>" ("sv navigation"), or
  /// "translation <key>" (which pages share a translation key).
  std::set<std::string> facets;
};

/// `unchanged` (one flag per page, optional): pages whose output is known to be the same as
/// the previous build's; they are not rendered and come out as kept files. `reads`: filled
/// per page rendered.
RenderedSite RenderSite(const Site& site, const Theme& theme,
                        const std::vector<bool>* unchanged = nullptr,
                        std::vector<RenderReads>* reads = nullptr);

/// The HTML of one page (exposed for tests).
std::string RenderPage(const Site& site, const Theme& theme, PageId id,
                       RenderReads* reads = nullptr);

}  // namespace kunskap
