#include "modules/schedules/app/rota_generation.h"

#include <algorithm>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/schedules/core/working_days.h"

namespace salesdesk::modules::schedules {
namespace {

using app::FilterOp;
using app::Record;
using core::Error;
using core::ErrorCode;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

// The weekly pattern in force on each day of the month for one person (none: Monday to Friday).
core::Result<std::vector<PatternPeriod>> PatternsOf(app::UnitOfWork& uow, std::int64_t user) {
  SD_ASSIGN(auto rows,
            app::ReadAll(uow, Spec("work-profiles"), {{"owner_id", FilterOp::kEq, {user}}}));
  std::vector<PatternPeriod> out;
  for (const Record& p : rows) {
    SD_ASSIGN(WorkPattern pattern,
              ParseWorkPattern(app::TextOf(p, "weekdays"), app::TextOf(p, "half_weekdays")));
    out.push_back({core::ParseDate(app::TextOf(p, "valid_from")).value(), pattern,
                   app::TextOf(p, "country")});
  }
  return out;
}

// What keeps a person from a shift on a day of the month: the public holidays of their countries
// of work and their approved leave (a whole day of either is skipped; a half day keeps its shift).
core::Result<void> AddDaysAway(app::UnitOfWork& uow, std::int64_t user, core::Date first,
                               core::Date last, ScheduleInputs& in) {
  std::vector<app::FieldValue> countries;
  for (const PatternPeriod& p : in.patterns) countries.emplace_back(p.country);
  if (countries.empty()) {  // no profile: where the company is
    SD_ASSIGN(auto settings, uow.Get(app::SettingsSpec(), 1, app::Visibility::All()));
    countries.emplace_back(settings ? app::TextOf(*settings, "country") : std::string());
  }
  SD_ASSIGN(auto holidays, app::ReadAll(uow, Spec("public-holidays"),
                                        {{"country", FilterOp::kIn, countries},
                                         {"date", FilterOp::kGe, {first.ToString()}},
                                         {"date", FilterOp::kLe, {last.ToString()}}}));
  for (const Record& h : holidays) {
    in.holidays.push_back({core::ParseDate(app::TextOf(h, "date")).value(), app::TextOf(h, "name"),
                           app::BoolOf(h, "half_day"), app::TextOf(h, "country")});
  }
  SD_ASSIGN(auto leave, app::ReadAll(uow, Spec("leave-requests"),
                                     {{"owner_id", FilterOp::kEq, {user}},
                                      {"status", FilterOp::kEq, {std::string("approved")}},
                                      {"date_from", FilterOp::kLe, {last.ToString()}},
                                      {"date_to", FilterOp::kGe, {first.ToString()}}}));
  for (const Record& l : leave) {
    in.leave.push_back({core::ParseDate(app::TextOf(l, "date_from")).value(),
                        core::ParseDate(app::TextOf(l, "date_to")).value(),
                        app::BoolOf(l, "from_half"), app::BoolOf(l, "to_half"),
                        app::TextOf(l, "kind")});
  }
  return core::Ok();
}

}  // namespace

core::Result<app::CreateResult<RotaOutcome>> RotaGeneration::Generate(
    const app::Caller& caller, const RotaRequest& request, const app::IdempotencyRequest* key,
    const app::Renderer<RotaOutcome>& render) {
  const app::EntitySpec& rota = Spec("rota-entries");
  SD_TRY(app::CheckMayWrite(caller, rota));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto replay, app::FindReplay(*uow, caller, key));
  if (replay) return app::CreateResult<RotaOutcome>{std::nullopt, std::move(replay)};

  SD_ASSIGN(auto team, uow->Get(Spec("teams"), request.team_id, app::Visibility::All()));
  if (!team) {
    return Error::Invalid("team_id",
                          core::Msg("schedules.team", {{"id", std::to_string(request.team_id)}}));
  }
  // The team's active members, each within the caller's scope.
  SD_ASSIGN(auto members, app::ReadAll(*uow, Spec("users"),
                                       {{"team_id", FilterOp::kEq, {request.team_id}},
                                        {"active", FilterOp::kEq, {true}}}));
  std::sort(members.begin(), members.end(),
            [](const Record& a, const Record& b) { return app::RecordId(a) < app::RecordId(b); });
  if (members.empty()) {
    return Error::Invalid(
        "team_id", core::Msg("schedules.team_empty", {{"id", std::to_string(request.team_id)}}));
  }
  SD_ASSIGN(app::Visibility visibility, app::VisibilityFor(*uow, caller, rota));
  for (const Record& m : members) {
    if (!app::OwnerVisible(visibility, app::RecordId(m))) {
      Error e =
          Error::Make(ErrorCode::kForbidden,
                      core::Msg("schedules.team_outside", {{"name", app::TextOf(*team, "name")}}));
      e.field = "team_id";
      return e;
    }
  }

  // Shifts after the access checks: a caller outside the team learns nothing of them.
  std::set<std::int64_t> shift_ids;
  for (const auto& step : request.pattern) {
    if (step) shift_ids.insert(*step);
  }
  for (std::int64_t id : shift_ids) {
    SD_ASSIGN(bool exists, uow->Exists(Spec("shifts"), id));
    if (!exists) {
      return Error::Invalid("pattern",
                            core::Msg("schedules.pattern_shift", {{"id", std::to_string(id)}}));
    }
  }
  SD_ASSIGN(core::Date first, core::Date::FromCivil(request.year, request.month, 1));
  SD_ASSIGN(core::Date last, core::Date::FromCivil(request.year, request.month,
                                                   core::DaysInMonth(request.year, request.month)));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  RotaOutcome out;
  const auto steps = static_cast<std::int64_t>(request.pattern.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    const std::int64_t person = app::RecordId(members[i]);
    SD_ASSIGN(auto periods, PatternsOf(*uow, person));
    ScheduleInputs in;
    in.patterns = std::move(periods);
    SD_TRY(AddDaysAway(*uow, person, first, last, in));
    SD_ASSIGN(WorkingDays schedule, ComputeWorkingDays(in, first, last));
    SD_ASSIGN(auto existing, app::ReadAll(*uow, rota,
                                          {{"owner_id", FilterOp::kEq, {person}},
                                           {"date", FilterOp::kGe, {first.ToString()}},
                                           {"date", FilterOp::kLe, {last.ToString()}}}));
    std::set<std::string> taken;
    for (const Record& r : existing) taken.insert(app::TextOf(r, "date"));
    std::int64_t k = 0;
    for (const WorkingDay& day : schedule.days) {
      if (day.half_days == 0) continue;  // off by the weekly pattern, a holiday or leave
      const auto& step =
          request.pattern[static_cast<std::size_t>((k++ + static_cast<std::int64_t>(i)) % steps)];
      const std::string date = day.date.ToString();
      if (taken.count(date)) {
        ++out.kept;
        continue;
      }
      Record fields{{"owner_id", person}, {"date", date}, {"day_off", !step.has_value()}};
      if (step) fields["shift_id"] = *step;
      SD_ASSIGN(Record stored, uow->Insert(rota, fields, now));
      SD_TRY(app::AuditChange(*uow, caller, now, rota, "create", nullptr, &stored));
      out.entries.push_back(std::move(stored));
      ++out.created;
    }
  }
  if (render) SD_TRY(app::SaveReplay(*uow, caller, key, render(out), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<RotaOutcome>{std::move(out), std::nullopt};
}

}  // namespace salesdesk::modules::schedules
