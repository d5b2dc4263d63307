#include "modules/leads/core/round_robin.h"

#include <algorithm>

namespace salesdesk::core::leads {

std::optional<std::int64_t> RepForTurn(std::int64_t turn, std::vector<std::int64_t> rep_ids) {
  if (rep_ids.empty() || turn < 1) return std::nullopt;
  std::sort(rep_ids.begin(), rep_ids.end());
  rep_ids.erase(std::unique(rep_ids.begin(), rep_ids.end()), rep_ids.end());
  return rep_ids[static_cast<std::size_t>((turn - 1) % static_cast<std::int64_t>(rep_ids.size()))];
}

}  // namespace salesdesk::core::leads
