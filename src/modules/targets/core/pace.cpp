#include "modules/targets/core/pace.h"

#include "modules/billing/core/ratio.h"

namespace salesdesk::modules::targets {

std::optional<std::int64_t> AttainmentBp(std::int64_t actual, std::int64_t target) {
  if (target == 0) return std::nullopt;
  return static_cast<std::int64_t>(
      core::billing::RoundHalfUp(static_cast<__int128>(actual) * 10'000, target));
}

std::optional<std::int64_t> PacePerDay(std::int64_t target, std::int64_t actual,
                                       std::int64_t remaining_half_days) {
  const std::int64_t gap = target - actual;
  if (gap <= 0) return 0;
  if (remaining_half_days <= 0) return std::nullopt;
  return static_cast<std::int64_t>(
      core::billing::RoundHalfUp(static_cast<__int128>(gap) * 2, remaining_half_days));
}

}  // namespace salesdesk::modules::targets
