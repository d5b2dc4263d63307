#include "modules/forecasts/app/snapshot_job.h"

#include <boost/json.hpp>

#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/forecasts/app/forecast_grid.h"
#include "modules/forecasts/app/forecasts_module.h"

namespace salesdesk::modules::forecasts {
namespace {

const app::EntitySpec& Snapshots() { return *app::FindEntity("forecast-snapshots"); }

// The adjustments in force on `person`, as the grid found them.
std::string AdjustmentsOn(const Grid& grid, std::int64_t person) {
  boost::json::array out;
  for (const auto& state : grid.forecast.adjustments) {
    const app::Record& a = grid.adjustments[state.index];
    if (app::IntOf(a, "subject_id") != person) continue;
    out.push_back(
        boost::json::object{{"id", app::RecordId(a)},
                            {"author_id", app::IntOf(a, "owner_id").value_or(0)},
                            {"category", app::TextOf(a, "category")},
                            {"amount", app::MoneyOf(a, "amount").value_or(app::MoneyValue{}).minor},
                            {"basis", app::MoneyOf(a, "basis").value_or(app::MoneyValue{}).minor},
                            {"stale", state.stale}});
  }
  return out.empty() ? std::string() : boost::json::serialize(out);
}

}  // namespace

core::Date MondayOf(core::Date day) { return *day.AddDays(-(static_cast<int>(day.weekday()) - 1)); }

std::vector<fc::Period> OpenPeriods(core::Date monday) {
  const auto c = monday.Civil();
  std::vector<fc::Period> out;
  for (int k = 0; k < 3; ++k) {
    const int m = c.month - 1 + k;
    out.push_back({fc::PeriodKind::kMonth, c.year + m / 12, m % 12 + 1});
  }
  const fc::Period quarter = fc::PeriodOf(monday, fc::PeriodKind::kQuarter);
  out.push_back(quarter);
  out.push_back(quarter.number == 4
                    ? fc::Period{fc::PeriodKind::kQuarter, quarter.year + 1, 1}
                    : fc::Period{fc::PeriodKind::kQuarter, quarter.year, quarter.number + 1});
  return out;
}

core::Result<int> TakeSnapshot(app::Store& store, core::Date monday, std::int64_t now_us) {
  SD_ASSIGN(auto uow, store.Write());
  app::ListQuery taken;
  taken.filters = {{"taken_on", app::FilterOp::kEq, {monday.ToString()}}};
  taken.limit = 1;
  taken.with_total = false;
  SD_ASSIGN(app::Page page, uow->List(Snapshots(), taken, app::Visibility::All()));
  if (!page.items.empty()) return 0;
  std::vector<app::Record> rows;
  for (const fc::Period& period : OpenPeriods(monday)) {
    SD_ASSIGN(Grid grid, ReadGrid(*uow, app::Caller::System(), period));
    for (const auto& p : grid.forecast.people) {
      app::Record row{{"owner_id", p.person},
                      {"taken_on", monday.ToString()},
                      {"period", fc::PeriodKey(period)},
                      {"currency", grid.currency}};
      for (fc::Column c : fc::kColumns) {
        const std::string name(CategoryName(c));
        row["raw_" + name] = p.raw.at(c);
        row["view_" + name] = p.view.at(c);
      }
      if (std::string adjustments = AdjustmentsOn(grid, p.person); !adjustments.empty()) {
        row["adjustments"] = std::move(adjustments);
      }
      rows.push_back(std::move(row));
    }
  }
  if (!rows.empty()) SD_TRY(uow->InsertMany(Snapshots(), rows, now_us));
  SD_TRY(uow->Commit());
  return static_cast<int>(rows.size());
}

core::Result<std::string> RunSnapshotJob(app::Store& store, const core::Clock& clock) {
  core::Date today;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
  }
  const core::Date monday = MondayOf(today);
  SD_ASSIGN(int rows, TakeSnapshot(store, monday, clock.Now().micros_since_epoch()));
  if (rows == 0) return std::string();
  return "forecast snapshot of " + monday.ToString() + ": " + std::to_string(rows) + " rows";
}

}  // namespace salesdesk::modules::forecasts
