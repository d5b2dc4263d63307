#include "modules/targets/app/plan_service.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/targets/app/actuals.h"
#include "modules/targets/app/plan_calendar.h"
#include "modules/targets/app/plan_fields.h"
#include "modules/targets/app/plan_periods.h"

namespace salesdesk::modules::targets {
namespace {

using app::Record;
using core::Error;
using core::ErrorCode;

core::Result<Record> LoadForChange(app::UnitOfWork& uow, const app::Caller& caller, std::int64_t id,
                                   std::optional<std::int64_t> expected_version,
                                   const char* needed_status) {
  const app::EntitySpec& e = Spec("target-plans");
  SD_TRY(app::CheckMayWrite(caller, e));
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, e));
  SD_ASSIGN(auto plan, uow.Get(e, id, visibility));
  if (!plan) {  // invisible and absent look the same
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found", {{"entity", std::string("target_plan")},
                                                      {"id", std::to_string(id)}}));
  }
  if (expected_version && app::RecordVersion(*plan) != *expected_version) {
    return Error::Make(
        ErrorCode::kPreconditionFailed,
        core::Msg("record.stale", {{"entity", std::string("target plan")},
                                   {"version", std::to_string(app::RecordVersion(*plan))}}));
  }
  if (app::TextOf(*plan, "status") != needed_status) {
    Error e =
        Error::Make(ErrorCode::kConflict,
                    core::Msg("targets.plan_status", {{"status", app::TextOf(*plan, "status")},
                                                      {"needed", std::string(needed_status)}}));
    e.field = "status";
    return e;
  }
  return std::move(*plan);
}

// The twelve month weights of the plan's profile (A-R2).
core::Result<Months> ProfileWeights(app::UnitOfWork& uow, const Record& plan, int year) {
  const std::string kind = app::TextOf(plan, "profile_kind");
  if (kind == "weights") return ParseWeights(app::TextOf(plan, "weights"));
  if (kind != "last_year") return EqualWeights();
  if (app::TextOf(plan, "subject_kind") != "rep") {
    return Error::Invalid("profile_kind", core::Msg("targets.last_year_rep_only"));
  }
  const core::Date from = *core::Date::FromCivil(year - 1, 1, 1);
  const core::Date to = *core::Date::FromCivil(year - 1, 12, 31);
  SD_ASSIGN(Actuals actuals,
            ReadActuals(uow, app::TextOf(plan, "measure"), app::TextOf(plan, "currency"),
                        app::IntOf(plan, "owner_id").value_or(0), from, to));
  if (!actuals.available) {
    return Error::Invalid("profile_kind", core::Msg("targets.no_actuals",
                                                    {{"measure", app::TextOf(plan, "measure")}}));
  }
  Months by_month{};
  for (const auto& [day, amount] : actuals.by_day) by_month[day.Civil().month - 1] += amount;
  return LastYearWeights(by_month);
}

// Earlier active plans of the same subject, measure and year become superseded.
core::Result<void> SupersedeOthers(app::UnitOfWork& uow, const app::Caller& caller,
                                   const Record& plan, std::int64_t at) {
  const app::EntitySpec& e = Spec("target-plans");
  std::vector<app::Filter> same{
      {"subject_kind", app::FilterOp::kEq, {app::TextOf(plan, "subject_kind")}},
      {"subject_id", app::FilterOp::kEq, {app::IntOf(plan, "subject_id").value_or(0)}},
      {"measure", app::FilterOp::kEq, {app::TextOf(plan, "measure")}},
      {"fiscal_year", app::FilterOp::kEq, {app::IntOf(plan, "fiscal_year").value_or(0)}},
      {"status", app::FilterOp::kEq, {std::string("active")}}};
  SD_ASSIGN(auto active, app::ReadAll(uow, e, std::move(same)));
  for (const Record& old : active) {
    if (app::RecordId(old) == app::RecordId(plan)) continue;
    SD_ASSIGN(Record done,
              uow.Update(e, app::RecordId(old), {{"status", std::string("superseded")}},
                         app::RecordVersion(old), at));
    SD_TRY(app::AuditChange(uow, caller, at, e, "update", &old, &done));
  }
  return core::Ok();
}

}  // namespace

