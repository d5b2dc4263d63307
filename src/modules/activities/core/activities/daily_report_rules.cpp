#include "modules/activities/core/activities/daily_report_rules.h"

#include "core/message.h"

namespace salesdesk::core::activities {
namespace {

int Rank(const std::string& status) {
  if (status == "draft") return 0;
  if (status == "submitted") return 1;
  return 2;  // reviewed
}

}  // namespace

void CheckReportChange(const ReportChange& c, FieldIssues& issues) {
  if (c.creating) {
    if (c.new_status == "reviewed") {
      issues.Add("status", Msg("daily_report.create_status"));
    }
    if (c.comment_changed) issues.Add("review_comment", Msg("daily_report.comment_by_leader"));
    return;
  }
  if (c.date_changed) issues.Add("report_date", Msg("daily_report.date_fixed"));
  if (Rank(c.new_status) < Rank(c.old_status)) {
    issues.Add("status", Msg("daily_report.no_way_back",
                             {{"from", c.old_status}, {"to", c.new_status}}));
    return;
  }
  if (c.by_owner) {
    if (c.new_status == "reviewed" && c.old_status != "reviewed") {
      issues.Add("status", Msg("daily_report.review_own"));
    }
    if (c.comment_changed) issues.Add("review_comment", Msg("daily_report.comment_by_leader"));
    if (c.note_changed && c.old_status != "draft") {
      issues.Add("note", Msg("daily_report.submitted_locked", {{"status", c.old_status}}));
    }
    return;
  }
  // Not the rep: a leader reviews; the rep's own words and the submission stay theirs.
  if (c.note_changed) issues.Add("note", Msg("daily_report.note_by_owner"));
  if (c.new_status == "submitted" && c.old_status == "draft") {
    issues.Add("status", Msg("daily_report.submit_by_owner"));
  }
  if ((c.comment_changed || c.new_status == "reviewed") && c.old_status == "draft") {
    issues.Add(c.comment_changed ? "review_comment" : "status",
               Msg("daily_report.not_submitted"));
  }
}

bool ReportDateAllowed(Date report_date, Date today) { return report_date <= today; }

}  // namespace salesdesk::core::activities
