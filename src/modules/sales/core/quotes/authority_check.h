// Checks a quote against the authority limits of the person who made it. Pure: the caller
// gathers prices, costs and the exchange rate; what exceeds the limits comes back as Deviations.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/money/rounding.h"
#include "core/result.h"
#include "modules/sales/core/quotes/deviation.h"

namespace salesdesk::core::quotes {

// One priced line. Its final price is unit_price * (1 - discount): pass either the engine's final
// LinePricing::unit_price with no discount, or the undiscounted price with the line discount.
struct AuthorityLine {
  std::string line_key;                // stable across edits (see reapproval.h)
  UnitPrice engine_unit_price;         // what the pricing rules give (LinePricing)
  UnitPrice unit_price;                // after any manual price override
  std::optional<Percent> discount;     // manual line discount, 0..100 %
  std::optional<UnitPrice> unit_cost;  // in the quote currency; none when unknown
  // The rate charged and the default rate (core/tax); an override is a rate that differs from a
  // known default. No default (none could be worked out): nothing to deviate from.
  std::optional<Percent> tax_rate;
  std::optional<Percent> default_tax_rate;
};

struct AuthorityDocument {
  Money untaxed;                     // QuoteTotals::untaxed, in the quote currency
  int payment_term_days = 0;         // >= 0
  std::optional<Rate> rate_to_base;  // base units per quote unit; needed unless same currency
};

// A check that could not be made, and why (e.g. no cost known, so no margin).
struct SkippedCheck {
  DeviationScope scope = DeviationScope::kLine;
  std::size_t line_index = 0;
  std::string line_key;
  DeviationKind kind = DeviationKind::kMargin;
  std::string reason;
};

struct AuthorityCheck {
  // Lines in order (discount, margin, then tax rate), then document.
  std::vector<Deviation> deviations;
  std::vector<SkippedCheck> skipped;
  bool within_authority() const { return deviations.empty(); }
};

// Per line: effective discount (engine - final) / engine above max_discount, and margin
// (final - cost) / final below min_margin, and a tax rate other than the default unless the
// limits carry may_override_tax. Per document: payment-term days above the maximum and
// the untaxed value, converted to the base currency (the limit's) with one rounding, above
// max_contract_value. Exactly at a limit is within authority. The comparisons are exact; the
// reported percentages are rounded to 4 decimals away from the limit (discount up, margin down),
// which keeps "reported value vs any Percent limit" exactly equivalent to the exact comparison.
// kInvalidArgument naming the field for negative prices, costs or days, a discount outside
// 0..100 % (also for tax rates), invalid limits, or a missing rate when the currencies differ.
Result<AuthorityCheck> CheckAuthority(std::span<const AuthorityLine> lines,
                                      const AuthorityDocument& document,
                                      const AuthorityLimits& limits,
                                      RoundingMode mode = RoundingMode::kHalfUp);

// Validates a set of limits on its own (used for every approver too). Fields "limits.*".
Result<void> ValidateLimits(const AuthorityLimits& limits);

}  // namespace salesdesk::core::quotes
