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
  if (rule.bands.empty()) return Error::Invalid(field + ".bands", Msg("rule.bands_required"));
  for (std::size_t i = 0; i < rule.bands.size(); ++i) {
    const RuleBand& b = rule.bands[i];
    if (b.min_quantity.units() < 0 || (i > 0 && b.min_quantity <= rule.bands[i - 1].min_quantity)) {
      return Error::Invalid(field + ".bands", Msg("rule.bands_ascending"));
    }
    if (b.price.units() < 0) {
      return Error::Invalid(field + ".bands", Msg("rule.band_price_negative"));
    }
    if ((rule.action == RuleAction::kPercentDiscount || rule.action == RuleAction::kFromList) &&
        (b.percent.units() < kMinPercent || b.percent.units() > kPercentOne)) {
      return Error::Invalid(field + ".bands", Msg("rule.discount_range"));
    }
  }
  if (rule.tier_mode == TierMode::kGraduated && rule.bands.front().min_quantity.units() != 0) {
    return Error::Invalid(field + ".bands", Msg("rule.graduated_start"));
  }
  if (UsesAmount(rule.action) && !rule.currency.has_value()) {
    return Error::Invalid(field + ".currency", Msg("rule.currency_required"));
  }
  for (std::int64_t list_id : rule.price_list_ids) {
    if (lists.Find(list_id) == nullptr) {
      return Error::Invalid(field + ".price_list_ids",
                            Msg("rule.no_price_list", {{"id", std::to_string(list_id)}}));
    }
  }
  if (rule.max_margin.has_value() &&
      (rule.max_margin->units() < 0 || rule.max_margin->units() >= kPercentOne)) {
    return Error::Invalid(field + ".max_margin", Msg("rule.max_margin_range"));
  }
  if (rule.max_margin.has_value() && rule.min_margin.has_value() &&
      *rule.max_margin < *rule.min_margin) {
    return Error::Invalid(field + ".max_margin", Msg("rule.max_below_min_margin"));
  }
  if (rule.action == RuleAction::kFromList &&
      (!rule.source_list_id.has_value() || lists.Find(*rule.source_list_id) == nullptr)) {
    return Error::Invalid(field + ".source_list_id", Msg("rule.no_source_list"));
  }
  if (rule.scope == RuleScope::kCategory && !categories.Has(rule.scope_id)) {
    return Error::Invalid(field + ".scope_id",
                          Msg("rule.unknown_category", {{"id", std::to_string(rule.scope_id)}}));
  }
  if (rule.condition.customer_group_id.has_value() &&
      !groups.Has(*rule.condition.customer_group_id)) {
    return Error::Invalid(field + ".condition.customer_group_id",
                          Msg("pricing.error.unknown_group"));
  }
  if (rule.condition.territory_id.has_value() && !territories.Has(*rule.condition.territory_id)) {
    return Error::Invalid(field + ".condition.territory_id",
                          Msg("pricing.error.unknown_territory"));
  }
  if (rule.min_quantity.has_value() && rule.max_quantity.has_value() &&
      !(*rule.min_quantity < *rule.max_quantity)) {
    return Error::Invalid(field + ".max_quantity", Msg("rule.max_quantity"));
  }
  if (rule.valid_from.has_value() && rule.valid_to.has_value() &&
      *rule.valid_to < *rule.valid_from) {
    return Error::Invalid(field + ".valid_to", Msg("rule.valid_to_before_from"));
  }
  if (rule.season.has_value() && (!ValidMonthDay(rule.season->from_month, rule.season->from_day) ||
                                  !ValidMonthDay(rule.season->to_month, rule.season->to_day))) {
    return Error::Invalid(field + ".season", Msg("rule.season_ends"));
  }
  if (rule.cumulative.has_value() && rule.cumulative->period == VolumePeriod::kRollingDays &&
      rule.cumulative->rolling_days <= 0) {
    return Error::Invalid(field + ".cumulative.rolling_days", Msg("rule.rolling_days"));
  }
  const PriceRounding& r = rule.rounding;
  if (r.kind != RoundingKind::kNone &&
      (r.step.units() <= 0 || r.ending.units() < 0 || !(r.ending < r.step))) {
    return Error::Invalid(field + ".rounding", Msg("rule.rounding"));
  }
  if (rule.stackable && (rule.action != RuleAction::kPercentDiscount || rule.bands.size() != 1 ||
                         r.kind != RoundingKind::kNone || rule.max_margin.has_value())) {
    return Error::Invalid(field + ".stackable", Msg("rule.not_stackable"));
  }
  return Ok();
}

}  // namespace salesdesk::core::pricing
