// Easter by the anonymous Gregorian algorithm against published dates, and the generated
// national holidays (fixed, Easter-relative, n-th weekday, substitute days).
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/schedules/core/easter.h"
#include "modules/schedules/core/holiday_calendar.h"

namespace salesdesk::modules::schedules {
namespace {

using core::Date;

Date D(int y, int m, int d) { return Date::FromCivil(y, m, d).value(); }

TEST(SchedulesEaster, MatchesPublishedDates) {
  // Including the extremes of the Gregorian range (22 March 1818, 25 April 1943 and 2038).
  const std::pair<int, Date> known[] = {
      {1818, D(1818, 3, 22)}, {1943, D(1943, 4, 25)}, {2000, D(2000, 4, 23)},
      {2008, D(2008, 3, 23)}, {2019, D(2019, 4, 21)}, {2024, D(2024, 3, 31)},
      {2025, D(2025, 4, 20)}, {2026, D(2026, 4, 5)},  {2027, D(2027, 3, 28)},
      {2038, D(2038, 4, 25)}, {2285, D(2285, 3, 22)}};
  for (const auto& [year, date] : known) {
    auto easter = EasterSunday(year);
    ASSERT_TRUE(easter.ok()) << year;
    EXPECT_EQ(easter->ToString(), date.ToString()) << year;
  }
}

TEST(SchedulesEaster, IsAlwaysASundayBetween22MarchAnd25April) {
  for (int year = 1583; year <= 4099; ++year) {
    Date e = EasterSunday(year).value();
    EXPECT_EQ(e.weekday(), core::Weekday::kSunday) << year;
    EXPECT_GE(e, D(year, 3, 22)) << year;
    EXPECT_LE(e, D(year, 4, 25)) << year;
  }
  EXPECT_FALSE(EasterSunday(1582).ok());
}

bool Has(const std::vector<PublicHoliday>& days, Date d, std::string_view name) {
  return std::any_of(days.begin(), days.end(),
                     [&](const auto& h) { return h.date == d && h.name == name; });
}

TEST(SchedulesHolidays, GermanyHasEasterRelativeDaysAndHalfDayChristmasEve) {
  auto de = GenerateHolidays("DE", 2026).value();
  EXPECT_TRUE(Has(de, D(2026, 4, 3), "Karfreitag"));
  EXPECT_TRUE(Has(de, D(2026, 4, 6), "Ostermontag"));
  EXPECT_TRUE(Has(de, D(2026, 5, 14), "Christi Himmelfahrt"));
  EXPECT_TRUE(Has(de, D(2026, 5, 25), "Pfingstmontag"));
  EXPECT_TRUE(Has(de, D(2026, 10, 3), "Tag der Deutschen Einheit"));
  auto eve =
      std::find_if(de.begin(), de.end(), [](const auto& h) { return h.name == "Heiligabend"; });
  ASSERT_NE(eve, de.end());
  EXPECT_TRUE(eve->half_day);
  EXPECT_TRUE(std::is_sorted(de.begin(), de.end(),
                             [](const auto& a, const auto& b) { return a.date < b.date; }));
}

TEST(SchedulesHolidays, SpainPortugalFranceItaly) {
  auto es = GenerateHolidays("ES", 2025).value();
  EXPECT_EQ(es.size(), 10u);
  EXPECT_TRUE(Has(es, D(2025, 4, 18), "Viernes Santo"));
  EXPECT_TRUE(Has(es, D(2025, 10, 12), "Fiesta Nacional de España"));
  EXPECT_TRUE(Has(GenerateHolidays("PT", 2024).value(), D(2024, 5, 30), "Corpo de Deus"));
  EXPECT_TRUE(Has(GenerateHolidays("FR", 2027).value(), D(2027, 5, 17), "Lundi de Pentecôte"));
  EXPECT_TRUE(Has(GenerateHolidays("IT", 2027).value(), D(2027, 3, 29), "Lunedì dell'Angelo"));
}

TEST(SchedulesHolidays, BritishBankHolidaysMoveOffWeekends) {
  // 2021: Christmas on Saturday, Boxing Day on Sunday -> Mon 27 and Tue 28 (gov.uk).
  auto gb21 = GenerateHolidays("GB", 2021).value();
  EXPECT_TRUE(Has(gb21, D(2021, 12, 27), "Christmas Day"));
  EXPECT_TRUE(Has(gb21, D(2021, 12, 28), "Boxing Day"));
  // 2022: Christmas on Sunday -> Boxing Day Mon 26, Christmas Tue 27; New Year 2022 on Saturday.
  auto gb22 = GenerateHolidays("GB", 2022).value();
  EXPECT_TRUE(Has(gb22, D(2022, 12, 26), "Boxing Day"));
  EXPECT_TRUE(Has(gb22, D(2022, 12, 27), "Christmas Day"));
  EXPECT_TRUE(Has(gb22, D(2022, 1, 3), "New Year's Day"));
  // 2026: Boxing Day on Saturday -> Mon 28; last Mondays of May and August.
  auto gb26 = GenerateHolidays("GB", 2026).value();
  EXPECT_TRUE(Has(gb26, D(2026, 12, 28), "Boxing Day"));
  EXPECT_TRUE(Has(gb26, D(2026, 5, 4), "Early May bank holiday"));
  EXPECT_TRUE(Has(gb26, D(2026, 5, 25), "Spring bank holiday"));
  EXPECT_TRUE(Has(gb26, D(2026, 8, 31), "Summer bank holiday"));
  for (const auto& h : gb21) EXPECT_LT(h.date.weekday(), core::Weekday::kSaturday) << h.name;
}

TEST(SchedulesHolidays, UnitedStatesObservedDays) {
  auto us = GenerateHolidays("US", 2026).value();
  EXPECT_TRUE(Has(us, D(2026, 7, 3), "Independence Day"));  // 4 July is a Saturday
  EXPECT_TRUE(Has(us, D(2026, 11, 26), "Thanksgiving Day"));
  EXPECT_TRUE(Has(us, D(2026, 1, 19), "Martin Luther King Jr. Day"));
  EXPECT_EQ(us.size(), 11u);
}

TEST(SchedulesHolidays, UnknownCountryNamesTheField) {
  auto xx = GenerateHolidays("XX", 2026);
  ASSERT_FALSE(xx.ok());
  EXPECT_EQ(xx.error().field, "country");
}

}  // namespace
}  // namespace salesdesk::modules::schedules
