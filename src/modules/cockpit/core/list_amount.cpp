#include "modules/cockpit/core/list_amount.h"

#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::core::cockpit {

Result<Money> ListAmount(std::int64_t quantity_milli, std::int64_t unit_price_micro,
                         Currency currency) {
  return quotes::LineNet({.quantity = Quantity::FromUnits(quantity_milli),
                          .unit_price = UnitPrice::FromUnits(unit_price_micro),
                          .discount = std::nullopt,
                          .tax_rate = Percent::FromUnits(0),
                          .currency = currency});
}

}  // namespace salesdesk::core::cockpit
