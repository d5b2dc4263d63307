#include "modules/mail/core/mail/retry_schedule.h"

namespace salesdesk::core::mail {

std::optional<std::int64_t> RetryDelayMicros(int attempts) {
  constexpr std::int64_t kMinute = 60'000'000;
  static constexpr std::int64_t kWaits[] = {1 * kMinute, 5 * kMinute, 30 * kMinute, 120 * kMinute,
                                            360 * kMinute};
  if (attempts < 1 || attempts >= kMaxAttempts) return std::nullopt;
  return kWaits[attempts - 1];
}

}  // namespace salesdesk::core::mail
