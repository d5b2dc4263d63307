// Engine internals shared by the resolution, tier, next-break and engine files. Not for callers:
// the public API is pricing_engine.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/pricing/price_explanation.h"
#include "core/pricing/pricing_context.h"
#include "core/pricing/pricing_request.h"

namespace salesdesk::core::pricing::internal {

using Specificity = RuleRank;

struct Candidate {
  const PricingRule* rule = nullptr;
  CandidateOutcome static_outcome = CandidateOutcome::kApplied;  // all but the quantity checks
  Specificity specificity;
};

// Per request: the account's tree positions and the figures every line shares.
struct RequestFacts {
  const PricingContext* context = nullptr;
  const PricingRequest* request = nullptr;
  const std::vector<std::int64_t>* group_ancestors = nullptr;
  const std::vector<std::int64_t>* territory_ancestors = nullptr;
  CivilDate civil{1970, 1, 1};
  std::unordered_map<std::int64_t, Quantity> purchased;
};

// Per line: what the rule actions need besides the quantity.
struct LineInputs {
  const RequestFacts* facts = nullptr;
  std::int64_t product_id = 0;
  std::string_view unit;
  std::optional<UnitPrice> cost;  // in the request currency
};

// A price as the rules leave it, exact: unit12 (volume lines) and marginal12 at kPriceScale,
// revenue15 (price x quantity) at kAmountScale.
struct RulePrice {
  __int128 unit12 = 0;
  __int128 marginal12 = 0;  // the price of the next unit: what the next-break search compares
  __int128 revenue15 = 0;
  bool graduated = false;
  std::vector<BandSlice> slices;
  std::vector<PriceRoundingStep> roundings;
};

struct PriceAttempt {
  CandidateOutcome failure = CandidateOutcome::kApplied;  // kApplied: `price` is valid
  std::string detail;
  RulePrice price;
  bool overflow = false;
};

struct Resolution {
  std::vector<CandidateOutcome> outcomes;  // parallel to the candidates
  std::vector<std::string> details;        // filled only with want_details
  int winner = -1;
  std::vector<int> stacked;
  bool priced = false;
  bool overflow = false;
  RulePrice price;
};

// rule_matching.cpp
Candidate MakeCandidate(std::uint32_t rule_index, const RequestFacts& facts, std::string_view unit);
CandidateOutcome CheckQuantity(const PricingRule& rule, Quantity quantity);

// tier_pricing.cpp: the rule's price for `quantity` (bands, tier mode, rounding), no margin check.
PriceAttempt PriceWithRule(const PricingRule& rule, const LineInputs& in, const BasePrice& base,
                           Quantity quantity, bool want_details);
// The base list price as a RulePrice (no rule applied).
RulePrice PriceFromBase(const BasePrice& base, Quantity quantity);

// price_rounding.cpp
__int128 ApplyPriceRounding(const PriceRounding& rounding, __int128 price12, RoundingMode mode);

// rule_resolution.cpp
Resolution Resolve(const std::vector<Candidate>& candidates, const LineInputs& in,
                   const BasePrice& base, Quantity quantity, bool want_details);

// next_break.cpp
std::optional<NextBreak> FindNextBreak(const std::vector<Candidate>& candidates,
                                       const LineInputs& in, Quantity quantity,
                                       const Resolution& current);

}  // namespace salesdesk::core::pricing::internal
