// When a message whose send failed is tried again: 1, 5, 30 minutes, 2 and 6 hours after the
// attempts, then it is failed for good (six attempts over about nine hours: a relay down for a
// night is waited for, a wrong address does not knock all day).
#pragma once

#include <cstdint>
#include <optional>

namespace salesdesk::core::mail {

inline constexpr int kMaxAttempts = 6;

// The wait before attempt `attempts + 1`, after `attempts` failed ones; none when failed for good.
std::optional<std::int64_t> RetryDelayMicros(int attempts);

}  // namespace salesdesk::core::mail
