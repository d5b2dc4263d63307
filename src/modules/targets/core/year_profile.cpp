#include "modules/targets/core/year_profile.h"

#include <algorithm>

#include "core/message.h"
#include "core/money/allocate.h"

namespace salesdesk::modules::targets {

Months LastYearWeights(const Months& actuals) {
  Months out{};
  std::transform(actuals.begin(), actuals.end(), out.begin(),
                 [](std::int64_t a) { return std::max<std::int64_t>(a, 0); });
  return out;
}

Months EqualWeights() {
  Months out{};
  out.fill(1);
  return out;
}

core::Result<Months> YearToMonths(std::int64_t annual, const Months& weights, const char* field) {
  const bool empty = std::none_of(weights.begin(), weights.end(), [](auto w) { return w > 0; });
  const bool negative = std::any_of(weights.begin(), weights.end(), [](auto w) { return w < 0; });
  if (empty || negative) {
    return core::Error::Invalid(field, core::Msg("targets.seasonality_profile_empty"));
  }
  SD_ASSIGN(auto parts, core::Allocate(annual, std::span<const std::int64_t>(weights), field));
  Months out{};
  std::copy(parts.begin(), parts.end(), out.begin());
  return out;
}

}  // namespace salesdesk::modules::targets
