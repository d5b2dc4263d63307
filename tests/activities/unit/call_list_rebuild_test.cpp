// Rebuilding a call list from its view (decision 0080): what is kept, dropped, refreshed and
// added, by hand.
#include "modules/activities/core/activities/call_list_rebuild.h"

#include <gtest/gtest.h>

namespace salesdesk::core::activities {
namespace {

std::vector<std::int64_t> Targets(const std::vector<ViewMatch>& ms) {
  std::vector<std::int64_t> out;
  for (const auto& m : ms) out.push_back(m.target_id);
  return out;
}

TEST(CallListRebuild, KeepsDropsRefreshesAndAppendsInTheViewsOrder) {
  // Entries 1..5 on records 10..50: 10 pending, 20 done, 30 pending, 40 skipped, 50 pending.
  const std::vector<ListedEntry> entries = {{1, 10, "pending", "Alba", "+34 1"},
                                            {2, 20, "done", "Borja", "+34 2"},
                                            {3, 30, "pending", "Clara", "+34 3"},
                                            {4, 40, "skipped", "Dario", "+34 4"},
                                            {5, 50, "pending", "Elena", "+34 5"}};
  // The view now lists 70, 30 (phone changed), 20 (called already), 10, 60 — not 50 nor 40.
  const std::vector<ViewMatch> view = {{70, "Gema", "+34 7"},
                                       {30, "Clara", "+34 33"},
                                       {20, "Borja", "+34 2"},
                                       {10, "Alba", "+34 1"},
                                       {60, "Fausto", ""}};
  const RebuildPlan plan = PlanRebuild(entries, view);
  EXPECT_EQ(plan.drop, (std::vector<std::int64_t>{5})) << "50 left the view; 40 was skipped";
  EXPECT_EQ(plan.kept, 2) << "10 and 30";
  ASSERT_EQ(plan.refresh.size(), 1U);
  EXPECT_EQ(plan.refresh_entry_ids, (std::vector<std::int64_t>{3}));
  EXPECT_EQ(plan.refresh[0].phone, "+34 33");
  EXPECT_EQ(Targets(plan.add), (std::vector<std::int64_t>{70, 60}))
      << "new records in the view's order; 20 was called on this list already";
}

TEST(CallListRebuild, ARecordDroppedBeforeIsAddedWhenItReturns) {
  const std::vector<ListedEntry> entries = {{1, 10, "dropped", "Alba", ""},
                                            {2, 20, "pending", "Borja", ""}};
  const RebuildPlan plan = PlanRebuild(entries, {{10, "Alba", ""}, {20, "Borja", ""}});
  EXPECT_TRUE(plan.drop.empty());
  EXPECT_EQ(plan.kept, 1);
  EXPECT_EQ(Targets(plan.add), (std::vector<std::int64_t>{10}));
}

TEST(CallListRebuild, AnEmptyViewDropsEveryPendingEntryAndNothingElse) {
  const std::vector<ListedEntry> entries = {
      {1, 10, "pending", "A", ""}, {2, 20, "done", "B", ""}, {3, 30, "pending", "C", ""}};
  const RebuildPlan plan = PlanRebuild(entries, {});
  EXPECT_EQ(plan.drop, (std::vector<std::int64_t>{1, 3}));
  EXPECT_EQ(plan.kept, 0);
  EXPECT_TRUE(plan.add.empty());
  EXPECT_TRUE(plan.refresh.empty());
}

TEST(CallListRebuild, AnUnchangedViewChangesNothing) {
  const std::vector<ListedEntry> entries = {{1, 10, "pending", "A", "1"},
                                            {2, 20, "pending", "B", "2"}};
  const RebuildPlan plan = PlanRebuild(entries, {{10, "A", "1"}, {20, "B", "2"}});
  EXPECT_TRUE(plan.drop.empty());
  EXPECT_TRUE(plan.add.empty());
  EXPECT_TRUE(plan.refresh.empty());
  EXPECT_EQ(plan.kept, 2);
}

}  // namespace
}  // namespace salesdesk::core::activities
