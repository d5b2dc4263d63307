#include "storage/common/sql_store.h"

#include "storage/common/sql_unit_of_work.h"

namespace salesdesk::storage {

core::Result<std::unique_ptr<app::UnitOfWork>> SqlStore::Read() {
  SD_ASSIGN(auto tx, db_.BeginRead());
  return std::unique_ptr<app::UnitOfWork>(std::make_unique<SqlUnitOfWork>(std::move(tx)));
}

core::Result<std::unique_ptr<app::UnitOfWork>> SqlStore::Write() {
  SD_ASSIGN(auto tx, db_.BeginWrite());
  return std::unique_ptr<app::UnitOfWork>(std::make_unique<SqlUnitOfWork>(std::move(tx)));
}

core::Result<std::vector<std::int64_t>> SqlUnitOfWork::TeamMemberIds(std::int64_t user_id) {
  // Every team in the sub-trees of the teams this user leads, then their members. The
  // recursive CTE is the same text on SQLite and PostgreSQL.
  SD_ASSIGN(auto rows, Q("WITH RECURSIVE led(id) AS ("
                         "  SELECT id FROM teams WHERE leader_id = ?"
                         "  UNION SELECT t.id FROM teams t JOIN led ON t.parent_id = led.id)"
                         " SELECT id FROM users WHERE team_id IN (SELECT id FROM led)"
                         " UNION SELECT CAST(? AS BIGINT) ORDER BY 1",
                         {user_id, user_id}));
  std::vector<std::int64_t> ids;
  ids.reserve(rows.rows.size());
  for (const auto& r : rows.rows) ids.push_back(std::get<std::int64_t>(r[0]));
  return ids;
}

core::Result<void> SqlUnitOfWork::AppendAudit(const app::AuditEntry& a) {
  auto text_or_null = [](const std::string& s) -> SqlValue {
    return s.empty() ? SqlValue{} : SqlValue{s};
  };
  SD_TRY(
      Q("INSERT INTO audit_events (version, created_at, updated_at, at, actor_id, entity,"
        " entity_id, action, before, after) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {a.at_us, a.at_us, a.at_us, a.actor_id == 0 ? SqlValue{} : SqlValue{a.actor_id}, a.entity,
         a.entity_id, a.action, text_or_null(a.before_json), text_or_null(a.after_json)}));
  return core::Ok();
}

}  // namespace salesdesk::storage
