// Discount leakage (issue 14): what a document line would have cost at its unit price with no
// line discount, rounded once like its net (quote_totals' LineNet), so list − net is exactly
// the discount the line gave.
#pragma once

#include <cstdint>

#include "core/money/money.h"
#include "core/result.h"

namespace salesdesk::core::cockpit {

// `quantity_milli`: thousandths; `unit_price_micro`: millionths of a major unit of `currency`.
Result<Money> ListAmount(std::int64_t quantity_milli, std::int64_t unit_price_micro,
                         Currency currency);

}  // namespace salesdesk::core::cockpit
