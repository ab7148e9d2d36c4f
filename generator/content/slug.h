// Slugs: the URL segment made from a file or heading name. Swedish letters fold to ASCII
// (å, ä -> a, ö -> o) as Swedish URLs conventionally do; letters of other scripts (Arabic)
// are kept, so a heading in any language gets a readable id.
#pragma once

#include <string>
#include <string_view>

namespace kunskap {

/// "Våld i nära relation" -> "vald-i-nara-relation"; "" when nothing usable is left.
std::string Slugify(std::string_view text);

}  // namespace kunskap
