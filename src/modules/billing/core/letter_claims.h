// E-R10: fees and interest are claims of their own. Paying the principal does not resolve a
// dunning letter: it is resolved only when principal, interest and fees are all settled or
// waived, and a waiver is an explicit action with a reason (the caller audits it). Principal is
// never waived: it is reduced by a credit note.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "modules/billing/core/application.h"

namespace salesdesk::core::billing {

struct LetterClaims {
  std::int64_t principal = 0;  // open principal of the letter's lines
  std::int64_t interest = 0;   // open interest claim
  std::int64_t fees = 0;       // open fee claim
};

// Resolved when nothing of the three is open.
bool LetterResolved(const LetterClaims& open);

struct Waiver {
  Claim claim = Claim::kFees;  // kInterest or kFees
  std::int64_t amount = 0;     // > 0, at most what is open of that claim
  std::string reason;          // required: why the claim is given up
};

// The claims after the waiver. Errors: "reason" blank (billing.waiver_reason), "claim"
// principal (billing.waiver_principal), "amount" not in 1..open (field.out_of_range).
Result<LetterClaims> ApplyWaiver(LetterClaims open, const Waiver& waiver);

}  // namespace salesdesk::core::billing
