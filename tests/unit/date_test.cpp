#include "core/time/date.h"

#include <gtest/gtest.h>

#include <string>

namespace salesdesk::core {
namespace {

struct KnownDate {
  const char* text;
  std::int64_t days;
  Weekday weekday;
};

// Day numbers and weekdays computed independently (Python's datetime).
const KnownDate kKnown[] = {
    {"1970-01-01", 0, Weekday::kThursday},     {"1969-12-31", -1, Weekday::kWednesday},
    {"0001-01-01", -719162, Weekday::kMonday}, {"9999-12-31", 2932896, Weekday::kFriday},
    {"2000-02-29", 11016, Weekday::kTuesday},  {"2000-03-01", 11017, Weekday::kWednesday},
    {"2026-11-22", 20779, Weekday::kSunday},   {"1900-03-01", -25508, Weekday::kThursday},
    {"2024-02-29", 19782, Weekday::kThursday}, {"1600-02-29", -135081, Weekday::kTuesday},
    {"0004-02-29", -718008, Weekday::kSunday},
};

TEST(Date, KnownDaysAndWeekdays) {
  for (const KnownDate& k : kKnown) {
    auto d = ParseDate(k.text);
    ASSERT_TRUE(d.ok()) << k.text << ": " << d.error().message;
    EXPECT_EQ(d->days_since_epoch(), k.days) << k.text;
    EXPECT_EQ(d->weekday(), k.weekday) << k.text;
    EXPECT_EQ(d->ToString(), k.text);
  }
  EXPECT_EQ(Date::kMinDays, ParseDate("0001-01-01")->days_since_epoch());
  EXPECT_EQ(Date::kMaxDays, ParseDate("9999-12-31")->days_since_epoch());
  EXPECT_EQ(Date().ToString(), "1970-01-01");
}

// Walks every day of 0001..9999 with a naive calendar and checks the closed-form algorithms,
// parsing, printing and weekdays against it.
TEST(Date, EveryDayOfTheSupportedRangeMatchesANaiveCalendar) {
  int year = 1, month = 1, day = 1;
  std::int64_t days = Date::kMinDays;
  int weekday = 1;  // 0001-01-01 was a Monday
  const int kLengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int failures = 0;
  while (year <= 9999) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    auto expect = [&](bool ok, const char* what) {
      if (!ok && ++failures <= 10) {
        ADD_FAILURE() << what << " at " << year << "-" << month << "-" << day;
      }
    };
    expect(DaysFromCivil(year, month, day) == days, "DaysFromCivil");
    const CivilDate c = CivilFromDays(days);
    expect(c.year == year && c.month == month && c.day == day, "CivilFromDays");
    auto d = Date::FromCivil(year, month, day);
    expect(d.ok() && d->days_since_epoch() == days, "FromCivil");
    expect(d.ok() && static_cast<int>(d->weekday()) == weekday, "weekday");
    // String round trip on a sample of days keeps the sanitizer build fast.
    if (day == 1 || day >= 28 || days % 97 == 0) {
      auto parsed = ParseDate(d->ToString());
      expect(parsed.ok() && *parsed == *d, "ParseDate(ToString)");
    }
    ++days;
    weekday = weekday % 7 + 1;
    const int length = (month == 2 && leap) ? 29 : kLengths[month - 1];
    if (++day > length) {
      day = 1;
      if (++month > 12) {
        month = 1;
        ++year;
      }
    }
  }
  EXPECT_EQ(days, Date::kMaxDays + 1);
  EXPECT_EQ(failures, 0);
}

TEST(Date, ClosedFormAlgorithmsWorkOutsideTheRangeToo) {
  for (std::int64_t days = -3'000'000; days <= 6'000'000; days += 997) {
    const CivilDate c = CivilFromDays(days);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), days);
  }
  EXPECT_EQ(DaysFromCivil(0, 3, 1), -719468);
}

