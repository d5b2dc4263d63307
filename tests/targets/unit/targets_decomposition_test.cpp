// Month → ISO-week parts → days (RULES A-R3..A-R5), hand-computed with Allocate (RULES 0.4) on
// April and May 2026: 1 April is a Wednesday, Good Friday 3 April a holiday, half-day leave on
// Wednesday 8 April and a full day on Thursday 9 April. ISO week 18 runs Monday 27 April to
// Sunday 3 May, so it is split into an April part and a May part.
#include <gtest/gtest.h>

#include <map>

#include "modules/targets/core/decomposition.h"
#include "targets/unit/targets_test_util.h"

namespace salesdesk::modules::targets {
namespace {

using testing::AprilMay2026;
using testing::D;

Months AprilMay() {
  Months m{};
  m[3] = 1000;  // April
  m[4] = 600;   // May
  return m;
}

std::map<core::Date, std::int64_t> DayTargets(const Decomposition& d) {
  std::map<core::Date, std::int64_t> out;
  for (const auto& day : d.days) out[day.date] = day.target;
  return out;
}

TEST(TargetsIsoWeek, WeekOneHoldsTheFourthOfJanuary) {
  EXPECT_EQ(IsoWeekOf(D("2026-04-08")).week, 15);
  EXPECT_EQ(IsoWeekOf(D("2026-05-03")).week, 18);       // a Sunday: still week 18
  const IsoWeek new_year = IsoWeekOf(D("2027-01-01"));  // a Friday of 2026's week 53
  EXPECT_EQ(new_year.year, 2026);
  EXPECT_EQ(new_year.week, 53);
  EXPECT_EQ(IsoWeekOf(D("2026-12-28")).week, 53);
}

TEST(TargetsDecomposition, AprilSplitsByHalfDaysIntoWeekParts) {
  auto d = Decompose(2026, AprilMay(), AprilMay2026());
  ASSERT_TRUE(d.ok()) << d.error().message;
  // April's parts and half-days: week 14 (1–5 Apr) Wed 2 + Thu 2 + Good Friday 0 = 4;
  // week 15 (6–12) 2 + 2 + 1 (half-day leave) + 0 (leave) + 2 = 7; weeks 16 and 17: 10 each;
  // week 18's April part (27–30) 8. Σ 39.
  // 1000 × w / 39: 102 r 22, 179 r 19, 256 r 16, 256 r 16, 205 r 5 → Σ floors 998; the two
  // units go to the largest remainders, 22/39 and 19/39: 103, 180, 256, 256, 205.
  std::vector<std::int64_t> april;
  std::vector<std::int64_t> weights;
  for (const auto& p : d->parts) {
    if (p.month == 4) {
      april.push_back(p.target);
      weights.push_back(p.half_days);
    }
  }
  EXPECT_EQ(weights, (std::vector<std::int64_t>{4, 7, 10, 10, 8}));
  EXPECT_EQ(april, (std::vector<std::int64_t>{103, 180, 256, 256, 205}));
  ASSERT_EQ(d->months.size(), 12u);
  EXPECT_EQ(d->months[3].target, 1000);
  EXPECT_EQ(d->months[3].half_days, 39);
}

TEST(TargetsDecomposition, LeaveMovesTheTargetToTheOtherDaysOfTheWeekPart) {
  auto d = Decompose(2026, AprilMay(), AprilMay2026());
  ASSERT_TRUE(d.ok());
  const auto day = DayTargets(*d);
  // Week 15's 180 over Mon 2, Tue 2, Wed 1, Thu 0, Fri 2 (Σ 7): 360/7 = 51 r 3 (Mon, Tue, Fri),
  // 180/7 = 25 r 5 (Wed); Σ floors 178; +1 to Wed (5/7), +1 to Mon (3/7, ties: equal weight,
  // lower index). Thursday's leave gives 0; the week part keeps its 180.
  EXPECT_EQ(day.at(D("2026-04-06")), 52);
  EXPECT_EQ(day.at(D("2026-04-07")), 51);
  EXPECT_EQ(day.at(D("2026-04-08")), 26);
  EXPECT_EQ(day.at(D("2026-04-09")), 0);
  EXPECT_EQ(day.at(D("2026-04-10")), 51);
  // Good Friday is a holiday: week 14's 103 goes to Wed and Thu, 51.5 each → 52, 51.
  EXPECT_EQ(day.at(D("2026-04-01")), 52);
  EXPECT_EQ(day.at(D("2026-04-02")), 51);
  EXPECT_EQ(day.at(D("2026-04-03")), 0);
}

TEST(TargetsDecomposition, AWeekCrossingTheMonthEndIsTheSumOfItsParts) {
  auto d = Decompose(2026, AprilMay(), AprilMay2026());
  ASSERT_TRUE(d.ok());
  // May: Fri 1 May (week 18) 2 half-days, then four full weeks of 10 (Σ 42). 600 × 2/42 = 28
  // r 24; 600 × 10/42 = 142 r 36 (×4); Σ floors 596; the 4 units go to the full weeks (36/42).
  std::int64_t week18 = 0, april_part = 0, may_part = 0;
  for (const auto& p : d->parts) {
    if (p.week.week != 18) continue;
    week18 += p.target;
    (p.month == 4 ? april_part : may_part) = p.target;
  }
  EXPECT_EQ(april_part, 205);
  EXPECT_EQ(may_part, 28);
  EXPECT_EQ(week18, 233);
  std::int64_t may = 0;
  for (const auto& p : d->parts) may += p.month == 5 ? p.target : 0;
  EXPECT_EQ(may, 600);
}

TEST(TargetsDecomposition, SumsAreExactOnEveryLevel) {
  auto d = Decompose(2026, AprilMay(), AprilMay2026());
  ASSERT_TRUE(d.ok());
  std::map<int, std::int64_t> parts_by_month, days_by_month;
  for (const auto& p : d->parts) parts_by_month[p.month] += p.target;
  for (const auto& day : d->days) days_by_month[day.month] += day.target;
  for (const auto& m : d->months) {
    EXPECT_EQ(parts_by_month[m.month], m.target) << m.month;
    EXPECT_EQ(days_by_month[m.month], m.target) << m.month;
  }
  for (const auto& p : d->parts) {
    std::int64_t days = 0;
    for (const auto& day : d->days)
      days += (day.date >= p.from && day.date <= p.to) ? day.target : 0;
    EXPECT_EQ(days, p.target);
  }
}

TEST(TargetsDecomposition, AMonthWithATargetAndNoWorkingDayIsNamed) {
  std::vector<DayWeight> days = AprilMay2026();
  for (auto& d : days) {
    if (d.date.Civil().month == 5) d.half_days = 0;  // the whole of May on leave
  }
  auto d = Decompose(2026, AprilMay(), days);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().message_code, "targets.no_working_days");
  EXPECT_EQ(d.error().field, "weights/4");
  EXPECT_NE(d.error().message.find("2026-05"), std::string::npos);
}

TEST(TargetsDecomposition, ReplanDecomposesOnlyTheMonthsAfterTheClose) {
  auto d = Decompose(2026, AprilMay(), AprilMay2026(), 5);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->months.size(), 8u);  // May to December
  EXPECT_EQ(d->months.front().month, 5);
  for (const auto& day : d->days) EXPECT_GE(day.date, D("2026-05-01"));
}

}  // namespace
}  // namespace salesdesk::modules::targets
