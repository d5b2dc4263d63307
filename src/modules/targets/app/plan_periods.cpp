#include "modules/targets/app/plan_periods.h"

#include <algorithm>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/targets/app/plan_fields.h"

namespace salesdesk::modules::targets {
namespace {

using app::FilterOp;
using app::Record;

Record Row(std::int64_t plan_id, const char* level, int month, core::Date from, core::Date to,
           std::int64_t half_days, std::int64_t target) {
  return {{"plan_id", plan_id},
          {"level", std::string(level)},
          {"month", std::int64_t{month}},
          {"date_from", from.ToString()},
          {"date_to", to.ToString()},
          {"half_days", half_days},
          {"target", target}};
}

core::Result<std::vector<Record>> Rows(app::UnitOfWork& uow, std::int64_t plan_id,
                                       std::vector<app::Filter> more = {}) {
  more.push_back({"plan_id", FilterOp::kEq, {plan_id}});
  return app::ReadAll(uow, Spec("target-periods"), std::move(more));
}

}  // namespace

std::vector<Record> PeriodRows(std::int64_t plan_id, const Decomposition& d) {
  std::vector<Record> out;
  out.reserve(d.months.size() + d.parts.size() + d.days.size());
  for (const MonthTarget& m : d.months) {
    out.push_back(Row(plan_id, "month", m.month, m.from, m.to, m.half_days, m.target));
  }
  for (const WeekPart& p : d.parts) {
    Record r = Row(plan_id, "week_part", p.month, p.from, p.to, p.half_days, p.target);
    r["iso_year"] = std::int64_t{p.week.year};
    r["iso_week"] = std::int64_t{p.week.week};
    out.push_back(std::move(r));
  }
  for (const DayTarget& t : d.days) {
    Record r = Row(plan_id, "day", t.month, t.date, t.date, t.half_days, t.target);
    const IsoWeek w = IsoWeekOf(t.date);
    r["iso_year"] = std::int64_t{w.year};
    r["iso_week"] = std::int64_t{w.week};
    out.push_back(std::move(r));
  }
  return out;
}

core::Result<Months> ReadMonthTargets(app::UnitOfWork& uow, std::int64_t plan_id) {
  SD_ASSIGN(auto rows, Rows(uow, plan_id, {{"level", FilterOp::kEq, {std::string("month")}}}));
  Months out{};
  for (const Record& r : rows) {
    const auto month = app::IntOf(r, "month").value_or(0);
    if (month >= 1 && month <= 12) out[month - 1] = app::IntOf(r, "target").value_or(0);
  }
  return out;
}

core::Result<std::vector<Record>> ClosedMonthRows(app::UnitOfWork& uow, std::int64_t plan_id,
                                                  int closed, std::int64_t new_plan_id) {
  SD_ASSIGN(auto rows, Rows(uow, plan_id, {{"month", FilterOp::kLe, {std::int64_t{closed}}}}));
  std::vector<Record> out;
  for (const Record& r : rows) {
    Record copy{{"plan_id", new_plan_id}};
    for (const char* k : {"level", "month", "iso_year", "iso_week", "date_from", "date_to",
                          "half_days", "target"}) {
      if (auto it = r.find(k); it != r.end()) copy[k] = it->second;
    }
    out.push_back(std::move(copy));
  }
  return out;
}

core::Result<std::vector<DayTarget>> ReadDayTargets(app::UnitOfWork& uow, std::int64_t plan_id) {
  // The (date, half-days, target) of each day row as one grouped read: a progress call reads a
  // year of days per plan, and building 365 full records was most of its time (W8,
  // bench/README.md). Each group is one day row: a plan has one row per date.
  app::AggregateQuery q;
  q.filters = {{"plan_id", FilterOp::kEq, {plan_id}},
               {"level", FilterOp::kEq, {std::string("day")}}};
  q.group_by = {{.field = "date_from"}, {.field = "half_days"}};
  q.measures = {{.kind = app::MeasureKind::kSum, .field = "target"}};
  q.max_groups = 400;  // a year has at most 366 days
  SD_ASSIGN(const app::AggregateResult result,
            uow.Aggregate(Spec("target-periods"), q, app::Visibility::All()));
  std::vector<DayTarget> out;
  out.reserve(result.rows.size());
  for (const app::AggregateRow& row : result.rows) {
    const auto* date = std::get_if<std::string>(&row.key.at(0));
    if (date == nullptr) continue;
    SD_ASSIGN(const core::Date day, core::ParseDate(*date));
    const auto* half_days = std::get_if<std::int64_t>(&row.key.at(1));
    const auto* target =
        row.values.empty() ? nullptr : std::get_if<std::int64_t>(&row.values.front().value);
    out.push_back({.date = day,
                   .month = static_cast<int>(day.Civil().month),
                   .half_days = half_days ? static_cast<int>(*half_days) : 0,
                   .target = target ? *target : 0});
  }
  std::sort(out.begin(), out.end(),
            [](const DayTarget& a, const DayTarget& b) { return a.date < b.date; });
  return out;
}

}  // namespace salesdesk::modules::targets