core::Result<Record> PlanService::Activate(const app::Caller& caller, std::int64_t plan_id,
                                           std::optional<std::int64_t> expected_version) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record plan, LoadForChange(*uow, caller, plan_id, expected_version, "draft"));
  const int year = static_cast<int>(app::IntOf(plan, "fiscal_year").value_or(0));
  SD_ASSIGN(Months weights, ProfileWeights(*uow, plan, year));
  SD_ASSIGN(
      Months months,
      YearToMonths(app::IntOf(plan, "annual_total").value_or(0), weights,
                   app::TextOf(plan, "profile_kind") == "weights" ? "weights" : "profile_kind"));
  SD_ASSIGN(auto days, PlanDayWeights(*uow, caller, plan, year));
  SD_ASSIGN(Decomposition parts, Decompose(year, months, days));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_TRY(uow->InsertMany(Spec("target-periods"), PeriodRows(plan_id, parts), at));
  SD_TRY(SupersedeOthers(*uow, caller, plan, at));
  Record changes{
      {"status", std::string("active")}, {"weights", WeightsJson(weights)}, {"activated_at", at}};
  SD_ASSIGN(Record active,
            uow->Update(Spec("target-plans"), plan_id, changes, app::RecordVersion(plan), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("target-plans"), "update", &plan, &active));
  SD_TRY(uow->Commit());
  return active;
}

core::Result<app::CreateResult<Record>> PlanService::Replan(
    const app::Caller& caller, std::int64_t plan_id, std::optional<std::int64_t> expected_version,
    const ReplanRequest& in, const app::IdempotencyRequest* idempotency,
    const app::Renderer<Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("target-plans")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(Record plan, LoadForChange(*uow, caller, plan_id, expected_version, "active"));
  if (app::TextOf(plan, "subject_kind") != "rep") {
    return Error::Invalid("subject_kind", core::Msg("targets.replan_rep_only"));
  }
  const int year = static_cast<int>(app::IntOf(plan, "fiscal_year").value_or(0));
  SD_ASSIGN(int closed, ParseMonthOf(in.closed_through, year, "closed_through"));
  if (const std::string before = app::TextOf(plan, "closed_through");
      !before.empty() && in.closed_through < before) {
    return Error::Invalid("closed_through",
                          core::Msg("targets.month_already_closed", {{"month", before}}));
  }
  SD_ASSIGN(Months original, ReadMonthTargets(*uow, plan_id));
  const std::int64_t owner = app::IntOf(plan, "owner_id").value_or(0);
  const core::Date jan1 = *core::Date::FromCivil(year, 1, 1);
  const core::Date close = *core::Date::FromCivil(year, closed, core::DaysInMonth(year, closed));
  SD_ASSIGN(Actuals actuals, ReadActuals(*uow, app::TextOf(plan, "measure"),
                                         app::TextOf(plan, "currency"), owner, jan1, close));
  if (!actuals.available) {
    return Error::Invalid(
        "measure", core::Msg("targets.no_actuals", {{"measure", app::TextOf(plan, "measure")}}));
  }
  SD_ASSIGN(Months months, targets::Replan({.annual = app::IntOf(plan, "annual_total").value_or(0),
                                            .original = original,
                                            .closed_through = closed,
                                            .actual = actuals.Sum(jan1, close),
                                            .policy = in.policy,
                                            .allow_decrease = in.allow_decrease}));
  SD_ASSIGN(auto days, PlanDayWeights(*uow, caller, plan, year));
  SD_ASSIGN(Decomposition later, Decompose(year, months, days, closed + 1));
  const std::int64_t at = clock_.Now().micros_since_epoch();
  Record next;
  for (const char* k : {"subject_kind", "subject_id", "measure", "currency", "fiscal_year",
                        "annual_total", "profile_kind", "weights", "owner_id"}) {
    if (auto it = plan.find(k); it != plan.end()) next[k] = it->second;
  }
  next["revision"] = app::IntOf(plan, "revision").value_or(1) + 1;
  next["status"] = std::string("active");
  next["previous_plan_id"] = plan_id;
  next["closed_through"] = in.closed_through;
  next["replan_policy"] = std::string(PolicyName(in.policy));
  next["activated_at"] = at;
  SD_ASSIGN(Record inserted, uow->Insert(Spec("target-plans"), next, at));
  const std::int64_t new_id = app::RecordId(inserted);
  SD_ASSIGN(auto kept, ClosedMonthRows(*uow, plan_id, closed, new_id));
  auto rows = PeriodRows(new_id, later);
  rows.insert(rows.begin(), kept.begin(), kept.end());
  SD_TRY(uow->InsertMany(Spec("target-periods"), rows, at));
  SD_ASSIGN(Record old,
            uow->Update(Spec("target-plans"), plan_id, {{"status", std::string("superseded")}},
                        app::RecordVersion(plan), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("target-plans"), "update", &plan, &old));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("target-plans"), "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(inserted), std::nullopt};
}

}  // namespace salesdesk::modules::targets