TEST(ParseDate, RejectsMalformedTextNamingTheFormat) {
  const std::string cases[] = {
      "",
      "2026-11-2",
      "2026-1-22",
      "26-11-22",
      "2026/11/22",
      "2026-11-22 ",
      " 2026-11-22",
      "2026-11-22T",
      "2026-11-22T00:00:00Z",
      "20261122",
      "+2026-11-22",
      "-2026-11-22",
      "2026-11-2a",
      "2026-1a-22",
      "a026-11-22",
      "2026_11_22",
      "2026-11--2",
      "２０２６-11-22",
      "2026-11-22\n",
      "10000-01-01",
  };
  for (const std::string& text : cases) {
    auto d = ParseDate(text);
    ASSERT_FALSE(d.ok()) << "'" << text << "'";
    EXPECT_EQ(d.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(d.error().field, "date");
    EXPECT_NE(d.error().message.find("YYYY-MM-DD"), std::string::npos) << d.error().message;
  }
  EXPECT_FALSE(ParseDate(std::string("2026-11-2\0", 10)).ok());
}

TEST(ParseDate, RejectsImpossibleDaysWithTheReason) {
  const char* cases[][2] = {
      {"2026-02-29", "2026-02 has no day 29; it has 28 days"},
      {"1900-02-29", "1900-02 has no day 29; it has 28 days"},
      {"2024-02-30", "2024-02 has no day 30; it has 29 days"},
      {"2026-04-31", "2026-04 has no day 31; it has 30 days"},
      {"2026-11-00", "2026-11 has no day 0; it has 30 days"},
      {"2026-12-32", "2026-12 has no day 32; it has 31 days"},
      {"2026-13-01", "month 13 is not between 01 and 12"},
      {"2026-00-10", "month 0 is not between 01 and 12"},
      {"0000-01-01", "year 0 is outside 0001 to 9999"},
  };
  for (const auto& c : cases) {
    auto d = ParseDate(c[0]);
    ASSERT_FALSE(d.ok()) << c[0];
    EXPECT_EQ(d.error().message.substr(0, std::string(c[1]).size()), c[1]) << d.error().message;
    EXPECT_NE(d.error().message.find("YYYY-MM-DD"), std::string::npos);
  }
  EXPECT_TRUE(ParseDate("2000-02-29").ok());
  EXPECT_TRUE(ParseDate("2024-02-29").ok());
  EXPECT_TRUE(ParseDate("2026-12-31").ok());
}

TEST(Date, FromCivilValidates) {
  EXPECT_TRUE(Date::FromCivil(2026, 11, 22).ok());
  EXPECT_FALSE(Date::FromCivil(10000, 1, 1).ok());
  EXPECT_FALSE(Date::FromCivil(-1, 1, 1).ok());
  EXPECT_FALSE(Date::FromCivil(2026, 0, 1).ok());
  EXPECT_FALSE(Date::FromCivil(2026, 1, 32).ok());
  EXPECT_EQ(Date::FromCivil(2026, 2, 29).error().code, ErrorCode::kInvalidArgument);
}

TEST(Date, AddDaysAndDifferences) {
  const Date d = *ParseDate("2026-11-22");
  EXPECT_EQ(d.AddDays(30)->ToString(), "2026-12-22");
  EXPECT_EQ(d.AddDays(40)->ToString(), "2027-01-01");
  EXPECT_EQ(d.AddDays(-365)->ToString(), "2025-11-22");
  EXPECT_EQ(ParseDate("2024-02-28")->AddDays(1)->ToString(), "2024-02-29");
  EXPECT_EQ(ParseDate("2023-02-28")->AddDays(1)->ToString(), "2023-03-01");
  EXPECT_EQ(*d.AddDays(0), d);
  EXPECT_EQ(DaysBetween(*ParseDate("2026-01-01"), *ParseDate("2027-01-01")), 365);
  EXPECT_EQ(DaysBetween(*ParseDate("2024-01-01"), *ParseDate("2025-01-01")), 366);
  EXPECT_EQ(DaysBetween(*ParseDate("2027-01-01"), *ParseDate("2026-01-01")), -365);

  const Date last = *ParseDate("9999-12-31");
  const Date first = *ParseDate("0001-01-01");
  EXPECT_EQ(last.AddDays(1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(first.AddDays(-1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(first.AddDays(Date::kMaxDays - Date::kMinDays)->ToString(), "9999-12-31");
  EXPECT_EQ(d.AddDays(INT64_MAX).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(d.AddDays(INT64_MIN).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Date::FromDaysSinceEpoch(Date::kMaxDays + 1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Date::FromDaysSinceEpoch(Date::kMinDays - 1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Date::FromDaysSinceEpoch(20779)->ToString(), "2026-11-22");
}

TEST(Date, ComparesChronologically) {
  EXPECT_LT(*ParseDate("2026-11-21"), *ParseDate("2026-11-22"));
  EXPECT_LT(*ParseDate("1969-12-31"), *ParseDate("1970-01-01"));
  EXPECT_GT(*ParseDate("2027-01-01"), *ParseDate("2026-12-31"));
  EXPECT_EQ(*ParseDate("2026-11-22"), *Date::FromCivil(2026, 11, 22));
  EXPECT_NE(*ParseDate("2026-11-22"), *ParseDate("2026-11-23"));
}

TEST(Date, LeapYearRules) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2026));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2026, 9), 30);
}

}  // namespace
}  // namespace salesdesk::core
