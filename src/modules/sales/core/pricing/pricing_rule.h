// A pricing rule: where it applies (scope, condition, quantity, dates or season, cumulative
// volume), what it does (action over one or more quantity bands), and its guards (rounding,
// minimum margin). Plain data; the engine interprets it (docs/pricing.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace salesdesk::core::pricing {

enum class RuleScope : std::uint8_t {
  kAll,       // every product
  kCategory,  // products of scope_id's category or any category below it
  kProduct,   // the product scope_id
};

// All conditions that are set must hold (they combine with AND); none set means "any customer".
struct RuleCondition {
  std::optional<std::int64_t> account_id;
  std::optional<std::int64_t> customer_group_id;  // matches the group and its sub-tree
  std::optional<std::int64_t> territory_id;       // matches the territory and its sub-tree
  std::optional<std::string> channel;
};

// A yearly recurring window by month and day, both ends inclusive. from > to wraps the year end
// (Nov 15 -> Feb 15). Compared as (month, day) pairs, so a window ending Feb 28 excludes Feb 29
// and one starting Feb 29 starts on Mar 1 in common years.
struct SeasonWindow {
  int from_month = 1;
  int from_day = 1;
  int to_month = 12;
  int to_day = 31;
};

enum class VolumePeriod : std::uint8_t {
  kRollingDays,   // the `rolling_days` days ending on the pricing date
  kCalendarYear,  // Jan 1 of the pricing date's year through the pricing date
};

// "The account already bought at least min_quantity within the period." The engine does not
// aggregate history: the caller passes the account's figure per rule (PricingRequest::purchased).
struct CumulativeVolume {
  Quantity min_quantity;
  VolumePeriod period = VolumePeriod::kCalendarYear;
  int rolling_days = 365;
};

enum class RuleAction : std::uint8_t {
  kFixedPrice,       // band.price, in the rule's currency
  kPercentDiscount,  // base list price less band.percent (a negative percent is a markup)
  kCostPlus,         // product cost plus band.percent markup
  kFromList,         // source_list_id's price (its breaks and parents included) less band.percent
  kAmountOff,        // base list price less band.price per unit (rule's currency), never below 0
  kSurcharge,        // base list price plus band.price per unit (rule's currency)
};

// Whether the action's band amount is money in the rule's currency (which must be the request's).
inline bool UsesAmount(RuleAction a) {
  return a == RuleAction::kFixedPrice || a == RuleAction::kAmountOff || a == RuleAction::kSurcharge;
}

enum class TierMode : std::uint8_t {
  kVolume,     // the whole quantity at the band it reaches (quantity >= band.min_quantity)
  kGraduated,  // each band's units at that band's price (units beyond band.min_quantity)
};

// One quantity band. A rule without quantity breaks has a single band at min_quantity 0.
struct RuleBand {
  Quantity min_quantity;
  UnitPrice price;  // kFixedPrice; the amount of kAmountOff and kSurcharge
  Percent percent;  // discount (kPercentDiscount, kFromList; < 0: markup) or markup (kCostPlus)
};

enum class RoundingKind : std::uint8_t {
  kNone,
  kStep,    // nearest multiple of `step` (0.05)
  kEnding,  // nearest price k * step + ending (step 1, ending 0.99 -> 11.99, 12.99)
};

struct PriceRounding {
  RoundingKind kind = RoundingKind::kNone;
  UnitPrice step;
  UnitPrice ending;
};

struct PricingRule {
  std::int64_t id = 0;
  std::string name;
  int priority = 0;  // higher wins among equally specific rules
  Timestamp created_at;
  RuleScope scope = RuleScope::kAll;
  std::int64_t scope_id = 0;        // product or category id
  std::optional<std::string> unit;  // only lines in this unit, when set
  RuleCondition condition;
  // Only requests priced with one of these lists; empty = any list.
  std::vector<std::int64_t> price_list_ids;
  std::optional<Quantity> min_quantity;  // inclusive
  std::optional<Quantity> max_quantity;  // exclusive
  std::optional<Date> valid_from;        // inclusive
  std::optional<Date> valid_to;          // inclusive
  std::optional<SeasonWindow> season;
  std::optional<CumulativeVolume> cumulative;
  RuleAction action = RuleAction::kPercentDiscount;
  std::optional<Currency> currency;            // required when UsesAmount(action)
  std::optional<std::int64_t> source_list_id;  // required for kFromList
  TierMode tier_mode = TierMode::kVolume;
  std::vector<RuleBand> bands;  // ascending min_quantity; graduated bands start at 0
  PriceRounding rounding;
  std::optional<Percent> min_margin;  // the rule is not applied if it would leave less margin
  // The price ceiling: a price leaving more margin than this is lowered until it leaves exactly
  // this much (after rounding). Needs the product's cost, like min_margin.
  std::optional<Percent> max_margin;
  // Applied on top of the winning rule instead of competing with it. Only single-band percentage
  // discounts without rounding may stack.
  bool stackable = false;
};

}  // namespace salesdesk::core::pricing
