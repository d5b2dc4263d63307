// The engine's explanation of one priced line as JSON, for quote lines and the simulator.
// Without cost, what would reveal cost or margin (margin-floor details) is left out.
#pragma once

#include <boost/json/object.hpp>

#include "app/sales/pricing_source.h"
#include "core/pricing/price_explanation.h"

namespace salesdesk::app::sales {

boost::json::object ExplanationJson(const core::pricing::LinePricing& line,
                                    const PricingSnapshot& snapshot, bool with_cost);

}  // namespace salesdesk::app::sales
