// The engine's answer for each line: the price, and why. Every in-scope candidate rule is listed
// with one outcome code, so a quote can show which rule won and what each other rule lacked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/pricing/price_list.h"
#include "core/pricing/pricing_rule.h"

namespace salesdesk::core::pricing {

// Listed in the order the engine checks them: a rule reports the first reason it fails.
enum class CandidateOutcome : std::uint8_t {
  kApplied,            // the winner, or a stackable rule applied on top of it
  kCreatedAfterQuote,  // created after the request's rules_as_of instant
  kOutsideDates,
  kOutsideSeason,
  kWrongAccount,
  kWrongGroup,
  kWrongTerritory,
  kWrongChannel,
  kWrongUnit,
  kWrongCurrency,               // fixed price or source list in another currency
  kCumulativeVolumeNotReached,  // the account's purchases in the period are below the minimum
  kQuantityBelowMin,            // below min_quantity or the first volume band
  kQuantityAboveMax,
  kNoBasePrice,       // a discount with no list price to take it from
  kNoCost,            // cost-plus or margin floor without a cost in this currency
  kMarginFloor,       // the price would leave less than min_margin
  kLessSpecific,      // eligible, but the winner is more specific
  kLowerPriority,     // as specific as the winner, lower priority
  kTieBreakHigherId,  // as specific, same priority: the lowest rule id wins
};

// Stable snake_case code ("outside_season"), used in JSON and the golden files.
const char* CandidateOutcomeName(CandidateOutcome outcome);

// 16 bytes: a line lists ~100 of these, so the few words some outcomes carry live apart.
struct CandidateResult {
  std::int64_t rule_id = 0;
  CandidateOutcome outcome = CandidateOutcome::kApplied;
  std::int32_t detail = -1;  // index into LinePricing::details; -1 when the outcome needs none
};

// A commercial rounding of one price by a rule (0.05 steps, .99 endings).
struct PriceRoundingStep {
  std::int64_t rule_id = 0;
  UnitPrice before;  // shown at 6 decimals
  UnitPrice after;
};

// One band of a graduated line: `quantity` units starting after `from`, each at `price`.
struct BandSlice {
  Quantity from;
  Quantity quantity;
  UnitPrice price;
};

struct NextBreak {
  Quantity additional_quantity;         // buy this much more ...
  Quantity at_quantity;                 // ... to reach this line quantity
  std::optional<std::int64_t> rule_id;  // the rule winning there; none for a list break
  std::optional<Percent> discount;      // when that rule is a percentage discount
  UnitPrice unit_price;                 // the price of the next unit there
  std::string text;                     // "buy 40 more to reach 12 % off"
};

struct LinePricing {
  std::size_t line_index = 0;
  bool priced = false;
  std::string error;  // why the line has no price (priced == false)
  BasePrice base;
  std::vector<CandidateResult> candidates;  // in-scope rules, by ascending id
  // Plain words for the outcomes that need numbers (margin, currency), see DetailOf.
  std::vector<std::string> details;
  std::optional<std::int64_t> winner_rule_id;
  std::vector<std::int64_t> stacked_rule_ids;  // applied on top of the winner, in order
  TierMode tier_mode = TierMode::kVolume;
  std::vector<BandSlice> bands;  // graduated lines only
  std::vector<PriceRoundingStep> roundings;
  UnitPrice engine_unit_price;  // what the rules give (before manual price or discount)
  bool manual_price_kept = false;
  std::optional<Percent> manual_discount;
  UnitPrice unit_price;  // final; the weighted average for graduated lines
  Money extended;        // request currency, rounded once from the exact amount
  std::optional<NextBreak> next_break;
  std::vector<std::string> notes;  // the same story in words
};

// The words of a candidate's outcome ("margin 8.2 % would be below the floor of 10 %"), or "".
inline std::string_view DetailOf(const LinePricing& line, const CandidateResult& c) {
  return c.detail < 0 ? std::string_view() : std::string_view(line.details[c.detail]);
}

struct PricingResult {
  std::vector<LinePricing> lines;
  RoundingMode rounding_mode = RoundingMode::kHalfUp;
};

}  // namespace salesdesk::core::pricing
