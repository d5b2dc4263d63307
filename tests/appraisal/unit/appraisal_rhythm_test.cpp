// B-R6 (the weeks of the weekly order quantity) and B-R7 (customers lost against their own
// rhythm), with dates counted by hand.
#include <gtest/gtest.h>

#include <vector>

#include "modules/appraisal/core/customer_rhythm.h"
#include "modules/appraisal/core/order_weeks.h"

namespace salesdesk::core::appraisal {
namespace {

Date D(const char* text) { return *ParseDate(text); }
std::vector<Date> Dates(std::initializer_list<const char*> texts) {
  std::vector<Date> out;
  for (const char* t : texts) out.push_back(D(t));
  return out;
}

TEST(AppraisalOrderWeeks, WeeksWhoseThursdayLiesInTheMonth) {
  // December 2026: the 1st is a Tuesday; Thursdays 3, 10, 17, 24, 31 → 5 weeks, Monday 30 Nov
  // to Sunday 3 Jan 2027.
  auto dec = WeeksOfMonth(2026, 12);
  EXPECT_EQ(dec.first_monday, D("2026-11-30"));
  EXPECT_EQ(dec.last_sunday, D("2027-01-03"));
  EXPECT_EQ(dec.weeks, 5);
  // November 2026: Thursdays 5 … 26 → 4 weeks, 2 to 29 Nov; Monday 30 Nov is December's.
  auto nov = WeeksOfMonth(2026, 11);
  EXPECT_EQ(nov.first_monday, D("2026-11-02"));
  EXPECT_EQ(nov.last_sunday, D("2026-11-29"));
  EXPECT_EQ(nov.weeks, 4);
  // January 2027: Friday the 1st belongs to December's last week; Thursdays 7 … 28 → 4 weeks.
  auto jan = WeeksOfMonth(2027, 1);
  EXPECT_EQ(jan.first_monday, D("2027-01-04"));
  EXPECT_EQ(jan.last_sunday, D("2027-01-31"));
  EXPECT_EQ(jan.weeks, 4);
}

TEST(AppraisalRhythm, MonthlyBuyer) {
  // Gaps 30, 30, 30 → m = 30. At risk once silence > 60: 5 Apr + 61 = 5 Jun. Lost once > 90
  // (and ≥ 30): 5 Apr + 91 = 5 Jul.
  const auto dates = Dates({"2026-01-05", "2026-02-04", "2026-03-06", "2026-04-05"});
  const Rhythm r = RhythmOf(dates);
  EXPECT_EQ(r.median_twice, 60);
  EXPECT_EQ(r.at_risk_from, D("2026-06-05"));
  EXPECT_EQ(r.lost_on, D("2026-07-05"));
  EXPECT_EQ(StandingOn(dates, D("2026-06-04")), Standing::kActive);  // silence 60, not > 60
  EXPECT_EQ(StandingOn(dates, D("2026-06-05")), Standing::kAtRisk);
  EXPECT_EQ(StandingOn(dates, D("2026-07-04")), Standing::kAtRisk);
  EXPECT_EQ(StandingOn(dates, D("2026-07-05")), Standing::kLost);
}

TEST(AppraisalRhythm, QuarterlyBuyerIsNotFlaggedBeforeItsNextRegularOrder) {
  // Gaps 90 (10 Jan→10 Apr 2025), 91 (→10 Jul), 92 (→10 Oct): m = 91. At risk after 182 days:
  // 10 Oct + 183 = 11 Apr 2026; lost after 273: 10 Oct + 274 = 11 Jul 2026.
  const auto dates = Dates({"2025-01-10", "2025-04-10", "2025-07-10", "2025-10-10"});
  const Rhythm r = RhythmOf(dates);
  EXPECT_EQ(r.median_twice, 182);
  EXPECT_EQ(r.at_risk_from, D("2026-04-11"));
  EXPECT_EQ(r.lost_on, D("2026-07-11"));
  // 60 days of silence (9 Dec 2025), where a fixed 60-day rule would flag it: still active; so
  // is 9 Jan 2026, a normal quarter later.
  EXPECT_EQ(StandingOn(dates, D("2025-12-09")), Standing::kActive);
  EXPECT_EQ(StandingOn(dates, D("2026-01-09")), Standing::kActive);
  // The monthly buyer of the test above is at risk after 61 days; this one after 183.
}

TEST(AppraisalRhythm, LostNeedsThirtyDaysOfSilenceAtLeast) {
  // A weekly buyer: m = 7, at risk after 14 days (22 Jan + 15 = 6 Feb), lost after
  // max(⌊21⌋ + 1, 30) = 30 days: 22 Jan + 30 = 21 Feb.
  const auto dates = Dates({"2026-01-01", "2026-01-08", "2026-01-15", "2026-01-22"});
  const Rhythm r = RhythmOf(dates);
  EXPECT_EQ(r.at_risk_from, D("2026-02-06"));
  EXPECT_EQ(r.lost_on, D("2026-02-21"));
  EXPECT_EQ(StandingOn(dates, D("2026-02-20")), Standing::kAtRisk);
}

TEST(AppraisalRhythm, EvenCountMedianIsKeptExact) {
  // Gaps 10, 20, 30, 40: m = (20 + 30) / 2 = 25; at risk after 50 → 11 Apr + 51 = 1 Jun;
  // lost after 75 → 11 Apr + 76 = 26 Jun.
  const auto dates = Dates({"2026-01-01", "2026-01-11", "2026-01-31", "2026-03-02", "2026-04-11"});
  const Rhythm r = RhythmOf(dates);
  EXPECT_EQ(r.median_twice, 50);
  EXPECT_EQ(r.at_risk_from, D("2026-06-01"));
  EXPECT_EQ(r.lost_on, D("2026-06-26"));
  // Gaps 10 and 15: m = 12.5. 2m = 25 → at risk from day 26 (26 Jan + 26 = 21 Feb);
  // 3m = 37.5 → ⌊37.5⌋ + 1 = 38 (≥ 30) → 26 Jan + 38 = 5 Mar.
  const auto half = Dates({"2026-01-01", "2026-01-11", "2026-01-26"});
  const Rhythm h = RhythmOf(half);
  EXPECT_EQ(h.median_twice, 25);
  EXPECT_EQ(h.at_risk_from, D("2026-02-21"));
  EXPECT_EQ(h.lost_on, D("2026-03-05"));
}

TEST(AppraisalRhythm, OnlyTheLastTwelveGapsCount) {
  // Seven gaps of 100 days, then six of 20 (14 dates, 13 gaps). All 13: median 100. The last
  // 12 (six of 100, six of 20): m = (20 + 100) / 2 = 60.
  std::vector<Date> dates{D("2020-01-01")};
  for (int i = 0; i < 7; ++i) dates.push_back(*dates.back().AddDays(100));
  for (int i = 0; i < 6; ++i) dates.push_back(*dates.back().AddDays(20));
  EXPECT_EQ(RhythmOf(dates).median_twice, 120);
}

TEST(AppraisalRhythm, FewerThanThreeDatesUseFixedThresholds) {
  // At risk when silence > 90: 1 Feb + 91 = 3 May; lost when > 180: 1 Feb + 181 = 1 Aug.
  const auto dates = Dates({"2026-01-01", "2026-02-01"});
  const Rhythm r = RhythmOf(dates);
  EXPECT_FALSE(r.median_twice.has_value());
  EXPECT_EQ(r.at_risk_from, D("2026-05-03"));
  EXPECT_EQ(r.lost_on, D("2026-08-01"));
  EXPECT_EQ(StandingOn(Dates({"2026-02-01"}), D("2026-07-31")), Standing::kAtRisk);
}

TEST(AppraisalRhythm, LossCountsInTheMonthOfTheLostDate) {
  const auto dates = Dates({"2026-01-05", "2026-02-04", "2026-03-06", "2026-04-05"});  // lost 5 Jul
  auto july = LossInMonth(dates, D("2026-07-01"), D("2026-07-31"), D("2026-08-10"));
  ASSERT_TRUE(july.has_value());
  EXPECT_EQ(july->lost_on, D("2026-07-05"));
  EXPECT_EQ(july->last_order, D("2026-04-05"));
  EXPECT_FALSE(july->recovered_on.has_value());
  EXPECT_FALSE(LossInMonth(dates, D("2026-06-01"), D("2026-06-30"), D("2026-08-10")));
  // Evaluated on 4 Jul the loss has not happened yet.
  EXPECT_FALSE(LossInMonth(dates, D("2026-07-01"), D("2026-07-31"), D("2026-07-04")));
}

TEST(AppraisalRhythm, RecoveryInTheSameMonthCancelsTheLoss) {
  auto recovered_in_july =
      Dates({"2026-01-05", "2026-02-04", "2026-03-06", "2026-04-05", "2026-07-20"});
  EXPECT_FALSE(LossInMonth(recovered_in_july, D("2026-07-01"), D("2026-07-31"), D("2026-08-10")));
  // An order on the lost date itself: the silence never exceeded the rhythm.
  auto on_the_day = Dates({"2026-01-05", "2026-02-04", "2026-03-06", "2026-04-05", "2026-07-05"});
  EXPECT_FALSE(LossInMonth(on_the_day, D("2026-07-01"), D("2026-07-31"), D("2026-08-10")));
  // Ordering again in August leaves July's loss and records the recovery.
  auto recovered_later =
      Dates({"2026-01-05", "2026-02-04", "2026-03-06", "2026-04-05", "2026-08-03"});
  auto july = LossInMonth(recovered_later, D("2026-07-01"), D("2026-07-31"), D("2026-08-10"));
  ASSERT_TRUE(july.has_value());
  EXPECT_EQ(july->recovered_on, D("2026-08-03"));
}

}  // namespace
}  // namespace salesdesk::core::appraisal
