#include "modules/appraisal/core/order_weeks.h"

namespace salesdesk::core::appraisal {
namespace {

Date Day(std::int64_t days) { return *Date::FromDaysSinceEpoch(days); }

}  // namespace

OrderWeeks WeeksOfMonth(int year, int month) {
  const std::int64_t first = DaysFromCivil(year, month, 1);
  const std::int64_t last = DaysFromCivil(year, month, DaysInMonth(year, month));
  // ISO weekday of day 0 (1970-01-01) is Thursday (4); weekday(d) = (d + 3) mod 7 + 1.
  auto iso_weekday = [](std::int64_t d) { return static_cast<int>(((d + 3) % 7 + 7) % 7) + 1; };
  const std::int64_t first_thursday = first + (4 - iso_weekday(first) + 7) % 7;
  const std::int64_t last_thursday = last - (iso_weekday(last) - 4 + 7) % 7;
  return {Day(first_thursday - 3), Day(last_thursday + 3),
          static_cast<int>((last_thursday - first_thursday) / 7 + 1)};
}

}  // namespace salesdesk::core::appraisal
