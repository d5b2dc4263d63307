#include "modules/commissions/core/statement_totals.h"

#include <algorithm>

namespace salesdesk::core::commissions {

StatementTotals Totals(std::span<const std::int64_t> lines, std::int64_t carried_in) {
  StatementTotals t{.carried_in = carried_in};
  for (const std::int64_t l : lines) t.lines += l;
  t.total = t.lines + carried_in;
  t.payable = std::max<std::int64_t>(t.total, 0);
  t.carried_out = std::min<std::int64_t>(t.total, 0);
  return t;
}

Result<std::int64_t> ToPayout(Money amount, Rate rate, Currency payout) {
  if (amount.currency == payout) return amount.minor;
  SD_ASSIGN(Money converted, Convert(amount, rate, payout));
  return converted.minor;
}

}  // namespace salesdesk::core::commissions
