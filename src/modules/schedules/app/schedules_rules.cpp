// The schedules module's record rules (EntityHooks): valid weekday patterns and clock times, one
// rota entry and one attendance per person and day, and the life of a leave request — asked by
// the person, decided by their leader (never by themself), never overlapping the person's other
// open or approved leave. Decisions and corrections are ordinary audited updates.
#include <algorithm>
#include <array>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/time/timestamp.h"
#include "modules/schedules/app/schedules_module.h"
#include "modules/schedules/core/clock_time.h"
#include "modules/schedules/core/working_days.h"

namespace salesdesk::modules::schedules {
namespace {

using app::EffectiveOf;
using app::Record;
using app::Role;
using core::Error;
using core::ErrorCode;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

std::string Text(const Record& current, const Record& fields, std::string_view name) {
  return app::TextIn(EffectiveOf(current, fields, name));
}
bool Flag(const Record& current, const Record& fields, std::string_view name) {
  const app::FieldValue* v = EffectiveOf(current, fields, name);
  return v != nullptr && std::holds_alternative<bool>(*v) && std::get<bool>(*v);
}
std::optional<std::int64_t> Int(const Record& current, const Record& fields,
                                std::string_view name) {
  const app::FieldValue* v = EffectiveOf(current, fields, name);
  if (v == nullptr || !std::holds_alternative<std::int64_t>(*v)) return std::nullopt;
  return std::get<std::int64_t>(*v);
}
bool Changes(const Record& fields, std::initializer_list<std::string_view> names) {
  return std::any_of(names.begin(), names.end(), [&](auto n) { return fields.count(n) > 0; });
}

void CheckClock(const Record& current, const Record& fields, std::string_view name,
                core::FieldIssues& issues) {
  if (!fields.count(name)) return;
  const std::string value = Text(current, fields, name);
  if (!value.empty() && !ParseClockTime(value)) {
    issues.Add(std::string(name), core::Msg("schedules.clock_time"));
  }
}

// Another record of the person on the same date (rota entries, attendance).
core::Result<bool> TakenDay(app::UnitOfWork& uow, const app::EntitySpec& e, std::int64_t owner,
                            const std::string& date, std::int64_t self) {
  SD_ASSIGN(auto same, app::ReadAll(uow, e,
                                    {{"owner_id", app::FilterOp::kEq, {owner}},
                                     {"date", app::FilterOp::kEq, {date}}}));
  return std::any_of(same.begin(), same.end(),
                     [&](const Record& r) { return app::RecordId(r) != self; });
}

bool IsLeader(Role role) {
  return role == Role::kManager || role == Role::kSeniorManager || role == Role::kDirector;
}

core::Result<void> CheckLeaveStatus(app::WriteContext& ctx, const Record& current, Record& fields,
                                    std::int64_t owner) {
  const std::string before = app::TextOf(current, "status");
  const std::string after = Text(current, fields, "status");
  const bool is_new = current.empty();
  if (!is_new && before == after) return core::Ok();
  if (is_new && after == "requested") return core::Ok();
  const app::Caller& caller = ctx.caller;
  const bool system = caller.is_system();
  const bool own = caller.user_id == owner;
  if (after == "approved" || after == "rejected") {
    const bool may_decide =
        before.empty() || before == "requested" || (before == "approved" && after == "rejected");
    if (!may_decide) {
      return Error::Invalid("status",
                            core::Msg("leave.status_change", {{"from", before}, {"to", after}}));
    }
    if (!system && (own || !IsLeader(caller.role))) {
      Error e = Error::Make(ErrorCode::kForbidden, core::Msg("leave.decide_by_leader"));
      e.field = "status";
      return e;
    }
    if (!system) fields["decided_by_id"] = caller.user_id;
    SD_ASSIGN(const core::Date today, app::CompanyToday(ctx.uow, ctx.now));
    fields["decided_on"] = today.ToString();
    return core::Ok();
  }
  if (after == "cancelled" && !is_new && (before == "requested" || before == "approved")) {
    return core::Ok();  // the person, or their leader (the record is within their scope)
  }
  return Error::Invalid("status", core::Msg("leave.status_change",
                                            {{"from", is_new ? "new" : before}, {"to", after}}));
}

// Two leaves of a person overlap unless one ends the morning the other starts the afternoon.
core::Result<void> CheckLeaveOverlap(app::UnitOfWork& uow, const Record& current,
                                     const Record& fields, std::int64_t owner) {
  const std::string from = Text(current, fields, "date_from");
  const std::string to = Text(current, fields, "date_to");
  SD_ASSIGN(
      auto others,
      app::ReadAll(
          uow, Spec("leave-requests"),
          {{"owner_id", app::FilterOp::kEq, {owner}},
           {"status", app::FilterOp::kIn, {std::string("requested"), std::string("approved")}},
           {"date_from", app::FilterOp::kLe, {to}},
           {"date_to", app::FilterOp::kGe, {from}}}));
  const std::int64_t self = current.empty() ? 0 : app::RecordId(current);
  for (const Record& o : others) {
    if (app::RecordId(o) == self) continue;
    const std::string o_from = app::TextOf(o, "date_from"), o_to = app::TextOf(o, "date_to");
    const bool halves_meet =
        (o_to == from && app::BoolOf(o, "to_half") && Flag(current, fields, "from_half")) ||
        (o_from == to && app::BoolOf(o, "from_half") && Flag(current, fields, "to_half"));
    if (halves_meet && o_from != o_to && from != to) continue;
    return Error::Invalid(
        "date_from",
        core::Msg("leave.overlaps",
                  {{"status", app::TextOf(o, "status")}, {"from", o_from}, {"to", o_to}}));
  }
  return core::Ok();
}

}  // namespace

void ValidateWorkProfile(const app::Caller&, const Record& current, Record& fields,
                         core::FieldIssues& issues) {
  if (!Changes(fields, {"weekdays", "half_weekdays"})) return;
  auto pattern =
      ParseWorkPattern(Text(current, fields, "weekdays"), Text(current, fields, "half_weekdays"));
  if (!pattern.ok()) issues.Add(pattern.error().field, pattern.error());
}

void ValidateShift(const app::Caller&, const Record& current, Record& fields,
                   core::FieldIssues& issues) {
  CheckClock(current, fields, "start_time", issues);
  CheckClock(current, fields, "end_time", issues);
}

core::Result<void> PrepareRotaEntry(app::WriteContext& ctx, const Record& current, Record& fields) {
  const bool shift = Int(current, fields, "shift_id").has_value();
  if (shift == Flag(current, fields, "day_off")) {
    return Error::Invalid(fields.count("day_off") ? "day_off" : "shift_id",
                          core::Msg("schedules.rota_shift_or_off"));
  }
  if (current.empty() || Changes(fields, {"owner_id", "date"})) {
    const std::string date = Text(current, fields, "date");
    SD_ASSIGN(bool taken, TakenDay(ctx.uow, Spec("rota-entries"), *Int(current, fields, "owner_id"),
                                   date, current.empty() ? 0 : app::RecordId(current)));
    if (taken)
      return Error::Invalid("date", core::Msg("schedules.rota_duplicate", {{"date", date}}));
  }
  return core::Ok();
}

core::Result<void> PrepareLeave(app::WriteContext& ctx, const Record& current, Record& fields) {
  if (!current.empty() && fields.count("owner_id") &&
      Int(current, fields, "owner_id") != app::IntOf(current, "owner_id")) {
    return Error::Invalid("owner_id", core::Msg("leave.owner_fixed"));
  }
  const std::int64_t owner = *Int(current, fields, "owner_id");
  const std::string from = Text(current, fields, "date_from");
  const std::string to = Text(current, fields, "date_to");
  if (to < from) return Error::Invalid("date_to", core::Msg("leave.ends_before_start"));
  if (from == to && Flag(current, fields, "from_half") && Flag(current, fields, "to_half")) {
    return Error::Invalid("to_half", core::Msg("leave.half_same_day"));
  }
  const bool terms = Changes(fields, {"date_from", "date_to", "from_half", "to_half", "kind"});
  if (!current.empty() && terms && app::TextOf(current, "status") != "requested") {
    Error e = Error::Make(ErrorCode::kConflict,
                          core::Msg("leave.decided", {{"status", app::TextOf(current, "status")}}));
    e.field = "status";
    return e;
  }
  SD_TRY(CheckLeaveStatus(ctx, current, fields, owner));
  const std::string status = Text(current, fields, "status");
  if ((current.empty() || terms) && (status == "requested" || status == "approved")) {
    SD_TRY(CheckLeaveOverlap(ctx.uow, current, fields, owner));
  }
  return core::Ok();
}

core::Result<void> PrepareAttendance(app::WriteContext& ctx, const Record& current,
                                     Record& fields) {
  for (const char* name : {"check_in", "check_out"}) {
    const std::string value = Text(current, fields, name);
    if (fields.count(name) && !value.empty() && !ParseClockTime(value)) {
      return Error::Invalid(name, core::Msg("schedules.clock_time"));
    }
  }
  const std::string out = Text(current, fields, "check_out");
  if (!out.empty() && out < Text(current, fields, "check_in")) {
    return Error::Invalid("check_out", core::Msg("schedules.check_out_before_in"));
  }
  const std::int64_t owner = *Int(current, fields, "owner_id");
  if (current.empty() || Changes(fields, {"owner_id", "date"})) {
    const std::string date = Text(current, fields, "date");
    SD_ASSIGN(bool taken, TakenDay(ctx.uow, Spec("attendance"), owner, date,
                                   current.empty() ? 0 : app::RecordId(current)));
    if (taken) {
      return Error::Invalid("date", core::Msg("schedules.attendance_duplicate", {{"date", date}}));
    }
  }
  // A correction: someone else than the person changes the times (the audit keeps both).
  if (!current.empty() && !ctx.caller.is_system() && ctx.caller.user_id != owner &&
      Changes(fields, {"check_in", "check_out", "date", "place"})) {
    fields["corrected"] = true;
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::schedules
