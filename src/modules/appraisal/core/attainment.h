// Item attainment and the score of the monthly appraisal (RULES B-R3 to B-R5). Attainments are
// exact rationals until they are capped and rounded once to basis points (RULES 0.3).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace salesdesk::core::appraisal {

// num / den with den > 0: an attainment before its cap (1 = 100 %).
struct Ratio {
  __int128 num = 0;
  __int128 den = 1;
};

inline constexpr std::int64_t kDefaultCapBp = 12000;  // 120 % (B-R3)
inline constexpr std::int64_t kRatingCapBp = 10000;   // a rating never over-achieves

// higher-better: actual / target; target 0 (or below) → n/a.
std::optional<Ratio> HigherBetter(std::int64_t actual, std::int64_t target);

// rate: (actual_num / actual_den) / target rate in bp. No opportunities (actual_den 0) or a
// target rate of 0 → n/a.
std::optional<Ratio> RateAttainment(std::int64_t actual_num, std::int64_t actual_den,
                                    std::int64_t target_bp);

// lower-better: (2T − A) / T floored at 0; T = 0: A = 0 → 100 %, A > 0 → 0 %.
Ratio LowerBetter(std::int64_t actual, std::int64_t limit);

// rating 1..5 → rating / 5.
Ratio RatingAttainment(std::int64_t rating);

// B-R4: a = S / (B × (1 + g_T)) with g_T in bp; B ≤ 0 → n/a ("new: no base").
std::optional<Ratio> GrowthAttainment(std::int64_t sales, std::int64_t base,
                                      std::int64_t target_growth_bp);
// The displayed growth g = (S − B) / B in bp; B ≤ 0 → n/a.
std::optional<std::int64_t> GrowthBp(std::int64_t sales, std::int64_t base);

// min(a, cap) rounded half-up to bp, once. Negative attainments do not occur (all kinds are
// floored at 0), a negative ratio is clamped to 0 all the same.
std::int64_t CappedBp(Ratio a, std::int64_t cap_bp);

// One item as the score sees it: its weight and its capped attainment (none: n/a).
struct ScoredItem {
  std::int64_t weight = 0;
  std::optional<std::int64_t> attainment_bp;
};

// B-R5: round(Σ w·a′ / Σ w) over the applicable items (n/a items drop out, the remaining
// weights are renormalised); none applicable (or their weights add to 0) → n/a. The a′ are the
// items' displayed basis points, so anyone can re-add the card by hand (decision 0038).
std::optional<std::int64_t> ScoreBp(std::span<const ScoredItem> items);

}  // namespace salesdesk::core::appraisal
