// The engine's explanation of one priced line as JSON. Stored compactly with the quote line
// (candidates grouped by outcome as rule ids: a line may have hundreds of candidates) and
// expanded for people (one entry per candidate with the rule's name, the list's name) when a
// quote document or the simulator answers. Without cost, what would reveal cost or margin is left
// out: margin floor and ceiling details and amounts, and for a price from cost (cost-plus, capped
// at a maximum margin) its band prices, roundings and the notes carrying them.
#pragma once

#include <boost/json/object.hpp>

#include "modules/sales/app/pricing_source.h"
#include "modules/sales/core/pricing/price_explanation.h"

namespace salesdesk::app::sales {

// {"outcomes": {"less_specific": [3, 9], ...}, "details": {"9": "..."}, base, winner, ...}
boost::json::object StoredExplanation(const core::pricing::LinePricing& line, bool with_cost);

// The stored form with "candidates": [{rule_id, rule_name, outcome, detail?}] by rule id, and the
// names of the winner and the base list, as the snapshot knows them now.
boost::json::object ExpandExplanation(boost::json::object stored, const PricingSnapshot& snapshot);

inline boost::json::object ExplanationJson(const core::pricing::LinePricing& line,
                                           const PricingSnapshot& snapshot, bool with_cost) {
  return ExpandExplanation(StoredExplanation(line, with_cost), snapshot);
}

}  // namespace salesdesk::app::sales
