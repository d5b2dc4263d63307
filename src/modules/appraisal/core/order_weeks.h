// The weeks of the weekly order quantity item (RULES B-R6): the ISO weeks whose Thursday lies in
// the month, whole, Monday of the first to Sunday of the last. (Targets split weeks at month
// edges instead, A-R3; this item counts whole weeks because its target is per week.)
#pragma once

#include "core/time/date.h"

namespace salesdesk::core::appraisal {

struct OrderWeeks {
  Date first_monday;
  Date last_sunday;
  int weeks = 0;  // 4 or 5
};

// month 1..12 of a year 0002..9998 (the weeks may reach into the neighbouring years).
OrderWeeks WeeksOfMonth(int year, int month);

}  // namespace salesdesk::core::appraisal
