// Deterministic resolution (docs/pricing.md): eligible rules ranked by specificity, then the
// higher quantity threshold, then priority, then lowest id. The first non-stackable rule whose
// price keeps its margin floor wins; stackable rules are then applied on top, in the same order.
// Ties are never an error.
#include <algorithm>
#include <span>

#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {
namespace {

// Specificity, then quantity threshold and priority (larger first), then the lower id:
// precomputed as RuleKey::order.
bool RanksBefore(const Candidate& a, const Candidate& b) { return a.order < b.order; }

CandidateOutcome LossAgainst(const Candidate& loser, const Candidate& winner) {
  if (loser.rank_group != winner.rank_group) return CandidateOutcome::kLessSpecific;
  if (loser.min_units != winner.min_units) return CandidateOutcome::kLowerThreshold;
  if (loser.priority != winner.priority) return CandidateOutcome::kLowerPriority;
  return CandidateOutcome::kTieBreakHigherId;
}

// The margin left by `revenue15` for `quantity` against each floor; kApplied when all hold.
CandidateOutcome CheckFloors(std::span<const PricingRule* const> rules, const LineInputs& in,
                             __int128 revenue15, Quantity quantity, bool want_details,
                             Message& detail) {
  for (const PricingRule* rule : rules) {
    if (!rule->min_margin.has_value()) continue;
    if (!in.cost.has_value()) {
      if (want_details)
        detail =
            Msg("pricing.detail.floor_no_cost", {{"rule_id", std::to_string(rule->id)},
                                                 {"currency", in.facts->request->currency.code()}});
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
      detail = Msg("pricing.detail.below_floor", {{"margin", actual.ToString()},
                                                  {"floor", rule->min_margin->ToString()},
                                                  {"rule_id", std::to_string(rule->id)}});
    }
    return CandidateOutcome::kMarginFloor;
  }
  return CandidateOutcome::kApplied;
}

}  // namespace

Resolution Resolve(const CandidateList& candidates, const LineInputs& in, const BasePrice& base,
                   Quantity quantity, bool want_details) {
  Resolution res;
  const std::size_t n = candidates.size();
  res.outcomes.resize(n);
  std::vector<int> stackable;
  int first_best = -1;  // the best-ranked eligible non-stackable rule, found in the same pass
  candidates.ForEach([&](std::size_t i, const Candidate& c) {
    CandidateOutcome outcome = c.static_outcome;
    if (outcome == CandidateOutcome::kApplied) outcome = CheckQuantity(c, quantity);
    res.outcomes[i] = outcome;
    if (outcome != CandidateOutcome::kApplied) return;
    if (c.stackable) {
      stackable.push_back(static_cast<int>(i));
    } else if (first_best < 0 || RanksBefore(c, candidates[first_best])) {
      first_best = static_cast<int>(i);
    }
  });
  const RoundingMode mode = in.facts->request->rounding_mode;
  Message detail;
  // The exclusive winner: the best-ranked non-stackable rule that prices and keeps its floor.
  // Picked by linear scans rather than a sort: the first pick almost always holds. A rule tried
  // and failed gets a failure outcome, so the next scan skips it.
  bool first_pick = true;
  while (res.winner < 0) {
    int best = first_pick ? first_best : -1;
    for (std::size_t i = 0; !first_pick && i < n; ++i) {
      if (res.outcomes[i] != CandidateOutcome::kApplied || candidates[i].stackable) {
        continue;
      }
      if (best < 0 || RanksBefore(candidates[i], candidates[best])) best = static_cast<int>(i);
    }
    first_pick = false;
    if (best < 0) break;
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
      const PricingRule* const floor[] = {&rule};
      outcome = CheckFloors(floor, in, attempt.price.revenue15, quantity, want_details, detail);
    }
    res.outcomes[i] = outcome;
    if (want_details && !detail.code.empty()) res.details.emplace_back(i, std::move(detail));
    if (outcome == CandidateOutcome::kApplied) {
      res.winner = i;
      res.price = std::move(attempt.price);
      res.priced = true;
    }
  }
  if (!res.priced && base.found) {
    res.price = PriceFromBase(base, quantity);
    res.priced = true;
  }
  // Why each loser lost is only for the explanation; the next-break search needs the price alone.
  for (std::size_t i = 0; want_details && i < n; ++i) {
    if (static_cast<int>(i) != res.winner && res.outcomes[i] == CandidateOutcome::kApplied &&
        !candidates[i].stackable) {
      res.outcomes[i] = LossAgainst(candidates[i], candidates[res.winner]);
    }
  }
  // The floors every stacked price must keep: the winner's, then each stacked rule's. Only built
  // when something stacks, so the common line allocates nothing here.
  std::vector<const PricingRule*> floors;
  if (!stackable.empty() && res.winner >= 0) floors.push_back(candidates[res.winner].rule);
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
      if (want_details && !detail.code.empty()) res.details.emplace_back(i, std::move(detail));
      continue;
    }
    res.price = std::move(next);
    res.stacked.push_back(i);
  }
  return res;
}

}  // namespace salesdesk::core::pricing::internal
