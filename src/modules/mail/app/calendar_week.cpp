#include "modules/mail/app/calendar_week.h"

#include <algorithm>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/outbox.h"

namespace salesdesk::modules::mail {
namespace {

using app::FilterOp;
using app::Record;
using core::Error;

// Everything of `e` the caller sees among `filters` (a week of a team: a few hundred rows).
core::Result<std::vector<Record>> Visible(app::UnitOfWork& uow, const app::Visibility& v,
                                          const app::EntitySpec& e,
                                          std::vector<app::Filter> filters,
                                          std::string sort_field) {
  app::ListQuery q;
  q.filters = std::move(filters);
  q.sort_field = std::move(sort_field);
  q.limit = 5000;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(e, q, v));
  return std::move(page.items);
}

}  // namespace

core::Result<Week> ReadWeek(app::Store& store, const app::Caller& caller, const WeekRequest& r,
                            std::int64_t now_us) {
  const app::EntitySpec& activities = MailSpec("activities");
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(app::Visibility visibility, app::VisibilityFor(*uow, caller, activities));
  SD_ASSIGN(app::Visibility task_visibility, app::VisibilityFor(*uow, caller, MailSpec("tasks")));
  std::vector<Record> people;
  if (r.team_id) {
    SD_ASSIGN(auto team, uow->Get(MailSpec("teams"), *r.team_id, app::Visibility::All()));
    if (!team) {
      return Error::Invalid("team_id",
                            core::Msg("calendar.no_team", {{"id", std::to_string(*r.team_id)}}));
    }
    SD_ASSIGN(people, app::ReadAll(*uow, MailSpec("users"),
                                   {{"team_id", FilterOp::kEq, {*r.team_id}},
                                    {"active", FilterOp::kEq, {true}}}));
  } else {
    const std::int64_t id = r.user_id.value_or(caller.user_id);
    SD_ASSIGN(auto user, uow->Get(MailSpec("users"), id, app::Visibility::All()));
    if (!user) {
      return Error::Invalid("user_id", core::Msg("calendar.no_user", {{"id", std::to_string(id)}}));
    }
    people.push_back(std::move(*user));
  }
  std::sort(people.begin(), people.end(),
            [](const Record& a, const Record& b) { return app::RecordId(a) < app::RecordId(b); });
  for (const Record& p : people) {
    if (!app::OwnerVisible(visibility, app::RecordId(p))) {
      Error e = Error::Make(
          core::ErrorCode::kForbidden,
          core::Msg("calendar.person_outside_scope", {{"name", app::TextOf(p, "name")}}));
      e.field = r.team_id ? "team_id" : "user_id";
      return e;
    }
  }
  Week week;
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(*uow));
  const core::Date date = r.date.value_or(company.DateOf(now_us));
  const auto back = static_cast<std::int64_t>(date.weekday()) - 1;  // days since Monday
  SD_ASSIGN(week.from, date.AddDays(-back));
  SD_ASSIGN(week.to, week.from.AddDays(6));
  const std::int64_t from_us = company.StartOf(week.from);
  const std::int64_t to_us = company.EndOf(week.to);
  std::vector<app::FieldValue> ids;
  for (const Record& p : people) {
    ids.emplace_back(app::RecordId(p));
    week.people.push_back({app::RecordId(p), app::TextOf(p, "name"), {}, {}});
  }
  if (ids.empty()) return week;
  SD_ASSIGN(auto acts,
            Visible(*uow, visibility, activities,
                    {{"owner_id", FilterOp::kIn, ids},
                     {"kind",
                      FilterOp::kIn,
                      {std::string("visit"), std::string("meeting"), std::string("call")}},
                     {"planned_at", FilterOp::kGe, {from_us}},
                     {"planned_at", FilterOp::kLt, {to_us}}},
                    "planned_at"));
  SD_ASSIGN(auto tasks, Visible(*uow, task_visibility, MailSpec("tasks"),
                                {{"owner_id", FilterOp::kIn, ids},
                                 {"done", FilterOp::kEq, {false}},
                                 {"due_on", FilterOp::kGe, {week.from.ToString()}},
                                 {"due_on", FilterOp::kLe, {week.to.ToString()}}},
                                "due_on"));
  for (WeekPerson& person : week.people) {
    for (const Record& a : acts) {
      if (app::IntOf(a, "owner_id") == person.user_id) person.activities.push_back(a);
    }
    for (const Record& t : tasks) {
      if (app::IntOf(t, "owner_id") == person.user_id) person.tasks.push_back(t);
    }
  }
  return week;
}

}  // namespace salesdesk::modules::mail
