// Reads a pricing golden scenario (tests/sales/golden/pricing/*.json) into the engine's plain
// structs. The format is described in docs/pricing.md. Test-only: malformed scenarios throw (from
// Boost.JSON's at() or Must()), which gtest reports as a failure of that scenario.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "modules/sales/core/pricing/pricing_context.h"
#include "modules/sales/core/pricing/pricing_request.h"

namespace salesdesk::core::pricing::testing {

namespace json = boost::json;

template <typename T>
T Must(Result<T> r, const std::string& what) {
  if (!r.ok()) throw std::runtime_error(what + ": " + r.error().message);
  return std::move(r).value();
}

inline std::string Str(const json::value& v) { return std::string(v.as_string()); }
inline const json::value* Opt(const json::object& o, const char* key) { return o.if_contains(key); }

template <typename D>
D Dec(const json::value& v) {
  return Must(D::Parse(Str(v)), "decimal");
}
template <typename D>
std::optional<D> OptDec(const json::object& o, const char* key) {
  const json::value* v = Opt(o, key);
  return v == nullptr ? std::nullopt : std::optional<D>(Dec<D>(*v));
}
inline std::optional<std::int64_t> OptId(const json::object& o, const char* key) {
  const json::value* v = Opt(o, key);
  return v == nullptr ? std::nullopt : std::optional<std::int64_t>(v->to_number<std::int64_t>());
}
inline Currency Cur(const json::value& v) { return Must(ParseCurrency(Str(v)), "currency"); }
inline std::optional<Date> OptDate(const json::object& o, const char* key) {
  const json::value* v = Opt(o, key);
  return v == nullptr ? std::nullopt : std::optional<Date>(Must(ParseDate(Str(*v)), "date"));
}

inline std::vector<TreeNode> Tree(const json::object& o, const char* key) {
  std::vector<TreeNode> nodes;
  if (const json::value* v = Opt(o, key)) {
    for (const json::value& n : v->as_array()) {
      nodes.push_back({n.at("id").to_number<std::int64_t>(), OptId(n.as_object(), "parent")});
    }
  }
  return nodes;
}

inline PricingCatalog LoadCatalog(const json::object& o) {
  PricingCatalog catalog;
  for (const json::value& p : o.at("products").as_array()) {
    ProductInfo info{p.at("id").to_number<std::int64_t>(), OptId(p.as_object(), "category"), {}};
    if (const json::value* costs = Opt(p.as_object(), "costs")) {
      for (const json::value& c : costs->as_array()) {
        info.costs.push_back(
            {Str(c.at("unit")), Dec<UnitPrice>(c.at("cost")), Cur(c.at("currency"))});
      }
    }
    if (const json::value* conversions = Opt(p.as_object(), "conversions")) {
      for (const json::value& c : conversions->as_array()) {
        info.conversions.push_back(
            {Str(c.at("unit")), Str(c.at("base_unit")), c.at("factor").to_number<std::int64_t>()});
      }
    }
    catalog.products.push_back(std::move(info));
  }
  catalog.categories = Tree(o, "categories");
  catalog.customer_groups = Tree(o, "customer_groups");
  catalog.territories = Tree(o, "territories");
  return catalog;
}

inline std::vector<PriceList> LoadLists(const json::array& a) {
  std::vector<PriceList> lists;
  for (const json::value& v : a) {
    const json::object& o = v.as_object();
    PriceList list{.id = o.at("id").to_number<std::int64_t>(), .currency = Cur(o.at("currency"))};
    list.valid_from = OptDate(o, "valid_from");
    list.valid_to = OptDate(o, "valid_to");
    list.parent_id = OptId(o, "parent");
    if (const json::value* v = Opt(o, "active")) list.active = v->as_bool();
    for (const json::value& e : o.at("entries").as_array()) {
      const json::object& eo = e.as_object();
      list.entries.push_back({eo.at("product").to_number<std::int64_t>(), Str(eo.at("unit")),
                              OptDec<Quantity>(eo, "min_quantity").value_or(Quantity()),
                              Dec<UnitPrice>(eo.at("price"))});
    }
    lists.push_back(std::move(list));
  }
  return lists;
}

inline SeasonWindow Season(const json::object& o) {
  const std::string from = Str(o.at("from")), to = Str(o.at("to"));  // "MM-DD"
  return {std::stoi(from.substr(0, 2)), std::stoi(from.substr(3)), std::stoi(to.substr(0, 2)),
          std::stoi(to.substr(3))};
}

inline RuleAction Action(const std::string& s) {
  if (s == "fixed_price") return RuleAction::kFixedPrice;
  if (s == "percent_discount") return RuleAction::kPercentDiscount;
  if (s == "cost_plus") return RuleAction::kCostPlus;
  if (s == "from_list") return RuleAction::kFromList;
  if (s == "amount_off") return RuleAction::kAmountOff;
  if (s == "surcharge") return RuleAction::kSurcharge;
  throw std::runtime_error("unknown action " + s);
}

inline RuleBand Band(const json::object& o) {
  return {OptDec<Quantity>(o, "min_quantity").value_or(Quantity()),
          OptDec<UnitPrice>(o, "price").value_or(UnitPrice()),
          OptDec<Percent>(o, "percent").value_or(Percent())};
}

inline PricingRule LoadRule(const json::object& o) {
  PricingRule r;
  r.id = o.at("id").to_number<std::int64_t>();
  if (const json::value* v = Opt(o, "name")) r.name = Str(*v);
  if (const json::value* v = Opt(o, "priority")) r.priority = v->to_number<int>();
  r.created_at = Must(ParseTimestamp(Str(o.at("created_at"))), "created_at");
  const std::string scope = Str(o.at("scope"));
  r.scope = scope == "product"    ? RuleScope::kProduct
            : scope == "category" ? RuleScope::kCategory
                                  : RuleScope::kAll;
  r.scope_id = OptId(o, "scope_id").value_or(0);
  if (const json::value* v = Opt(o, "unit")) r.unit = Str(*v);
  if (const json::value* v = Opt(o, "condition")) {
    const json::object& c = v->as_object();
    r.condition.account_id = OptId(c, "account");
    r.condition.customer_group_id = OptId(c, "customer_group");
    r.condition.territory_id = OptId(c, "territory");
    if (const json::value* ch = Opt(c, "channel")) r.condition.channel = Str(*ch);
  }
  if (const json::value* v = Opt(o, "price_lists")) {
    for (const json::value& id : v->as_array())
      r.price_list_ids.push_back(id.to_number<std::int64_t>());
  }
  r.min_quantity = OptDec<Quantity>(o, "min_quantity");
  r.max_quantity = OptDec<Quantity>(o, "max_quantity");
  r.valid_from = OptDate(o, "valid_from");
  r.valid_to = OptDate(o, "valid_to");
  if (const json::value* v = Opt(o, "season")) r.season = Season(v->as_object());
  if (const json::value* v = Opt(o, "cumulative")) {
    const json::object& c = v->as_object();
    CumulativeVolume cv{Dec<Quantity>(c.at("min_quantity"))};
    if (Str(c.at("period")) == "rolling_days") {
      cv.period = VolumePeriod::kRollingDays;
      cv.rolling_days = c.at("days").to_number<int>();
    }
    r.cumulative = cv;
  }
  r.action = Action(Str(o.at("action")));
  if (const json::value* v = Opt(o, "currency")) r.currency = Cur(*v);
  r.source_list_id = OptId(o, "source_list");
  if (const json::value* v = Opt(o, "tier_mode")) {
    r.tier_mode = Str(*v) == "graduated" ? TierMode::kGraduated : TierMode::kVolume;
  }
  if (const json::value* v = Opt(o, "bands")) {
    for (const json::value& b : v->as_array()) r.bands.push_back(Band(b.as_object()));
  } else {
    r.bands.push_back(Band(o));  // shorthand: "price" or "percent" on the rule itself
  }
  if (const json::value* v = Opt(o, "rounding")) {
    const json::object& ro = v->as_object();
    r.rounding.kind = Str(ro.at("kind")) == "step" ? RoundingKind::kStep : RoundingKind::kEnding;
    r.rounding.step = Dec<UnitPrice>(ro.at("step"));
    r.rounding.ending = OptDec<UnitPrice>(ro, "ending").value_or(UnitPrice());
  }
  r.min_margin = OptDec<Percent>(o, "min_margin");
  r.max_margin = OptDec<Percent>(o, "max_margin");
  if (const json::value* v = Opt(o, "stackable")) r.stackable = v->as_bool();
  return r;
}

inline PricingRequest LoadRequest(const json::object& o) {
  const json::object& a = o.at("account").as_object();
  PricingRequest req{
      .account = {a.at("id").to_number<std::int64_t>(), OptId(a, "customer_group"),
                  OptId(a, "territory"), Opt(a, "channel") ? Str(a.at("channel")) : ""},
      .currency = Cur(o.at("currency")),
      .price_list_id = o.at("price_list").to_number<std::int64_t>(),
      .date = Must(ParseDate(Str(o.at("date"))), "date"),
      .rules_as_of = Must(ParseTimestamp(Str(o.at("rules_as_of"))), "rules_as_of")};
  if (const json::value* v = Opt(o, "rounding_mode")) {
    req.rounding_mode = Str(*v) == "half_even" ? RoundingMode::kHalfEven : RoundingMode::kHalfUp;
  }
  if (const json::value* v = Opt(o, "purchased")) {
    for (const json::value& p : v->as_array()) {
      req.purchased.push_back(
          {p.at("rule").to_number<std::int64_t>(), Dec<Quantity>(p.at("quantity"))});
    }
  }
  if (const json::value* v = Opt(o, "cost_rates")) {
    for (const json::value& r : v->as_array()) {
      req.cost_rates.push_back({Cur(r.at("from")), Dec<Rate>(r.at("rate"))});
    }
  }
  for (const json::value& v : o.at("lines").as_array()) {
    const json::object& l = v.as_object();
    req.lines.push_back({l.at("product").to_number<std::int64_t>(), Str(l.at("unit")),
                         Dec<Quantity>(l.at("quantity")), OptDec<UnitPrice>(l, "manual_unit_price"),
                         OptDec<Percent>(l, "manual_discount")});
  }
  return req;
}

}  // namespace salesdesk::core::pricing::testing
