#include "modules/sales/app/quote_authority.h"

#include <boost/json.hpp>

#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "core/money/money.h"

namespace salesdesk::app::sales {
namespace {

namespace json = boost::json;
namespace quotes = core::quotes;

std::optional<quotes::HierarchyRole> HierarchyOf(const std::string& role) {
  if (role == "manager") return quotes::HierarchyRole::kManager;
  if (role == "senior_manager") return quotes::HierarchyRole::kSeniorManager;
  if (role == "director") return quotes::HierarchyRole::kDirector;
  return std::nullopt;
}

json::value ValueJson(const quotes::DeviationValue& v) {
  if (const auto* p = std::get_if<core::Percent>(&v)) return json::value(p->ToString());
  if (const auto* d = std::get_if<int>(&v)) return json::value(*d);
  const auto& m = std::get<core::Money>(v);
  return json::object{{"amount", core::FormatAmount(m)}, {"currency", m.currency.code()}};
}

std::optional<quotes::DeviationValue> ValueFromJson(quotes::DeviationKind kind,
                                                    const json::value& v) {
  switch (kind) {
    case quotes::DeviationKind::kDiscount:
    case quotes::DeviationKind::kMargin:
    case quotes::DeviationKind::kTaxRate: {
      if (!v.is_string()) return std::nullopt;
      auto p = core::Percent::Parse(v.get_string());
      if (!p.ok()) return std::nullopt;
      return quotes::DeviationValue{*p};
    }
    case quotes::DeviationKind::kPaymentTerms:
      if (!v.is_int64()) return std::nullopt;
      return quotes::DeviationValue{static_cast<int>(v.get_int64())};
    case quotes::DeviationKind::kValue: {
      const json::object* o = v.if_object();
      if (o == nullptr || !o->contains("amount") || !o->contains("currency")) return std::nullopt;
      auto c = core::ParseCurrency(json::value_to<std::string>(o->at("currency")));
      if (!c.ok()) return std::nullopt;
      auto m = core::ParseMoney(json::value_to<std::string>(o->at("amount")), *c);
      if (!m.ok()) return std::nullopt;
      return quotes::DeviationValue{*m};
    }
  }
  return std::nullopt;
}

}  // namespace

core::Result<quotes::AuthorityLimits> LimitsOfRole(UnitOfWork& uow, const std::string& role,
                                                   const std::string& base_currency) {
  SD_ASSIGN(auto base, core::ParseCurrency(base_currency));
  quotes::AuthorityLimits limits{core::Percent{}, core::Percent::FromUnits(1'000'000), 0,
                                 core::Money{0, base}};
  SD_ASSIGN(auto rows,
            ReadAll(uow, *FindEntity("authority-rules"), {Filter{"role", FilterOp::kEq, {role}}}));
  if (rows.empty()) return limits;
  const Record& r = rows.front();
  // The matrix keeps percentages at 2 decimals; Percent has 4.
  limits.max_discount = core::Percent::FromUnits(IntOf(r, "max_discount_pct").value_or(0) * 100);
  limits.min_margin = core::Percent::FromUnits(IntOf(r, "min_margin_pct").value_or(0) * 100);
  limits.max_payment_term_days = static_cast<int>(IntOf(r, "max_payment_term_days").value_or(0));
  if (auto value = MoneyOf(r, "max_contract_value")) {
    SD_ASSIGN(auto c, core::ParseCurrency(value->currency));
    limits.max_contract_value = core::Money{value->minor, c};
  }
  limits.may_override_tax = BoolOf(r, "may_override_tax", false);
  return limits;
}

core::Result<std::vector<quotes::ChainMember>> ChainAbove(UnitOfWork& uow, std::int64_t user_id,
                                                          const std::string& base_currency) {
  std::vector<quotes::ChainMember> chain;
  const EntitySpec& users = *FindEntity("users");
  const EntitySpec& teams = *FindEntity("teams");
  SD_ASSIGN(auto user, uow.Get(users, user_id, Visibility::All()));
  if (!user) return chain;
  std::optional<std::int64_t> team_id = IntOf(*user, "team_id");
  for (int depth = 0; team_id && depth < 64; ++depth) {
    SD_ASSIGN(auto team, uow.Get(teams, *team_id, Visibility::All()));
    if (!team) break;
    if (auto leader_id = IntOf(*team, "leader_id"); leader_id && *leader_id != user_id) {
      SD_ASSIGN(auto leader, uow.Get(users, *leader_id, Visibility::All()));
      auto role = leader ? HierarchyOf(TextOf(*leader, "role")) : std::nullopt;
      if (role && BoolOf(*leader, "active", true)) {
        SD_ASSIGN(auto limits, LimitsOfRole(uow, TextOf(*leader, "role"), base_currency));
        chain.push_back({*leader_id, *role, limits});
      }
    }
    team_id = IntOf(*team, "parent_id");
  }
  return chain;
}

core::Result<quotes::AuthorityCheck> CheckQuote(UnitOfWork& uow, const Record& quote,
                                                const std::vector<Record>& lines,
                                                const PricingSnapshot& snapshot) {
  std::string role = "rep";
  if (auto owner_id = IntOf(quote, "owner_id")) {
    SD_ASSIGN(auto owner, uow.Get(*FindEntity("users"), *owner_id, Visibility::All()));
    if (owner) role = TextOf(*owner, "role");
  }
  SD_ASSIGN(auto limits, LimitsOfRole(uow, role, snapshot.rates.base_currency));
  std::vector<quotes::AuthorityLine> authority_lines;
  authority_lines.reserve(lines.size());
  for (const auto& l : lines) {
    quotes::AuthorityLine a{TextOf(l, "line_key"),
                            core::UnitPrice::FromUnits(IntOf(l, "engine_unit_price").value_or(0)),
                            core::UnitPrice::FromUnits(IntOf(l, "unit_price").value_or(0)),
                            std::nullopt, std::nullopt};
    if (auto cost = IntOf(l, "unit_cost")) a.unit_cost = core::UnitPrice::FromUnits(*cost);
    // Lines stored before tax defaults have no default rate: nothing to deviate from.
    if (auto def = IntOf(l, "tax_default_pct")) {
      a.default_tax_rate = core::Percent::FromUnits(*def);
      a.tax_rate = core::Percent::FromUnits(IntOf(l, "tax_rate_pct").value_or(0));
    }
    authority_lines.push_back(std::move(a));
  }
  SD_ASSIGN(auto currency, core::ParseCurrency(TextOf(quote, "currency")));
  // The total is valued in the base currency at the rate of the quote's pricing date (a quote
  // stored without one: the day it was made).
  core::Date date;
  if (const std::string day = TextOf(quote, "pricing_date"); !day.empty()) {
    SD_ASSIGN(date, core::ParseDate(day));
  } else {
    SD_ASSIGN(auto made, core::Timestamp::FromMicros(IntOf(quote, "created_at").value_or(0)));
    date = made.UtcDate();
  }
  auto untaxed = MoneyOf(quote, "untaxed");
  quotes::AuthorityDocument doc{core::Money{untaxed ? untaxed->minor : 0, currency},
                                static_cast<int>(IntOf(quote, "payment_terms_days").value_or(0)),
                                snapshot.rates.ToBase(currency.code(), date)};
  if (!doc.rate_to_base && currency.code() != limits.max_contract_value.currency.code()) {
    return core::Error::Invalid(
        "pricing_date",
        core::Msg("quote.no_rate", {{"from", currency.code()},
                                    {"to", limits.max_contract_value.currency.code()},
                                    {"date", date.ToString()}}));
  }
  return quotes::CheckAuthority(authority_lines, doc, limits);
}

json::array DeviationsJson(const std::vector<quotes::Deviation>& deviations, bool with_cost) {
  json::array out;
  for (const auto& d : deviations) {
    json::object o{{"scope", quotes::DeviationScopeName(d.scope)},
                   {"kind", quotes::DeviationKindName(d.kind)}};
    if (d.scope == quotes::DeviationScope::kLine) {
      o["line_key"] = d.line_key;
      o["line_index"] = d.line_index;
    }
    // A margin figure reveals cost: people who may not see cost see only that margin is short.
    if (with_cost || d.kind != quotes::DeviationKind::kMargin) {
      o["requested"] = ValueJson(d.requested);
      o["allowed"] = ValueJson(d.allowed);
    }
    out.push_back(std::move(o));
  }
  return out;
}

std::vector<quotes::Deviation> DeviationsFromJson(const std::string& text) {
  std::vector<quotes::Deviation> out;
  boost::system::error_code ec;
  json::value doc = json::parse(text, ec);
  if (ec || !doc.is_array()) return out;
  for (const auto& v : doc.get_array()) {
    const json::object* o = v.if_object();
    if (o == nullptr || !o->contains("kind") || !o->contains("requested")) continue;
    quotes::Deviation d;
    const std::string kind = json::value_to<std::string>(o->at("kind"));
    for (auto k : {quotes::DeviationKind::kDiscount, quotes::DeviationKind::kMargin,
                   quotes::DeviationKind::kPaymentTerms, quotes::DeviationKind::kValue,
                   quotes::DeviationKind::kTaxRate}) {
      if (kind == quotes::DeviationKindName(k)) d.kind = k;
    }
    d.scope =
        o->contains("line_key") ? quotes::DeviationScope::kLine : quotes::DeviationScope::kDocument;
    if (d.scope == quotes::DeviationScope::kLine) {
      d.line_key = json::value_to<std::string>(o->at("line_key"));
      if (o->contains("line_index") && o->at("line_index").is_int64())
        d.line_index = static_cast<std::size_t>(o->at("line_index").get_int64());
    }
    auto requested = ValueFromJson(d.kind, o->at("requested"));
    auto allowed = o->contains("allowed") ? ValueFromJson(d.kind, o->at("allowed")) : requested;
    if (!requested || !allowed) continue;
    d.requested = *requested;
    d.allowed = *allowed;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace salesdesk::app::sales
