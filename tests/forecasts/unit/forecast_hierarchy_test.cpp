// D-R3 golden cases on a three-level team: director 1 → managers 10 and 20 → reps 11, 12 (under
// 10) and 21 (under 20). Every expected number is worked out by hand in the comments.
#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <random>
#include <set>
#include <tuple>

#include "modules/forecasts/core/forecast_hierarchy.h"

namespace salesdesk::core::forecasts {
namespace {

const std::vector<Person> kTeam{{1, 0}, {10, 1}, {11, 10}, {12, 10}, {20, 1}, {21, 20}};

Totals CB(std::int64_t commit, std::int64_t best_case) {
  return Totals{.commit = commit, .best_case = best_case};
}

// Own opportunities (Commit / Best Case forecast):
//   director 1: 10 / 10; manager 10: 50 / 50; rep 11: 100 / 150; rep 12: 200 / 260;
//   manager 20: nothing; rep 21: 300 / 400.
std::map<std::int64_t, Totals> Own() {
  return {{1, CB(10, 10)},
          {10, CB(50, 50)},
          {11, CB(100, 150)},
          {12, CB(200, 260)},
          {21, CB(300, 400)}};
}

TEST(ForecastHierarchyTest, WithoutAdjustmentsEveryoneSeesTheRawRollUp) {
  const auto f = RollUpHierarchy(kTeam, Own(), {}).value();
  // Manager 10: 50 + 100 + 200 = 350 Commit; 50 + 150 + 260 = 460 Best Case.
  EXPECT_EQ(f.Find(10)->raw, CB(350, 460));
  EXPECT_EQ(f.Find(10)->view, CB(350, 460));
  // Manager 20: 0 + 300 = 300; 0 + 400 = 400.
  EXPECT_EQ(f.Find(20)->view, CB(300, 400));
  // Director: 10 + 350 + 300 = 660; 10 + 460 + 400 = 870.
  EXPECT_EQ(f.Find(1)->raw, CB(660, 870));
  EXPECT_EQ(f.Find(1)->view, CB(660, 870));
  EXPECT_EQ(f.Row(1, 10)->seen, CB(350, 460));
  EXPECT_TRUE(f.adjustments.empty());
}

// a0: rep 11 raises their own Commit 100 → 120 (basis 100).
// a1: manager 10 lowers rep 11's Commit to 90 (basis 120, what 10 saw).
// a2: director 1 sets manager 10's Commit to 400 (basis 340 = 50 + 90 + 200, what 1 saw).
// a3: manager 20 lowers their own Best Case to 380 (basis 400).
// a4: rep 21 raises their own Commit to 420 (basis 300), above their Best Case of 400.
std::vector<Adjustment> Adjustments() {
  return {{11, 11, Column::kCommit, 120, 100, "big order likely"},
          {10, 11, Column::kCommit, 90, 120, "too optimistic"},
          {1, 10, Column::kCommit, 400, 340, "knows the Q1 pipeline"},
          {20, 20, Column::kBestCase, 380, 400, "seasonal dip"},
          {21, 21, Column::kCommit, 420, 300, "two renewals"}};
}

TEST(ForecastHierarchyTest, TheHighestAdjustmentWinsForEveryoneAboveIt) {
  const auto f = RollUpHierarchy(kTeam, Own(), Adjustments()).value();
  // Rep 11 sees their own adjustment, never their manager's: 120 / 150.
  EXPECT_EQ(f.Find(11)->view, CB(120, 150));
  EXPECT_EQ(f.Find(11)->raw, CB(100, 150));
  // Manager 10 sees rep 11 at their own adjustment 90, rep 12 at 200: 50 + 90 + 200 = 340.
  EXPECT_EQ(f.Row(10, 11)->seen, CB(90, 150));
  EXPECT_EQ(f.Row(10, 12)->seen, CB(200, 260));
  EXPECT_EQ(f.Find(10)->view, CB(340, 460));  // not the director's 400
  EXPECT_EQ(f.Find(10)->raw, CB(350, 460));   // raw ignores every adjustment
  // Manager 20: rep 21 at 420 / 400; own Best Case adjustment 380; Commit untouched 420.
  EXPECT_EQ(f.Row(20, 21)->seen, CB(420, 400));
  EXPECT_EQ(f.Find(20)->unadjusted, CB(420, 400));
  EXPECT_EQ(f.Find(20)->view, CB(420, 380));
  // Director: manager 10 at the director's own 400 (it beats 10's 90 for rep 11), manager 20 at
  // 420 / 380: Commit 10 + 400 + 420 = 830, Best Case 10 + 460 + 380 = 850.
  EXPECT_EQ(f.Row(1, 10)->seen, CB(400, 460));
  EXPECT_EQ(f.Row(1, 20)->seen, CB(420, 380));
  EXPECT_EQ(f.Find(1)->view, CB(830, 850));
  EXPECT_EQ(f.Find(1)->raw, CB(660, 870));
}

TEST(ForecastHierarchyTest, AdjustingOneCategoryLeavesTheOthers) {
  const auto f = RollUpHierarchy(kTeam, Own(), Adjustments()).value();
  // a0 moved rep 11's Commit only; a3 moved manager 20's Best Case only.
  EXPECT_EQ(f.Find(11)->view.best_case, 150);
  EXPECT_EQ(f.Find(20)->view.commit, 420);
  EXPECT_EQ(f.Find(11)->view.open_pipeline, 0);
}

TEST(ForecastHierarchyTest, NoAdjustmentIsStaleWhileItsBasisHolds) {
  const auto f = RollUpHierarchy(kTeam, Own(), Adjustments()).value();
  ASSERT_EQ(f.adjustments.size(), 5u);
  for (const AdjustmentState& a : f.adjustments) EXPECT_FALSE(a.stale) << a.index;
  EXPECT_TRUE(f.adjustments[0].by_owner);
  EXPECT_FALSE(f.adjustments[1].by_owner);
  EXPECT_EQ(f.adjustments[2].current_basis, 340);
}

TEST(ForecastHierarchyTest, AChangedBasisFlagsTheAdjustmentStaleAndItStillApplies) {
  auto own = Own();
  own[12] = CB(250, 310);  // rep 12 wins 50 more: manager 10 now sees 50 + 90 + 250 = 390
  const auto f = RollUpHierarchy(kTeam, own, Adjustments()).value();
  EXPECT_EQ(f.Find(10)->view.commit, 390);
  EXPECT_TRUE(f.adjustments[2].stale);  // the director's 400 replaced 340; the basis is now 390
  EXPECT_EQ(f.adjustments[2].current_basis, 390);
  EXPECT_EQ(f.Row(1, 10)->seen.commit, 400);  // still applies
  EXPECT_EQ(f.Find(1)->view.commit, 830);
  EXPECT_EQ(f.Find(1)->raw.commit, 710);  // 660 + 50
  EXPECT_FALSE(f.adjustments[0].stale);   // rep 11's own basis (100) did not move
  EXPECT_FALSE(f.adjustments[1].stale);   // nor did what manager 10 saw of rep 11 (120)
  // Rep 11 changing their own number makes the manager's adjustment of it stale.
  auto moved = Adjustments();
  moved[0].amount = 130;
  const auto g = RollUpHierarchy(kTeam, Own(), moved).value();
  EXPECT_TRUE(g.adjustments[1].stale);
  EXPECT_EQ(g.adjustments[1].current_basis, 130);
  EXPECT_EQ(g.Row(10, 11)->seen.commit, 90);
}

TEST(ForecastHierarchyTest, ACommitAboveTheBestCaseSeenIsAWarning) {
  const auto f = RollUpHierarchy(kTeam, Own(), Adjustments()).value();
  // a4: 420 > rep 21's Best Case 400.
  EXPECT_TRUE(f.adjustments[4].commit_above_best_case);
  EXPECT_EQ(f.adjustments[4].best_case_seen, 400);
  // a0: 120 ≤ 150; a1: 90 ≤ 150 (what manager 10 sees); a2: 400 ≤ 460; a3 is Best Case.
  EXPECT_FALSE(f.adjustments[0].commit_above_best_case);
  EXPECT_FALSE(f.adjustments[1].commit_above_best_case);
  EXPECT_EQ(f.adjustments[2].best_case_seen, 460);
  EXPECT_FALSE(f.adjustments[2].commit_above_best_case);
  EXPECT_FALSE(f.adjustments[3].commit_above_best_case);
  // The director setting manager 10's Commit to 461 is above the 460 they see.
  auto high = Adjustments();
  high[2].amount = 461;
  EXPECT_TRUE(RollUpHierarchy(kTeam, Own(), high).value().adjustments[2].commit_above_best_case);
}

TEST(ForecastHierarchyTest, AManagerMayAdjustTheirOwnNumberAndTheDirectorStillOverrulesIt) {
  // Manager 10 sets their own Commit to 500; the director sees 500 unless they adjusted 10.
  std::vector<Adjustment> a{{10, 10, Column::kCommit, 500, 350, ""}};
  auto f = RollUpHierarchy(kTeam, Own(), a).value();
  EXPECT_EQ(f.Find(10)->view.commit, 500);
  EXPECT_EQ(f.Find(1)->view.commit, 10 + 500 + 300);
  a.push_back({1, 10, Column::kCommit, 450, 500, ""});
  f = RollUpHierarchy(kTeam, Own(), a).value();
  EXPECT_EQ(f.Find(10)->view.commit, 500);  // 10 never sees the director's adjustment of them
  EXPECT_EQ(f.Find(1)->view.commit, 10 + 450 + 300);
}

TEST(ForecastHierarchyTest, RefusesAdjustmentsOutsideTheRules) {
  const auto refused = [](Adjustment a) {
    const auto r = RollUpHierarchy(kTeam, Own(), std::vector<Adjustment>{a});
    EXPECT_FALSE(r.ok());
    return r.ok() ? std::string() : r.error().message_code + " " + r.error().field;
  };
  // A peer, a skip-level manager and a report may not adjust.
  EXPECT_EQ(refused({12, 11, Column::kCommit, 1, 0, ""}),
            "forecasts.adjuster_not_allowed adjustments[0].author");
  EXPECT_EQ(refused({1, 11, Column::kCommit, 1, 0, ""}),
            "forecasts.adjuster_not_allowed adjustments[0].author");
  EXPECT_EQ(refused({11, 10, Column::kCommit, 1, 0, ""}),
            "forecasts.adjuster_not_allowed adjustments[0].author");
  EXPECT_EQ(refused({11, 11, Column::kClosed, 1, 0, ""}),
            "forecasts.closed_not_adjustable adjustments[0].column");
  EXPECT_EQ(refused({99, 99, Column::kCommit, 1, 0, ""}),
            "forecasts.adjustment_subject_unknown adjustments[0].subject");
  const auto twice = RollUpHierarchy(kTeam, Own(),
                                     std::vector<Adjustment>{{11, 11, Column::kCommit, 1, 0, ""},
                                                             {11, 11, Column::kCommit, 2, 0, ""}});
  EXPECT_EQ(twice.error().message_code, "forecasts.adjustment_twice");
}

TEST(ForecastHierarchyTest, RefusesABrokenHierarchy) {
  const std::vector<Person> loop{{1, 0}, {2, 3}, {3, 2}};
  auto r = RollUpHierarchy(loop, {}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message_code, "forecasts.reporting_loop");
  EXPECT_EQ(r.error().field, "people[1].manager");
  const std::vector<Person> orphan{{1, 0}, {2, 7}};
  r = RollUpHierarchy(orphan, {}, {});
  EXPECT_EQ(r.error().message_code, "forecasts.manager_unknown");
  const std::vector<Person> twice{{1, 0}, {1, 0}};
  r = RollUpHierarchy(twice, {}, {});
  EXPECT_EQ(r.error().message_code, "forecasts.person_twice");
}

TEST(ForecastHierarchyTest, SeveralTopsEachRollUpAlone) {
  const std::vector<Person> two{{1, 0}, {2, 0}, {3, 2}};
  const auto f = RollUpHierarchy(two, {{1, CB(5, 5)}, {3, CB(7, 7)}}, {}).value();
  EXPECT_EQ(f.Find(1)->view.commit, 5);
  EXPECT_EQ(f.Find(2)->view.commit, 7);
}

// D-R3's definitions written out recursively, as the rule states them, against random teams and
// adjustments: the roll-up must agree for every person, row and figure.
TEST(ForecastHierarchyTest, AgreesWithTheRuleWrittenRecursivelyOnRandomTeams) {
  std::mt19937 rng(32);
  for (int round = 0; round < 300; ++round) {
    const int n = 1 + static_cast<int>(rng() % 12);
    std::vector<Person> people;
    for (int i = 0; i < n; ++i) {
      // Each person reports to someone listed before them (or to nobody): no loops.
      const std::int64_t manager = i == 0 || rng() % 5 == 0 ? 0 : 1 + rng() % i;
      people.push_back({i + 1, manager});
    }
    std::map<std::int64_t, Totals> own;
    for (const Person& p : people) {
      own[p.id] =
          Totals{static_cast<std::int64_t>(rng() % 100), static_cast<std::int64_t>(rng() % 100),
                 static_cast<std::int64_t>(rng() % 100), static_cast<std::int64_t>(rng() % 100)};
    }
    std::vector<Adjustment> adjustments;
    std::set<std::tuple<std::int64_t, std::int64_t, Column>> used;
    for (const Person& p : people) {
      for (Column c : {Column::kCommit, Column::kBestCase, Column::kOpenPipeline}) {
        for (const std::int64_t author : {p.id, p.manager}) {
          if (author == 0 || rng() % 3 != 0 || !used.insert({author, p.id, c}).second) continue;
          adjustments.push_back({author, p.id, c, static_cast<std::int64_t>(rng() % 500), 0, ""});
        }
      }
    }
    const auto adjusted = [&](std::int64_t author, std::int64_t subject,
                              Column c) -> std::optional<std::int64_t> {
      for (const Adjustment& a : adjustments) {
        if (a.author == author && a.subject == subject && a.column == c) return a.amount;
      }
      return std::nullopt;
    };
    std::function<std::int64_t(std::int64_t, Column)> raw = [&](std::int64_t p, Column c) {
      std::int64_t sum = own[p].at(c);
      for (const Person& r : people) {
        if (r.manager == p) sum += raw(r.id, c);
      }
      return sum;
    };
    std::function<std::int64_t(std::int64_t, Column)> view;
    const auto seen_by = [&](std::int64_t p, std::int64_t r, Column c) {
      return adjusted(p, r, c).value_or(view(r, c));
    };
    view = [&](std::int64_t p, Column c) {
      if (const auto a = adjusted(p, p, c)) return *a;
      std::int64_t sum = own[p].at(c);
      for (const Person& r : people) {
        if (r.manager == p) sum += seen_by(p, r.id, c);
      }
      return sum;
    };
    const auto f = RollUpHierarchy(people, own, adjustments).value();
    for (const Person& p : people) {
      for (Column c : kColumns) {
        EXPECT_EQ(f.Find(p.id)->raw.at(c), raw(p.id, c)) << round << " " << p.id;
        EXPECT_EQ(f.Find(p.id)->view.at(c), view(p.id, c)) << round << " " << p.id;
        if (p.manager != 0) {
          EXPECT_EQ(f.Row(p.manager, p.id)->seen.at(c), seen_by(p.manager, p.id, c)) << round;
        }
      }
    }
    if (adjustments.empty()) {
      for (const PersonForecast& p : f.people) EXPECT_EQ(p.view, p.raw);
    }
  }
}

}  // namespace
}  // namespace salesdesk::core::forecasts
