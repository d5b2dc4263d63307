// A rule's price for a quantity: the action applied to each band, the band's commercial rounding,
// and the two tier semantics. Volume: the whole quantity at the band it reaches. Graduated: each
// band's units at that band's price, summed exactly; the unit price is the weighted average and
// the line amount comes from the band sum, rounded once at the very end.
#include <algorithm>

#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {
namespace {

std::optional<__int128> ExactBandPrice(const PricingRule& rule, const RuleBand& band,
                                       __int128 reference6) {
  switch (rule.action) {
    case RuleAction::kFixedPrice:
      return ToPrice12(band.price);
    case RuleAction::kPercentDiscount:
    case RuleAction::kFromList:
      return CheckedMul(reference6, kPercentOne - band.percent.units());
    case RuleAction::kCostPlus:
      return CheckedMul(reference6, kPercentOne + band.percent.units());
    case RuleAction::kAmountOff: {
      const __int128 rest = reference6 - band.price.units();
      return rest > 0 ? rest * 1'000'000 : __int128{0};  // never below 0
    }
    case RuleAction::kSurcharge:
      return (reference6 + band.price.units()) * 1'000'000;
  }
  return std::nullopt;
}

PriceAttempt Fail(CandidateOutcome outcome, bool want_details, Message detail) {
  PriceAttempt attempt;
  attempt.failure = outcome;
  if (want_details) attempt.detail = std::move(detail);
  return attempt;
}

}  // namespace

PriceAttempt PriceWithRule(const PricingRule& rule, const LineInputs& in, const BasePrice& base,
                           Quantity quantity, bool want_details) {
  const PricingRequest& request = *in.facts->request;
  const RoundingMode mode = request.rounding_mode;
  __int128 reference6 = 0;  // the price the action starts from, scale 6
  switch (rule.action) {
    case RuleAction::kFixedPrice:
      break;
    case RuleAction::kPercentDiscount:
    case RuleAction::kAmountOff:
    case RuleAction::kSurcharge:
      if (!base.found) {
        return Fail(CandidateOutcome::kNoBasePrice, want_details,
                    Msg("pricing.detail.no_base_price",
                        {{"list_id", std::to_string(request.price_list_id)}}));
      }
      reference6 = base.price.units();
      break;
    case RuleAction::kCostPlus:
      if (!in.cost.has_value()) {
        return Fail(CandidateOutcome::kNoCost, want_details,
                    Msg("pricing.detail.no_cost",
                        {{"unit", std::string(in.unit)}, {"currency", request.currency.code()}}));
      }
      reference6 = in.cost->units();
      break;
    case RuleAction::kFromList: {
      const BasePrice source = in.facts->context->lists().Lookup(
          *rule.source_list_id, in.product_id, in.unit, quantity, request.date);
      if (!source.found) {
        return Fail(CandidateOutcome::kNoBasePrice, want_details,
                    Msg("pricing.detail.no_source_price",
                        {{"list_id", std::to_string(*rule.source_list_id)}}));
      }
      reference6 = source.price.units();
      break;
    }
  }
  // The price ceiling: the highest price leaving at most max_margin, cost / (1 - max_margin),
  // truncated so the margin never exceeds it.
  std::optional<__int128> ceiling12;
  if (rule.max_margin.has_value()) {
    if (!in.cost.has_value()) {
      return Fail(CandidateOutcome::kNoCost, want_details,
                  Msg("pricing.detail.cap_no_cost", {{"rule_id", std::to_string(rule.id)},
                                                     {"currency", request.currency.code()}}));
    }
    ceiling12 = ToPrice12(*in.cost) * kPercentOne / (kPercentOne - rule.max_margin->units());
  }
  PriceAttempt attempt;
  RulePrice& out = attempt.price;
  out.graduated = rule.tier_mode == TierMode::kGraduated;
  out.cost_based = rule.action == RuleAction::kCostPlus;
  auto band_price = [&](const RuleBand& band) -> std::optional<__int128> {
    const std::optional<__int128> exact = ExactBandPrice(rule, band, reference6);
    if (!exact.has_value()) return std::nullopt;
    const __int128 rounded = ApplyPriceRounding(rule.rounding, *exact, mode);
    if (want_details && rule.rounding.kind != RoundingKind::kNone) {
      out.roundings.push_back({rule.id, ToUnitPrice(*exact, mode).value_or(UnitPrice()),
                               ToUnitPrice(rounded, mode).value_or(UnitPrice())});
    }
    if (ceiling12.has_value() && rounded > *ceiling12) {
      out.cost_based = true;
      if (want_details) {
        out.caps.push_back({rule.id, ToUnitPrice(rounded, mode).value_or(UnitPrice()),
                            ToUnitPrice(*ceiling12, mode).value_or(UnitPrice())});
      }
      return *ceiling12;
    }
    return rounded;
  };
  const std::vector<RuleBand>& bands = rule.bands;
  if (!out.graduated) {
    // CheckQuantity guarantees the first band is reached.
    std::size_t i = 0;
    while (i + 1 < bands.size() && bands[i + 1].min_quantity <= quantity) ++i;
    const std::optional<__int128> unit = band_price(bands[i]);
    const std::optional<__int128> revenue =
        unit.has_value() ? CheckedMul(*unit, quantity.units()) : std::nullopt;
    if (!revenue.has_value()) {
      attempt.overflow = true;
      return attempt;
    }
    out.unit12 = out.marginal12 = *unit;
    out.revenue15 = *revenue;
    return attempt;
  }
  for (std::size_t i = 0; i < bands.size() && bands[i].min_quantity <= quantity; ++i) {
    const std::optional<__int128> price = band_price(bands[i]);
    if (!price.has_value()) {
      attempt.overflow = true;
      return attempt;
    }
    out.marginal12 = *price;  // the next unit falls in the last band reached
    const Quantity upper =
        i + 1 < bands.size() ? std::min(quantity, bands[i + 1].min_quantity) : quantity;
    const std::int64_t units = upper.units() - bands[i].min_quantity.units();
    if (units <= 0) continue;
    const std::optional<__int128> part = CheckedMul(*price, units);
    if (!part.has_value() || __builtin_add_overflow(out.revenue15, *part, &out.revenue15)) {
      attempt.overflow = true;
      return attempt;
    }
    if (want_details) {
      out.slices.push_back({bands[i].min_quantity, Quantity::FromUnits(units),
                            ToUnitPrice(*price, mode).value_or(UnitPrice())});
    }
  }
  out.unit12 = RoundDivide(out.revenue15, quantity.units(), mode);  // weighted average
  return attempt;
}

RulePrice PriceFromBase(const BasePrice& base, Quantity quantity) {
  RulePrice price;
  price.unit12 = price.marginal12 = ToPrice12(base.price);
  price.revenue15 = price.unit12 * quantity.units();  // quantities are capped at validation
  return price;
}

}  // namespace salesdesk::core::pricing::internal
