// What the caller asks the engine to price: an account, a date, the "rules as of" instant and the
// lines. Cumulative volumes are pre-aggregated by the caller (core does no I/O).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/rounding.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace salesdesk::core::pricing {

struct PricingAccount {
  std::int64_t id = 0;
  std::optional<std::int64_t> customer_group_id;
  std::optional<std::int64_t> territory_id;
  std::string channel;
};

struct PricingLine {
  std::int64_t product_id = 0;
  std::string unit;
  Quantity quantity;
  std::optional<UnitPrice> manual_unit_price;  // kept as is, never overwritten by a rule
  std::optional<Percent> manual_discount;      // taken off the engine's price
};

// The quantity the account bought in a cumulative rule's period (CumulativeWindow), per rule.
// Rules missing here count as zero.
struct PurchasedVolume {
  std::int64_t rule_id = 0;
  Quantity quantity;
};

// Turns a product cost kept in another currency into the request's currency: units of the
// request currency per unit of `from`, at the rate valid on the request's date (the caller picks
// the dated rate; core does no I/O).
struct CostRate {
  Currency from;
  Rate rate;
};

struct PricingRequest {
  PricingAccount account;
  Currency currency;
  std::int64_t price_list_id = 0;
  Date date;
  // Rules created after this instant are ignored, so a saved quote re-prices the same way.
  Timestamp rules_as_of;
  std::vector<PurchasedVolume> purchased;
  std::vector<CostRate> cost_rates;
  std::vector<PricingLine> lines;
  RoundingMode rounding_mode = RoundingMode::kHalfUp;
};

}  // namespace salesdesk::core::pricing
