#include "modules/billing/core/letter_claims.h"

#include <algorithm>

#include "core/money/money.h"

namespace salesdesk::core::billing {

bool LetterResolved(const LetterClaims& open) {
  return open.principal <= 0 && open.interest <= 0 && open.fees <= 0;
}

Result<LetterClaims> ApplyWaiver(LetterClaims open, const Waiver& waiver) {
  const bool blank = std::all_of(waiver.reason.begin(), waiver.reason.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  });
  if (blank) return Error::Invalid("reason", Msg("billing.waiver_reason"));
  if (waiver.claim == Claim::kPrincipal) {
    return Error::Invalid("claim", Msg("billing.waiver_principal"));
  }
  std::int64_t& claim = waiver.claim == Claim::kInterest ? open.interest : open.fees;
  if (waiver.amount <= 0 || waiver.amount > claim) {
    return Error::Invalid("amount",
                          Msg("field.out_of_range",
                              {{"field", "amount"}, {"min", "1"}, {"max", std::to_string(claim)}}));
  }
  claim -= waiver.amount;
  return open;
}

}  // namespace salesdesk::core::billing
