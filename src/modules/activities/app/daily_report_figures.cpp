#include "modules/activities/app/daily_report_figures.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::activities {
namespace {

using app::Filter;
using app::FilterOp;
using app::Record;

// Records of `plural` owned by `owner` whose `field` lies in [from, to); none when the entity is
// not installed.
core::Result<std::vector<Record>> OwnedIn(app::UnitOfWork& uow, std::string_view plural,
                                          std::int64_t owner, std::string field,
                                          app::FieldValue from, app::FieldValue to,
                                          std::vector<Filter> more = {}) {
  const app::EntitySpec* e = app::FindEntity(plural);
  if (e == nullptr) return std::vector<Record>{};
  more.push_back({"owner_id", FilterOp::kEq, {owner}});
  more.push_back({field, FilterOp::kGe, {std::move(from)}});
  more.push_back({std::move(field), FilterOp::kLt, {std::move(to)}});
  return app::ReadAll(uow, *e, std::move(more));
}

}  // namespace

core::Result<DayFigures> ReadDayFigures(app::UnitOfWork& uow, const app::CompanyCalendar& company,
                                        std::int64_t owner_id, core::Date day) {
  const std::int64_t start = company.StartOf(day);
  const std::int64_t end = company.EndOf(day);
  DayFigures f;
  SD_ASSIGN(auto done, OwnedIn(uow, "activities", owner_id, "done_at", start, end,
                               {{"status", FilterOp::kEq, {std::string("done")}}}));
  for (const Record& a : done) {
    const std::string kind = app::TextOf(a, "kind");
    if (kind == "call") {
      ++f.calls;
      if (app::TextOf(a, "outcome") == "reached") ++f.connected_calls;
    } else if (kind == "visit") {
      ++f.visits;
    } else if (kind == "meeting") {
      ++f.meetings;
    }
  }
  SD_ASSIGN(auto leads, OwnedIn(uow, "leads", owner_id, "created_at", start, end));
  f.new_leads = static_cast<std::int64_t>(leads.size());
  SD_ASSIGN(auto quotes, OwnedIn(uow, "quotes", owner_id, "created_at", start, end));
  f.quotes = static_cast<std::int64_t>(quotes.size());
  SD_ASSIGN(const core::Date next, day.AddDays(1));
  SD_ASSIGN(auto orders,
            OwnedIn(uow, "sales-orders", owner_id, "ordered_on", day.ToString(), next.ToString(),
                    {{"status", FilterOp::kEq, {std::string("confirmed")}}}));
  for (const Record& o : orders) {
    ++f.orders;
    const auto untaxed = app::MoneyOf(o, "untaxed");
    if (untaxed) f.orders_amount_by_currency[untaxed->currency] += untaxed->minor;
    if (untaxed && untaxed->currency == company.base_currency) {
      f.orders_amount_minor += untaxed->minor;
    } else if (untaxed) {
      ++f.orders_other_currency;
    }
  }
  return f;
}

void PutFigures(const DayFigures& f, const std::string& base_currency, app::Record& fields) {
  fields["calls"] = f.calls;
  fields["connected_calls"] = f.connected_calls;
  fields["visits"] = f.visits;
  fields["meetings"] = f.meetings;
  fields["new_leads"] = f.new_leads;
  fields["quotes"] = f.quotes;
  fields["orders"] = f.orders;
  fields["orders_amount"] = app::MoneyValue{f.orders_amount_minor, base_currency};
  fields["orders_other_currency"] = f.orders_other_currency;
}

}  // namespace salesdesk::modules::activities
