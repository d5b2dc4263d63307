// Users' credentials and their sessions: what signing in, signing out and authenticating a
// request need.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace salesdesk::app {

struct UserCredentials {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::string role;
  std::int64_t team_id = 0;
  bool active = false;
  std::string password_hash;  // argon2id encoded string; empty = no password set
  std::int64_t credentials_changed_us = 0;
};

struct SessionRecord {
  std::string token_hash;  // hex BLAKE2b of the token; the token itself is never stored
  std::int64_t user_id = 0;
  std::string kind;        // "browser" or "api"
  std::string csrf_token;  // browser sessions only
  std::string label;       // api tokens: what the token is for
  std::int64_t created_us = 0;
  std::int64_t expires_us = 0;
};

class CredentialStore {
 public:
  virtual ~CredentialStore() = default;

  virtual core::Result<std::optional<UserCredentials>> FindUserByEmail(
      const std::string& email) = 0;
  virtual core::Result<std::optional<UserCredentials>> FindUserById(std::int64_t id) = 0;
  virtual core::Result<void> SetPassword(std::int64_t user_id, const std::string& hash,
                                         std::int64_t now_us) = 0;
  virtual core::Result<void> InsertSession(const SessionRecord& session) = 0;
  // The session and its user in one round trip: every authenticated request asks this.
  virtual core::Result<std::optional<std::pair<SessionRecord, UserCredentials>>>
  FindSessionWithUser(const std::string& token_hash) = 0;
  virtual core::Result<void> DeleteSession(const std::string& token_hash) = 0;
  virtual core::Result<void> DeleteSessionsOfUser(std::int64_t user_id) = 0;
};

}  // namespace salesdesk::app
