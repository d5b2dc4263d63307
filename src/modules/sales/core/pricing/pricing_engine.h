// The pricing engine: pure functions from a validated PricingContext and a request to a price and
// an explanation per line. Resolution rules are in docs/pricing.md.
#pragma once

#include "core/result.h"
#include "modules/sales/core/pricing/price_explanation.h"
#include "modules/sales/core/pricing/pricing_context.h"
#include "modules/sales/core/pricing/pricing_request.h"

namespace salesdesk::core::pricing {

// Prices every line. kInvalidArgument (naming the field) for an unknown or expired price list, a
// currency other than the list's, unknown account group or territory, a quantity <= 0 or above
// 1,000,000,000, a negative manual price, a manual discount outside 0..100 % or both manual
// fields on one line; kOverflow when an amount leaves the representable range. A line with no
// list price and no rule giving one is returned unpriced (priced == false, with the reason).
Result<PricingResult> Price(const PricingContext& context, const PricingRequest& request);

// The same answer, found by testing every rule against every line: the reference the tests and
// the benchmark compare the indexed engine with.
Result<PricingResult> NaivePrice(const PricingContext& context, const PricingRequest& request);

}  // namespace salesdesk::core::pricing
