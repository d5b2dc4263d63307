#include "modules/requests/core/response_sla.h"

namespace salesdesk::core::requests {

std::int64_t DueAt(std::int64_t received_us) { return received_us + kSlaMicros; }

bool AnsweredOnTime(std::int64_t received_us, std::int64_t answered_us) {
  return answered_us <= DueAt(received_us);
}

ResponseCount CountResponses(std::span<const RequestTimes> requests, std::int64_t now_us) {
  ResponseCount out;
  for (const auto& r : requests) {
    if (r.answered_us) {
      ++out.due;
      if (AnsweredOnTime(r.received_us, *r.answered_us)) ++out.on_time;
    } else if (now_us > DueAt(r.received_us)) {
      ++out.due;  // unanswered past its SLA: late whenever it is answered
    }
  }
  return out;
}

}  // namespace salesdesk::core::requests
