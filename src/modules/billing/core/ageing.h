// E-R3, E-R4, E-R5: one customer's receivables aged at an as-of date D. Only documents posted on
// or before D count (a payment dated after D does not reduce D's figures, whenever it was
// entered). Settlements are replayed in date order onto their invoice's open instalments,
// oldest due first (E-R2); what an invoice cannot take, and every settlement without one, is
// unapplied, shown apart as a negative column and never netted into the buckets. Each open
// instalment is aged by d = D − due: not due d < 0, then one bucket per upper edge (inclusive),
// then the last bucket beyond the last edge. Currencies are never summed: one row each, with
// the carrying base of its open invoices (E-R6) beside it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/result.h"
#include "core/time/date.h"
#include "modules/billing/core/instalments.h"

namespace salesdesk::core::billing {

struct AgedInvoice {
  Currency currency;
  Date posted;
  Rate rate;  // base units per document unit at the invoice date
  std::vector<PlannedInstalment> instalments;
};

enum class SettlementKind : std::uint8_t { kPayment, kCreditNote };

struct AgedSettlement {
  SettlementKind kind = SettlementKind::kPayment;
  Date posted;
  Currency currency;                   // a referenced invoice's currency (converted by the caller)
  std::int64_t amount = 0;             // > 0
  std::optional<std::size_t> invoice;  // index into the invoices; none: unapplied
  Rate rate;  // base units per document unit at the settlement's date (for unapplied base)
};

// Upper edges of the overdue buckets, strictly increasing and >= 0: {30, 60, 90} gives
// 0–30, 31–60, 61–90, > 90.
struct AgeingEdges {
  std::vector<int> upper = {30, 60, 90};
};

struct AgeingRow {
  Currency currency;
  std::int64_t not_due = 0;
  std::vector<std::int64_t> buckets;  // upper.size() + 1 overdue buckets
  std::int64_t open = 0;              // not_due + Σ buckets
  std::int64_t unapplied = 0;         // <= 0: credits left on the customer
  std::int64_t carrying_base = 0;     // base of the open invoices still carried (E-R5)
  std::int64_t unapplied_base = 0;    // <= 0
  // With a rate at D for the currency: the open amount revalued, round(open × rate_D), and the
  // unrealised difference revalued − carrying_base, shown apart (E-R5). Never booked.
  std::optional<std::int64_t> revalued_base;
  std::optional<std::int64_t> unrealised;
};

// Rates at D by currency code (base units per unit), for the optional revaluation.
using RatesAt = std::map<std::string, Rate, std::less<>>;

// Which column d = D − due falls in: -1 not due, else the overdue bucket's index.
int BucketOf(std::int64_t days_past_due, const AgeingEdges& edges);

// Rows sorted by currency code; a currency with nothing open and nothing unapplied is left out.
// Errors: edges not strictly increasing or negative ("edges"); a settlement's currency unlike
// its invoice's ("settlements/<i>/currency").
Result<std::vector<AgeingRow>> AgeAt(Date as_of, Currency base,
                                     std::span<const AgedInvoice> invoices,
                                     std::span<const AgedSettlement> settlements,
                                     const AgeingEdges& edges = {}, const RatesAt& rates_at = {});

}  // namespace salesdesk::core::billing
