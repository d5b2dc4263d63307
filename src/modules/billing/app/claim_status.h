// E-R10: a dunning claim is resolved only when the principal of its invoice, its interest and
// its fee are all settled or waived. Its status follows: "open" while anything of the three is
// open; then "waived" if any of it was waived or any principal written off (a bad-debt
// write-off gives principal up, decision 0056), else "settled". Payments (their allocations),
// applications of a payment's unapplied part and waivers all recompute it here.
#pragma once

#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "modules/billing/core/letter_claims.h"

namespace salesdesk::modules::billing {

// What is open of a claim's interest and fees: claimed less waived less paid; the principal is
// its invoice's, passed in.
core::billing::LetterClaims OpenOfClaim(const app::Record& claim, std::int64_t principal_open);

std::string ClaimStatus(const app::Record& claim, std::int64_t principal_open,
                        bool principal_written_off = false);

// Recomputes the status of every claim on the invoice from its principal still open, updating
// (and auditing) those whose status moves.
core::Result<void> RefreshClaimStatuses(app::UnitOfWork& uow, const app::Caller& caller,
                                        std::int64_t invoice_id, std::int64_t at);

}  // namespace salesdesk::modules::billing
