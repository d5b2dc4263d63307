#include "core/time/date.h"

namespace salesdesk::core {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Pad(int value, int width) {
  std::string s = std::to_string(value);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

Error OutOfRange() { return Error::Make(ErrorCode::kOverflow, Msg("date.out_of_range")); }

}  // namespace

bool IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// The year is shifted to start in March so the leap day is the last day of the "year"; eras are
// 400-year cycles of 146097 days. 719468 is the day number of 1970-01-01 from 0000-03-01.
std::int64_t DaysFromCivil(int year, int month, int day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;                            // [0, 399]
  const std::int64_t shifted_month = month > 2 ? month - 3 : month + 9;      // March = 0
  const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1;  // [0, 365]
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;  // [0, 146096]
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilFromDays(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t day_of_era = z - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

Result<Date> Date::FromCivil(int year, int month, int day) {
  if (year < 1 || year > 9999) {
    return Error::Invalid("date", Msg("date.year_range", {{"year", std::to_string(year)}}));
  }
  if (month < 1 || month > 12) {
    return Error::Invalid("date", Msg("date.month_range", {{"month", std::to_string(month)}}));
  }
  if (day < 1 || day > DaysInMonth(year, month)) {
    return Error::Invalid(
        "date", Msg("date.no_such_day", {{"year", Pad(year, 4)},
                                         {"month", Pad(month, 2)},
                                         {"day", std::to_string(day)},
                                         {"days", std::to_string(DaysInMonth(year, month))}}));
  }
  return Date(static_cast<std::int32_t>(DaysFromCivil(year, month, day)));
}

Result<Date> Date::FromDaysSinceEpoch(std::int64_t days) {
  if (days < kMinDays || days > kMaxDays) return OutOfRange();
  return Date(static_cast<std::int32_t>(days));
}

CivilDate Date::Civil() const { return CivilFromDays(days_); }

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday (ISO 4); kMinDays keeps the dividend non-negative.
  const std::int64_t shifted = days_ - kMinDays;  // 0001-01-01 was a Monday
  return static_cast<Weekday>(shifted % 7 + 1);
}

std::string Date::ToString() const {
  const CivilDate c = Civil();
  return Pad(c.year, 4) + "-" + Pad(c.month, 2) + "-" + Pad(c.day, 2);
}

Result<Date> Date::AddDays(std::int64_t days) const {
  // Reject before adding so huge offsets cannot overflow int64.
  if (days < kMinDays - days_ || days > kMaxDays - days_) return OutOfRange();
  return Date(static_cast<std::int32_t>(days_ + days));
}

Result<Date> ParseDate(std::string_view text) {
  const bool shape_ok = text.size() == 10 && text[4] == '-' && text[7] == '-' && IsDigit(text[0]) &&
                        IsDigit(text[1]) && IsDigit(text[2]) && IsDigit(text[3]) &&
                        IsDigit(text[5]) && IsDigit(text[6]) && IsDigit(text[8]) &&
                        IsDigit(text[9]);
  if (!shape_ok) return Error::Invalid("date", Msg("date.malformed"));
  auto number = [&](std::size_t pos, std::size_t len) {
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  auto date = Date::FromCivil(number(0, 4), number(5, 2), number(8, 2));
  if (!date.ok()) {
    // The same words with the format hint: "<code>_hint".
    const std::string& c = date.error().message_code;
    Message m = date.error().msg();
    m.code = c == "date.year_range"    ? "date.year_range_hint"
             : c == "date.month_range" ? "date.month_range_hint"
                                       : "date.no_such_day_hint";
    return Error::Invalid("date", std::move(m));
  }
  return date;
}

}  // namespace salesdesk::core
