// Split credit on documents (RULES C-R2, A-R7, E-R7; decision 0045): a document's credit shared
// between reps in basis points that sum to exactly 10,000, and each rep's part of any of the
// document's amounts by Allocate (RULES 0.4) — never a float, never a share rounded on its own.
// A document without revenue shares credits its owner with 100 %. Overlay shares (a specialist's
// 20 % on top, C-R2) are each their own percentage of the whole and reduce nobody; only
// commissions read them (targets, the appraisal and the receivables count revenue credit).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"

namespace salesdesk::core::billing {

struct CreditShare {
  std::int64_t user_id = 0;
  std::int64_t share_bp = 0;  // 10,000 = 100 %
  bool overlay = false;
};

// Every problem at once, each naming its member: "credit_splits/<i>/share_bp" outside
// 1..10,000, "credit_splits/<i>/user_id" not an id or named twice (in either kind), and
// "credit_splits" when there are revenue shares and they do not sum to 10,000
// (billing.credit_splits_total). An empty list, or overlays only, is valid (the owner's 100 %).
Result<void> CheckCreditShares(std::span<const CreditShare> shares);

// `user`'s credited part of `amount` (any sign: a credit note's amount is split as its magnitude
// and negated): Allocate(amount, revenue shares) at the user's position, 0 if not named; with no
// revenue shares, the whole amount when `user` is the owner, else 0. Parts over the users named
// sum to `amount`. Overlay shares are skipped.
Result<std::int64_t> CreditedPart(std::int64_t amount, std::int64_t owner,
                                  std::span<const CreditShare> shares, std::int64_t user);

// `user`'s overlay part of `amount`: round(amount × share ÷ 10,000), half-up away from zero,
// once, for the overlay share naming them; 0 if none does (C-R2).
std::int64_t OverlayPart(std::int64_t amount, std::span<const CreditShare> shares,
                         std::int64_t user);

// The revenue shares of a set, in order (what the receivables and targets split by).
std::vector<CreditShare> RevenueShares(std::span<const CreditShare> shares);

}  // namespace salesdesk::core::billing
