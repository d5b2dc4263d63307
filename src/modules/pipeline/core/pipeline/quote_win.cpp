#include "modules/pipeline/core/pipeline/quote_win.h"

namespace salesdesk::core::pipeline {

AcceptEffect EffectOfAcceptance(const AcceptFacts& facts) {
  // A lost deal is not revived by a quote the customer accepts later: a person reopens it.
  if (facts.deal_stage.won || facts.deal_stage.lost) return AcceptEffect::kAlreadyClosed;
  if (!facts.win_on_quote_accept) return AcceptEffect::kTurnedOff;
  if (!facts.pipeline_has_won_stage) return AcceptEffect::kNoWonStage;
  return AcceptEffect::kWin;
}

std::optional<Money> WonAmount(const Money& estimate, const std::optional<Money>& quote_net) {
  if (!quote_net || *quote_net == estimate) return std::nullopt;
  return quote_net;
}

}  // namespace salesdesk::core::pipeline
