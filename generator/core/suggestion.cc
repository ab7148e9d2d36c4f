#include "core/suggestion.h"

#include <algorithm>
#include <numeric>

namespace kunskap {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string DidYouMean(std::string_view unknown, const std::vector<std::string>& candidates) {
  // A third of the word, at least 2: close enough to be a typo, far enough to not be noise.
  size_t best_distance = std::max<size_t>(2, unknown.size() / 3) + 1;
  const std::string* best = nullptr;
  // Replacing every character is no typo ("de" is not a misspelt "sv").
  best_distance = std::min(best_distance, unknown.size());
  for (const auto& candidate : candidates) {
    // The distance is at least the difference in length: skip the costly count (a long
    // unknown name against thousands of candidates).
    size_t length_difference = candidate.size() > unknown.size()
                                   ? candidate.size() - unknown.size()
                                   : unknown.size() - candidate.size();
    if (length_difference >= best_distance) continue;
    size_t distance = EditDistance(unknown, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = &candidate;
    }
  }
  return best ? "did you mean '" + *best + "'?" : "";
}

}  // namespace kunskap
