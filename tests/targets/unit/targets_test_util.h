// Builders for the targets rule tests: dates from literals, and April–May 2026 day weights with
// Good Friday (3 April) a holiday, half-day leave on 8 April and a full day of leave on 9 April.
#pragma once

#include <vector>

#include "core/time/date.h"
#include "modules/targets/core/decomposition.h"

namespace salesdesk::modules::targets::testing {

inline core::Date D(const char* iso) { return *core::ParseDate(iso); }

// Half-days (A-R4): 2 Monday to Friday, 0 at weekends, and the exceptions above.
inline std::vector<DayWeight> AprilMay2026() {
  std::vector<DayWeight> out;
  for (core::Date d = D("2026-04-01"); d <= D("2026-05-31"); d = *d.AddDays(1)) {
    int w = static_cast<int>(d.weekday()) <= 5 ? 2 : 0;
    if (d == D("2026-04-03") || d == D("2026-04-09")) w = 0;
    if (d == D("2026-04-08")) w = 1;
    out.push_back({d, w});
  }
  return out;
}

}  // namespace salesdesk::modules::targets::testing
