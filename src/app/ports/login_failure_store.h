// Failed sign-in attempts per key, shared by every server on the database (decision 0013).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace salesdesk::app {

// What the database remembers of one throttling key's failed sign-ins.
struct LoginFailures {
  std::int64_t failures = 0;
  std::int64_t last_failure_us = 0;
  std::int64_t blocked_until_us = 0;  // 0 = not blocked
};

class LoginFailureStore {
 public:
  virtual ~LoginFailureStore() = default;

  // Failed sign-in attempts per key ("email:…", "address:…", "pair:…"), shared by all servers.
  // Counts one more failure, or starts again at 1 when the key's last failure is older than
  // `memory_us`; returns the count.
  virtual core::Result<std::int64_t> RecordLoginFailure(const std::string& key, std::int64_t now_us,
                                                        std::int64_t memory_us) = 0;
  virtual core::Result<std::optional<LoginFailures>> FindLoginFailures(const std::string& key) = 0;
  virtual core::Result<void> BlockLogin(const std::string& key, std::int64_t until_us) = 0;
  virtual core::Result<void> ClearLoginFailures(const std::string& key) = 0;
};

}  // namespace salesdesk::app
