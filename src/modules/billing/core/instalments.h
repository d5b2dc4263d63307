// E-R1: an invoice's instalments from its payment terms. Amounts split the gross with Allocate
// (portions are weights, so "three equal instalments" is 1, 1, 1 and always adds up); each due
// date follows its term line's rule.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/money/allocate.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::billing {

enum class DueRule : std::uint8_t {
  kDaysAfterInvoice,  // invoice date + days
  kEndOfMonthPlus,    // last day of the invoice date's month + days
};

struct TermLine {
  Weight portion;  // >= 0; the lines' portions are weights (30/70, 1/1/1, ⅓ ⅓ ⅓ alike)
  DueRule rule = DueRule::kDaysAfterInvoice;
  int days = 0;  // >= 0
};

struct PlannedInstalment {
  Date due;
  std::int64_t amount = 0;  // minor units of the invoice currency
};

// One instalment per term line, in line order. Errors: no line or all portions 0 →
// money.allocation_basis_empty on "lines"; negative days → "lines/<i>/days".
Result<std::vector<PlannedInstalment>> PlanInstalments(std::int64_t gross, Date invoice_date,
                                                       std::span<const TermLine> lines);

// The due date of one term line for an invoice dated `invoice_date`.
Result<Date> DueDate(Date invoice_date, DueRule rule, int days);

}  // namespace salesdesk::core::billing
