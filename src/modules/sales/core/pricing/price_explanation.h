// The engine's answer for each line: the price, and why. Every in-scope candidate rule is listed
// with one outcome code, so a quote can show which rule won and what each other rule lacked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/message.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "modules/sales/core/pricing/price_list.h"
#include "modules/sales/core/pricing/pricing_rule.h"

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
  kWrongPriceList,  // restricted to other price lists
  kWrongUnit,
  kWrongCurrency,               // fixed price or source list in another currency
  kCumulativeVolumeNotReached,  // the account's purchases in the period are below the minimum
  kQuantityBelowMin,            // below min_quantity or the first volume band
  kQuantityAboveMax,
  kNoBasePrice,       // a discount with no list price to take it from
  kNoCost,            // cost-plus, margin floor or ceiling without a cost in this currency
  kMarginFloor,       // the price would leave less than min_margin
  kLessSpecific,      // eligible, but the winner is more specific
  kLowerThreshold,    // as specific as the winner, with a lower quantity threshold
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

// A price lowered to a rule's maximum margin (the price ceiling).
struct PriceCapStep {
  std::int64_t rule_id = 0;
  UnitPrice before;  // the rule's price, rounded
  UnitPrice after;   // the highest price that keeps the margin at or below max_margin
};

// One sentence of the explanation: a stable code with its parameters (so a client can word it in
// its user's language) and the English text.
struct Note {
  std::string code;  // "pricing.next_break"
  std::vector<std::pair<std::string, std::string>> params;
  std::string text;
  // Its amounts derive from the product's cost (a cost-plus rounding, a margin cap): left out for
  // callers who may not see cost.
  bool reveals_cost = false;
};

// The smallest larger quantity at which the next unit costs less than it does now. Quantities and
// prices are in the line's unit; manual discounts are applied to both prices.
struct NextBreak {
  Quantity additional_quantity;         // buy this much more ...
  Quantity at_quantity;                 // ... to reach this line quantity
  std::optional<std::int64_t> rule_id;  // the rule winning there; none for a list break
  std::optional<Percent> discount;      // when that rule is a percentage discount
  UnitPrice unit_price;                 // the price of the next unit there
  UnitPrice current_unit_price;         // the price of the next unit at the line's quantity
  UnitPrice saving;                     // current_unit_price - unit_price, > 0
  bool graduated = false;               // only the units above at_quantity get the price
  Note note;         // "buy 50 more: unit price 88.00 instead of 92.00, saving 4.00 per unit"
  std::string text;  // note.text
};

struct LinePricing {
  std::size_t line_index = 0;
  bool priced = false;
  std::string error;  // why the line has no price (priced == false)
  BasePrice base;
  std::vector<CandidateResult> candidates;  // in-scope rules, by ascending id
  // Plain words for the outcomes that need numbers (margin, currency), see DetailOf.
  std::vector<std::string> details;
  std::vector<Message> detail_messages;  // the same with their codes (parallel; may be shorter)
  std::optional<std::int64_t> winner_rule_id;
  std::vector<std::int64_t> stacked_rule_ids;  // applied on top of the winner, in order
  TierMode tier_mode = TierMode::kVolume;
  std::vector<BandSlice> bands;  // graduated lines only
  std::vector<PriceRoundingStep> roundings;
  std::vector<PriceCapStep> caps;  // prices lowered to a maximum margin
  // The winner's price comes from the product's cost (cost-plus, or capped at a maximum margin).
  bool cost_based = false;
  // A line in a product's sales unit priced per base unit (no list price of its own): how many
  // base units one line unit holds (1 when not converted) and the base unit.
  std::int64_t unit_factor = 1;
  std::string base_unit;
  UnitPrice engine_unit_price;  // what the rules give (before manual price or discount)
  bool manual_price_kept = false;
  std::optional<Percent> manual_discount;
  UnitPrice unit_price;  // final; the weighted average for graduated lines
  Money extended;        // request currency, rounded once from the exact amount
  std::optional<NextBreak> next_break;
  std::vector<Note> notes;  // the same story in words
};

// The words of a candidate's outcome ("margin 8.2 % would be below the floor of 10 %"), or "".
inline std::string_view DetailOf(const LinePricing& line, const CandidateResult& c) {
  return c.detail < 0 ? std::string_view() : std::string_view(line.details[c.detail]);
}

// The code and parameters of DetailOf, or an empty message.
inline Message DetailMessageOf(const LinePricing& line, const CandidateResult& c) {
  return c.detail < 0 || static_cast<std::size_t>(c.detail) >= line.detail_messages.size()
             ? Message{}
             : line.detail_messages[c.detail];
}

struct PricingResult {
  std::vector<LinePricing> lines;
  RoundingMode rounding_mode = RoundingMode::kHalfUp;
};

}  // namespace salesdesk::core::pricing
