// Users' credentials, sessions, failed sign-ins and idempotency keys. All of it lives in the
// database so that several server processes can share one PostgreSQL.
#include "storage/common/sql_unit_of_work.h"

namespace salesdesk::storage {
namespace {

std::int64_t Int(const SqlValue& v) { return IsNull(v) ? 0 : std::get<std::int64_t>(v); }
std::string Text(const SqlValue& v) { return IsNull(v) ? std::string() : std::get<std::string>(v); }

constexpr const char* kUserColumns =
    "SELECT id, email, name, role, team_id, active, password_hash, credentials_changed_at "
    "FROM users ";

std::optional<app::UserCredentials> ToUser(const SqlRows& rows) {
  if (rows.rows.empty()) return std::nullopt;
  const auto& r = rows.rows[0];
  return app::UserCredentials{Int(r[0]), Text(r[1]),     Text(r[2]), Text(r[3]),
                              Int(r[4]), Int(r[5]) != 0, Text(r[6]), Int(r[7])};
}

}  // namespace

core::Result<std::optional<app::UserCredentials>> SqlUnitOfWork::FindUserByEmail(
    const std::string& email) {
  SD_ASSIGN(auto rows, Q(std::string(kUserColumns) + "WHERE email = ?", {email}));
  return ToUser(rows);
}

core::Result<std::optional<app::UserCredentials>> SqlUnitOfWork::FindUserById(std::int64_t id) {
  SD_ASSIGN(auto rows, Q(std::string(kUserColumns) + "WHERE id = ?", {id}));
  return ToUser(rows);
}

core::Result<void> SqlUnitOfWork::SetPassword(std::int64_t user_id, const std::string& hash,
                                              std::int64_t now_us) {
  SD_ASSIGN(auto res, Q("UPDATE users SET password_hash = ?, credentials_changed_at = ?,"
                        " version = version + 1, updated_at = ? WHERE id = ?",
                        {hash, now_us, now_us, user_id}));
  if (res.affected == 0) return core::Error::Make(core::ErrorCode::kNotFound, "no such user");
  return core::Ok();
}

core::Result<void> SqlUnitOfWork::InsertSession(const app::SessionRecord& s) {
  SD_TRY(
      Q("INSERT INTO sessions (token_hash, user_id, kind, csrf_token, label, created_at,"
        " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {s.token_hash, s.user_id, s.kind, s.csrf_token, s.label, s.created_us, s.expires_us}));
  return core::Ok();
}

core::Result<std::optional<std::pair<app::SessionRecord, app::UserCredentials>>>
SqlUnitOfWork::FindSessionWithUser(const std::string& token_hash) {
  SD_ASSIGN(auto rows, Q("SELECT s.token_hash, s.user_id, s.kind, s.csrf_token, s.label,"
                         " s.created_at, s.expires_at, u.id, u.email, u.name, u.role, u.team_id,"
                         " u.active, u.password_hash, u.credentials_changed_at"
                         " FROM sessions s JOIN users u ON u.id = s.user_id"
                         " WHERE s.token_hash = ?",
                         {token_hash}));
  using Found = std::pair<app::SessionRecord, app::UserCredentials>;
  if (rows.rows.empty()) return std::optional<Found>{};
  const auto& r = rows.rows[0];
  return std::optional<Found>{
      Found{app::SessionRecord{Text(r[0]), Int(r[1]), Text(r[2]), Text(r[3]), Text(r[4]), Int(r[5]),
                               Int(r[6])},
            app::UserCredentials{Int(r[7]), Text(r[8]), Text(r[9]), Text(r[10]), Int(r[11]),
                                 Int(r[12]) != 0, Text(r[13]), Int(r[14])}}};
}

core::Result<void> SqlUnitOfWork::DeleteSession(const std::string& token_hash) {
  SD_TRY(Q("DELETE FROM sessions WHERE token_hash = ?", {token_hash}));
  return core::Ok();
}

core::Result<void> SqlUnitOfWork::DeleteSessionsOfUser(std::int64_t user_id) {
  SD_TRY(Q("DELETE FROM sessions WHERE user_id = ?", {user_id}));
  return core::Ok();
}

core::Result<std::int64_t> SqlUnitOfWork::RecordLoginFailure(const std::string& key,
                                                             std::int64_t now_us,
                                                             std::int64_t memory_us) {
  // A failure long after the key's last one starts counting again; otherwise it counts up.
  const std::int64_t forget_before = now_us - memory_us;
  SD_ASSIGN(auto rows,
            Q("INSERT INTO login_failures (login_key, failures, window_start, last_failure_at)"
              " VALUES (?, 1, ?, ?) ON CONFLICT (login_key) DO UPDATE SET"
              " failures = CASE WHEN login_failures.last_failure_at < ?"
              "   THEN 1 ELSE login_failures.failures + 1 END,"
              " window_start = CASE WHEN login_failures.last_failure_at < ?"
              "   THEN ? ELSE login_failures.window_start END,"
              " last_failure_at = ?"
              " RETURNING failures",
              {key, now_us, now_us, forget_before, forget_before, now_us, now_us}));
  return Int(rows.rows.at(0).at(0));
}

core::Result<std::optional<app::LoginFailures>> SqlUnitOfWork::FindLoginFailures(
    const std::string& key) {
  SD_ASSIGN(auto rows, Q("SELECT failures, last_failure_at, blocked_until FROM login_failures"
                         " WHERE login_key = ?",
                         {key}));
  if (rows.rows.empty()) return std::optional<app::LoginFailures>{};
  const auto& r = rows.rows[0];
  return std::optional<app::LoginFailures>{app::LoginFailures{Int(r[0]), Int(r[1]), Int(r[2])}};
}

core::Result<void> SqlUnitOfWork::BlockLogin(const std::string& key, std::int64_t until_us) {
  SD_TRY(Q("UPDATE login_failures SET blocked_until = ? WHERE login_key = ?", {until_us, key}));
  return core::Ok();
}

core::Result<void> SqlUnitOfWork::ClearLoginFailures(const std::string& key) {
  SD_TRY(Q("DELETE FROM login_failures WHERE login_key = ?", {key}));
  return core::Ok();
}

core::Result<std::optional<app::StoredResponse>> SqlUnitOfWork::FindIdempotent(
    std::int64_t user_id, const std::string& key) {
  SD_ASSIGN(auto rows, Q("SELECT request_hash, status, body, location FROM idempotency_keys"
                         " WHERE user_id = ? AND idem_key = ?",
                         {user_id, key}));
  if (rows.rows.empty()) return std::optional<app::StoredResponse>{};
  const auto& r = rows.rows[0];
  return std::optional<app::StoredResponse>{
      app::StoredResponse{Text(r[0]), static_cast<int>(Int(r[1])), Text(r[2]), Text(r[3])}};
}

core::Result<void> SqlUnitOfWork::SaveIdempotent(std::int64_t user_id, const std::string& key,
                                                 const app::StoredResponse& r,
                                                 std::int64_t now_us) {
  SD_TRY(
      Q("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, body,"
        " location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {user_id, key, r.request_hash, std::int64_t{r.status}, r.body, r.location, now_us}));
  return core::Ok();
}

}  // namespace salesdesk::storage
