#include "modules/activities/app/review_queue.h"

#include <algorithm>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/activities/core/activities/daily_report_rules.h"
#include "modules/activities/core/activities/missing_reports.h"
#include "modules/schedules/app/working_days_reader.h"

namespace salesdesk::app::activities {
namespace {

using core::Error;
using core::ErrorCode;
namespace ca = core::activities;

constexpr std::int64_t kHourUs = 3'600'000'000;

bool IsLeader(const Caller& caller) {
  return caller.role == Role::kManager || caller.role == Role::kSeniorManager ||
         caller.role == Role::kDirector;
}

// The reps the caller leads: active users with the rep role whose records they see.
core::Result<std::vector<std::int64_t>> TeamReps(UnitOfWork& uow, const Visibility& v) {
  SD_ASSIGN(auto users, ReadAll(uow, *FindEntity("users"),
                                {{"role", FilterOp::kEq, {std::string("rep")}},
                                 {"active", FilterOp::kEq, {true}}}));
  std::vector<std::int64_t> out;
  for (const Record& u : users) {
    const std::int64_t id = IntOf(u, "id").value_or(0);
    if (v.all || OwnerVisible(v, id)) out.push_back(id);
  }
  return out;
}

// One rep's missing days: their working days of the window against their reports.
core::Result<void> AddMissing(UnitOfWork& uow, const EntitySpec& reports, std::int64_t rep,
                              core::Date today, bool after_noon, ReviewQueue& queue) {
  SD_ASSIGN(const core::Date from, today.AddDays(-ca::kReviewQueueWindowDays));
  SD_ASSIGN(const core::Date to, today.AddDays(-1));
  // Whose reps these are was decided by the caller's visibility; the schedule is read as the
  // appraisal reads it.
  SD_ASSIGN(const auto days,
            modules::schedules::ReadWorkingDays(uow, Caller::System(), rep, from, to));
  std::vector<core::Date> working;
  for (const auto& d : days.days) {
    if (d.half_days > 0) working.push_back(d.date);
  }
  SD_ASSIGN(auto rows, ReadAll(uow, reports,
                               {{"owner_id", FilterOp::kEq, {rep}},
                                {"report_date", FilterOp::kGe, {from.ToString()}}}));
  std::set<core::Date> reported;
  std::map<core::Date, std::int64_t> drafts;
  for (const Record& r : rows) {
    auto day = core::ParseDate(TextOf(r, "report_date"));
    if (!day.ok()) continue;
    if (TextOf(r, "status") == "draft") {
      drafts[*day] = IntOf(r, "id").value_or(0);
    } else {
      reported.insert(*day);
    }
  }
  for (const auto& m : ca::MissingReports(working, reported, today, after_noon)) {
    MissingReportOfRep out{rep, m.date, m.overdue, std::nullopt};
    if (auto d = drafts.find(m.date); d != drafts.end()) out.draft_id = d->second;
    queue.missing.push_back(out);
  }
  return core::Ok();
}

}  // namespace

core::Result<ReviewQueue> ReadReviewQueue(Store& store, const core::Clock& clock,
                                          const Caller& caller) {
  if (!IsLeader(caller)) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("daily_report.queue_for_leaders"));
  }
  const EntitySpec* reports = FindEntity("daily-reports");
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(const Visibility visibility, VisibilityFor(*uow, caller, *reports));
  SD_ASSIGN(const CompanyCalendar company, LoadCompanyCalendar(*uow));
  const std::int64_t now = clock.Now().micros_since_epoch();
  const core::Date today = company.DateOf(now);
  const bool after_noon = now >= company.StartOf(today) + ca::kReportGraceHours * kHourUs;

  ReviewQueue queue;
  queue.date = today.ToString();
  ListQuery q;
  q.filters = {{"status", FilterOp::kEq, {std::string("submitted")}}};
  q.sort_field = "report_date";
  q.limit = kReviewQueueLimit;
  q.with_total = false;
  SD_ASSIGN(auto page, uow->List(*reports, q, visibility));
  for (Record& r : page.items) {
    if (IntOf(r, "owner_id").value_or(0) != caller.user_id) queue.reports.push_back(std::move(r));
  }
  SD_ASSIGN(const auto reps, TeamReps(*uow, visibility));
  for (const std::int64_t rep : reps) {
    if (rep == caller.user_id) continue;
    SD_TRY(AddMissing(*uow, *reports, rep, today, after_noon, queue));
  }
  return queue;
}

}  // namespace salesdesk::app::activities
