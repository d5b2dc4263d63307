#include "modules/deliveries/core/open_quantity.h"

namespace salesdesk::core::deliveries {

std::optional<Excess> FirstExcess(std::span<const Wanted> wanted,
                                  std::map<std::int64_t, Quantity> left) {
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    Quantity& still = left.try_emplace(wanted[i].line_id, Quantity::FromUnits(0)).first->second;
    if (wanted[i].quantity.units() > still.units()) return Excess{i, still};
    still = Quantity::FromUnits(still.units() - wanted[i].quantity.units());
  }
  return std::nullopt;
}

}  // namespace salesdesk::core::deliveries
