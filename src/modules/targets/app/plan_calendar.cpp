#include "modules/targets/app/plan_calendar.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/schedules/app/working_days_reader.h"
#include "modules/targets/app/plan_fields.h"

namespace salesdesk::modules::targets {
namespace {

namespace sch = schedules;

core::Result<sch::WorkingDays> CompanyCalendar(app::UnitOfWork& uow, core::Date from,
                                               core::Date to) {
  SD_ASSIGN(auto settings, uow.Get(app::SettingsSpec(), 1, app::Visibility::All()));
  const std::string country = settings ? app::TextOf(*settings, "country") : std::string();
  sch::ScheduleInputs in;
  SD_ASSIGN(auto holidays, app::ReadAll(uow, Spec("public-holidays"),
                                        {{"country", app::FilterOp::kEq, {country}},
                                         {"date", app::FilterOp::kGe, {from.ToString()}},
                                         {"date", app::FilterOp::kLe, {to.ToString()}}}));
  for (const app::Record& h : holidays) {
    in.holidays.push_back({*core::ParseDate(app::TextOf(h, "date")), app::TextOf(h, "name"),
                           app::BoolOf(h, "half_day"), country});
  }
  return sch::ComputeWorkingDays(in, from, to);
}

}  // namespace

core::Result<std::vector<DayWeight>> PlanDayWeights(app::UnitOfWork& uow, const app::Caller& caller,
                                                    const app::Record& plan, int year) {
  const core::Date from = *core::Date::FromCivil(year, 1, 1);
  const core::Date to = *core::Date::FromCivil(year, 12, 31);
  sch::WorkingDays days;
  if (app::TextOf(plan, "subject_kind") == "rep") {
    auto read =
        sch::ReadWorkingDays(uow, caller, app::IntOf(plan, "owner_id").value_or(0), from, to);
    if (!read.ok()) {
      core::Error e = std::move(read).error();
      e.field = "owner_id";
      return e;
    }
    days = std::move(*read);
  } else {
    SD_ASSIGN(days, CompanyCalendar(uow, from, to));
  }
  std::vector<DayWeight> out;
  out.reserve(days.days.size());
  for (const auto& d : days.days) out.push_back({d.date, d.half_days});
  return out;
}

}  // namespace salesdesk::modules::targets
