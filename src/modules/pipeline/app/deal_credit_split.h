// Split credit on deals (RULES C-R2, D-R5; decision 0071): an opportunity's credit shared between
// reps exactly as an order's (billing's rules and rows, decisions 0045 and 0065). The split
// decides each person's forecast (forecasts' OwnTotals) and travels to the order made from one of
// the deal's quotes. It changes while the deal is open; a won or lost deal's is its record.
#pragma once

#include "app/records/entity_spec.h"
#include "modules/billing/app/credit_splits.h"

namespace salesdesk::modules::pipeline {

// What PUT /opportunities/{id}/credit-splits replaces; a closed deal answers 409
// pipeline.credit_splits_closed.
const billing::SplitTarget& DealSplitTarget();

// The opportunity-credit-splits entity (read through the deal's visibility, written by the PUT
// only), and the conversion step that copies a deal's rows to an order made from its quote.
void AddDealCreditSplits(std::vector<app::EntitySpec>& catalog);

}  // namespace salesdesk::modules::pipeline
