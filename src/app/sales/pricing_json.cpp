#include "app/sales/pricing_json.h"

#include <boost/json.hpp>

#include "core/money/money.h"

namespace salesdesk::app::sales {
namespace {

namespace json = boost::json;
namespace pricing = core::pricing;

json::value RuleName(const PricingSnapshot& s, std::int64_t id) {
  auto it = s.rule_names.find(id);
  return it == s.rule_names.end() ? json::value(nullptr) : json::value(it->second);
}

bool RevealsCost(pricing::CandidateOutcome o) {
  return o == pricing::CandidateOutcome::kMarginFloor || o == pricing::CandidateOutcome::kNoCost;
}

}  // namespace

json::object ExplanationJson(const pricing::LinePricing& line, const PricingSnapshot& s,
                             bool with_cost) {
  json::object base{{"found", line.base.found}};
  if (line.base.found) {
    base["list_id"] = line.base.list_id;
    auto list = s.price_lists.find(line.base.list_id);
    if (list != s.price_lists.end()) {
      auto name = list->second.find("name");
      if (name != list->second.end() && std::holds_alternative<std::string>(name->second))
        base["list_name"] = std::get<std::string>(name->second);
    }
    base["inherited"] = line.base.inherited;
    base["break_min_quantity"] = line.base.break_min_quantity.ToString();
    base["price"] = line.base.price.ToString();
  }
  json::array candidates;
  for (const auto& c : line.candidates) {
    json::object o{{"rule_id", c.rule_id},
                   {"rule_name", RuleName(s, c.rule_id)},
                   {"outcome", pricing::CandidateOutcomeName(c.outcome)}};
    const std::string_view detail = pricing::DetailOf(line, c);
    if (!detail.empty() && (with_cost || !RevealsCost(c.outcome))) o["detail"] = detail;
    candidates.push_back(std::move(o));
  }
  json::array stacked;
  for (auto id : line.stacked_rule_ids) stacked.push_back(id);
  json::array bands;
  for (const auto& b : line.bands) {
    bands.push_back({{"from", b.from.ToString()},
                     {"quantity", b.quantity.ToString()},
                     {"price", b.price.ToString()}});
  }
  json::array roundings;
  for (const auto& r : line.roundings) {
    roundings.push_back(
        {{"rule_id", r.rule_id}, {"before", r.before.ToString()}, {"after", r.after.ToString()}});
  }
  json::array notes;
  for (const auto& n : line.notes) notes.emplace_back(n);
  json::object out{
      {"priced", line.priced},
      {"base", std::move(base)},
      {"candidates", std::move(candidates)},
      {"winner_rule_id", line.winner_rule_id ? json::value(*line.winner_rule_id) : nullptr},
      {"winner_rule_name",
       line.winner_rule_id ? RuleName(s, *line.winner_rule_id) : json::value(nullptr)},
      {"stacked_rule_ids", std::move(stacked)},
      {"tier_mode", line.tier_mode == pricing::TierMode::kGraduated ? "graduated" : "volume"},
      {"bands", std::move(bands)},
      {"roundings", std::move(roundings)},
      {"engine_unit_price", line.engine_unit_price.ToString()},
      {"manual_price_kept", line.manual_price_kept},
      {"unit_price", line.unit_price.ToString()},
      {"extended",
       {{"amount", core::FormatAmount(line.extended)},
        {"currency", line.extended.currency.code()}}},
      {"notes", std::move(notes)}};
  if (!line.error.empty()) out["error"] = line.error;
  if (line.manual_discount) out["manual_discount"] = line.manual_discount->ToString();
  if (line.next_break) {
    const auto& nb = *line.next_break;
    out["next_break"] = {{"additional_quantity", nb.additional_quantity.ToString()},
                         {"at_quantity", nb.at_quantity.ToString()},
                         {"rule_id", nb.rule_id ? json::value(*nb.rule_id) : nullptr},
                         {"discount", nb.discount ? json::value(nb.discount->ToString()) : nullptr},
                         {"unit_price", nb.unit_price.ToString()},
                         {"text", nb.text}};
  }
  return out;
}

}  // namespace salesdesk::app::sales
