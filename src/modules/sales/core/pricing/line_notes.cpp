// The explanation's sentences: each a stable code with its parameters and the English text, so a
// client may word it in its user's language (docs/pricing.md, "Explanation"). Amounts derived
// from the product's cost are marked, so they can be left out for those who may not see cost.
#include <string>

#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"

namespace salesdesk::core::pricing::internal {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

Note Make(std::string code, Params params, std::string text, bool reveals_cost = false) {
  return Note{std::move(code), std::move(params), std::move(text), reveals_cost};
}

const RuleBand& BandReached(const PricingRule& rule, Quantity quantity) {
  std::size_t i = 0;
  while (i + 1 < rule.bands.size() && rule.bands[i + 1].min_quantity <= quantity) ++i;
  return rule.bands[i];
}

std::string Ids(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::int64_t id : ids) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out;
}

}  // namespace

void AddBaseNotes(const BasePrice& base, const PricingRequest& req, std::vector<Note>& out) {
  const std::string requested = std::to_string(req.price_list_id);
  if (!base.found) {
    out.push_back(Make("pricing.no_base_price", {{"list_id", requested}},
                       "no list price in list " + requested + " or its parents"));
    return;
  }
  const std::string price = FormatPrice(base.price, req.currency);
  const std::string list = std::to_string(base.list_id);
  Params params{{"price", price}, {"currency", req.currency.code()}, {"list_id", list}};
  if (base.inherited) {
    params.emplace_back("requested_list_id", requested);
    out.push_back(Make("pricing.base_price_inherited", std::move(params),
                       "base price " + price + " from list " + list + " (inherited: list " +
                           requested + " has no price for it)"));
  } else {
    out.push_back(Make("pricing.base_price", std::move(params),
                       "base price " + price + " from list " + list));
  }
  if (base.break_min_quantity.units() > 0) {
    const std::string from = base.break_min_quantity.ToString();
    out.push_back(
        Make("pricing.base_break", {{"min_quantity", from}}, "quantity break from " + from));
  }
}

void AddConversionNote(const UnitConversion& c, std::vector<Note>& out) {
  const std::string factor = std::to_string(c.factor);
  out.push_back(Make(
      "pricing.unit_conversion", {{"unit", c.unit}, {"base_unit", c.base_unit}, {"factor", factor}},
      "priced per " + c.base_unit + ": 1 " + c.unit + " = " + factor + " " + c.base_unit));
}

void AddRuleNotes(const PricingRule& rule, Quantity quantity, const RulePrice& price,
                  const Currency& currency, std::vector<Note>& out) {
  const std::string id = std::to_string(rule.id);
  out.push_back(Make("pricing.rule_applied", {{"rule_id", id}, {"rule_name", rule.name}},
                     "rule " + id + " '" + rule.name + "' applied"));
  const RuleBand& band = BandReached(rule, quantity);  // graduated: the band of the next unit
  const std::string amount = FormatPrice(band.price, currency);
  if (rule.action == RuleAction::kPercentDiscount && band.percent.units() < 0) {
    const std::string pct = Percent::FromUnits(-band.percent.units()).ToString();
    out.push_back(Make("pricing.markup", {{"rule_id", id}, {"percent", pct}},
                       "rule " + id + " adds a markup of " + pct + " % to the list price"));
  } else if (rule.action == RuleAction::kAmountOff) {
    out.push_back(Make("pricing.amount_off",
                       {{"rule_id", id}, {"amount", amount}, {"currency", currency.code()}},
                       "rule " + id + " takes " + amount + " off the list price per unit"));
  } else if (rule.action == RuleAction::kSurcharge) {
    out.push_back(Make("pricing.surcharge",
                       {{"rule_id", id}, {"amount", amount}, {"currency", currency.code()}},
                       "rule " + id + " adds a surcharge of " + amount + " per unit"));
  }
  if (!rule.price_list_ids.empty()) {
    const std::string lists = Ids(rule.price_list_ids);
    out.push_back(Make("pricing.rule_price_lists", {{"rule_id", id}, {"price_list_ids", lists}},
                       "rule " + id + " applies only with price lists " + lists));
  }
  if (price.cost_based) {
    out.push_back(Make("pricing.cost_based", {{"rule_id", id}},
                       "the price of rule " + id + " depends on the product's cost"));
  }
  const bool from_cost = rule.action == RuleAction::kCostPlus;
  for (const PriceRoundingStep& r : price.roundings) {
    const std::string before = r.before.ToString(), after = r.after.ToString();
    out.push_back(Make(
        "pricing.rounded",
        {{"rule_id", std::to_string(r.rule_id)}, {"before", before}, {"after", after}},
        "rule " + std::to_string(r.rule_id) + " rounded " + before + " to " + after, from_cost));
  }
  for (const PriceCapStep& c : price.caps) {
    const std::string before = FormatPrice(c.before, currency);
    const std::string after = FormatPrice(c.after, currency);
    const std::string max = rule.max_margin->ToString();
    out.push_back(Make("pricing.margin_cap",
                       {{"rule_id", id},
                        {"before", before},
                        {"after", after},
                        {"max_margin", max},
                        {"currency", currency.code()}},
                       "rule " + id + " lowered " + before + " to " + after +
                           " to keep its margin at most " + max + " %",
                       /*reveals_cost=*/true));
  }
}

}  // namespace salesdesk::core::pricing::internal
