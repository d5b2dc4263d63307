// Sign-in, sessions, API tokens and passwords. Sessions live in the database (hashed), so any
// server process sharing the database accepts them; failed sign-ins are counted there too.
// `remote_address` is the client's address as the HTTP layer established it (trusted proxies).
#pragma once

#include <cstdint>
#include <string>

#include "app/access/caller.h"
#include "app/auth/login_throttle.h"
#include "app/ports/store.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app {

struct AuthOptions {
  std::int64_t session_ttl_us = 12LL * 3600 * 1'000'000;  // a working day
  ThrottleOptions throttle;                               // failed sign-ins (decision 0013)
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
  // One's own password: the current one must be given, and a wrong one counts as a failed
  // sign-in (same throttle). Ends every session and token of the user.
  core::Result<void> ChangeOwnPassword(const Caller& actor, std::int64_t user_id,
                                       const std::string& current_password,
                                       const std::string& new_password,
                                       const std::string& remote_address);
  // An admin sets SOMEONE ELSE's password (never their own: that needs the current one).
  // Audited; ends every session and token of that user.
  core::Result<void> ResetPassword(const Caller& actor, std::int64_t user_id,
                                   const std::string& password);
  // The system (CLI, demo, tests) sets a password; ends every session and token of that user.
  core::Result<void> SetPassword(const Caller& actor, std::int64_t user_id,
                                 const std::string& password);

 private:
  core::Result<void> StorePassword(const Caller& actor, std::int64_t user_id,
                                   const std::string& password, const char* audit_note,
                                   const LoginThrottle* forgive = nullptr);
  // Refuses while throttled, else verifies `password` against `hash` outside any transaction;
  // a wrong one is counted and answered kUnauthenticated.
  core::Result<void> CheckPassword(const LoginThrottle& throttle, const std::string& hash,
                                   const std::string& password, std::int64_t now);
  Store& store_;
  const core::Clock& clock_;
  AuthOptions options_;
};

}  // namespace salesdesk::app
