// The activity rules (modules/activities/core): each rule names the field to fix, and a record
// that keeps every rule passes.
#include <gtest/gtest.h>

#include "modules/activities/core/activities/activity_rules.h"

namespace salesdesk::core::activities {
namespace {

std::vector<std::pair<std::string, std::string>> Issues(const ActivityFacts& a) {
  FieldIssues issues;
  CheckActivity(a, issues);
  std::vector<std::pair<std::string, std::string>> out;
  if (issues.empty()) return out;
  for (const auto& i : issues.ToError().issues) out.emplace_back(i.field, i.code);
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(ActivityRules, ADoneCallNeedsAnOutcome) {
  ActivityFacts call{.kind = "call", .status = "done", .has_done_at = true};
  EXPECT_EQ(Issues(call), (Pairs{{"outcome", "activity.call_needs_outcome"}}));
  call.has_outcome = true;
  EXPECT_TRUE(Issues(call).empty());
  ActivityFacts planned{.kind = "call", .status = "planned"};
  EXPECT_TRUE(Issues(planned).empty()) << "a planned call has no outcome yet";
}

TEST(ActivityRules, ADoneVisitNeedsACheckIn) {
  ActivityFacts visit{.kind = "visit", .status = "done", .has_outcome = true};
  EXPECT_EQ(Issues(visit), (Pairs{{"check_in_at", "activity.visit_needs_check_in"}}));
  visit.has_check_in = true;
  EXPECT_TRUE(Issues(visit).empty());
  ActivityFacts cancelled{.kind = "visit", .status = "cancelled"};
  EXPECT_TRUE(Issues(cancelled).empty());
}

TEST(ActivityRules, OnlyCallsHaveADirection) {
  ActivityFacts visit{.kind = "visit", .status = "planned", .has_direction = true};
  EXPECT_EQ(Issues(visit), (Pairs{{"direction", "activity.direction_calls_only"}}));
  ActivityFacts call{.kind = "call", .status = "planned", .has_direction = true};
  EXPECT_TRUE(Issues(call).empty());
}

TEST(ActivityRules, DoneAtBelongsToADoneActivity) {
  ActivityFacts a{.kind = "meeting", .status = "planned", .has_done_at = true};
  EXPECT_EQ(Issues(a), (Pairs{{"done_at", "activity.done_at_needs_done"}}));
}

TEST(ActivityRules, PlaceAndRelatedRecordComeInPairs) {
  ActivityFacts a{.kind = "visit", .status = "planned", .has_latitude = true};
  EXPECT_EQ(Issues(a), (Pairs{{"longitude", "activity.place_needs_both"}}));
  ActivityFacts b{.kind = "call", .status = "planned", .has_related_id = true};
  EXPECT_EQ(Issues(b), (Pairs{{"related_entity", "activity.related_pair"}}));
}

TEST(ActivityRules, EveryBrokenRuleIsReportedAtOnce) {
  ActivityFacts a{.kind = "visit", .status = "done", .has_direction = true, .has_longitude = true};
  EXPECT_EQ(Issues(a).size(), 3u);
}

}  // namespace
}  // namespace salesdesk::core::activities
