// Demo forecasts: a year of weekly snapshots for the months already closed, so the accuracy
// chart has a history from the first screen, this week's snapshot taken from the live deals, and
// a few adjustments of this month's numbers by the managers (one stale: the deal moved since).
// The past snapshots are written as people would have submitted them: each person's forecast of
// a month is what they then won times their habit — some reps sandbag (about 85 %), some
// over-promise (about 120 %), most are close — with noise, and managers raise their
// team's roll-up a little, knowing their sandbaggers (the adjustments help: a visible
// value-add).
#include <cmath>

#include "app/demo/demo_internal.h"
#include "app/records/record_fields.h"
#include "modules/forecasts/app/forecast_grid.h"
#include "modules/forecasts/app/forecasts_module.h"
#include "modules/forecasts/app/snapshot_job.h"

namespace salesdesk::modules::forecasts {
namespace {

constexpr int kPastMonths = 12;

// A person's habit in percent of what they win: sandbagger, over-promiser or close.
int Habit(std::size_t index) {
  static constexpr int kHabits[] = {85, 100, 120, 97, 104};
  return kHabits[index % std::size(kHabits)];
}

std::int64_t Scale(std::int64_t amount, double factor) {
  return static_cast<std::int64_t>(std::llround(static_cast<double>(amount) * factor));
}

// The past months' snapshots, one a month (its first Monday), holding that month.
core::Result<void> PastSnapshots(const app::DemoContext& ctx, core::Date today,
                                 app::demo::DemoRandom& random) {
  const fc::Period current = fc::PeriodOf(today, fc::PeriodKind::kMonth);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  SD_ASSIGN(auto uow, ctx.store.Write());
  std::vector<app::Record> rows;
  for (int k = kPastMonths; k >= 1; --k) {
    const int index = current.year * 12 + current.number - 1 - k;
    const fc::Period month{fc::PeriodKind::kMonth, index / 12, index % 12 + 1};
    SD_ASSIGN(Grid grid, ReadGrid(*uow, app::Caller::System(), month));
    const core::Date first = fc::FirstDay(month);
    const core::Date monday = MondayOf(*first.AddDays(6));  // the first Monday on or after the 1st
    std::map<std::int64_t, std::int64_t> submitted;         // view, filled reports first
    std::map<std::int64_t, std::int64_t> raw;
    const auto& people = grid.forecast.people;
    for (std::size_t i = people.size(); i-- > 0;) {
      const fc::PersonForecast& p = people[i];
      const double noise = 1.0 + static_cast<double>(random.Uniform(-8, 8)) / 100.0;
      std::int64_t own = Scale(p.own.closed, Habit(i) / 100.0 * noise);
      std::int64_t from_reports = 0, raw_reports = 0;
      for (const auto& q : people) {
        if (q.manager != p.person) continue;
        from_reports += submitted[q.person];
        raw_reports += raw[q.person];
      }
      raw[p.person] = own + raw_reports;
      // A leader raises the team's roll-up by what their sandbaggers hide (here: 3 %).
      submitted[p.person] = from_reports == 0 ? own : own + Scale(from_reports, 1.03);
      app::Record row{{"owner_id", p.person},           {"taken_on", monday.ToString()},
                      {"period", fc::PeriodKey(month)}, {"currency", grid.currency},
                      {"raw_closed", std::int64_t{0}},  {"view_closed", std::int64_t{0}}};
      for (const char* kind : {"raw", "view"}) {
        const std::int64_t commit =
            std::string_view(kind) == "raw" ? raw[p.person] : submitted[p.person];
        row[std::string(kind) + "_commit"] = commit;
        row[std::string(kind) + "_best_case"] = Scale(commit, 1.25);
        row[std::string(kind) + "_open_pipeline"] = Scale(commit, 1.6);
      }
      rows.push_back(std::move(row));
    }
  }
  if (!rows.empty()) SD_TRY(uow->InsertMany(*app::FindEntity("forecast-snapshots"), rows, now));
  SD_TRY(uow->Commit());
  return core::Ok();
}

// This month's adjustments: each regional manager adjusts the Commit of the rep who committed
// most; the first one's basis is from before a deal moved, so it shows stale.
core::Result<void> Adjustments(const app::DemoContext& ctx, core::Date today) {
  const fc::Period month = fc::PeriodOf(today, fc::PeriodKind::kMonth);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  SD_ASSIGN(auto uow, ctx.store.Write());
  SD_ASSIGN(Grid grid, ReadGrid(*uow, app::Caller::System(), month));
  static constexpr const char* kReasons[] = {
      "Tender award moved to next month per the hospital's purchasing office",
      "Distributor confirmed the framework order; commit the full amount",
      "Budget freeze at the clinic group until the board meets",
      "Two renewals signed early; raise the commit"};
  std::vector<app::Record> rows;
  for (std::size_t t = 0; t < ctx.org.sales_teams.size(); ++t) {
    const auto& team = ctx.org.sales_teams[t];
    // The rep with the most committed this month (an adjustment of nothing says little).
    const fc::PersonForecast* p = nullptr;
    for (const std::int64_t id : team.rep_ids) {
      const fc::PersonForecast* r = grid.forecast.Find(id);
      if (r != nullptr && (p == nullptr || r->view.commit > p->view.commit)) p = r;
    }
    if (p == nullptr) continue;
    const std::int64_t rep = p->person;
    const std::int64_t view = p->view.commit;
    const std::int64_t basis = t == 0 ? view + 1'500'00 : view;  // t == 0: stale
    const std::int64_t amount = t % 2 == 0 ? Scale(view, 0.8) : Scale(view, 1.15) + 2'000'00;
    rows.push_back({{"owner_id", team.manager_id},
                    {"subject_id", rep},
                    {"period", fc::PeriodKey(month)},
                    {"category", std::string("commit")},
                    {"amount", app::MoneyValue{amount, grid.currency}},
                    {"basis", app::MoneyValue{basis, grid.currency}},
                    {"note", std::string(kReasons[t % std::size(kReasons)])},
                    {"status", std::string("active")}});
  }
  if (!rows.empty()) SD_TRY(uow->InsertMany(*app::FindEntity("forecast-adjustments"), rows, now));
  SD_TRY(uow->Commit());
  return core::Ok();
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 71);
  SD_TRY(PastSnapshots(ctx, ctx.today, random));
  SD_TRY(Adjustments(ctx, ctx.today));
  // This week's snapshot from the live deals, as the job would take it.
  SD_TRY(TakeSnapshot(ctx.store, MondayOf(ctx.today), ctx.clock.Now().micros_since_epoch()));
  return core::Ok();
}

}  // namespace salesdesk::modules::forecasts
