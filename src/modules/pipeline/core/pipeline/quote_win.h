// What a customer's acceptance of a quote does to the opportunity the quote belongs to
// (docs/pipeline.md "Quotes of a deal", decision 0055): pure, so each case is unit-tested.
#pragma once

#include <cstdint>
#include <optional>

#include "core/money/money.h"
#include "modules/pipeline/core/pipeline/opportunity_rules.h"

namespace salesdesk::core::pipeline {

enum class AcceptEffect {
  kWin,            // the deal moves to its pipeline's won stage
  kAlreadyClosed,  // won already (a second accepted quote) or lost: the deal is left alone
  kTurnedOff,      // the pipeline's win_on_quote_accept is off
  kNoWonStage,     // the pipeline has no won stage to move the deal to
};

struct AcceptFacts {
  StageFacts deal_stage;            // the stage the deal is in
  bool win_on_quote_accept = true;  // the pipeline's setting
  bool pipeline_has_won_stage = false;
};

AcceptEffect EffectOfAcceptance(const AcceptFacts& facts);

// The amount of a deal the acceptance wins: what the customer bought, the quote's net total
// (before tax, as every deal amount is) in the quote's currency, replaces the estimate. A quote
// without a total (never priced) leaves the estimate. nullopt: the amount stays as it is.
std::optional<Money> WonAmount(const Money& estimate, const std::optional<Money>& quote_net);

}  // namespace salesdesk::core::pipeline
