// A quote and its lines as typed values: the status an enum, amounts as Money in the quote's
// currency, decimals as fixed-point, dates as dates. The generic record (app) is mapped to and
// from these in one place (app/quote_mapping.cpp), held to the entity spec by a unit test, so
// the quote's behaviour reads fields by type instead of by name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::quotes {

enum class QuoteStatus {
  kDraft,
  kPendingApproval,
  kApproved,
  kSent,
  kAccepted,
  kRejected,
  kExpired
};

// The API names ("pending_approval"), in the spec's order.
std::string_view QuoteStatusName(QuoteStatus status);
Result<QuoteStatus> ParseQuoteStatus(std::string_view name);
// Whether a document in this status went, or may go, to the customer as a binding offer.
bool IsReleased(QuoteStatus status);

struct SavedQuoteLine {
  std::int64_t id = 0;
  std::int64_t quote_id = 0;
  int position = 0;
  std::string line_key;
  std::int64_t product_id = 0;
  std::string description;
  Quantity quantity;
  std::string unit;
  std::optional<UnitPrice> manual_unit_price;
  std::optional<Percent> manual_discount_pct;
  std::optional<Percent> tax_rate_pct;
  std::string tax_regime;       // "" when no default applied
  std::string tax_rate_source;  // "default" / "manual" / ""
  std::optional<Percent> tax_default_pct;
  std::string tax_note;
  std::optional<UnitPrice> engine_unit_price;  // before the line's manual discount
  std::optional<UnitPrice> unit_price;
  std::optional<Money> net;
  std::optional<UnitPrice> unit_cost;  // cost-sensitive: absent for reps
  std::optional<Percent> margin_pct;   // cost-sensitive
  std::string explanation;             // stored JSON, "" when none
  std::string cost_explanation;        // stored JSON, cost-sensitive
  std::optional<std::int64_t> priced_as_of_us;
};

struct Quote {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::int64_t created_at_us = 0;
  std::string number;
  std::int64_t account_id = 0;
  std::optional<std::int64_t> contact_id;
  std::int64_t price_list_id = 0;
  Currency currency;
  std::string channel;
  std::string language;  // "en", "de", "es", "zh"
  std::optional<Date> pricing_date;
  std::optional<Date> valid_until;
  std::optional<int> payment_terms_days;
  std::string incoterm;
  std::string notes;
  QuoteStatus status = QuoteStatus::kDraft;
  int revision = 1;
  std::optional<Money> untaxed;
  std::optional<Money> tax;
  std::optional<Money> total;
  std::optional<Money> margin;  // cost-sensitive
  std::optional<std::int64_t> rules_as_of_us;
  std::optional<std::int64_t> sent_at_us;
  std::optional<std::int64_t> decided_at_us;
  std::optional<std::int64_t> owner_id;

  // The day the offer was priced for; a quote stored without one shows its creation day.
  Result<Date> IssuedOn() const;
};

}  // namespace salesdesk::core::quotes
