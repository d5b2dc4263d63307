// "Buy 50 more: unit price 88.00 instead of 92.00, saving 4.00 per unit": the smallest larger
// quantity at which the next unit would cost less. Candidate quantities are the list breaks and
// the quantity thresholds of rules that only the quantity keeps out (or that already apply); each
// is re-resolved in full, so the answer is exactly what the engine would price there. The text
// names the price there and now, never a percentage the line may already have.
#include <algorithm>
#include <iterator>

#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {
namespace {

// Enough for any realistic band ladder; bounds the work per line.
constexpr std::size_t kMaxThresholds = 32;

const RuleBand& BandAt(const PricingRule& rule, Quantity quantity) {
  std::size_t i = 0;
  while (i + 1 < rule.bands.size() && rule.bands[i + 1].min_quantity <= quantity) ++i;
  return rule.bands[i];
}

// The next unit's price in the line's unit: `factor` base units, less the manual discount.
UnitPrice LinePrice(__int128 marginal12, std::int64_t factor, const std::optional<Percent>& off,
                    RoundingMode mode) {
  __int128 price = marginal12 * factor;
  if (off.has_value()) price = LessPercent(price, *off, mode);
  return ToUnitPrice(price, mode).value_or(UnitPrice());
}

// A base-unit threshold as the smallest whole multiple of the line unit reaching it (in
// Quantity units, so a line unit of 10 base units reaches 55 base units at 5.5).
std::int64_t LineUnits(std::int64_t base_units, std::int64_t factor) {
  return (base_units + factor - 1) / factor;
}

}  // namespace

Note NextBreakNote(const NextBreak& next, const Currency& currency) {
  const std::string more = next.additional_quantity.ToString();
  const std::string now = FormatPrice(next.current_unit_price, currency);
  const std::string there = FormatPrice(next.unit_price, currency);
  const std::string saving = FormatPrice(next.saving, currency);
  Note note{.code = next.graduated ? "pricing.next_break_graduated" : "pricing.next_break",
            .params = {{"additional_quantity", more},
                       {"at_quantity", next.at_quantity.ToString()},
                       {"unit_price", there},
                       {"current_unit_price", now},
                       {"saving", saving},
                       {"currency", currency.code()}}};
  note.text = next.graduated
                  ? "buy " + more + " more: units above " + next.at_quantity.ToString() + " at " +
                        there + " instead of " + now + ", saving " + saving + " per unit"
                  : "buy " + more + " more: unit price " + there + " instead of " + now +
                        ", saving " + saving + " per unit";
  return note;
}

std::optional<NextBreak> FindNextBreak(const CandidateList& candidates,
                                       const std::vector<Quantity>* rule_thresholds,
                                       const LineInputs& in, Quantity quantity,
                                       const Resolution& current, const LineUnit& unit) {
  if (!current.priced) return std::nullopt;
  const PricingRequest& request = *in.facts->request;
  const RoundingMode mode = request.rounding_mode;
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
  // In the line's unit: a threshold is reached at the first whole line unit covering it.
  for (Quantity& q : thresholds) {
    q = Quantity::FromUnits(LineUnits(q.units(), unit.factor) * unit.factor);
  }
  std::erase_if(thresholds, [&](Quantity q) { return q <= quantity; });
  std::sort(thresholds.begin(), thresholds.end());
  thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
  if (thresholds.size() > kMaxThresholds) thresholds.resize(kMaxThresholds);
  const UnitPrice now =
      LinePrice(current.price.marginal12, unit.factor, unit.manual_discount, mode);
  for (Quantity at : thresholds) {
    const BasePrice base =
        lists.Lookup(request.price_list_id, in.product_id, in.unit, at, request.date);
    const Resolution there = Resolve(candidates, in, base, at, /*want_details=*/false);
    if (there.overflow || !there.priced) continue;
    const UnitPrice price =
        LinePrice(there.price.marginal12, unit.factor, unit.manual_discount, mode);
    if (!(price < now)) continue;  // nothing better there, as the line shows prices
    NextBreak next;
    next.at_quantity = Quantity::FromUnits(at.units() / unit.factor);
    next.additional_quantity =
        Quantity::FromUnits(next.at_quantity.units() - quantity.units() / unit.factor);
    next.unit_price = price;
    next.current_unit_price = now;
    next.saving = UnitPrice::FromUnits(now.units() - price.units());
    next.graduated = there.price.graduated;
    if (there.winner >= 0) {
      const PricingRule& rule = *candidates[there.winner].rule;
      next.rule_id = rule.id;
      if (rule.action == RuleAction::kPercentDiscount && there.stacked.empty()) {
        next.discount = BandAt(rule, at).percent;
      }
    }
    next.note = NextBreakNote(next, request.currency);
    next.text = next.note.text;
    return next;
  }
  return std::nullopt;
}

}  // namespace salesdesk::core::pricing::internal
