// The response SLA of a customer request (RULES B-R2 row 11): answered within 24 hours of its
// receipt. Row 11 of the appraisal is the share of a month's requests answered on time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace salesdesk::core::requests {

inline constexpr std::int64_t kSlaHours = 24;
inline constexpr std::int64_t kSlaMicros = kSlaHours * 3'600'000'000;

// When an answer is due: received + 24 h (instants in µs since the epoch).
std::int64_t DueAt(std::int64_t received_us);

// Answered by the end of the SLA (the due instant itself is on time).
bool AnsweredOnTime(std::int64_t received_us, std::int64_t answered_us);

struct RequestTimes {
  std::int64_t received_us = 0;
  std::optional<std::int64_t> answered_us;
};

// Row 11 over a month's requests at `now_us`: a request counts once it is answered or its SLA
// has run out (an open request still within its 24 hours is not late yet, so a live card never
// counts it against the rep); on_time of those counted were answered by their due instant.
struct ResponseCount {
  std::int64_t on_time = 0;
  std::int64_t due = 0;
};
ResponseCount CountResponses(std::span<const RequestTimes> requests, std::int64_t now_us);

}  // namespace salesdesk::core::requests
