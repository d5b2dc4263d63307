// C-R9 / C-R10: a statement is the plain sum of its lines, each converted to the payout currency
// once; a negative total is carried forward to the next statement, never claimed from the rep.
#pragma once

#include <cstdint>
#include <span>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"

namespace salesdesk::core::commissions {

struct StatementTotals {
  std::int64_t lines = 0;        // Σ lines
  std::int64_t carried_in = 0;   // ≤ 0: what the previous statement carried forward
  std::int64_t total = 0;        // lines + carried_in
  std::int64_t payable = 0;      // max(total, 0)
  std::int64_t carried_out = 0;  // min(total, 0), into the next statement
};

StatementTotals Totals(std::span<const std::int64_t> lines, std::int64_t carried_in);

// One line's amount in the payout currency: round(amount × rate), half-up, once (C-R9). The same
// currency converts at 1 without rounding.
Result<std::int64_t> ToPayout(Money amount, Rate rate, Currency payout);

}  // namespace salesdesk::core::commissions
