// The net of part of a priced line (RULES G4 for deliveries, docs/deliveries.md): a line of
// `whole` quantity and `whole_net` is billed (or credited) in parts. Each part is the difference
// of the cumulative nets, net(before + quantity) - net(before), where net(q) is the line's own
// rounding of q units (quantity x unit price x (1 - discount), once, half-up) and net(whole) is
// the stored net. So the parts of a line always add up to its net to the cent, whatever the
// order they are billed in, and each part is within a cent of its own rounding.
#pragma once

#include <cstdint>
#include <optional>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"

namespace salesdesk::core::deliveries {

struct PricedLine {
  Quantity whole;                   // > 0
  Money whole_net;                  // the line's stored net
  UnitPrice unit_price;             // locked
  std::optional<Percent> discount;  // none: no line discount
};

// kInvalidArgument when before < 0, quantity <= 0 or before + quantity > whole.
Result<Money> PartNet(const PricedLine& line, Quantity before, Quantity quantity);

}  // namespace salesdesk::core::deliveries
