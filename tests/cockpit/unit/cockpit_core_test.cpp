// The cockpit's two pure rules: the day a month's figures are read on, and a line's amount at
// list (its unit price with no line discount), rounded once like its net.
#include <gtest/gtest.h>

#include "core/money/currency.h"
#include "modules/cockpit/core/cockpit_period.h"
#include "modules/cockpit/core/list_amount.h"

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

}  // namespace
}  // namespace salesdesk::core::cockpit
