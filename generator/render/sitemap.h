// sitemap.xml: every page's absolute URL with its translations as xhtml:link alternates.
#pragma once

#include <string>

#include "site/site_model.h"

namespace kunskap {

std::string Sitemap(const Site& site);

/// base_url joined with a site-absolute path, with exactly one '/' between them.
std::string AbsoluteUrl(const std::string& base_url, const std::string& path);

}  // namespace kunskap
