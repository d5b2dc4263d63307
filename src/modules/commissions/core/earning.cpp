#include "modules/commissions/core/earning.h"

#include <algorithm>
#include <string>

#include "core/money/allocate.h"
#include "modules/billing/core/ratio.h"

namespace salesdesk::core::commissions {

using billing::RoundHalfUp;

std::int64_t Flat(std::int64_t rate_ppm, std::int64_t credited_base) {
  return static_cast<std::int64_t>(RoundHalfUp(__int128{rate_ppm} * credited_base, 1'000'000));
}

Result<std::vector<std::int64_t>> DrillDown(std::int64_t commission,
                                            std::span<const std::int64_t> line_bases) {
  return Allocate(commission, line_bases, "lines");
}

std::int64_t MarginBase(std::span<const MarginLine> lines) {
  std::int64_t m = 0;
  for (const auto& l : lines) m += l.net - l.cost;
  return m;
}

std::int64_t LineCost(std::int64_t unit_cost, std::int64_t quantity_milli) {
  return static_cast<std::int64_t>(RoundHalfUp(__int128{unit_cost} * quantity_milli, 1'000));
}

Result<std::vector<std::int64_t>> EarnedOnPayments(std::int64_t commission,
                                                   std::int64_t commissionable_gross,
                                                   std::span<const std::int64_t> settlements) {
  std::vector<std::int64_t> out;
  std::int64_t settled = 0, earned = 0;
  for (std::size_t i = 0; i < settlements.size(); ++i) {
    settled += settlements[i];
    if (settlements[i] <= 0 || settled > commissionable_gross) {
      const std::string f = "settlements/" + std::to_string(i);
      return Error::Invalid(f, Msg("commissions.settlement_beyond_gross", {{"field", f}}));
    }
    const std::int64_t to_date = EarnedToDate(commission, settled, commissionable_gross);
    out.push_back(to_date - earned);
    earned = to_date;
  }
  return out;
}

std::int64_t EarnedToDate(std::int64_t commission, std::int64_t settled, std::int64_t gross) {
  if (gross <= 0 || settled <= 0) return 0;
  return static_cast<std::int64_t>(
      RoundHalfUp(__int128{commission} * std::min(settled, gross), gross));
}

Result<std::int64_t> Clawback(std::int64_t commission, std::int64_t invoice_amount,
                              std::int64_t credited) {
  if (invoice_amount <= 0 || credited < 0 || credited > invoice_amount) {
    return Error::Invalid("credited", Msg("commissions.settlement_beyond_gross",
                                          {{"field", std::string("credited")}}));
  }
  return -static_cast<std::int64_t>(RoundHalfUp(__int128{commission} * credited, invoice_amount));
}

}  // namespace salesdesk::core::commissions
