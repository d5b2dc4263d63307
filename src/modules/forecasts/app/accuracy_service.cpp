#include "modules/forecasts/app/accuracy_service.h"

#include <map>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/forecasts/app/forecast_grid.h"

namespace salesdesk::modules::forecasts {
namespace {

using app::FilterOp;
using core::Error;

Error NoSuchPerson(std::int64_t person) {
  return Error::Make(core::ErrorCode::kNotFound,
                     core::Msg("record.not_found",
                               {{"entity", std::string("user")}, {"id", std::to_string(person)}}));
}

}  // namespace

core::Result<AccuracyReport> ReadAccuracy(app::Store& store, const core::Clock& clock,
                                          const app::Caller& caller, std::int64_t person,
                                          int months) {
  const app::EntitySpec& snapshots = *app::FindEntity("forecast-snapshots");
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, snapshots));
  SD_ASSIGN(TeamTree tree, ReadTeamTree(*uow));
  // Whose forecast the caller may read: their own and their sub-tree's (everyone's for all).
  const std::vector<fc::Person> scope = visibility.all ? tree.people : tree.Below(caller.user_id);
  bool visible = false;
  for (const auto& p : scope) visible = visible || p.id == person;
  if (!visible) return NoSuchPerson(person);

  AccuracyReport report;
  report.person = person;
  report.name = tree.names[person];
  std::vector<std::int64_t> team;
  for (const auto& p : tree.Below(person)) team.push_back(p.id);
  report.manager = team.size() > 1;

  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
  const fc::Period current = fc::PeriodOf(today, fc::PeriodKind::kMonth);
  std::vector<fc::Period> asked;
  for (int k = months; k >= 1; --k) {
    const int index = current.year * 12 + (current.number - 1) - k;
    asked.push_back({fc::PeriodKind::kMonth, index / 12, index % 12 + 1});
  }
  std::vector<app::FieldValue> keys;
  for (const auto& m : asked) keys.emplace_back(fc::PeriodKey(m));
  app::ListQuery q;
  q.filters = {{"owner_id", FilterOp::kEq, {person}}, {"period", FilterOp::kIn, keys}};
  q.limit = INT64_MAX / 2;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow->List(snapshots, q, visibility));
  std::map<std::string, std::vector<const app::Record*>> by_period;
  for (const auto& s : page.items) by_period[app::TextOf(s, "period")].push_back(&s);

  SD_ASSIGN(auto deal_visibility,
            app::VisibilityFor(*uow, caller, *app::FindEntity("opportunities")));
  std::vector<fc::TeamPeriod> periods;
  for (const fc::Period& month : asked) {
    AccuracyMonth row;
    row.month = fc::PeriodKey(month);
    SD_ASSIGN(fc::Rollup won, OwnTotals(*uow, deal_visibility, team, month, report.currency));
    for (const auto& cell : won.cells) row.actual += cell.totals.closed;
    const auto& taken = by_period[row.month];
    std::vector<core::Date> dates;
    for (const app::Record* s : taken) {
      SD_ASSIGN(core::Date d, core::ParseDate(app::TextOf(*s, "taken_on")));
      dates.push_back(d);
    }
    if (const auto i = fc::SelectSnapshot(dates, month)) {
      row.taken_on = dates[*i].ToString();
      row.forecast = app::IntOf(*taken[*i], "view_commit");
      row.raw = app::IntOf(*taken[*i], "raw_commit");
    }
    const fc::AccuracyPeriod one{row.forecast, row.actual};
    row.figures = fc::MeasureAccuracy(std::span(&one, 1));
    periods.push_back({row.raw, row.forecast, row.actual});
    report.trend.push_back(std::move(row));
  }
  report.accuracy = fc::MeasureTeamAccuracy(periods);
  return report;
}

}  // namespace salesdesk::modules::forecasts
