#include "app/auth/auth_service.h"

#include <algorithm>
#include <utility>

#include "app/auth/crypto.h"

namespace salesdesk::app {
namespace {

using core::Error;
using core::ErrorCode;

Error Unauthenticated() {
  return Error::Make(ErrorCode::kUnauthenticated, core::Msg("auth.sign_in_first"));
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

// The length rules of a new password, before any hashing or verifying is spent on it.
core::Result<void> CheckNewPassword(const std::string& password) {
  if (password.size() < kPasswordMinLength || password.size() > kPasswordMaxLength) {
    return Error::Invalid("password", core::Msg("auth.password_length",
                                                {{"min", std::to_string(kPasswordMinLength)},
                                                 {"max", std::to_string(kPasswordMaxLength)}}));
  }
  return core::Ok();
}

}  // namespace

core::Result<void> AuthService::CheckPassword(const LoginThrottle& throttle,
                                              const std::string& hash, const std::string& password,
                                              std::int64_t now) {
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_TRY(throttle.Check(*uow, now));
  }
  // Verify outside any transaction: argon2id takes tens of milliseconds. Unknown e-mails and
  // users without a password cost the same hash, so timing does not tell them apart.
  const bool ok = !hash.empty() ? VerifyPassword(hash, password)
                                : (VerifyPassword(DummyHash(), password), false);
  if (ok) return core::Ok();  // the caller forgives the pair in its own write
  // One transaction and one durable commit per failure, whatever the keys.
  SD_ASSIGN(auto uow, store_.Write());
  SD_TRY(throttle.RecordFailure(*uow, now));
  SD_TRY(uow->Commit());
  return Error::Make(ErrorCode::kUnauthenticated, core::Msg("auth.wrong_password"));
}

core::Result<LoginResult> AuthService::Login(const std::string& email_in,
                                             const std::string& password,
                                             const std::string& remote_address) {
  const std::string email = Lower(email_in);
  if (email.size() > 254) return Error::Invalid("email", core::Msg("auth.email_too_long"));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  const LoginThrottle throttle(email, remote_address, options_.throttle);

  std::optional<UserCredentials> user;
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(user, uow->FindUserByEmail(email));
  }
  const bool usable = user && user->active;
  auto checked = CheckPassword(throttle, usable ? user->password_hash : "", password, now);
  if (!checked.ok()) {
    if (checked.error().code != ErrorCode::kUnauthenticated) return checked.error();
    Error e = Error::Make(ErrorCode::kUnauthenticated, core::Msg("auth.login_failed"));
    e.field = "password";
    return e;
  }

  LoginResult result;
  result.token = RandomToken();
  result.csrf_token = RandomToken();
  result.expires_us = now + options_.session_ttl_us;
  SD_ASSIGN(auto uow, store_.Write());
  SD_TRY(throttle.RecordSuccess(*uow));
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
    return Error::Make(ErrorCode::kForbidden, core::Msg("auth.token_own_only"));
  }
  if (ttl_days < 1 || ttl_days > 366) {
    return Error::Invalid("ttl_days", core::Msg("auth.token_ttl"));
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  std::string token = RandomToken();
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto user, uow->FindUserById(user_id));
  if (!user || !user->active)
    return Error::Make(ErrorCode::kNotFound, core::Msg("auth.no_active_user"));
  SD_TRY(uow->InsertSession(SessionRecord{HashHex(token), user_id, "api", "", label, now,
                                          now + ttl_days * 86'400LL * 1'000'000}));
  SD_TRY(uow->Commit());
  return token;
}

core::Result<void> AuthService::ChangeOwnPassword(const Caller& actor, std::int64_t user_id,
                                                  const std::string& current_password,
                                                  const std::string& new_password,
                                                  const std::string& remote_address) {
  if (actor.is_system() || actor.user_id != user_id) {
    return Error::Make(
        ErrorCode::kForbidden,
        core::Msg("auth.password_own_only", {{"reset_path", "/api/v1/users/{id}/password-reset"}}));
  }
  SD_TRY(CheckNewPassword(new_password));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  std::optional<UserCredentials> user;
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(user, uow->FindUserById(user_id));
  }
  // A wrong current password is a failed sign-in of this e-mail from this address.
  const LoginThrottle throttle(Lower(actor.email), remote_address, options_.throttle);
  auto checked = CheckPassword(throttle, user ? user->password_hash : "", current_password, now);
  if (!checked.ok()) {
    if (checked.error().code != ErrorCode::kUnauthenticated) return checked.error();
    Error e = Error::Make(ErrorCode::kForbidden, core::Msg("auth.current_password_wrong"));
    e.field = "current_password";
    return e;
  }
  return StorePassword(actor, user_id, new_password, R"({"password":"changed"})", &throttle);
}

core::Result<void> AuthService::ResetPassword(const Caller& actor, std::int64_t user_id,
                                              const std::string& password) {
  if (!actor.is_system() && actor.role != Role::kAdmin) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("auth.password_reset_admin_only"));
  }
  if (actor.user_id == user_id) {
    return Error::Make(
        ErrorCode::kForbidden,
        core::Msg("auth.password_reset_self", {{"change_path", "/api/v1/users/{id}/password"}}));
  }
  {
    SD_ASSIGN(auto uow, store_.Read());
    SD_ASSIGN(auto user, uow->FindUserById(user_id));
    if (!user) return Error::Make(ErrorCode::kNotFound, core::Msg("auth.no_user"));
  }
  return StorePassword(actor, user_id, password,
                       R"({"password":"reset by an admin","sessions":"ended"})");
}

core::Result<void> AuthService::SetPassword(const Caller& actor, std::int64_t user_id,
                                            const std::string& password) {
  if (!actor.is_system()) {
    return Error::Make(ErrorCode::kForbidden, core::Msg("auth.password_system_only"));
  }
  return StorePassword(actor, user_id, password, R"({"password":"set"})");
}

core::Result<void> AuthService::StorePassword(const Caller& actor, std::int64_t user_id,
                                              const std::string& password, const char* audit_note,
                                              const LoginThrottle* forgive) {
  SD_ASSIGN(auto hash, HashPassword(password));
  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(auto uow, store_.Write());
  SD_TRY(uow->SetPassword(user_id, hash, now));
  SD_TRY(uow->DeleteSessionsOfUser(user_id));
  if (forgive != nullptr) SD_TRY(forgive->RecordSuccess(*uow));
  // The audit row says what happened, never the hash.
  SD_TRY(
      uow->AppendAudit(AuditEntry{now, actor.user_id, "users", user_id, "update", "", audit_note}));
  return uow->Commit();
}

}  // namespace salesdesk::app
