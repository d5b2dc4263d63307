// Sign-in, sessions, API tokens and passwords. Sessions live in the database (hashed), so any
// server process sharing the database accepts them; failed sign-ins are counted there too.
#pragma once

#include <cstdint>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app {

struct AuthOptions {
  std::int64_t session_ttl_us = 12LL * 3600 * 1'000'000;  // a working day
  std::int64_t max_failures_per_email = 5;                // within the window
  std::int64_t max_failures_per_address = 50;
  std::int64_t failure_window_us = 15LL * 60 * 1'000'000;
  std::int64_t block_us = 5LL * 60 * 1'000'000;
};

struct LoginResult {
  std::string token;       // goes into the HttpOnly cookie; never stored
  std::string csrf_token;  // sent back in X-CSRF-Token on state-changing requests
  Caller caller;
  std::int64_t expires_us = 0;
};

class AuthService {
 public:
  AuthService(Store& store, const core::Clock& clock, AuthOptions options = {})
      : store_(store), clock_(clock), options_(options) {}

  core::Result<LoginResult> Login(const std::string& email, const std::string& password,
                                  const std::string& remote_address);
  // The caller a session cookie or bearer token stands for; kUnauthenticated otherwise.
  core::Result<Caller> Authenticate(const std::string& token);
  core::Result<void> Logout(const std::string& token);
  // A bearer token for scripts, valid for `ttl_days`.
  core::Result<std::string> CreateApiToken(const Caller& actor, std::int64_t user_id,
                                           const std::string& label, std::int64_t ttl_days);
  // Sets a password and ends every session and token of that user.
  core::Result<void> SetPassword(const Caller& actor, std::int64_t user_id,
                                 const std::string& password);

 private:
  core::Result<void> CountFailures(const std::string& email_key, const std::string& address_key,
                                   std::int64_t now);
  Store& store_;
  const core::Clock& clock_;
  AuthOptions options_;
};

}  // namespace salesdesk::app
