// Deterministic resolution (docs/pricing.md): eligible rules ranked by specificity, then
// priority, then lowest id. The first non-stackable rule whose price keeps its margin floor wins;
// stackable rules are then applied on top, in the same order. Ties are never an error.
#include <algorithm>

#include "core/pricing/line_resolution.h"
#include "core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {
namespace {

bool RanksBefore(const Candidate& a, const Candidate& b) {
  if (a.specificity != b.specificity) return a.specificity > b.specificity;
  if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
  return a.rule->id < b.rule->id;
}

CandidateOutcome LossAgainst(const Candidate& loser, const Candidate& winner) {
  if (loser.specificity != winner.specificity) return CandidateOutcome::kLessSpecific;
  if (loser.rule->priority != winner.rule->priority) return CandidateOutcome::kLowerPriority;
  return CandidateOutcome::kTieBreakHigherId;
}

// The margin left by `revenue15` for `quantity` against each floor; kApplied when all hold.
CandidateOutcome CheckFloors(const std::vector<const PricingRule*>& rules, const LineInputs& in,
                             __int128 revenue15, Quantity quantity, bool want_details,
                             std::string& detail) {
  for (const PricingRule* rule : rules) {
    if (!rule->min_margin.has_value()) continue;
    if (!in.cost.has_value()) {
      if (want_details)
        detail = "rule " + std::to_string(rule->id) +
                 " has a margin floor and "
                 "the product has no cost in " +
                 in.facts->request->currency.code();
      return CandidateOutcome::kNoCost;
    }
    // margin % = (revenue - cost) / revenue * 100; compared without dividing.
    const __int128 cost15 = static_cast<__int128>(in.cost->units()) * quantity.units() * 1'000'000;
    const __int128 margin = revenue15 - cost15;
    const std::optional<__int128> lhs = CheckedMul(margin, kPercentOne);
    const std::optional<__int128> rhs = CheckedMul(rule->min_margin->units(), revenue15);
    if (revenue15 > 0 && lhs.has_value() && rhs.has_value() && *lhs >= *rhs) continue;
    if (want_details) {
      const Percent actual = Percent::FromUnits(
          revenue15 > 0 ? static_cast<std::int64_t>(
                              RoundDivide(margin * kPercentOne, revenue15, RoundingMode::kHalfUp))
                        : 0);
      detail = "margin " + actual.ToString() + " % would be below the floor of " +
               rule->min_margin->ToString() + " % set by rule " + std::to_string(rule->id);
    }
    return CandidateOutcome::kMarginFloor;
  }
  return CandidateOutcome::kApplied;
}

}  // namespace

Resolution Resolve(const std::vector<Candidate>& candidates, const LineInputs& in,
                   const BasePrice& base, Quantity quantity, bool want_details) {
  Resolution res;
  const std::size_t n = candidates.size();
  res.outcomes.resize(n);
  if (want_details) res.details.resize(n);
  std::vector<int> stackable;
  for (std::size_t i = 0; i < n; ++i) {
    CandidateOutcome outcome = candidates[i].static_outcome;
    if (outcome == CandidateOutcome::kApplied) {
      outcome = CheckQuantity(*candidates[i].rule, quantity);
    }
    res.outcomes[i] = outcome;
    if (outcome == CandidateOutcome::kApplied && candidates[i].rule->stackable) {
      stackable.push_back(static_cast<int>(i));
    }
  }
  const RoundingMode mode = in.facts->request->rounding_mode;
  std::string detail;
  std::vector<const PricingRule*> floors;
  // The exclusive winner: the best-ranked non-stackable rule that prices and keeps its floor.
  // Picked by repeated linear scans rather than a sort: the first pick almost always holds.
  std::vector<bool> tried(n, false);
  while (res.winner < 0) {
    int best = -1;
    for (std::size_t i = 0; i < n; ++i) {
      if (res.outcomes[i] != CandidateOutcome::kApplied || tried[i] ||
          candidates[i].rule->stackable) {
        continue;
      }
      if (best < 0 || RanksBefore(candidates[i], candidates[best])) best = static_cast<int>(i);
    }
    if (best < 0) break;
    tried[best] = true;
    const int i = best;
    const PricingRule& rule = *candidates[i].rule;
    PriceAttempt attempt = PriceWithRule(rule, in, base, quantity, want_details);
    if (attempt.overflow) {
      res.overflow = true;  // the engine reports kOverflow for the whole request
      return res;
    }
    CandidateOutcome outcome = attempt.failure;
    detail = std::move(attempt.detail);
    if (outcome == CandidateOutcome::kApplied) {
      outcome = CheckFloors({&rule}, in, attempt.price.revenue15, quantity, want_details, detail);
    }
    res.outcomes[i] = outcome;
    if (want_details) res.details[i] = std::move(detail);
    if (outcome == CandidateOutcome::kApplied) {
      res.winner = i;
      res.price = std::move(attempt.price);
      res.priced = true;
      floors.push_back(&rule);
    }
  }
  if (!res.priced && base.found) {
    res.price = PriceFromBase(base, quantity);
    res.priced = true;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (static_cast<int>(i) != res.winner && res.outcomes[i] == CandidateOutcome::kApplied &&
        !candidates[i].rule->stackable) {
      res.outcomes[i] = LossAgainst(candidates[i], candidates[res.winner]);
    }
  }
  std::sort(stackable.begin(), stackable.end(),
            [&](int a, int b) { return RanksBefore(candidates[a], candidates[b]); });
  for (int i : stackable) {
    const PricingRule& rule = *candidates[i].rule;
    if (!res.priced) {
      res.outcomes[i] = CandidateOutcome::kNoBasePrice;
      continue;
    }
    // Stacked: a further discount off the running price; a volume line keeps price x quantity.
    RulePrice next = res.price;
    const Percent pct = rule.bands.front().percent;
    next.marginal12 = LessPercent(next.marginal12, pct, mode);
    if (next.graduated) {
      next.revenue15 = LessPercent(next.revenue15, pct, mode);
      next.unit12 = RoundDivide(next.revenue15, quantity.units(), mode);
    } else {
      next.unit12 = next.marginal12;
      next.revenue15 = next.unit12 * quantity.units();
    }
    floors.push_back(&rule);
    const CandidateOutcome outcome =
        CheckFloors(floors, in, next.revenue15, quantity, want_details, detail);
    if (outcome != CandidateOutcome::kApplied) {
      floors.pop_back();
      res.outcomes[i] = outcome;
      if (want_details) res.details[i] = std::move(detail);
      continue;
    }
    res.price = std::move(next);
    res.stacked.push_back(i);
  }
  return res;
}

}  // namespace salesdesk::core::pricing::internal
