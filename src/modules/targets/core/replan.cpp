#include "modules/targets/core/replan.h"

#include <algorithm>
#include <numeric>

#include "core/message.h"
#include "core/money/allocate.h"

namespace salesdesk::modules::targets {

core::Result<ReplanPolicy> ParsePolicy(std::string_view text) {
  if (text == "spread") return ReplanPolicy::kSpread;
  if (text == "keep") return ReplanPolicy::kKeep;
  if (text == "catch_up_next_month") return ReplanPolicy::kCatchUpNextMonth;
  return core::Error::Invalid(
      "policy", core::Msg("field.not_in_enum",
                          {{"field", "policy"}, {"values", "spread, keep, catch_up_next_month"}}));
}

std::string_view PolicyName(ReplanPolicy policy) {
  switch (policy) {
    case ReplanPolicy::kSpread:
      return "spread";
    case ReplanPolicy::kKeep:
      return "keep";
    case ReplanPolicy::kCatchUpNextMonth:
      return "catch_up_next_month";
  }
  return "spread";
}

core::Result<Months> Replan(const ReplanInput& in) {
  if (in.closed_through < 1 || in.closed_through > 11) {
    return core::Error::Invalid("closed_through", core::Msg("targets.closed_through_range"));
  }
  Months out = in.original;
  const auto rest_begin = out.begin() + in.closed_through;
  const std::int64_t planned_rest = std::accumulate(rest_begin, out.end(), std::int64_t{0});
  const std::int64_t remaining = std::max<std::int64_t>(in.annual - in.actual, 0);
  if (in.policy == ReplanPolicy::kKeep) return out;
  if (remaining < planned_rest && !in.allow_decrease) return out;  // ahead: originals stay
  if (in.policy == ReplanPolicy::kCatchUpNextMonth) {
    // The whole difference on the next month; lowered (allow_decrease) never below 0.
    std::int64_t& next = *rest_begin;
    next = std::max<std::int64_t>(next + remaining - planned_rest, 0);
    return out;
  }
  if (planned_rest == 0) {
    if (remaining == 0) return out;
    return core::Error::Invalid("closed_through", core::Msg("targets.replan_no_basis"));
  }
  const std::vector<std::int64_t> weights(rest_begin, out.end());
  SD_ASSIGN(auto parts, core::Allocate(remaining, std::span<const std::int64_t>(weights)));
  std::copy(parts.begin(), parts.end(), rest_begin);
  return out;
}

}  // namespace salesdesk::modules::targets
