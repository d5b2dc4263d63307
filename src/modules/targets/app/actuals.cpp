#include "modules/targets/app/actuals.h"

#include <algorithm>

#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/targets/app/plan_fields.h"

namespace salesdesk::modules::targets {
namespace {

using app::FilterOp;
using app::Record;

core::Date DateOf(const Record& r, std::string_view field) {
  return core::ParseDate(app::TextOf(r, field)).value();
}

// Net revenue by day: posted invoices' untaxed amounts on their dates, less posted credit notes'
// on theirs (A-R2's net actuals), in the plan's currency only; of a split invoice (and its credit
// notes) the user's credited share, by Allocate (A-R7, decision 0045).
core::Result<void> Revenue(app::UnitOfWork& uow, const std::string& currency, std::int64_t user,
                           core::Date from, core::Date to, Actuals& out) {
  struct Source {
    const char* date_field;
    std::int64_t sign;
  };
  for (const Source& source : {Source{"invoice_date", 1}, Source{"credit_date", -1}}) {
    const std::vector<app::Filter> filters{{"status", FilterOp::kEq, {std::string("posted")}},
                                           {source.date_field, FilterOp::kGe, {from.ToString()}},
                                           {source.date_field, FilterOp::kLe, {to.ToString()}}};
    SD_ASSIGN(auto docs, source.sign > 0 ? billing::InvoicesCreditedTo(uow, user, filters)
                                         : billing::CreditNotesCreditedTo(uow, user, filters));
    for (const auto& d : docs) {
      const auto untaxed = app::MoneyOf(d.record, "untaxed");
      if (!untaxed) continue;
      if (untaxed->currency != currency) {
        out.other_currencies.insert(untaxed->currency);
        continue;
      }
      SD_ASSIGN(const std::int64_t part, d.Part(source.sign * untaxed->minor, user));
      out.by_day[DateOf(d.record, source.date_field)] += part;
    }
  }
  return core::Ok();
}

core::Result<void> Activities(app::UnitOfWork& uow, const std::string& kind, std::int64_t user,
                              core::Date from, core::Date to, Actuals& out) {
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(uow));
  // The range's local days as instants: an activity counts on the company's day it was done.
  const std::int64_t start = company.StartOf(from);
  const std::int64_t end = company.EndOf(to);
  SD_ASSIGN(auto done, app::ReadAll(uow, Spec("activities"),
                                    {{"owner_id", FilterOp::kEq, {user}},
                                     {"kind", FilterOp::kEq, {kind}},
                                     {"status", FilterOp::kEq, {std::string("done")}},
                                     {"done_at", FilterOp::kGe, {start}},
                                     {"done_at", FilterOp::kLt, {end}}}));
  for (const Record& a : done) {
    const auto at = app::IntOf(a, "done_at");
    if (!at) continue;
    const core::Date day = company.DateOf(*at);
    if (day >= from && day <= to) out.by_day[day] += 1;
  }
  return core::Ok();
}

core::Result<std::vector<Record>> ConfirmedOrders(app::UnitOfWork& uow,
                                                  std::vector<app::Filter> filters) {
  filters.push_back({"status", FilterOp::kEq, {std::string("confirmed")}});
  return app::ReadAll(uow, Spec("sales-orders"), std::move(filters));
}

core::Result<void> Orders(app::UnitOfWork& uow, bool first_per_account, std::int64_t user,
                          core::Date from, core::Date to, Actuals& out) {
  SD_ASSIGN(auto orders, ConfirmedOrders(uow, {{"owner_id", FilterOp::kEq, {user}},
                                               {"ordered_on", FilterOp::kGe, {from.ToString()}},
                                               {"ordered_on", FilterOp::kLe, {to.ToString()}}}));
  if (!first_per_account) {
    for (const Record& o : orders) out.by_day[DateOf(o, "ordered_on")] += 1;
    return core::Ok();
  }
  std::vector<app::FieldValue> accounts;
  for (const Record& o : orders) {
    if (auto a = app::IntOf(o, "account_id")) accounts.push_back(*a);
  }
  if (accounts.empty()) return core::Ok();
  // Every confirmed order of those accounts up to the range's end, whoever's: the first one
  // per account decides whether the account is new, and whose.
  SD_ASSIGN(auto all, ConfirmedOrders(uow, {{"account_id", FilterOp::kIn, accounts},
                                            {"ordered_on", FilterOp::kLe, {to.ToString()}}}));
  std::map<std::int64_t, const Record*> first;
  auto key = [](const Record* r) {
    return std::pair(app::TextOf(*r, "ordered_on"), app::RecordId(*r));
  };
  for (const Record& o : all) {
    const std::int64_t account = app::IntOf(o, "account_id").value_or(0);
    auto [it, fresh] = first.emplace(account, &o);
    if (!fresh && key(&o) < key(it->second)) it->second = &o;
  }
  for (const auto& [account, o] : first) {
    const core::Date day = DateOf(*o, "ordered_on");
    if (app::IntOf(*o, "owner_id") == user && day >= from) out.by_day[day] += 1;
  }
  return core::Ok();
}

}  // namespace

