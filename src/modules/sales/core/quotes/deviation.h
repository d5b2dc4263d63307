// What a quote asks beyond its maker's authority: one Deviation per line and kind, or per
// document and kind. Produced by CheckAuthority, consumed by approval routing and re-approval.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "core/money/decimal.h"
#include "core/money/money.h"

namespace salesdesk::core::quotes {

// The limits of one person (from the authority matrix of their role). Exactly at a limit is
// within authority.
struct AuthorityLimits {
  Percent max_discount;           // largest discount off the engine's price, 0..100 %
  Percent min_margin;             // smallest margin (final - cost) / final, at most 100 %
  int max_payment_term_days;      // longest payment term, >= 0
  Money max_contract_value;       // largest untaxed document value, in the base currency
  bool may_override_tax = false;  // may charge another tax rate than the line's default
};

enum class DeviationScope : std::uint8_t { kLine, kDocument };

enum class DeviationKind : std::uint8_t {
  kDiscount,      // line: effective discount above max_discount (value: Percent)
  kMargin,        // line: margin below min_margin (value: Percent)
  kPaymentTerms,  // document: days above max_payment_term_days (value: int days)
  kValue,         // document: untaxed value in the base currency above max (value: Money)
  kTaxRate,       // line: a tax rate other than the default (value: Percent; allowed: default)
};

// Stable snake_case names ("payment_terms") for JSON, audit rows and messages.
const char* DeviationScopeName(DeviationScope scope);
const char* DeviationKindName(DeviationKind kind);

// Percent for discount and margin, days for payment terms, Money for value.
using DeviationValue = std::variant<Percent, int, Money>;

struct Deviation {
  DeviationScope scope = DeviationScope::kLine;
  std::size_t line_index = 0;  // position k of the line in the quote (lines only), for messages
  std::string line_key;        // the line's stable key (lines only); identity across edits
  DeviationKind kind = DeviationKind::kDiscount;
  DeviationValue requested;  // what the quote asks
  DeviationValue allowed;    // the limit it was checked against
};

// True when `limits` allow `requested` of `kind` (at the limit counts as allowed). A Money value
// in another currency than the limit's is never covered. A tax-rate override is allowed exactly
// when the limits carry may_override_tax, whatever the rate.
bool WithinLimit(DeviationKind kind, const DeviationValue& requested,
                 const AuthorityLimits& limits);

// True when `next` asks for more than `before` in the direction that needs authority: a larger
// discount, a smaller margin, more days, a larger value (or a value in another currency), a tax
// rate other than the one approved (any change of an overridden rate is a new ask).
bool AsksMore(DeviationKind kind, const DeviationValue& next, const DeviationValue& before);

}  // namespace salesdesk::core::quotes
