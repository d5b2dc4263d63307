#include "modules/appraisal/core/attainment.h"

#include "modules/billing/core/ratio.h"

namespace salesdesk::core::appraisal {

std::optional<Ratio> HigherBetter(std::int64_t actual, std::int64_t target) {
  if (target <= 0) return std::nullopt;
  return Ratio{actual < 0 ? 0 : actual, target};
}

std::optional<Ratio> RateAttainment(std::int64_t actual_num, std::int64_t actual_den,
                                    std::int64_t target_bp) {
  if (actual_den <= 0 || target_bp <= 0) return std::nullopt;
  return Ratio{static_cast<__int128>(actual_num < 0 ? 0 : actual_num) * 10000,
               static_cast<__int128>(actual_den) * target_bp};
}

Ratio LowerBetter(std::int64_t actual, std::int64_t limit) {
  if (limit <= 0) return Ratio{actual <= 0 ? 1 : 0, 1};
  const __int128 num = 2 * static_cast<__int128>(limit) - actual;
  return Ratio{num < 0 ? 0 : num, limit};
}

Ratio RatingAttainment(std::int64_t rating) { return Ratio{rating, 5}; }

std::optional<Ratio> GrowthAttainment(std::int64_t sales, std::int64_t base,
                                      std::int64_t target_growth_bp) {
  if (base <= 0) return std::nullopt;
  const __int128 den = static_cast<__int128>(base) * (10000 + target_growth_bp);
  if (den <= 0) return std::nullopt;  // a target of −100 % or less means nothing
  return Ratio{static_cast<__int128>(sales < 0 ? 0 : sales) * 10000, den};
}

std::optional<std::int64_t> GrowthBp(std::int64_t sales, std::int64_t base) {
  if (base <= 0) return std::nullopt;
  return static_cast<std::int64_t>(
      billing::RoundHalfUp((static_cast<__int128>(sales) - base) * 10000, base));
}

std::int64_t CappedBp(Ratio a, std::int64_t cap_bp) {
  if (a.num <= 0) return 0;
  if (a.num * 10000 >= static_cast<__int128>(cap_bp) * a.den) return cap_bp;  // exact compare
  return static_cast<std::int64_t>(billing::RoundHalfUp(a.num * 10000, a.den));
}

std::optional<std::int64_t> ScoreBp(std::span<const ScoredItem> items) {
  __int128 weighted = 0;
  __int128 weights = 0;
  for (const ScoredItem& i : items) {
    if (!i.attainment_bp || i.weight <= 0) continue;
    weighted += static_cast<__int128>(i.weight) * *i.attainment_bp;
    weights += i.weight;
  }
  if (weights == 0) return std::nullopt;
  return static_cast<std::int64_t>(billing::RoundHalfUp(weighted, weights));
}

}  // namespace salesdesk::core::appraisal
