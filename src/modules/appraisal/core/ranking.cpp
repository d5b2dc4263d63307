#include "modules/appraisal/core/ranking.h"

namespace salesdesk::core::appraisal {

std::vector<std::optional<int>> CompetitionRanks(
    const std::vector<std::optional<std::int64_t>>& values) {
  std::vector<std::optional<int>> ranks(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) continue;
    // One more than the number of strictly better figures: ties share it.
    int better = 0;
    for (const auto& other : values) {
      if (other && *other > *values[i]) ++better;
    }
    ranks[i] = better + 1;
  }
  return ranks;
}

}  // namespace salesdesk::core::appraisal
