// The cockpit's pure rules: the day a month's figures are read on, a line's amount at list (its
// unit price with no line discount) rounded once like its net, and the performance matrix's sums.
#include <gtest/gtest.h>

#include "core/money/currency.h"
#include "modules/cockpit/core/cockpit_period.h"
#include "modules/cockpit/core/list_amount.h"
#include "modules/cockpit/core/performance_matrix.h"

namespace salesdesk::core::cockpit {
namespace {

Date D(int y, int m, int d) { return *Date::FromCivil(y, m, d); }

TEST(CockpitPeriod, TheCurrentMonthIsReadTodayAClosedOneOnItsLastDay) {
  EXPECT_EQ(*AsOfDay({2026, 12}, D(2026, 12, 3)), D(2026, 12, 3));
  EXPECT_EQ(*AsOfDay({2026, 11}, D(2026, 12, 3)), D(2026, 11, 30));
  EXPECT_EQ(*AsOfDay({2024, 2}, D(2026, 12, 3)), D(2024, 2, 29));  // leap year
  auto future = AsOfDay({2027, 1}, D(2026, 12, 31));
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().field, "period");
}

TEST(CockpitListAmount, QuantityTimesUnitPriceRoundedOnceHalfUp) {
  const Currency eur = *ParseCurrency("EUR");
  // 3 × 125.00 = 375.00 → 37,500 cents.
  EXPECT_EQ(ListAmount(3'000, 125'000'000, eur)->minor, 37'500);
  // 1.5 × 0.333333 = 0.4999995 → 0.50 (half-up at the cent, once).
  EXPECT_EQ(ListAmount(1'500, 333'333, eur)->minor, 50);
  // 0.001 × 4.00 = 0.004 → 0.00.
  EXPECT_EQ(ListAmount(1, 4'000'000, eur)->minor, 0);
  // Yen have no minor unit: 7 × 99.5 = 696.5 → 697.
  EXPECT_EQ(ListAmount(7'000, 99'500'000, *ParseCurrency("JPY"))->minor, 697);
}

TEST(CockpitMatrix, MonthsRunFromToAtMostThirtySixAndKnowTheirState) {
  const auto months = MatrixMonths({2025, 11}, {2026, 2});
  ASSERT_TRUE(months.ok());
  std::vector<std::string> names;
  for (const Month& m : *months) names.push_back(m.ToString());
  EXPECT_EQ(names, (std::vector<std::string>{"2025-11", "2025-12", "2026-01", "2026-02"}));
  EXPECT_EQ(AddMonths({2026, 1}, -1).ToString(), "2025-12");
  EXPECT_EQ(AddMonths({2026, 12}, -11).ToString(), "2026-01");
  EXPECT_EQ(AddMonths({2026, 12}, 1).ToString(), "2027-01");
  EXPECT_EQ(MatrixMonths({2023, 2}, {2026, 1})->size(), 36u);
  const auto long_range = MatrixMonths({2023, 1}, {2026, 1});
  ASSERT_FALSE(long_range.ok());
  EXPECT_EQ(long_range.error().field, "to");
  const auto backwards = MatrixMonths({2026, 2}, {2026, 1});
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(backwards.error().field, "from");
  EXPECT_EQ(StateOf({2026, 3}, {2026, 4}), MonthState::kClosed);
  EXPECT_EQ(StateOf({2026, 4}, {2026, 4}), MonthState::kCurrent);
  EXPECT_EQ(StateOf({2027, 1}, {2026, 4}), MonthState::kToCome);
}

TEST(CockpitMatrix, CellsTotalsAndTheTeamLineRoundOnceAndSkipMonthsToCome) {
  using S = MonthState;
  const std::vector<S> states{S::kClosed, S::kCurrent, S::kToCome};
  const std::optional<std::int64_t> none;
  // a: 2/3 of a target (6,666.67 → 6,667 bp), then 5 of 10; the month to come has a target.
  // b: no plan, sells 100 in the first month. c: a plan of 0 in the first month.
  const std::vector<PersonFigures> people{
      {{2, 5, 0}, {3, 10, 10}}, {{100, 0, 0}, {none, none, none}}, {{7, 0, 0}, {0, none, none}}};
  const Matrix m = BuildMatrix(states, people);
  ASSERT_EQ(m.people.size(), 3u);
  const MatrixLine& a = m.people[0];
  EXPECT_EQ(a.cells[0].attainment_bp, 6'667);
  EXPECT_EQ(a.cells[1].attainment_bp, 5'000);
  EXPECT_EQ(a.cells[2].target, 10);
  EXPECT_EQ(a.cells[2].attainment_bp, none);
  EXPECT_EQ(a.total.actual, 7);
  EXPECT_EQ(a.total.target, 23);
  EXPECT_EQ(a.total.target_to_date, 13);
  EXPECT_EQ(a.total.attainment_bp, 5'385);  // 7 / 13 = 0.53846 → 5,385
  const MatrixLine& b = m.people[1];
  EXPECT_EQ(b.cells[0].target, none);
  EXPECT_EQ(b.cells[0].attainment_bp, none);
  EXPECT_EQ(b.total.actual, 100);
  EXPECT_EQ(b.total.target, none);
  EXPECT_EQ(b.total.attainment_bp, none);
  EXPECT_EQ(m.people[2].cells[0].target, 0);
  EXPECT_EQ(m.people[2].cells[0].attainment_bp, none);  // a target of 0 has no attainment
  // The team: everyone's actual; a's and c's targets; the attainment of a's and c's actuals
  // (b has no plan): first month (2 + 7) / (3 + 0) = 30,000 bp.
  EXPECT_EQ(m.team.cells[0].actual, 109);
  EXPECT_EQ(m.team.cells[0].target, 3);
  EXPECT_EQ(m.team.cells[0].attainment_bp, 30'000);
  EXPECT_EQ(m.team.cells[2].attainment_bp, none);
  EXPECT_EQ(m.team.total.actual, 114);
  EXPECT_EQ(m.team.total.target, 23);
  EXPECT_EQ(m.team.total.target_to_date, 13);
  EXPECT_EQ(m.team.total.attainment_bp, 10'769);  // (9 + 5) / 13 = 1.07692 → 10,769
  EXPECT_TRUE(BuildMatrix(states, {}).people.empty());
  EXPECT_EQ(BuildMatrix(states, {}).team.total.attainment_bp, none);
}

}  // namespace
}  // namespace salesdesk::core::cockpit
