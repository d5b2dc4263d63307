// The account's key figures (docs/accounts360.md), each per currency — two currencies are
// never added (RULES 0.1):
// - revenue: the untaxed totals of its posted invoices less those of its posted credit notes,
//   this year to date and last year (by invoice and credit date), summed by the database over
//   the records the caller sees;
// - receivables: open and overdue today from billing's ageing (E-R3..E-R5) of this customer;
// - the last order (not cancelled) and the last visit done;
// - the open pipeline: open deals' amounts.
#include <map>

#include "app/records/record_json.h"
#include "modules/accounts360/app/overview_parts.h"
#include "modules/billing/app/receivables_ageing.h"

namespace salesdesk::modules::accounts360 {
namespace {

namespace json = boost::json;
using app::Filter;
using app::FilterOp;
using PerCurrency = std::map<std::string, std::int64_t>;

// The sum of a money field per currency over the records the caller sees; none when the
// caller's role reads none of the entity.
core::Result<std::optional<PerCurrency>> SumOf(const OverviewContext& c, std::string_view entity,
                                               std::string field, std::vector<Filter> filters) {
  const app::EntitySpec& e = *app::FindEntity(entity);
  SD_ASSIGN(auto visibility, VisibilityOrNone(c, e));
  if (!visibility) return std::optional<PerCurrency>();
  filters.insert(filters.begin(), {"account_id", FilterOp::kEq, {c.account_id}});
  app::AggregateQuery q{.filters = std::move(filters),
                        .measures = {{app::MeasureKind::kSum, std::move(field)}}};
  SD_ASSIGN(auto result, c.uow.Aggregate(e, q, *visibility));
  PerCurrency out;
  for (const auto& row : result.rows) {
    for (const auto& m : row.values) {
      if (std::holds_alternative<std::int64_t>(m.value)) {
        out[m.currency] += std::get<std::int64_t>(m.value);
      }
    }
  }
  return std::optional(std::move(out));
}

json::value AmountsJson(const std::optional<PerCurrency>& sums) {
  if (!sums) return nullptr;
  json::array out;
  for (const auto& [currency, minor] : *sums) {
    out.push_back(json::object{{"currency", currency}, {"amount", minor}});
  }
  return out;
}

// Posted invoices less posted credit notes dated in [from, to], per currency.
core::Result<json::value> Revenue(const OverviewContext& c, core::Date from, core::Date to) {
  const app::FieldValue posted = std::string("posted");
  SD_ASSIGN(auto invoiced, SumOf(c, "invoices", "untaxed",
                                 {{"status", FilterOp::kEq, {posted}},
                                  {"invoice_date", FilterOp::kGe, {from.ToString()}},
                                  {"invoice_date", FilterOp::kLe, {to.ToString()}}}));
  if (!invoiced) return json::value(nullptr);
  SD_ASSIGN(auto credited, SumOf(c, "credit-notes", "untaxed",
                                 {{"status", FilterOp::kEq, {posted}},
                                  {"credit_date", FilterOp::kGe, {from.ToString()}},
                                  {"credit_date", FilterOp::kLe, {to.ToString()}}}));
  if (credited) {
    for (const auto& [currency, minor] : *credited) (*invoiced)[currency] -= minor;
  }
  return json::value(json::object{
      {"from", from.ToString()}, {"to", to.ToString()}, {"by_currency", AmountsJson(invoiced)}});
}

core::Result<json::value> Receivables(const OverviewContext& c) {
  SD_ASSIGN(auto visibility, VisibilityOrNone(c, *app::FindEntity("invoices")));
  if (!visibility) return json::value(nullptr);
  SD_ASSIGN(auto report, billing::AgeReceivables(c.store, c.caller, c.today,
                                                 billing::AgeingGroup::kNone, c.account_id));
  json::array out;
  for (const auto& line : report.lines) {
    const auto& r = line.row;
    out.push_back(json::object{{"currency", r.currency.code()},
                               {"open", r.open},
                               {"overdue", r.open - r.not_due},
                               {"unapplied", r.unapplied}});
  }
  return json::value(json::object{{"as_of", c.today.ToString()}, {"by_currency", std::move(out)}});
}

// The first record's field in an order, or null (none, or none the caller may read).
core::Result<json::value> LatestOf(const OverviewContext& c, std::string_view entity,
                                   std::vector<Filter> filters, const char* field) {
  const app::EntitySpec& e = *app::FindEntity(entity);
  SD_ASSIGN(auto visibility, VisibilityOrNone(c, e));
  if (!visibility) return json::value(nullptr);
  filters.insert(filters.begin(), {"account_id", FilterOp::kEq, {c.account_id}});
  app::ListQuery q{.filters = std::move(filters),
                   .sort_field = field,
                   .sort_descending = true,
                   .limit = 1,
                   .with_total = false};
  SD_ASSIGN(app::Page page, c.uow.List(e, q, *visibility));
  if (page.items.empty()) return json::value(nullptr);
  // As the record API renders it (a date, or an instant in RFC 3339).
  const json::object r = app::RecordToJson(e, page.items.front(), false);
  return json::value(json::object{{"id", r.at("id")}, {"on", r.at(field)}});
}

}  // namespace

core::Result<json::object> KeyFigures(const OverviewContext& c) {
  const int year = c.today.Civil().year;
  SD_ASSIGN(core::Date jan1, core::Date::FromCivil(year, 1, 1));
  SD_ASSIGN(core::Date last_jan1, core::Date::FromCivil(year - 1, 1, 1));
  SD_ASSIGN(core::Date last_dec31, core::Date::FromCivil(year - 1, 12, 31));
  json::object out;
  SD_ASSIGN(out["revenue_this_year"], Revenue(c, jan1, c.today));
  SD_ASSIGN(out["revenue_last_year"], Revenue(c, last_jan1, last_dec31));
  SD_ASSIGN(out["receivables"], Receivables(c));
  SD_ASSIGN(out["last_order"],
            LatestOf(c, "sales-orders", {{"status", FilterOp::kNe, {std::string("cancelled")}}},
                     "ordered_on"));
  SD_ASSIGN(out["last_visit"], LatestOf(c, "activities",
                                        {{"kind", FilterOp::kEq, {std::string("visit")}},
                                         {"status", FilterOp::kEq, {std::string("done")}}},
                                        "done_at"));
  SD_ASSIGN(auto pipeline,
            SumOf(c, "opportunities", "amount",
                  {{"forecast_category",
                    FilterOp::kIn,
                    {std::string("commit"), std::string("best_case"), std::string("pipeline")}}}));
  out["open_pipeline"] = AmountsJson(pipeline);
  return out;
}

}  // namespace salesdesk::modules::accounts360
