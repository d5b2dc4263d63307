// Products on a deal (issue 12, decision 0072): optional lines priced by the pricing engine
// exactly as a quote line of the deal's account would be today (sales' PriceForAccount), stored
// with the price they got. Saving them sets the deal's amount to their net total in the price
// list's currency, through the deal's own update (stage rules, audit, forecasts' stale flags).
// The whole set is replaced at once; nothing re-prices them unless a person saves them again.
#pragma once

#include <optional>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/time/clock.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_input.h"

namespace salesdesk::modules::pipeline {

// The opportunity-lines entity (read through the deal's visibility; written by Replace only).
void AddDealLineEntity(std::vector<app::EntitySpec>& catalog);

struct DealLines {
  std::vector<app::Record> lines;  // as stored, in position order
  app::Record deal;                // as stored after the amount changed
};

class DealLineService {
 public:
  DealLineService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Replaces the deal's lines (If-Match: the deal's version the caller saw). The caller must see
  // the deal and may write it. None: the lines are removed and the amount kept. A won or lost
  // deal: 409 pipeline.lines_closed. Pricing problems name "lines[k].<field>", "price_list_id".
  core::Result<DealLines> Replace(const app::Caller& caller, std::int64_t deal_id,
                                  std::optional<std::int64_t> expected_version,
                                  std::optional<std::int64_t> price_list_id,
                                  const std::vector<app::sales::QuoteLineInput>& lines);

 private:
  app::Store& store_;
  const core::Clock& clock_;
  app::sales::PricingSource pricing_;
};

}  // namespace salesdesk::modules::pipeline
