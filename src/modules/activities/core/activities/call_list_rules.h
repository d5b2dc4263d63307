// The rules of call lists (issue 11, decision 0057): which outcomes a logged call may have, which
// of them count as "connected", and a person's call figures over a period. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/time/date.h"

namespace salesdesk::core::activities {

// The largest list one build makes: a list is worked by hand, a bigger one is a campaign.
inline constexpr std::int64_t kMaxCallListEntries = 500;

// The outcomes of a call (the activity's outcome values that apply to calls).
const std::vector<std::string_view>& CallOutcomes();
bool IsCallOutcome(std::string_view outcome);
// A call reached the person: outcome "reached" (as the daily report's connected_calls).
bool IsConnected(std::string_view outcome);

// One done call: the business day it was done on, when it ended (µs since the epoch) and how
// long it took.
struct CallTime {
  Date day;
  std::int64_t done_at = 0;
  std::int64_t duration_minutes = 0;
  bool connected = false;
};

// A person's figures over a period.
struct CallFigures {
  std::int64_t calls = 0;
  std::int64_t connected = 0;
  std::optional<std::int64_t> contact_rate_bp;  // connected ÷ calls in basis points; none: no calls
  // Time on the phone: per day, from the start of its first call (done_at − duration) to the end
  // of its last (done_at), summed over the days.
  std::int64_t calling_us = 0;
  // calls ÷ calling hours, in hundredths (1234 = 12.34 calls an hour); none without calling time.
  std::optional<std::int64_t> calls_per_hour_centi;
};

// Each quotient rounded once, half up.
CallFigures FiguresOf(const std::vector<CallTime>& calls);

}  // namespace salesdesk::core::activities
