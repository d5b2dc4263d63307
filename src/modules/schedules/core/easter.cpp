#include "modules/schedules/core/easter.h"

namespace salesdesk::modules::schedules {

core::Result<core::Date> EasterSunday(int year) {
  if (year < 1583 || year > 9999) {
    return core::Error::Invalid("year", core::Msg("schedules.easter_year"));
  }
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return core::Date::FromCivil(year, month, day);
}

}  // namespace salesdesk::modules::schedules
