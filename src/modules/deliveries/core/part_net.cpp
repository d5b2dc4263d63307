#include "modules/deliveries/core/part_net.h"

#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::core::deliveries {
namespace {

// The line's rounding of q units; the whole line is its stored net (never re-rounded).
Result<Money> CumulativeNet(const PricedLine& line, Quantity q) {
  if (q.units() == line.whole.units()) return line.whole_net;
  if (q.units() == 0) return Money{0, line.whole_net.currency};
  return quotes::LineNet({.quantity = q,
                          .unit_price = line.unit_price,
                          .discount = line.discount,
                          .tax_rate = Percent::FromUnits(0),
                          .currency = line.whole_net.currency});
}

}  // namespace

Result<Money> PartNet(const PricedLine& line, Quantity before, Quantity quantity) {
  if (before.units() < 0 || quantity.units() <= 0 ||
      before.units() > line.whole.units() - quantity.units()) {
    return Error::Invalid("quantity",
                          Msg("deliveries.part_outside_line", {{"whole", line.whole.ToString()}}));
  }
  SD_ASSIGN(Money upto, CumulativeNet(line, before));
  SD_ASSIGN(Money after,
            CumulativeNet(line, Quantity::FromUnits(before.units() + quantity.units())));
  return Money{after.minor - upto.minor, line.whole_net.currency};
}

}  // namespace salesdesk::core::deliveries
