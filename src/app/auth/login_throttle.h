// Throttling of failed sign-ins (decision 0013). Failures are counted in the database (shared by
// every server process) under three keys: the e-mail from this client address (the pair), the
// address for any e-mail, and the e-mail from any address. After a key's free failures each
// further one makes it wait: first_delay, doubling, at most max_delay. A pair or an address that
// waits is refused; a waiting e-mail refuses only addresses that have failed on it themselves,
// so a correct password from anywhere else still signs in: nobody can lock the director out.
#pragma once

#include <cstdint>
#include <string>

#include "app/ports/login_failure_store.h"
#include "core/result.h"

namespace salesdesk::app {

struct ThrottleOptions {
  std::int64_t free_per_pair = 5;      // one e-mail from one address
  std::int64_t free_per_address = 20;  // any e-mails from one address (password spraying)
  std::int64_t free_per_email = 10;    // one e-mail from any addresses (a spread-out attack)
  std::int64_t first_delay_us = 1'000'000;
  std::int64_t max_delay_us = 15LL * 60 * 1'000'000;
  std::int64_t memory_us = 3600LL * 1'000'000;  // a key's failures are forgotten after an hour
                                                // without any
};

class LoginThrottle {
 public:
  LoginThrottle(std::string email, std::string address, ThrottleOptions options);

  // kRateLimited, with the seconds to wait, when this e-mail may not be tried from this address.
  core::Result<void> Check(LoginFailureStore& uow, std::int64_t now_us) const;
  // Counts a failure under every key and makes the keys past their free failures wait.
  core::Result<void> RecordFailure(LoginFailureStore& uow, std::int64_t now_us) const;
  // A correct password: this address's failures on this e-mail are forgiven (the e-mail's and
  // the address's counts stay: another address or e-mail may be attacking).
  core::Result<void> RecordSuccess(LoginFailureStore& uow) const;

  // How long a key with `failures` failures waits (0 while within its free failures).
  static std::int64_t DelayUs(std::int64_t failures, std::int64_t free_failures,
                              const ThrottleOptions& options);

 private:
  std::string pair_key_, address_key_, email_key_;
  ThrottleOptions options_;
};

}  // namespace salesdesk::app
