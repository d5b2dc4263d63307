// The imports' state (app/ports/import_state_store.h, decision 0054): one row per upload, its
// file in import_files (kept apart so reading an import's progress never reads its file), the
// remembered mappings per file shape.
#include "storage/common/sql_unit_of_work.h"

namespace salesdesk::storage {
namespace {

std::int64_t Int(const SqlValue& v) { return IsNull(v) ? 0 : std::get<std::int64_t>(v); }
std::string Text(const SqlValue& v) { return IsNull(v) ? std::string() : std::get<std::string>(v); }

SqlValue KeyValue(const std::optional<std::string>& key) {
  if (!key) return std::monostate{};
  return *key;
}

}  // namespace

core::Result<std::int64_t> SqlUnitOfWork::InsertImport(const app::StoredImport& row,
                                                       const std::string& file_base64,
                                                       const std::optional<std::string>& key,
                                                       const std::string& request_hash) {
  SD_ASSIGN(SqlRows rows,
            Q("INSERT INTO imports (user_id, status, progress_at, created_at, state, idem_key, "
              "request_hash) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {row.user_id, row.status, row.progress_at, row.created_at, row.state, KeyValue(key),
               request_hash}));
  const std::int64_t id = Int(rows.rows.at(0).at(0));
  SD_TRY(Q("INSERT INTO import_files (import_id, content) VALUES (?, ?)", {id, file_base64}));
  return id;
}

core::Result<std::optional<app::StoredImport>> SqlUnitOfWork::FindImport(std::int64_t id) {
  SD_ASSIGN(SqlRows rows,
            Q("SELECT id, user_id, status, progress_at, created_at, state FROM imports "
              "WHERE id = ?",
              {id}));
  if (rows.rows.empty()) return std::optional<app::StoredImport>{};
  const auto& r = rows.rows[0];
  return std::optional<app::StoredImport>{
      app::StoredImport{Int(r[0]), Int(r[1]), Text(r[2]), Int(r[3]), Int(r[4]), Text(r[5])}};
}

core::Result<std::optional<std::pair<std::int64_t, std::string>>> SqlUnitOfWork::FindImportByKey(
    std::int64_t user_id, const std::string& key) {
  SD_ASSIGN(SqlRows rows, Q("SELECT id, request_hash FROM imports WHERE user_id = ? AND "
                            "idem_key = ?",
                            {user_id, key}));
  using Found = std::optional<std::pair<std::int64_t, std::string>>;
  if (rows.rows.empty()) return Found{};
  return Found{{Int(rows.rows[0][0]), Text(rows.rows[0][1])}};
}

core::Result<std::string> SqlUnitOfWork::ImportFile(std::int64_t id) {
  SD_ASSIGN(SqlRows rows, Q("SELECT content FROM import_files WHERE import_id = ?", {id}));
  if (rows.rows.empty()) {
    return core::Error::Make(core::ErrorCode::kNotFound,
                             core::Msg("import.not_found", {{"id", std::to_string(id)}}));
  }
  return Text(rows.rows[0][0]);
}

core::Result<bool> SqlUnitOfWork::SaveImport(const app::StoredImport& row,
                                             const std::optional<std::string>& if_status) {
  if (if_status) {
    SD_ASSIGN(SqlRows rows, Q("UPDATE imports SET status = ?, progress_at = ?, state = ? "
                              "WHERE id = ? AND status = ?",
                              {row.status, row.progress_at, row.state, row.id, *if_status}));
    return rows.affected == 1;
  }
  SD_ASSIGN(SqlRows rows,
            Q("UPDATE imports SET status = ?, progress_at = ?, state = ? WHERE id = ?",
              {row.status, row.progress_at, row.state, row.id}));
  return rows.affected == 1;
}

core::Result<std::vector<std::int64_t>> SqlUnitOfWork::StaleImports(std::int64_t progress_before) {
  SD_ASSIGN(SqlRows rows, Q("SELECT id FROM imports WHERE status = 'running' AND progress_at < ?",
                            {progress_before}));
  std::vector<std::int64_t> out;
  for (const auto& r : rows.rows) out.push_back(Int(r[0]));
  return out;
}

core::Result<std::int64_t> SqlUnitOfWork::ForgetImports(std::int64_t created_before) {
  SD_TRY(
      Q("DELETE FROM import_files WHERE import_id IN (SELECT id FROM imports WHERE "
        "created_at < ? AND status <> 'running')",
        {created_before}));
  SD_ASSIGN(SqlRows rows, Q("DELETE FROM imports WHERE created_at < ? AND status <> 'running'",
                            {created_before}));
  return rows.affected;
}

core::Result<std::optional<std::string>> SqlUnitOfWork::RememberedMapping(
    const std::string& shape) {
  SD_ASSIGN(SqlRows rows, Q("SELECT mapping FROM import_mappings WHERE shape = ?", {shape}));
  if (rows.rows.empty()) return std::optional<std::string>{};
  return std::optional<std::string>{Text(rows.rows[0][0])};
}

core::Result<void> SqlUnitOfWork::RememberMapping(const std::string& shape,
                                                  const std::string& mapping, std::int64_t now_us) {
  SD_TRY(
      Q("INSERT INTO import_mappings (shape, mapping, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (shape) DO UPDATE SET mapping = excluded.mapping, "
        "updated_at = excluded.updated_at",
        {shape, mapping, now_us}));
  return core::Ok();
}

}  // namespace salesdesk::storage
