// The price lock of a saved quote (decision 0017): a saved line keeps its price and explanation
// until a person changes what it is priced from (product, quantity, unit, manual price or
// discount) or asks to re-price it. A changed or new line is priced with the conditions of its
// instant (the rules and list prices as they stood then); a re-priced line with today's.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "core/time/timestamp.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_input.h"
#include "modules/sales/app/quote_pricing.h"

namespace salesdesk::app::sales {

// Lines a person asked to re-price with today's conditions.
struct RepriceRequest {
  bool all = false;                 // the whole quote (its rules_as_of moves to now)
  std::set<std::string> line_keys;  // or these lines
  bool Wants(const std::string& key) const { return all || line_keys.count(key) > 0; }
};

// The quote's lines for `input` and its totals. Lines matched by line_key to an unchanged
// `stored` line keep their stored price, explanation, cost and priced_as_of (their position,
// tax rate and description follow the input); the others are priced: re-priced ones at `now`,
// changed stored ones at their priced_as_of, new ones at terms.rules_as_of. When the basis
// changed (account, price list, currency, pricing date or channel) no line keeps its price.
core::Result<PricedQuote> PriceForSave(UnitOfWork& uow, PricingSource& source,
                                       const PricingTerms& terms, const std::vector<Record>& stored,
                                       const std::vector<QuoteLineInput>& input,
                                       const RepriceRequest& reprice, bool basis_changed,
                                       core::Timestamp now);

// Whether a header change moves what every line is priced from.
bool PricingBasisChanged(const Record& before, const Record& after);

}  // namespace salesdesk::app::sales
