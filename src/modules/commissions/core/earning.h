// How an invoice's commission is earned and taken back: flat (C-R3) with its drill-down to the
// invoice lines, the margin base (C-R6), earning on payment (C-R7) and clawback (C-R8). Each
// amount is rounded once, half-up, per (rep, invoice, component, earning event) (C-R9).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace salesdesk::core::commissions {

// C-R3: round(rate × credited base), signed (a credit note's base is negative).
std::int64_t Flat(std::int64_t rate_ppm, std::int64_t credited_base);

// C-R3: an invoice's commission split over its lines by Allocate(commission, line bases), never
// rounded line by line. Errors as Allocate's, naming "lines".
Result<std::vector<std::int64_t>> DrillDown(std::int64_t commission,
                                            std::span<const std::int64_t> line_bases);

// C-R6: Σ (net − cost) over the lines of the period; a loss-making line lowers it. The floor of a
// negative period at 0 is the schedule's (C(x) = 0 for x ≤ 0).
struct MarginLine {
  std::int64_t net = 0;
  std::int64_t cost = 0;  // LineCost of the unit cost snapshot stored on the invoice line
};
std::int64_t MarginBase(std::span<const MarginLine> lines);

// A line's cost from its unit cost snapshot and its quantity in thousandths (the invoice line's
// 3-decimal quantity): round(unit_cost × quantity ÷ 1000) half-up, once per line, so a fractional
// quantity (2.5 h at 33.33) costs 83.33 (83.325 rounded), never a rounded unit cost times 2.5.
std::int64_t LineCost(std::int64_t unit_cost, std::int64_t quantity_milli);

// C-R7 on payment: after each settlement (in date order) earned_to_date =
// round(commission × settled so far ÷ commissionable gross), and the settlement earns the
// increase, so the last one releases the exact remainder. The commissionable gross is the
// invoice gross less its credit notes (they are not payments); written-off amounts are never
// passed here, so they never earn. A settlement ≤ 0, or settlements beyond the commissionable
// gross, name "settlements/<i>".
Result<std::vector<std::int64_t>> EarnedOnPayments(std::int64_t commission,
                                                   std::int64_t commissionable_gross,
                                                   std::span<const std::int64_t> settlements);

// C-R7 after any event: round(commission × min(settled, gross) ÷ gross), 0 when a credit note
// left no gross (a fully credited invoice earns nothing). Money settled beyond the gross (a later
// note left it unapplied) counts only up to it.
std::int64_t EarnedToDate(std::int64_t commission, std::int64_t settled, std::int64_t gross);

// C-R8, original period closed: −round(commission × credited ÷ invoice amount), the invoice's
// own effective rate (amounts of the same kind: both net or both gross). invoice_amount > 0,
// 0 ≤ credited ≤ invoice_amount, else kInvalidArgument on "credited".
Result<std::int64_t> Clawback(std::int64_t commission, std::int64_t invoice_amount,
                              std::int64_t credited);

}  // namespace salesdesk::core::commissions
