// What may still be delivered of an order line (ordered - delivered) or returned of a delivery
// line (delivered - returned): a request over several lines fits when no line asks more than it
// has left, earlier requests of the same line counted first.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>

#include "core/money/decimal.h"

namespace salesdesk::core::deliveries {

struct Wanted {
  std::int64_t line_id = 0;
  Quantity quantity;
};

struct Excess {
  std::size_t index = 0;  // the first request that does not fit
  Quantity left;          // what its line had left for it
};

// `left` per line id; a line missing from it has nothing left.
std::optional<Excess> FirstExcess(std::span<const Wanted> wanted,
                                  std::map<std::int64_t, Quantity> left);

}  // namespace salesdesk::core::deliveries
