// Rule checks at context build time, so the engine itself never meets a malformed rule.
#include "modules/sales/core/pricing/price_math.h"
#include "modules/sales/core/pricing/pricing_context.h"

namespace salesdesk::core::pricing {
namespace {

constexpr std::int64_t kMinPercent = -10 * kPercentOne;  // a markup of at most 1000 %

bool ValidMonthDay(int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(2000, month);  // leap year
}

}  // namespace

Result<void> ValidateRule(const PricingRule& rule, const PriceListIndex& lists,
                          const TreeIndex& categories, const TreeIndex& groups,
                          const TreeIndex& territories, const std::string& field) {
  if (rule.bands.empty()) return Error::Invalid(field + ".bands", "a rule needs at least one band");
  for (std::size_t i = 0; i < rule.bands.size(); ++i) {
    const RuleBand& b = rule.bands[i];
    if (b.min_quantity.units() < 0 || (i > 0 && b.min_quantity <= rule.bands[i - 1].min_quantity)) {
      return Error::Invalid(field + ".bands",
                            "band min quantities must be >= 0 and strictly ascending");
    }
    if (b.price.units() < 0) {
      return Error::Invalid(field + ".bands",
                            "band prices and amounts must be >= 0; use surcharge to add an amount");
    }
    if ((rule.action == RuleAction::kPercentDiscount || rule.action == RuleAction::kFromList) &&
        (b.percent.units() < kMinPercent || b.percent.units() > kPercentOne)) {
      return Error::Invalid(field + ".bands",
                            "a discount must be between -1000 % (a markup) and 100 %");
    }
  }
  if (rule.tier_mode == TierMode::kGraduated && rule.bands.front().min_quantity.units() != 0) {
    return Error::Invalid(field + ".bands", "graduated bands must start at quantity 0");
  }
  if (UsesAmount(rule.action) && !rule.currency.has_value()) {
    return Error::Invalid(field + ".currency",
                          "a rule with prices or amounts needs their currency, e.g. EUR");
  }
  for (std::int64_t list_id : rule.price_list_ids) {
    if (lists.Find(list_id) == nullptr) {
      return Error::Invalid(field + ".price_list_ids",
                            "price list " + std::to_string(list_id) + " does not exist");
    }
  }
  if (rule.max_margin.has_value() &&
      (rule.max_margin->units() < 0 || rule.max_margin->units() >= kPercentOne)) {
    return Error::Invalid(field + ".max_margin", "a maximum margin must be from 0 to below 100 %");
  }
  if (rule.max_margin.has_value() && rule.min_margin.has_value() &&
      *rule.max_margin < *rule.min_margin) {
    return Error::Invalid(field + ".max_margin",
                          "the maximum margin must not be below the minimum margin");
  }
  if (rule.action == RuleAction::kFromList &&
      (!rule.source_list_id.has_value() || lists.Find(*rule.source_list_id) == nullptr)) {
    return Error::Invalid(field + ".source_list_id", "the source price list does not exist");
  }
  if (rule.scope == RuleScope::kCategory && !categories.Has(rule.scope_id)) {
    return Error::Invalid(field + ".scope_id", "unknown category " + std::to_string(rule.scope_id));
  }
  if (rule.condition.customer_group_id.has_value() &&
      !groups.Has(*rule.condition.customer_group_id)) {
    return Error::Invalid(field + ".condition.customer_group_id", "unknown customer group");
  }
  if (rule.condition.territory_id.has_value() && !territories.Has(*rule.condition.territory_id)) {
    return Error::Invalid(field + ".condition.territory_id", "unknown territory");
  }
  if (rule.min_quantity.has_value() && rule.max_quantity.has_value() &&
      !(*rule.min_quantity < *rule.max_quantity)) {
    return Error::Invalid(field + ".max_quantity", "max_quantity must exceed min_quantity");
  }
  if (rule.valid_from.has_value() && rule.valid_to.has_value() &&
      *rule.valid_to < *rule.valid_from) {
    return Error::Invalid(field + ".valid_to", "valid_to is before valid_from");
  }
  if (rule.season.has_value() && (!ValidMonthDay(rule.season->from_month, rule.season->from_day) ||
                                  !ValidMonthDay(rule.season->to_month, rule.season->to_day))) {
    return Error::Invalid(field + ".season", "season ends must be real month-days such as 11-15");
  }
  if (rule.cumulative.has_value() && rule.cumulative->period == VolumePeriod::kRollingDays &&
      rule.cumulative->rolling_days <= 0) {
    return Error::Invalid(field + ".cumulative.rolling_days", "rolling_days must be positive");
  }
  const PriceRounding& r = rule.rounding;
  if (r.kind != RoundingKind::kNone &&
      (r.step.units() <= 0 || r.ending.units() < 0 || !(r.ending < r.step))) {
    return Error::Invalid(field + ".rounding", "rounding needs step > 0 and 0 <= ending < step");
  }
  if (rule.stackable && (rule.action != RuleAction::kPercentDiscount || rule.bands.size() != 1 ||
                         r.kind != RoundingKind::kNone || rule.max_margin.has_value())) {
    return Error::Invalid(
        field + ".stackable",
        "only single-band percentage discounts without rounding or maximum margin can stack");
  }
  return Ok();
}

}  // namespace salesdesk::core::pricing
