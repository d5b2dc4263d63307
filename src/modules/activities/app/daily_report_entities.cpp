// The daily sales report (issue 11, "the day of the team"): each rep's report of a working day,
// pre-filled from their activity log and documents, completed with a note and submitted; the
// leader reads it and comments. Submitted on time, it counts for the appraisal's row 10
// (RULES B-R2). docs/activities.md, decision 0047.
#include <variant>

#include "app/access/access_policy.h"
#include "app/records/catalog_fields.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/activities/app/activities_module.h"
#include "modules/activities/app/daily_report_figures.h"
#include "modules/activities/core/activities/daily_report_rules.h"

namespace salesdesk::modules::activities {
namespace {

using namespace app::catalog;
using app::FieldSpec;
using app::FieldValue;
using app::Record;
namespace ca = core::activities;

constexpr std::int64_t kHourUs = 3'600'000'000;

bool Changes(const Record& current, const Record& fields, std::string_view name) {
  auto it = fields.find(name);
  if (it == fields.end()) return false;
  auto was = current.find(name);
  const bool had = was != current.end() && !app::IsNull(was->second);
  if (!had) return !app::IsNull(it->second);
  return it->second != was->second;
}

std::string StatusAfter(const Record& current, const Record& fields) {
  std::string s = app::TextIn(app::EffectiveOf(current, fields, "status"));
  return s.empty() ? "draft" : s;
}

void Validate(const app::Caller& caller, const Record& current, Record& fields,
              core::FieldIssues& issues) {
  const bool creating = current.empty();
  const std::int64_t owner =
      app::IntOf(creating ? fields : current, "owner_id").value_or(caller.user_id);
  // A report is its rep's own words: nobody writes one for someone else (the system seeds them).
  if (creating && owner != caller.user_id && !caller.is_system()) {
    issues.Add("owner_id", core::Msg("daily_report.own_only"));
    return;
  }
  ca::CheckReportChange({.creating = creating,
                         .by_owner = owner == caller.user_id || caller.is_system(),
                         .old_status = creating ? "" : app::TextOf(current, "status"),
                         .new_status = StatusAfter(current, fields),
                         .note_changed = Changes(current, fields, "note"),
                         .comment_changed = Changes(current, fields, "review_comment"),
                         .date_changed = !creating && Changes(current, fields, "report_date")},
                        issues);
}

// Figures on create and again on submission (what the rep reports is the log as submitted);
// the submission's and the review's who and when.
core::Result<void> Prepare(app::WriteContext& ctx, const Record& current, Record& fields) {
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(ctx.uow));
  const Record after = app::Merged(current, fields);
  SD_ASSIGN(const core::Date day, core::ParseDate(app::TextOf(after, "report_date")));
  if (current.empty() && !ca::ReportDateAllowed(day, company.DateOf(ctx.now))) {
    return core::Error::Invalid("report_date",
                                core::Msg("daily_report.future_date", {{"date", day.ToString()}}));
  }
  const std::string was = current.empty() ? "" : app::TextOf(current, "status");
  const std::string now_status = StatusAfter(current, fields);
  const bool submitting = now_status == "submitted" && was != "submitted";
  if (current.empty() || submitting) {
    const std::int64_t owner = app::IntOf(after, "owner_id").value_or(ctx.caller.user_id);
    SD_ASSIGN(const DayFigures figures, ReadDayFigures(ctx.uow, company, owner, day));
    PutFigures(figures, company.base_currency, fields);
  }
  if (submitting) {
    fields["submitted_at"] = ctx.now;
    fields["on_time"] = ctx.now < company.EndOf(day) + ca::kReportGraceHours * kHourUs;
  }
  if (now_status == "reviewed" && was != "reviewed") {
    fields["reviewed_by"] = ctx.caller.user_id;
    fields["reviewed_at"] = ctx.now;
  }
  return core::Ok();
}

FieldSpec Count(std::string_view name, std::string_view description) {
  return ReadOnly(Of(Int(name, 0, INT64_MAX), description));
}

std::vector<FieldSpec> DailyReportFields() {
  FieldSpec on_time = ReadOnly(Bool("on_time", false));
  on_time.description = "Submitted before noon of the next day (the organisation's time zone)";
  return {
      Of(NeverNull(DateField("report_date", true)), "The working day reported (YYYY-MM-DD)"),
      Of(NeverNull(Enum("status", {"draft", "submitted", "reviewed"}, false, std::string("draft"))),
         "draft → submitted by the rep → reviewed by the leader"),
      Of(Text("note", false, 4000), "The rep's summary of the day: what happened, what is next"),
      Count("calls", "Done calls that day (from the activity log)"),
      Count("connected_calls", "Done calls that reached the person"),
      Count("visits", "Done visits"),
      Count("meetings", "Done meetings"),
      Count("new_leads", "Leads created"),
      Count("quotes", "Quotes created"),
      Count("orders", "Orders confirmed for that day"),
      ReadOnly(Of(MoneyField("orders_amount"),
                  "Those orders' untaxed total in the base currency (others counted apart)")),
      Count("orders_other_currency", "Orders in another currency, not in orders_amount"),
      ReadOnly(Of(Timestamp("submitted_at"), "When the rep submitted it")),
      on_time,
      Of(Text("review_comment", false, 2000), "The leader's comment"),
      ReadOnly(Of(Ref("reviewed_by", "users"), "Who reviewed it")),
      ReadOnly(Of(Timestamp("reviewed_at"), "When it was reviewed")),
      Of(Ref("owner_id", "users"), "The rep; always the caller on create"),
  };
}

std::vector<app::RolePolicy> DailyReportPolicy() {
  using app::ReadAccess;
  return {{R::kRep, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kDirector, ReadAccess::kAll, true}};
}

}  // namespace

void AddDailyReportEntities(std::vector<app::EntitySpec>& c) {
  c.push_back({.plural = "daily-reports",
               .singular = "daily_report",
               .title = "Daily sales report",
               .fields = DailyReportFields(),
               .ownership = app::Ownership::kOwned,
               .search_fields = {"note", "review_comment"},
               .unique_fields = {"report_date"},
               .policies = DailyReportPolicy(),
               .deletable = false,
               .hooks = {.validate = Validate, .prepare = Prepare}});
}

}  // namespace salesdesk::modules::activities
