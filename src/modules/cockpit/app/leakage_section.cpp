// Discount leakage: what the period's posted invoices (dated from the month's first day to
// as_of, those the caller sees) would have come to at their lines' unit prices with no line
// discount (list), against what they came to (net, the lines' stored nets); given = list − net.
// Each invoice's list and net are converted to the company currency once at the invoice's
// posting rate (RULES 0.1), or the dated rate of its day when it has none; an invoice in a
// currency without either is summed apart per currency, never added. Given in bp of list.
#include <map>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "modules/cockpit/app/drill.h"
#include "modules/cockpit/app/sections.h"
#include "modules/cockpit/core/list_amount.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/targets/core/pace.h"

namespace salesdesk::modules::cockpit {
namespace {

namespace json = boost::json;
using app::Record;

struct Leak {
  std::int64_t list = 0, net = 0, invoices = 0;
  json::object Json() const {
    const auto bp = targets::AttainmentBp(list - net, list);
    return {{"invoices", invoices},
            {"list", list},
            {"net", net},
            {"given", list - net},
            {"given_bp", bp ? json::value(*bp) : json::value(nullptr)}};
  }
};

core::Result<std::vector<Record>> PostedInvoices(app::UnitOfWork& uow, const SectionContext& c) {
  std::vector<app::Filter> filters{
      {"status", app::FilterOp::kEq, {std::string("posted")}},
      {"invoice_date", app::FilterOp::kGe, {c.period.First().ToString()}},
      {"invoice_date", app::FilterOp::kLe, {c.as_of.ToString()}}};
  if (c.scope == Scope::kMe) {
    filters.push_back({"owner_id", app::FilterOp::kEq, {c.caller.user_id}});
  }
  return app::ReadAllVisible(uow, c.caller, "invoices", std::move(filters));
}

// The rate into the company currency: the invoice's own, else the dated one; none: unknown.
core::Result<std::optional<core::Rate>> RateOf(const Record& invoice,
                                               const app::sales::ExchangeRates& rates) {
  const core::Rate stored = core::Rate::FromUnits(app::IntOf(invoice, "rate").value_or(0));
  if (stored.units() > 0) return std::optional(stored);
  SD_ASSIGN(core::Date day, core::ParseDate(app::TextOf(invoice, "invoice_date")));
  return rates.ToBase(app::TextOf(invoice, "currency"), day);
}

}  // namespace

core::Result<json::object> LeakageSection(const SectionContext& c) {
  SD_ASSIGN(auto uow, c.store.Read());
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency company, core::ParseCurrency(rates.base_currency));
  SD_ASSIGN(auto invoices, PostedInvoices(*uow, c));
  // The invoices were chosen through the caller's visibility; their lines follow them.
  std::vector<app::FieldValue> ids;
  for (const auto& i : invoices) ids.emplace_back(app::RecordId(i));
  std::map<std::int64_t, std::vector<Record>> lines_of;
  if (!ids.empty()) {
    SD_ASSIGN(auto lines, app::ReadAll(*uow, *app::FindEntity("invoice-lines"),
                                       {{"invoice_id", app::FilterOp::kIn, std::move(ids)}}));
    for (auto& l : lines) lines_of[*app::IntOf(l, "invoice_id")].push_back(std::move(l));
  }
  Leak total;
  std::map<std::int64_t, Leak> by_person;
  std::map<std::string, Leak> unconverted;
  for (const auto& invoice : invoices) {
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(invoice, "currency")));
    std::int64_t list = 0, net = 0;
    for (const auto& l : lines_of[app::RecordId(invoice)]) {
      SD_ASSIGN(core::Money at_list,
                core::cockpit::ListAmount(app::IntOf(l, "quantity").value_or(0),
                                          app::IntOf(l, "unit_price").value_or(0), currency));
      list += at_list.minor;
      net += app::MoneyOf(l, "net") ? app::MoneyOf(l, "net")->minor : at_list.minor;
    }
    if (currency.code() != company.code()) {
      SD_ASSIGN(auto rate, RateOf(invoice, rates));
      if (!rate) {
        Leak& apart = unconverted[currency.code()];
        apart.list += list, apart.net += net, ++apart.invoices;
        continue;
      }
      SD_ASSIGN(core::Money l, core::Convert(core::Money{list, currency}, *rate, company));
      SD_ASSIGN(core::Money n, core::Convert(core::Money{net, currency}, *rate, company));
      list = l.minor, net = n.minor;
    }
    for (Leak* leak : {&total, &by_person[app::IntOf(invoice, "owner_id").value_or(0)]}) {
      leak->list += list, leak->net += net, ++leak->invoices;
    }
  }
  const DrillFilters window{{"status", "posted"},
                            {"invoice_date__gte", c.period.First().ToString()},
                            {"invoice_date__lte", c.as_of.ToString()}};
  json::array people, apart;
  for (const auto& p : c.people) {
    auto it = by_person.find(p.id);
    if (it == by_person.end()) continue;
    json::object o = it->second.Json();
    o["user_id"] = p.id;
    o["name"] = p.name;
    DrillFilters f{{"owner_id", std::to_string(p.id)}};
    f.insert(f.end(), window.begin(), window.end());
    o["drill"] = Drill("/invoices", f);
    people.push_back(std::move(o));
  }
  for (const auto& [code, leak] : unconverted) {
    json::object o = leak.Json();
    o["currency"] = code;
    apart.push_back(std::move(o));
  }
  json::object out = total.Json();
  DrillFilters all = window;
  if (c.scope == Scope::kMe)
    all.insert(all.begin(), {"owner_id", std::to_string(c.caller.user_id)});
  out["currency"] = company.code();
  out["from"] = c.period.First().ToString();
  out["to"] = c.as_of.ToString();
  out["people"] = std::move(people);
  out["unconverted"] = std::move(apart);
  out["drill"] = Drill("/invoices", all);
  return out;
}

}  // namespace salesdesk::modules::cockpit
