#include "modules/commissions/core/cumulative.h"

#include "modules/billing/core/ratio.h"

namespace salesdesk::core::commissions {

std::int64_t RoundedCommission(const Schedule& s, std::int64_t amount) {
  const Fraction c = CommissionOf(s, amount);
  return static_cast<std::int64_t>(billing::RoundHalfUp(c.num, c.den));
}

std::vector<CumulativeLine> ByInvoice(const Schedule& s, std::int64_t opening,
                                      std::span<const std::int64_t> bases) {
  std::vector<CumulativeLine> out;
  out.reserve(bases.size());
  std::int64_t cum = opening;
  std::int64_t paid = RoundedCommission(s, cum);
  for (const std::int64_t base : bases) {
    CumulativeLine line{.cum_before = cum, .cum_after = cum + base};
    const std::int64_t after = RoundedCommission(s, line.cum_after);
    line.commission = after - paid;
    const std::size_t was = BandOf(s, cum), now = BandOf(s, line.cum_after);
    if (s.mode == TierMode::kSlab && was != now && cum > 0) {
      const __int128 dr = s.tiers[now].rate_num - s.tiers[was].rate_num;
      line.uplift = static_cast<std::int64_t>(billing::RoundHalfUp(dr * cum, s.rate_den));
    }
    out.push_back(line);
    cum = line.cum_after;
    paid = after;
  }
  return out;
}

}  // namespace salesdesk::core::commissions
