// Civil dates and UTC instants. Dates are business dates (an invoice date, a due date); a
// Timestamp is an instant. Both are limited to years 0001..9999 so every value prints as
// RFC 3339 / ISO 8601 with a four-digit year and parses back.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace salesdesk::core {

enum class Weekday : std::uint8_t {  // ISO 8601 numbering
  kMonday = 1,
  kTuesday,
  kWednesday,
  kThursday,
  kFriday,
  kSaturday,
  kSunday,
};

struct CivilDate {
  int year;   // 1..9999
  int month;  // 1..12
  int day;    // 1..31
};

class Date {
 public:
  static constexpr std::int64_t kMinDays = -719162;  // 0001-01-01
  static constexpr std::int64_t kMaxDays = 2932896;  // 9999-12-31

  constexpr Date() = default;  // 1970-01-01
  // kInvalidArgument unless the triple names a real day in 0001..9999.
  static Result<Date> FromCivil(int year, int month, int day);
  // kOverflow outside kMinDays..kMaxDays.
  static Result<Date> FromDaysSinceEpoch(std::int64_t days);

  std::int64_t days_since_epoch() const { return days_; }
  CivilDate Civil() const;
  Weekday weekday() const;
  std::string ToString() const;  // "2026-11-22"

  // kOverflow when the result leaves 0001..9999.
  Result<Date> AddDays(std::int64_t days) const;

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr bool operator==(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

// Signed number of days from `from` to `to`.
inline std::int64_t DaysBetween(Date from, Date to) {
  return to.days_since_epoch() - from.days_since_epoch();
}

// Strict "YYYY-MM-DD": four-digit year 0001..9999, real month and day (leap years included).
Result<Date> ParseDate(std::string_view text);

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);  // month 1..12

// Proleptic Gregorian day count relative to 1970-01-01, valid for any int year (after Howard
// Hinnant's public-domain days_from_civil / civil_from_days). No range checks.
std::int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(std::int64_t days);

}  // namespace salesdesk::core
