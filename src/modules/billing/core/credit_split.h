// Split credit on documents (RULES C-R2, A-R7, E-R7; decision 0045): a document's credit shared
// between reps in basis points that sum to exactly 10,000, and each rep's part of any of the
// document's amounts by Allocate (RULES 0.4) — never a float, never a share rounded on its own.
// A document without shares credits its owner with 100 %.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"

namespace salesdesk::core::billing {

struct CreditShare {
  std::int64_t user_id = 0;
  std::int64_t share_bp = 0;  // 10,000 = 100 %
};

// Every problem at once, each naming its member: "credit_splits/<i>/share_bp" outside
// 1..10,000, "credit_splits/<i>/user_id" not an id or named twice, and "credit_splits" when the
// shares do not sum to 10,000 (billing.credit_splits_total). An empty list is valid (the owner's
// 100 %).
Result<void> CheckCreditShares(std::span<const CreditShare> shares);

// `user`'s credited part of `amount` (any sign: a credit note's amount is split as its magnitude
// and negated): Allocate(amount, shares) at the user's position, 0 if not named; with no shares,
// the whole amount when `user` is the owner, else 0. Parts over the users named sum to `amount`.
Result<std::int64_t> CreditedPart(std::int64_t amount, std::int64_t owner,
                                  std::span<const CreditShare> shares, std::int64_t user);

}  // namespace salesdesk::core::billing
