#include "modules/appraisal/app/report_completion.h"

#include <set>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/activities/core/activities/daily_report_rules.h"
#include "modules/schedules/app/working_days_reader.h"

namespace salesdesk::modules::appraisal {

core::Result<ReportCompletion> ReadReportCompletion(app::UnitOfWork& uow,
                                                    const app::CompanyCalendar& company,
                                                    std::int64_t user_id,
                                                    core::appraisal::Month month,
                                                    std::int64_t now_us) {
  ReportCompletion out;
  const app::EntitySpec* reports = app::FindEntity("daily-reports");
  if (reports == nullptr) return out;
  SD_ASSIGN(const auto days, schedules::ReadWorkingDays(uow, app::Caller::System(), user_id,
                                                        month.First(), month.Last()));
  SD_ASSIGN(auto rows, app::ReadAll(uow, *reports,
                                    {{"owner_id", app::FilterOp::kEq, {user_id}},
                                     {"report_date", app::FilterOp::kGe, {month.First().ToString()}},
                                     {"report_date", app::FilterOp::kLe, {month.Last().ToString()}},
                                     {"on_time", app::FilterOp::kEq, {true}}}));
  std::set<std::string> on_time;
  for (const app::Record& r : rows) on_time.insert(app::TextOf(r, "report_date"));
  constexpr std::int64_t kHourUs = 3'600'000'000;
  for (const auto& day : days.days) {
    if (day.half_days == 0) continue;
    const bool reported = on_time.count(day.date.ToString()) > 0;
    const std::int64_t deadline =
        company.EndOf(day.date) + core::activities::kReportGraceHours * kHourUs;
    if (!reported && now_us < deadline) continue;  // not late yet
    ++out.due;
    if (reported) ++out.on_time;
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
