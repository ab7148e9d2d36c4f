// Links inside the site are relative and name index.html explicitly, so the output works
// under any base path, on any web server, and opened from a file share.
#pragma once

#include <string>
#include <string_view>

namespace kunskap {

/// From the page at `from_url` ("/sv/a/b/") to `to_path`, a site-absolute URL or file
/// ("/sv/c/", "/sv/c/bild.png"): "../../c/index.html", "../../c/bild.png".
std::string RelativeUrl(const std::string& from_url, const std::string& to_path);

/// Percent-encodes every byte except ASCII letters, digits, "-_." and those in `keep`, so
/// the result is safe as it is in a URL and in an HTML attribute.
std::string PercentEncode(const std::string& text, std::string_view keep = "");

/// Normalises "content/sv/a/../b.md" to "content/sv/b.md"; "" if it climbs above the root.
std::string NormalizePath(const std::string& path);

}  // namespace kunskap
