#include "modules/sales/app/pricing_json.h"

#include <algorithm>
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

json::object ParamsJson(const pricing::Note& n) {
  json::object params;
  for (const auto& [key, value] : n.params) params[key] = value;
  return params;
}

// {"code": "pricing.rule_applied", "params": {...}, "text": "rule 3 'Summer' applied"}
json::object NoteJson(const pricing::Note& n) {
  return {{"code", n.code}, {"params", ParamsJson(n)}, {"text", n.text}};
}

}  // namespace

json::object StoredExplanation(const pricing::LinePricing& line, bool with_cost) {
  json::object base{{"found", line.base.found}};
  if (line.base.found) {
    base["list_id"] = line.base.list_id;
    base["inherited"] = line.base.inherited;
    base["break_min_quantity"] = line.base.break_min_quantity.ToString();
    base["price"] = line.base.price.ToString();
  }
  json::object outcomes;
  json::object details;
  json::object detail_codes;  // {rule_id: {code, params}}: the same words, for other languages
  for (const auto& c : line.candidates) {
    json::value& ids = outcomes[pricing::CandidateOutcomeName(c.outcome)];
    if (!ids.is_array()) ids = json::array();
    ids.as_array().push_back(c.rule_id);
    const std::string_view detail = pricing::DetailOf(line, c);
    if (!detail.empty() && (with_cost || !RevealsCost(c.outcome))) {
      details[std::to_string(c.rule_id)] = detail;
      const core::Message m = pricing::DetailMessageOf(line, c);
      if (!m.code.empty()) {
        json::object params;
        for (const auto& [k, v] : m.params) params[k] = v;
        detail_codes[std::to_string(c.rule_id)] = {{"code", m.code}, {"params", std::move(params)}};
      }
    }
  }
  json::array stacked;
  for (auto id : line.stacked_rule_ids) stacked.push_back(id);
  // A price from cost: its band prices, roundings and caps are cost times a known factor.
  const bool hide_amounts = !with_cost && line.cost_based;
  json::array bands;
  for (const auto& b : line.bands) {
    if (hide_amounts) break;
    bands.push_back({{"from", b.from.ToString()},
                     {"quantity", b.quantity.ToString()},
                     {"price", b.price.ToString()}});
  }
  json::array roundings;
  for (const auto& r : line.roundings) {
    if (hide_amounts) break;
    roundings.push_back(
        {{"rule_id", r.rule_id}, {"before", r.before.ToString()}, {"after", r.after.ToString()}});
  }
  json::array caps;
  for (const auto& c : line.caps) {
    if (!with_cost) break;
    caps.push_back(
        {{"rule_id", c.rule_id}, {"before", c.before.ToString()}, {"after", c.after.ToString()}});
  }
  json::array notes;
  for (const auto& n : line.notes) {
    if (hide_amounts && n.reveals_cost) continue;
    notes.push_back(NoteJson(n));
  }
  json::object out{
      {"priced", line.priced},
      {"base", std::move(base)},
      {"outcomes", std::move(outcomes)},
      {"details", std::move(details)},
      {"detail_codes", std::move(detail_codes)},
      {"winner_rule_id", line.winner_rule_id ? json::value(*line.winner_rule_id) : nullptr},
      {"stacked_rule_ids", std::move(stacked)},
      {"tier_mode", line.tier_mode == pricing::TierMode::kGraduated ? "graduated" : "volume"},
      {"bands", std::move(bands)},
      {"roundings", std::move(roundings)},
      {"caps", std::move(caps)},
      {"cost_based", line.cost_based},
      {"engine_unit_price", line.engine_unit_price.ToString()},
      {"manual_price_kept", line.manual_price_kept},
      {"unit_price", line.unit_price.ToString()},
      {"extended",
       {{"amount", core::FormatAmount(line.extended)},
        {"currency", line.extended.currency.code()}}},
      {"notes", std::move(notes)}};
  if (!line.error.empty()) out["error"] = line.error;
  if (line.manual_discount) out["manual_discount"] = line.manual_discount->ToString();
  if (line.unit_factor != 1) {
    out["unit_conversion"] = {{"factor", line.unit_factor}, {"base_unit", line.base_unit}};
  }
  if (line.next_break) {
    const auto& nb = *line.next_break;
    out["next_break"] = {{"additional_quantity", nb.additional_quantity.ToString()},
                         {"at_quantity", nb.at_quantity.ToString()},
                         {"rule_id", nb.rule_id ? json::value(*nb.rule_id) : nullptr},
                         {"discount", nb.discount ? json::value(nb.discount->ToString()) : nullptr},
                         {"unit_price", nb.unit_price.ToString()},
                         {"current_unit_price", nb.current_unit_price.ToString()},
                         {"saving", nb.saving.ToString()},
                         {"graduated", nb.graduated},
                         {"code", nb.note.code},
                         {"params", ParamsJson(nb.note)},
                         {"text", nb.text}};
  }
  return out;
}

json::object ExpandExplanation(json::object stored, const PricingSnapshot& s) {
  std::vector<std::pair<std::int64_t, std::string>> by_rule;  // (rule id, outcome)
  if (const json::object* outcomes =
          stored.if_contains("outcomes") ? stored.at("outcomes").if_object() : nullptr) {
    for (const auto& [outcome, ids] : *outcomes) {
      if (!ids.is_array()) continue;
      for (const auto& id : ids.as_array()) {
        if (id.is_int64()) by_rule.emplace_back(id.get_int64(), std::string(outcome));
      }
    }
  }
  std::sort(by_rule.begin(), by_rule.end());
  const json::object* details =
      stored.if_contains("details") ? stored.at("details").if_object() : nullptr;
  const json::object* codes =
      stored.if_contains("detail_codes") ? stored.at("detail_codes").if_object() : nullptr;
  json::array candidates;
  candidates.reserve(by_rule.size());
  for (const auto& [id, outcome] : by_rule) {
    json::object o{{"rule_id", id}, {"rule_name", RuleName(s, id)}, {"outcome", outcome}};
    if (details != nullptr) {
      if (const json::value* d = details->if_contains(std::to_string(id))) o["detail"] = *d;
    }
    if (codes != nullptr) {
      if (const json::value* d = codes->if_contains(std::to_string(id)); d && d->is_object()) {
        if (const json::value* code = d->as_object().if_contains("code")) o["detail_code"] = *code;
        if (const json::value* p = d->as_object().if_contains("params")) o["detail_params"] = *p;
      }
    }
    candidates.push_back(std::move(o));
  }
  stored.erase("outcomes");
  stored.erase("details");
  stored.erase("detail_codes");
  stored["candidates"] = std::move(candidates);
  const json::value* winner = stored.if_contains("winner_rule_id");
  stored["winner_rule_name"] =
      winner != nullptr && winner->is_int64() ? RuleName(s, winner->get_int64()) : nullptr;
  if (json::object* base = stored.if_contains("base") ? stored.at("base").if_object() : nullptr) {
    const json::value* list_id = base->if_contains("list_id");
    auto list = list_id != nullptr && list_id->is_int64() ? s.price_lists.find(list_id->get_int64())
                                                          : s.price_lists.end();
    if (list != s.price_lists.end()) {
      auto name = list->second.find("name");
      if (name != list->second.end() && std::holds_alternative<std::string>(name->second))
        (*base)["list_name"] = std::get<std::string>(name->second);
    }
  }
  return stored;
}

}  // namespace salesdesk::app::sales
