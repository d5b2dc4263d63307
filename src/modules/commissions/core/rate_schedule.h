// C-R4 / C-R5: a rate schedule evaluated exactly. Bands start at their thresholds (a threshold
// belongs to the band that starts at it) and are contiguous by construction: each tier names only
// where it starts. Marginal pays each band's rate on the part of the amount inside it; slab pays
// the rate of the band reached on the whole amount. A tier schedule on attainment (a target's
// percentage) is the same schedule with thresholds target × bp and the amount scaled by 10,000,
// so nothing is rounded before the one rounding of the commission.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace salesdesk::core::commissions {

enum class TierMode : std::uint8_t { kMarginal, kSlab };

// A band starting at `from` (in the schedule's x units) paying rate_num / rate_den.
struct Tier {
  __int128 from = 0;
  __int128 rate_num = 0;
};

struct Schedule {
  std::vector<Tier> tiers;  // from strictly increasing, the first from 0
  TierMode mode = TierMode::kMarginal;
  __int128 rate_den = 1'000'000;  // rates in parts per million unless stated
  __int128 x_per_unit = 1;        // x = amount × x_per_unit (10,000 on attainment in bp)
};

// An exact value num / den, den > 0.
struct Fraction {
  __int128 num = 0;
  __int128 den = 1;
};

// A schedule on the credited amount: tiers {from minor units, rate ppm}.
struct AmountTier {
  std::int64_t from = 0;
  std::int64_t rate_ppm = 0;
};
// A level on attainment: from `from_bp` of the target (10,000 = 100 %), the rate
// base_rate_ppm × multiplier_bp / 10,000 (C-R5: ×1.5 from 100 % is {10000, 15000}).
struct AttainmentTier {
  std::int64_t from_bp = 0;
  std::int64_t multiplier_bp = 10'000;
};

// Errors name `field`/<i>/from: the first tier must start at 0, later ones strictly above the
// one before; a negative rate names <i>/rate.
Result<Schedule> OnAmount(const std::vector<AmountTier>& tiers, TierMode mode,
                          std::string_view field = "tiers");
// The accelerator of C-R5 (marginal) or its retroactive form (slab). target > 0 (minor units of
// the period target), else "commissions.target_missing" on `field`.
Result<Schedule> OnAttainment(std::int64_t target, std::int64_t base_rate_ppm,
                              const std::vector<AttainmentTier>& tiers, TierMode mode,
                              std::string_view field = "tiers");

// C(amount), exact, in minor units. C(x) = 0 for x ≤ 0 (a period base below zero earns nothing:
// C-R6's floor; credit notes are clawed back per invoice instead, C-R8).
Fraction CommissionOf(const Schedule& s, __int128 amount);
// The index of the band `amount` falls in (0 for amounts ≤ 0).
std::size_t BandOf(const Schedule& s, __int128 amount);

}  // namespace salesdesk::core::commissions
