#include "modules/schedules/app/holiday_seeding.h"

#include <set>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/schedules/core/holiday_calendar.h"

namespace salesdesk::modules::schedules {

using app::FilterOp;
using app::Record;

core::Result<app::CreateResult<HolidaySeedOutcome>> HolidaySeeding::Seed(
    const app::Caller& caller, const std::string& country, int year,
    const app::IdempotencyRequest* key, const app::Renderer<HolidaySeedOutcome>& render) {
  const app::EntitySpec& holidays = *app::FindEntity("public-holidays");
  SD_TRY(app::CheckMayWrite(caller, holidays));
  SD_ASSIGN(auto days, GenerateHolidays(country, year));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto replay, app::FindReplay(*uow, caller, key));
  if (replay) return app::CreateResult<HolidaySeedOutcome>{std::nullopt, std::move(replay)};
  const std::string y = std::to_string(year);
  SD_ASSIGN(auto existing, app::ReadAll(*uow, holidays,
                                        {{"country", FilterOp::kEq, {country}},
                                         {"date", FilterOp::kGe, {y + "-01-01"}},
                                         {"date", FilterOp::kLe, {y + "-12-31"}}}));
  std::set<std::string> taken;
  for (const Record& h : existing) taken.insert(app::TextOf(h, "date"));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  HolidaySeedOutcome out;
  for (const PublicHoliday& day : days) {
    if (taken.count(day.date.ToString())) {
      ++out.kept;
      continue;
    }
    SD_ASSIGN(Record stored, uow->Insert(holidays,
                                         Record{{"country", country},
                                                {"date", day.date.ToString()},
                                                {"name", day.name},
                                                {"half_day", day.half_day}},
                                         now));
    SD_TRY(app::AuditChange(*uow, caller, now, holidays, "create", nullptr, &stored));
    out.entries.push_back(std::move(stored));
    ++out.created;
  }
  if (render) SD_TRY(app::SaveReplay(*uow, caller, key, render(out), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<HolidaySeedOutcome>{std::move(out), std::nullopt};
}

}  // namespace salesdesk::modules::schedules
