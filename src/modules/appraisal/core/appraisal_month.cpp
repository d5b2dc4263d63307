#include "modules/appraisal/core/appraisal_month.h"

#include <cstdio>

namespace salesdesk::core::appraisal {

Date Month::First() const { return *Date::FromCivil(year, month, 1); }
Date Month::Last() const { return *Date::FromCivil(year, month, DaysInMonth(year, month)); }

std::string Month::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

Result<Month> ParseMonth(std::string_view text, const std::string& field) {
  auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  if (text.size() == 7 && text[4] == '-') {
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    if (y >= 2 && y <= 9998 && m >= 1 && m <= 12) return Month{y, m};
  }
  return Error::Invalid(field, Msg("appraisal.month_format", {{"field", field}}));
}

Month MonthOf(Date d) {
  const CivilDate c = d.Civil();
  return {c.year, c.month};
}

}  // namespace salesdesk::core::appraisal
