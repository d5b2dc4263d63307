#include "modules/activities/core/activities/daily_report_rules.h"

#include <gtest/gtest.h>

namespace salesdesk::core::activities {
namespace {

// The fields named by the rules for one change, in order.
std::vector<std::string> Fields(const ReportChange& c) {
  FieldIssues issues;
  CheckReportChange(c, issues);
  if (issues.empty()) return {};
  std::vector<std::string> out;
  for (const auto& i : issues.ToError().issues) out.push_back(i.field);
  return out;
}
using V = std::vector<std::string>;

TEST(DailyReportRules, TheRepWritesAndSubmitsTheLeaderReviews) {
  EXPECT_EQ(Fields({.creating = true, .by_owner = true, .new_status = "draft"}), V{});
  EXPECT_EQ(Fields({.creating = true, .by_owner = true, .new_status = "submitted"}), V{});
  EXPECT_EQ(Fields({.by_owner = true, .old_status = "draft", .new_status = "draft",
                    .note_changed = true}),
            V{});
  EXPECT_EQ(Fields({.by_owner = true, .old_status = "draft", .new_status = "submitted",
                    .note_changed = true}),
            V{}) << "the last words go with the submission";
  EXPECT_EQ(Fields({.old_status = "submitted", .new_status = "reviewed", .comment_changed = true}),
            V{});
  EXPECT_EQ(Fields({.old_status = "reviewed", .new_status = "reviewed", .comment_changed = true}),
            V{}) << "a leader may add to a review";
}

TEST(DailyReportRules, EachBrokenRuleNamesItsField) {
  EXPECT_EQ(Fields({.creating = true, .by_owner = true, .new_status = "reviewed"}), V{"status"});
  EXPECT_EQ(Fields({.creating = true, .by_owner = true, .new_status = "draft",
                    .comment_changed = true}),
            V{"review_comment"});
  EXPECT_EQ(Fields({.by_owner = true, .old_status = "submitted", .new_status = "submitted",
                    .note_changed = true}),
            V{"note"});
  EXPECT_EQ(Fields({.by_owner = true, .old_status = "submitted", .new_status = "reviewed"}),
            V{"status"});
  EXPECT_EQ(Fields({.old_status = "draft", .new_status = "submitted"}), V{"status"});
  EXPECT_EQ(Fields({.old_status = "draft", .new_status = "draft", .comment_changed = true}),
            V{"review_comment"});
  EXPECT_EQ(Fields({.old_status = "submitted", .new_status = "submitted", .note_changed = true}),
            V{"note"});
  EXPECT_EQ(Fields({.old_status = "reviewed", .new_status = "submitted"}), V{"status"});
  EXPECT_EQ(Fields({.by_owner = true, .old_status = "draft", .new_status = "draft",
                    .date_changed = true}),
            V{"report_date"});
}

TEST(DailyReportRules, NoReportForADayStillToCome) {
  const Date today = ParseDate("2026-12-03").value();
  EXPECT_TRUE(ReportDateAllowed(today, today));
  EXPECT_TRUE(ReportDateAllowed(ParseDate("2026-12-02").value(), today));
  EXPECT_FALSE(ReportDateAllowed(ParseDate("2026-12-04").value(), today));
}

}  // namespace
}  // namespace salesdesk::core::activities
