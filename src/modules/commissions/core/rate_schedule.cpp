#include "modules/commissions/core/rate_schedule.h"

#include <algorithm>
#include <string>

#include "core/message.h"

namespace salesdesk::core::commissions {
namespace {

Error TierError(std::string_view field, std::size_t i, const char* member, Message m) {
  return Error::Invalid(std::string(field) + "/" + std::to_string(i) + "/" + member, std::move(m));
}

Result<void> CheckStarts(const Schedule& s, std::string_view field) {
  if (s.tiers.empty()) {
    return Error::Invalid(std::string(field),
                          Msg("field.required", {{"field", std::string(field)}}));
  }
  for (std::size_t i = 0; i < s.tiers.size(); ++i) {
    if (i == 0 && s.tiers[0].from != 0) {
      return TierError(field, 0, "from", Msg("commissions.first_tier_zero"));
    }
    if (i > 0 && s.tiers[i].from <= s.tiers[i - 1].from) {
      return TierError(field, i, "from", Msg("commissions.tiers_increasing"));
    }
    if (s.tiers[i].rate_num < 0) {
      const std::string f = std::string(field) + "/" + std::to_string(i) + "/rate";
      return Error::Invalid(f, Msg("field.negative", {{"field", f}}));
    }
  }
  return Ok();
}

}  // namespace

Result<Schedule> OnAmount(const std::vector<AmountTier>& tiers, TierMode mode,
                          std::string_view field) {
  Schedule s{.mode = mode};
  for (const auto& t : tiers) s.tiers.push_back({t.from, t.rate_ppm});
  SD_TRY(CheckStarts(s, field));
  return s;
}

Result<Schedule> OnAttainment(std::int64_t target, std::int64_t base_rate_ppm,
                              const std::vector<AttainmentTier>& tiers, TierMode mode,
                              std::string_view field) {
  if (target <= 0) return Error::Invalid(std::string(field), Msg("commissions.target_missing"));
  // x = amount × 10,000 against thresholds target × from_bp: attainment ≥ from_bp exactly when
  // amount ≥ target × from_bp / 10,000, with no rounding of the threshold.
  Schedule s{.mode = mode, .rate_den = __int128{1'000'000} * 10'000, .x_per_unit = 10'000};
  for (const auto& t : tiers) {
    s.tiers.push_back({__int128{target} * t.from_bp, __int128{base_rate_ppm} * t.multiplier_bp});
  }
  SD_TRY(CheckStarts(s, field));
  return s;
}

std::size_t BandOf(const Schedule& s, __int128 amount) {
  const __int128 x = amount * s.x_per_unit;
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.tiers.size(); ++i) {
    if (s.tiers[i].from <= x) k = i;  // a threshold belongs to the band starting at it
  }
  return k;
}

Fraction CommissionOf(const Schedule& s, __int128 amount) {
  const __int128 den = s.rate_den * s.x_per_unit;
  if (amount <= 0 || s.tiers.empty()) return {0, den};
  const __int128 x = amount * s.x_per_unit;
  if (s.mode == TierMode::kSlab) return {s.tiers[BandOf(s, amount)].rate_num * x, den};
  __int128 num = 0;
  for (std::size_t k = 0; k < s.tiers.size(); ++k) {
    const __int128 lo = s.tiers[k].from;
    if (x <= lo) break;
    const __int128 hi = k + 1 < s.tiers.size() ? std::min(x, s.tiers[k + 1].from) : x;
    num += s.tiers[k].rate_num * (hi - lo);
  }
  return {num, den};
}

}  // namespace salesdesk::core::commissions
