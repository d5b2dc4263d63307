#include "modules/commissions/app/plan_components.h"

#include <boost/json.hpp>

#include <set>

#include "core/money/decimal.h"
#include "core/money/money.h"

namespace salesdesk::modules::commissions {
namespace {

namespace json = boost::json;
using core::Error;
using core::Msg;
namespace cc = core::commissions;

Error Shape() { return Error::Invalid("components", Msg("commissions.components_shape")); }

Error NotIn(const std::string& field, const char* values) {
  return Error::Invalid(field, Msg("field.not_in_enum", {{"field", field}, {"values", values}}));
}

core::Result<std::string> Word(const json::object& o, const std::string& at, const char* name,
                               std::initializer_list<const char*> allowed, const char* listed) {
  const std::string field = at + "/" + name;
  const json::value* v = o.if_contains(name);
  if (v == nullptr) return Error::Invalid(field, Msg("field.required", {{"field", field}}));
  if (!v->is_string()) return NotIn(field, listed);
  const std::string s(v->as_string());
  for (const char* a : allowed) {
    if (s == a) return s;
  }
  return NotIn(field, listed);
}

// A percentage (or multiplier) as a decimal string with at most 4 decimals: "2.5" → 25,000.
core::Result<std::int64_t> Decimal4(const json::value* v, const std::string& field,
                                    std::int64_t max) {
  if (v == nullptr) return Error::Invalid(field, Msg("field.required", {{"field", field}}));
  if (!v->is_string())
    return Error::Invalid(field, Msg("field.not_decimal_string", {{"field", field}}));
  auto p = core::Percent::Parse(std::string(v->as_string()));
  if (!p.ok()) return Error::Invalid(field, p.error());
  if (p->units() < 0 || p->units() > max) {
    return Error::Invalid(
        field,
        Msg("field.out_of_range",
            {{"field", field}, {"min", "0"}, {"max", core::Percent::FromUnits(max).ToString()}}));
  }
  return p->units();
}

core::Result<std::vector<cc::AmountTier>> AmountTiers(const json::array& items,
                                                      const std::string& at,
                                                      const core::Currency& currency) {
  std::vector<cc::AmountTier> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string t = at + "/" + std::to_string(i);
    if (!items[i].is_object()) return Shape();
    const json::object& o = items[i].as_object();
    for (const auto& m : o) {
      if (m.key() != "from" && m.key() != "rate") {
        return Error::Invalid(t + "/" + std::string(m.key()),
                              Msg("field.unknown", {{"field", std::string(m.key())},
                                                    {"entity", "a tier on the amount"}}));
      }
    }
    const json::value* from = o.if_contains("from");
    if (from == nullptr || !from->is_string()) {
      return Error::Invalid(t + "/from", Msg("field.not_decimal_string", {{"field", t + "/from"}}));
    }
    auto money = core::ParseMoney(std::string(from->as_string()), currency);
    if (!money.ok()) return Error::Invalid(t + "/from", money.error());
    SD_ASSIGN(const std::int64_t rate, Decimal4(o.if_contains("rate"), t + "/rate", 1'000'000));
    out.push_back({money->minor, rate});
  }
  return out;
}

core::Result<std::vector<cc::AttainmentTier>> AttainmentTiers(const json::array& items,
                                                              const std::string& at) {
  std::vector<cc::AttainmentTier> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string t = at + "/" + std::to_string(i);
    if (!items[i].is_object()) return Shape();
    const json::object& o = items[i].as_object();
    for (const auto& m : o) {
      if (m.key() != "from" && m.key() != "multiplier") {
        return Error::Invalid(t + "/" + std::string(m.key()),
                              Msg("field.unknown", {{"field", std::string(m.key())},
                                                    {"entity", "a tier on attainment"}}));
      }
    }
    // "from" in percent of the target with at most 2 decimals: basis points exactly.
    SD_ASSIGN(const std::int64_t from, Decimal4(o.if_contains("from"), t + "/from", 100'000'000));
    if (from % 100 != 0) {
      return Error::Invalid(
          t + "/from", Msg("decimal.too_many_decimals", {{"field", t + "/from"}, {"scale", "2"}}));
    }
    SD_ASSIGN(const std::int64_t mult,
              Decimal4(o.if_contains("multiplier"), t + "/multiplier", 1'000'000));
    out.push_back({from / 100, mult});
  }
  return out;
}

constexpr const char* kMembers[] = {"name",   "base",    "structure", "on",
                                    "period", "trigger", "rate",      "tiers"};

