#include "app/auth/auth_service.h"

#include <algorithm>
#include <utility>

#include "app/auth/crypto.h"

namespace salesdesk::app {
namespace {

using core::Error;
using core::ErrorCode;

Error Unauthenticated() {
  return Error::Make(ErrorCode::kUnauthenticated,
                     "sign in first: send the session cookie or an Authorization: Bearer token");
}

Error RateLimited(std::int64_t until_us, std::int64_t now_us) {
  Error e =
      Error::Make(ErrorCode::kRateLimited, "too many failed sign-ins; wait before trying again");
  e.retry_after_seconds = std::max<std::int64_t>(1, (until_us - now_us + 999'999) / 1'000'000);
  return e;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A valid hash to verify against when the e-mail is unknown, so timing does not tell.
const std::string& DummyHash() {
  static const std::string kHash = *HashPassword("not-a-real-password-0000");
  return kHash;
}

}  // namespace

core::Result<void> AuthService::CountFailures(const std::string& email_key,
                                              const std::string& address_key, std::int64_t now) {
  // Both counters move in one transaction: one durable commit per failed sign-in.
  SD_ASSIGN(auto uow, store_.Write());
  for (const auto& [key, limit] : {std::pair{email_key, options_.max_failures_per_email},
                                   std::pair{address_key, options_.max_failures_per_address}}) {
    SD_ASSIGN(auto failures, uow->RecordLoginFailure(key, now, options_.failure_window_us));
    if (failures >= limit) SD_TRY(uow->BlockLogin(key, now + options_.block_us));
  }
  return uow->Commit();
}

core::Result<LoginResult> AuthService::Login(const std::string& email_in,
                                             const std::string& password,
                                             const std::string& remote_address) {
  const std::string email = Lower(email_in);
  const std::string email_key = "email:" + email;
  const std::string address_key = "address:" + remote_address;
  const std::int64_t now = clock_.Now().micros_since_epoch();

  std::optional<UserCredentials> user;
  {
    SD_ASSIGN(auto uow, store_.Read());
    for (const auto& key : {email_key, address_key}) {
      SD_ASSIGN(auto blocked, uow->LoginBlockedUntil(key));
      if (blocked && *blocked > now) return RateLimited(*blocked, now);
    }
    SD_ASSIGN(user, uow->FindUserByEmail(email));
  }
  // Verify outside any transaction: argon2id takes tens of milliseconds.
  const bool ok = user && user->active && !user->password_hash.empty()
                      ? VerifyPassword(user->password_hash, password)
                      : (VerifyPassword(DummyHash(), password), false);
  if (!ok) {
    SD_TRY(CountFailures(email_key, address_key, now));
    Error e = Error::Make(ErrorCode::kUnauthenticated,
                          "the e-mail or password is wrong, or the user is disabled");
    e.field = "password";
    return e;
  }

  LoginResult result;
  result.token = RandomToken();
  result.csrf_token = RandomToken();
  result.expires_us = now + options_.session_ttl_us;
  SD_ASSIGN(auto uow, store_.Write());
  SD_TRY(uow->ClearLoginFailures(email_key));
  SD_TRY(uow->InsertSession(SessionRecord{HashHex(result.token), user->id, "browser",
                                          result.csrf_token, "", now, result.expires_us}));
  SD_TRY(uow->Commit());
  auto role = ParseRole(user->role);
  result.caller = Caller{user->id, role.value_or(Role::kRep), user->name, user->email,
                         true,     result.csrf_token,         "browser"};
  return result;
}

core::Result<Caller> AuthService::Authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return Unauthenticated();
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto found, uow->FindSessionWithUser(HashHex(token)));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  if (!found) return Unauthenticated();
  const auto& [session_row, user_row] = *found;
  const SessionRecord* session = &session_row;
  const UserCredentials* user = &user_row;
  if (session->expires_us <= now || !user->active ||
      session->created_us < user->credentials_changed_us) {
    return Unauthenticated();
  }
  auto role = ParseRole(user->role);
  if (!role) return Unauthenticated();
  return Caller{
      user->id,     *role, user->name, user->email, session->kind == "browser", session->csrf_token,
      session->kind};
}

core::Result<void> AuthService::Logout(const std::string& token) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_TRY(uow->DeleteSession(HashHex(token)));
  return uow->Commit();
}

core::Result<std::string> AuthService::CreateApiToken(const Caller& actor, std::int64_t user_id,
                                                      const std::string& label,
                                                      std::int64_t ttl_days) {
  if (!actor.is_system() && actor.user_id != user_id && actor.role != Role::kAdmin) {
    return Error::Make(ErrorCode::kForbidden, "you may create tokens only for yourself");
  }
  if (ttl_days < 1 || ttl_days > 366) {
    return Error::Invalid("ttl_days", "ttl_days must be between 1 and 366");
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  std::string token = RandomToken();
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto user, uow->FindUserById(user_id));
  if (!user || !user->active)
    return Error::Make(ErrorCode::kNotFound, "no active user with that id");
  SD_TRY(uow->InsertSession(SessionRecord{HashHex(token), user_id, "api", "", label, now,
                                          now + ttl_days * 86'400LL * 1'000'000}));
  SD_TRY(uow->Commit());
  return token;
}

core::Result<void> AuthService::SetPassword(const Caller& actor, std::int64_t user_id,
                                            const std::string& password) {
  if (!actor.is_system() && actor.user_id != user_id && actor.role != Role::kAdmin) {
    return Error::Make(ErrorCode::kForbidden, "only an admin may set another user's password");
  }
  SD_ASSIGN(auto hash, HashPassword(password));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(auto uow, store_.Write());
  SD_TRY(uow->SetPassword(user_id, hash, now));
  SD_TRY(uow->DeleteSessionsOfUser(user_id));
  SD_TRY(uow->AppendAudit(
      AuditEntry{now, actor.user_id, "users", user_id, "update", "", R"({"password":"changed"})"}));
  return uow->Commit();
}

}  // namespace salesdesk::app
