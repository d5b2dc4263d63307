// The calendar month a scorecard covers, written "YYYY-MM".
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "core/time/date.h"

namespace salesdesk::core::appraisal {

struct Month {
  int year = 1970;
  int month = 1;

  Date First() const;
  Date Last() const;
  Month SameMonthLastYear() const { return {year - 1, month}; }
  std::string ToString() const;  // "2026-11"
  friend constexpr auto operator<=>(Month, Month) = default;
};

// Strict "YYYY-MM", years 0002..9998 (a card's weeks reach into the neighbouring years);
// kInvalidArgument naming `field` otherwise.
Result<Month> ParseMonth(std::string_view text, const std::string& field);

Month MonthOf(Date d);

}  // namespace salesdesk::core::appraisal
