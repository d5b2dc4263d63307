// Quote totals: one explicit rounding per line net and one per tax-rate group, then exact sums.
// The rules and why they were chosen are in docs/quotes-and-approvals.md.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/money/rounding.h"
#include "core/result.h"

namespace salesdesk::core::quotes {

struct QuoteLine {
  Quantity quantity;                // > 0
  UnitPrice unit_price;             // >= 0, in major units of `currency`
  std::optional<Percent> discount;  // 0..100 %; none means no line discount
  Percent tax_rate;                 // 0..100 %; 0 is a valid (exempt or zero-rated) rate
  Currency currency;                // must equal the document currency
};

// One tax-rate group: the exact sum of the nets of every line at `rate`, and its tax.
struct TaxGroup {
  Percent rate;
  Money base;  // sum of line nets at this rate, exact
  Money tax;   // base * rate, rounded once
};

struct QuoteTotals {
  std::vector<Money> line_nets;      // in line order; each rounded once
  std::vector<TaxGroup> tax_groups;  // by ascending rate; only rates that occur
  Money untaxed;                     // sum of line_nets, exact
  Money tax;                         // sum of the groups' tax, exact
  Money total;                       // untaxed + tax, exact
};

// The net of one line: quantity * unit_price * (1 - discount), rounded once to the currency's
// exponent. kOverflow when the amount leaves the representable range.
Result<Money> LineNet(const QuoteLine& line, RoundingMode mode = RoundingMode::kHalfUp);

// Totals of a document in `currency`. kInvalidArgument, naming "lines[k].<field>", for a line in
// another currency, a quantity <= 0, a negative unit price, or a discount or tax rate outside
// 0..100 %; kOverflow when a sum leaves int64. No lines give zero totals.
Result<QuoteTotals> ComputeQuoteTotals(std::span<const QuoteLine> lines, Currency currency,
                                       RoundingMode mode = RoundingMode::kHalfUp);

// A line whose net is already known (priced by the engine, which rounds each line once).
struct NetLine {
  Money net;
  Percent tax_rate;  // 0..100 %
};

// Totals from known line nets: exact sums, one tax rounding per rate. ComputeQuoteTotals is
// LineNet per line followed by this. kInvalidArgument for a net in another currency or a tax
// rate outside 0..100 %.
Result<QuoteTotals> TotalsFromNets(std::span<const NetLine> lines, Currency currency,
                                   RoundingMode mode = RoundingMode::kHalfUp);

}  // namespace salesdesk::core::quotes
