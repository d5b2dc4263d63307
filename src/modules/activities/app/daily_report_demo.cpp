// The demo's daily sales reports: each rep's reports of the last four weeks' weekdays, figures
// counted from the demo's own activity history; most submitted the same evening, a few the next
// afternoon (late), a few missing; the team manager has reviewed most of the older ones, so a
// manager's list shows both reviewed reports and submitted ones waiting.
#include "app/demo/demo_internal.h"
#include "modules/activities/app/activities_module.h"
#include "modules/activities/app/daily_report_figures.h"
#include "modules/activities/core/activities/daily_report_rules.h"

namespace salesdesk::modules::activities {
namespace {

using app::Record;
using app::demo::Spec;

constexpr std::int64_t kMinute = 60'000'000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr int kDays = 28;

constexpr const char* kNotes[] = {
    "Good day: the buyer confirmed the reorder, samples promised for next week.",
    "Two customers asked about delivery times; passed on to logistics.",
    "Quiet on the phone; prepared tomorrow's visits.",
    "Price pressure from a competitor on gloves; asked the manager for advice.",
    "New contact at the clinic, meeting booked."};
constexpr const char* kComments[] = {"Thanks, well done.", "Follow up on the price question.",
                                     "Good, keep the pace.", "Please add the next steps."};

}  // namespace

core::Result<void> CreateDailyReportDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 67);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  const app::CompanyCalendar& company = ctx.company;
  const core::Date today = ctx.today;
  std::vector<Record> reports;
  for (const auto& team : ctx.org.sales_teams) {
    for (const std::int64_t rep : team.rep_ids) {
      SD_ASSIGN(auto uow, ctx.store.Read());
      for (int back = kDays; back >= 1; --back) {
        SD_ASSIGN(const core::Date day, today.AddDays(-back));
        if (day.weekday() == core::Weekday::kSaturday || day.weekday() == core::Weekday::kSunday) {
          continue;
        }
        const int roll = static_cast<int>(random.Uniform(0, 99));
        if (roll < 6) continue;  // not written
        const bool late = roll < 14;
        SD_ASSIGN(const DayFigures figures, ReadDayFigures(*uow, company, rep, day));
        Record r{{"report_date", day.ToString()},
                 {"status", std::string("submitted")},
                 {"note", std::string(kNotes[random.Index(std::size(kNotes))])},
                 {"owner_id", rep}};
        PutFigures(figures, company.base_currency, r);
        const std::int64_t submitted =
            late ? company.EndOf(day) + 15 * kHour + random.Uniform(0, 90) * kMinute
                 : company.StartOf(day) + 18 * kHour + random.Uniform(0, 120) * kMinute;
        r["submitted_at"] = submitted;
        r["on_time"] = submitted < company.EndOf(day) + core::activities::kReportGraceHours * kHour;
        if (back > 3 && random.Percent(75)) {
          r["status"] = std::string("reviewed");
          r["review_comment"] = std::string(kComments[random.Index(std::size(kComments))]);
          r["reviewed_by"] = team.manager_id;
          r["reviewed_at"] = submitted + 16 * kHour;
        }
        reports.push_back(std::move(r));
      }
    }
  }
  app::demo::BatchWriter writer(ctx.store, now);
  for (const Record& r : reports) SD_TRY(writer.Insert(Spec("daily-reports"), r));
  return writer.Commit();
}

}  // namespace salesdesk::modules::activities
