#include "app/auth/login_throttle.h"

#include <algorithm>
#include <utility>

namespace salesdesk::app {

LoginThrottle::LoginThrottle(std::string email, std::string address, ThrottleOptions options)
    : pair_key_("pair:" + address + " " + email),
      address_key_("address:" + address),
      email_key_("email:" + email),
      options_(options) {}

std::int64_t LoginThrottle::DelayUs(std::int64_t failures, std::int64_t free_failures,
                                    const ThrottleOptions& options) {
  if (failures < free_failures) return 0;
  std::int64_t delay = options.first_delay_us;
  for (std::int64_t i = free_failures; i < failures && delay < options.max_delay_us; ++i) {
    delay *= 2;
  }
  return std::min(delay, options.max_delay_us);
}

core::Result<void> LoginThrottle::Check(LoginFailureStore& uow, std::int64_t now_us) const {
  SD_ASSIGN(auto pair, uow.FindLoginFailures(pair_key_));
  SD_ASSIGN(auto address, uow.FindLoginFailures(address_key_));
  SD_ASSIGN(auto email, uow.FindLoginFailures(email_key_));
  std::int64_t until = 0;
  if (pair) until = std::max(until, pair->blocked_until_us);
  if (address) until = std::max(until, address->blocked_until_us);
  // The e-mail's wait holds only for addresses that have themselves failed on it lately.
  const bool pair_failed =
      pair && pair->failures > 0 && pair->last_failure_us >= now_us - options_.memory_us;
  if (email && pair_failed) until = std::max(until, email->blocked_until_us);
  if (until <= now_us) return core::Ok();
  core::Error e =
      core::Error::Make(core::ErrorCode::kRateLimited, core::Msg("auth.too_many_failures"));
  e.retry_after_seconds = std::max<std::int64_t>(1, (until - now_us + 999'999) / 1'000'000);
  return e;
}

core::Result<void> LoginThrottle::RecordFailure(LoginFailureStore& uow, std::int64_t now_us) const {
  for (const auto& [key, free_failures] : {std::pair{&pair_key_, options_.free_per_pair},
                                           std::pair{&address_key_, options_.free_per_address},
                                           std::pair{&email_key_, options_.free_per_email}}) {
    SD_ASSIGN(auto failures, uow.RecordLoginFailure(*key, now_us, options_.memory_us));
    const std::int64_t delay = DelayUs(failures, free_failures, options_);
    if (delay > 0) SD_TRY(uow.BlockLogin(*key, now_us + delay));
  }
  return core::Ok();
}

core::Result<void> LoginThrottle::RecordSuccess(LoginFailureStore& uow) const {
  return uow.ClearLoginFailures(pair_key_);
}

}  // namespace salesdesk::app
