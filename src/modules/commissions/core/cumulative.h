// C-R4: tiers apply to the period's cumulative credited base, never to one invoice. Per invoice,
// in posting order (date, then number): commission = round(C(cum_after)) − round(C(cum_before)),
// so the period's lines add up to exactly round(C(total)). Under slab, the invoice that crosses a
// threshold also pays the higher rate on the earlier sales; that retroactive uplift is shown apart.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "modules/commissions/core/rate_schedule.h"

namespace salesdesk::core::commissions {

struct CumulativeLine {
  std::int64_t cum_before = 0;
  std::int64_t cum_after = 0;
  std::int64_t commission = 0;  // round(C(after)) − round(C(before))
  // Slab only, when the band changes: round((r_after − r_before) × cum_before), the part of
  // `commission` that re-prices the earlier sales; 0 otherwise.
  std::int64_t uplift = 0;
};

// `opening` is the base already credited earlier in the period (a quarter's earlier months);
// `bases` are the invoices' credited bases in posting order (a credit note in an open period is
// a negative base: the period is recomputed with it, C-R8).
std::vector<CumulativeLine> ByInvoice(const Schedule& s, std::int64_t opening,
                                      std::span<const std::int64_t> bases);

// round(C(amount)) half-up in minor units.
std::int64_t RoundedCommission(const Schedule& s, std::int64_t amount);

}  // namespace salesdesk::core::commissions