core::Result<Component> ParseOne(const json::object& o, const std::string& at,
                                 const core::Currency& currency) {
  for (const auto& m : o) {
    bool known = false;
    for (const char* k : kMembers) known = known || m.key() == k;
    if (!known) {
      return Error::Invalid(at + "/" + std::string(m.key()),
                            Msg("field.unknown", {{"field", std::string(m.key())},
                                                  {"entity", "a commission component"}}));
    }
  }
  Component c;
  const json::value* name = o.if_contains("name");
  if (name == nullptr || !name->is_string() || name->as_string().empty() ||
      name->as_string().size() > 80) {
    return Error::Invalid(at + "/name", Msg("field.required", {{"field", at + "/name"}}));
  }
  c.name = std::string(name->as_string());
  SD_ASSIGN(const std::string base, Word(o, at, "base", {"net", "margin"}, "net, margin"));
  c.on_margin = base == "margin";
  SD_ASSIGN(const std::string structure,
            Word(o, at, "structure", {"flat", "marginal", "slab"}, "flat, marginal, slab"));
  c.structure = structure == "flat"       ? Structure::kFlat
                : structure == "marginal" ? Structure::kMarginal
                                          : Structure::kSlab;
  SD_ASSIGN(const std::string period,
            Word(o, at, "period", {"month", "quarter"}, "month, quarter"));
  c.period = period == "month" ? PeriodKind::kMonth : PeriodKind::kQuarter;
  SD_ASSIGN(const std::string trigger,
            Word(o, at, "trigger", {"invoice", "payment"}, "invoice, payment"));
  c.on_payment = trigger == "payment";
  if (c.structure == Structure::kFlat) {
    if (o.contains("tiers"))
      return Error::Invalid(at + "/tiers", Msg("commissions.components_shape"));
    SD_ASSIGN(c.rate_ppm, Decimal4(o.if_contains("rate"), at + "/rate", 1'000'000));
    return c;
  }
  std::string on = "amount";
  if (o.contains("on")) {
    SD_ASSIGN(on, Word(o, at, "on", {"amount", "attainment"}, "amount, attainment"));
  }
  c.on_attainment = on == "attainment";
  const json::value* tiers = o.if_contains("tiers");
  if (tiers == nullptr || !tiers->is_array() || tiers->as_array().empty()) {
    return Error::Invalid(at + "/tiers", Msg("field.required", {{"field", at + "/tiers"}}));
  }
  const cc::TierMode mode =
      c.structure == Structure::kSlab ? cc::TierMode::kSlab : cc::TierMode::kMarginal;
  if (c.on_attainment) {
    SD_ASSIGN(c.rate_ppm, Decimal4(o.if_contains("rate"), at + "/rate", 1'000'000));
    SD_ASSIGN(c.attainment_tiers, AttainmentTiers(tiers->as_array(), at + "/tiers"));
    // Thresholds checked on a unit target: the order of the levels does not depend on it.
    SD_TRY(cc::OnAttainment(1, c.rate_ppm, c.attainment_tiers, mode, at + "/tiers"));
  } else {
    if (o.contains("rate"))
      return Error::Invalid(at + "/rate", Msg("commissions.components_shape"));
    SD_ASSIGN(c.amount_tiers, AmountTiers(tiers->as_array(), at + "/tiers", currency));
    SD_TRY(cc::OnAmount(c.amount_tiers, mode, at + "/tiers"));
  }
  return c;
}

}  // namespace

core::Result<std::vector<Component>> ParseComponents(std::string_view text,
                                                     const core::Currency& plan_currency) {
  boost::system::error_code ec;
  const json::value doc = json::parse(text, ec);
  if (ec || !doc.is_array() || doc.as_array().empty()) return Shape();
  std::vector<Component> out;
  std::set<std::string> names;
  const json::array& items = doc.as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_object()) return Shape();
    const std::string at = "components/" + std::to_string(i);
    SD_ASSIGN(Component c, ParseOne(items[i].as_object(), at, plan_currency));
    if (!names.insert(c.name).second) {
      return Error::Invalid(at + "/name",
                            Msg("record.not_unique", {{"entity", "component"}, {"field", "name"}}));
    }
    out.push_back(std::move(c));
  }
  return out;
}

core::Result<cc::Schedule> ScheduleOf(const Component& c, std::optional<std::int64_t> target) {
  const cc::TierMode mode =
      c.structure == Structure::kSlab ? cc::TierMode::kSlab : cc::TierMode::kMarginal;
  if (c.structure == Structure::kFlat) return cc::OnAmount({{0, c.rate_ppm}}, mode);
  if (c.on_attainment) {
    return cc::OnAttainment(target.value_or(0), c.rate_ppm, c.attainment_tiers, mode, "target");
  }
  return cc::OnAmount(c.amount_tiers, mode);
}

void ValidatePlan(const app::Caller& /*caller*/, const app::Record& current, app::Record& fields,
                  core::FieldIssues& issues) {
  auto pick = [&](const char* name) -> const std::string* {
    const app::FieldValue* v = nullptr;
    if (auto it = fields.find(name); it != fields.end()) {
      v = &it->second;
    } else if (auto was = current.find(name); was != current.end()) {
      v = &was->second;
    }
    return v == nullptr ? nullptr : std::get_if<std::string>(v);
  };
  const std::string* text = pick("components");
  const std::string* code = pick("currency");
  if (text == nullptr || code == nullptr) return;  // the generic checks report missing fields
  auto currency = core::ParseCurrency(*code);
  if (!currency.ok()) return;
  auto parsed = ParseComponents(*text, *currency);
  if (!parsed.ok()) issues.Add(parsed.error().field, parsed.error());
}

}  // namespace salesdesk::modules::commissions
