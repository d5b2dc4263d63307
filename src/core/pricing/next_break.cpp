// "Buy 40 more to reach 12 % off": the smallest larger quantity at which the next unit would cost
// less. Candidate quantities are the list breaks and the quantity thresholds of rules that only
// the quantity keeps out (or that already apply); each is re-resolved in full, so the answer is
// exactly what the engine would price there.
#include <algorithm>
#include <iterator>

#include "core/pricing/line_resolution.h"
#include "core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {
namespace {

// Enough for any realistic band ladder; bounds the work per line.
constexpr std::size_t kMaxThresholds = 32;

const RuleBand& BandAt(const PricingRule& rule, Quantity quantity) {
  std::size_t i = 0;
  while (i + 1 < rule.bands.size() && rule.bands[i + 1].min_quantity <= quantity) ++i;
  return rule.bands[i];
}

}  // namespace

std::optional<NextBreak> FindNextBreak(const CandidateList& candidates,
                                       const std::vector<Quantity>* rule_thresholds,
                                       const LineInputs& in, Quantity quantity,
                                       const Resolution& current) {
  if (!current.priced) return std::nullopt;
  const PricingRequest& request = *in.facts->request;
  const PriceListIndex& lists = in.facts->context->lists();
  std::vector<Quantity> thresholds;
  if (rule_thresholds != nullptr) {
    std::copy_if(rule_thresholds->begin(), rule_thresholds->end(), std::back_inserter(thresholds),
                 [&](Quantity q) { return q > quantity; });
  }
  lists.AppendBreaks(request.price_list_id, in.product_id, in.unit, thresholds);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    if (c.static_outcome != CandidateOutcome::kApplied) continue;  // quantity cannot help
    if (rule_thresholds == nullptr) AppendRuleThresholds(*in.facts->context, c, thresholds);
    if (c.from_list) {
      lists.AppendBreaks(*c.rule->source_list_id, in.product_id, in.unit, thresholds);
    }
  }
  std::erase_if(thresholds, [&](Quantity q) { return q <= quantity; });
  std::sort(thresholds.begin(), thresholds.end());
  thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
  if (thresholds.size() > kMaxThresholds) thresholds.resize(kMaxThresholds);
  for (Quantity at : thresholds) {
    const BasePrice base =
        lists.Lookup(request.price_list_id, in.product_id, in.unit, at, request.date);
    const Resolution there = Resolve(candidates, in, base, at, /*want_details=*/false);
    if (there.overflow || !there.priced || there.price.marginal12 >= current.price.marginal12) {
      continue;
    }
    NextBreak next;
    next.at_quantity = at;
    next.additional_quantity = Quantity::FromUnits(at.units() - quantity.units());
    next.unit_price =
        ToUnitPrice(there.price.marginal12, request.rounding_mode).value_or(UnitPrice());
    const std::string more = "buy " + next.additional_quantity.ToString() + " more to reach ";
    const std::string suffix =
        there.price.graduated ? " on units above " + at.ToString() : std::string();
    if (there.winner >= 0) {
      const PricingRule& rule = *candidates[there.winner].rule;
      next.rule_id = rule.id;
      if (rule.action == RuleAction::kPercentDiscount && there.stacked.empty()) {
        next.discount = BandAt(rule, at).percent;
      }
    }
    next.text =
        next.discount.has_value()
            ? more + next.discount->ToString() + " % off" + suffix
            : more + "unit price " + FormatPrice(next.unit_price, request.currency) + suffix;
    return next;
  }
  return std::nullopt;
}

}  // namespace salesdesk::core::pricing::internal
