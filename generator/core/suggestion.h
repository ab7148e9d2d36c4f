// "Did you mean ...?" for unknown names (audiences, kinds, config keys, contact ids).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kunskap {

/// Edit distance (insertions, deletions, substitutions) between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b);

/// "did you mean 'x'?" for the closest candidate within a small distance, else "".
std::string DidYouMean(std::string_view unknown, const std::vector<std::string>& candidates);

}  // namespace kunskap