std::int64_t Actuals::Sum(core::Date from, core::Date to) const {
  std::int64_t sum = 0;
  for (auto it = by_day.lower_bound(from); it != by_day.end() && it->first <= to; ++it) {
    sum += it->second;
  }
  return sum;
}

core::Result<Actuals> ReadActuals(app::UnitOfWork& uow, const std::string& measure,
                                  const std::string& currency, std::int64_t user_id,
                                  core::Date from, core::Date to) {
  Actuals out;
  if (measure == "margin") {
    out.available = false;
    return out;
  }
  const bool money = measure == "revenue";
  // The rows as (day, unit, amount) in one grouped read: a year of them as full records was most
  // of a progress call (W8). A row is one group: (owner, measure, unit, day) is its key.
  app::AggregateQuery q;
  q.filters = {{"owner_id", FilterOp::kEq, {user_id}},
               {"measure", FilterOp::kEq, {measure}},
               {"day", FilterOp::kGe, {from.ToString()}},
               {"day", FilterOp::kLe, {to.ToString()}}};
  q.group_by = {{.field = "day"}, {.field = "unit"}};
  q.measures = {{.kind = app::MeasureKind::kSum, .field = "amount"}};
  q.max_groups = INT64_MAX / 4;
  SD_ASSIGN(const app::AggregateResult rows,
            uow.Aggregate(Spec("daily-actuals"), q, app::Visibility::All()));
  for (const app::AggregateRow& r : rows.rows) {
    const auto* day = std::get_if<std::string>(&r.key.at(0));
    const auto* unit = std::get_if<std::string>(&r.key.at(1));
    const auto* amount =
        r.values.empty() ? nullptr : std::get_if<std::int64_t>(&r.values.front().value);
    if (day == nullptr || unit == nullptr || amount == nullptr) continue;
    if (money && *unit != currency) {
      out.other_currencies.insert(*unit);
      continue;
    }
    // A count back at zero (a visit no longer done) is no day of record, as in the records.
    if (!money && *amount == 0) continue;
    SD_ASSIGN(const core::Date on, core::ParseDate(*day));
    out.by_day[on] += *amount;
  }
  return out;
}

core::Result<Actuals> ActualsFromRecords(app::UnitOfWork& uow, const std::string& measure,
                                         const std::string& currency, std::int64_t user_id,
                                         core::Date from, core::Date to) {
  Actuals out;
  if (measure == "revenue") {
    SD_TRY(Revenue(uow, currency, user_id, from, to, out));
  } else if (measure == "visits" || measure == "calls") {
    SD_TRY(Activities(uow, measure == "visits" ? "visit" : "call", user_id, from, to, out));
  } else if (measure == "orders" || measure == "new_customers") {
    SD_TRY(Orders(uow, measure == "new_customers", user_id, from, to, out));
  } else {
    out.available = false;
  }
  return out;
}

}  // namespace salesdesk::modules::targets
