#include <chrono>
#include <ctime>
#include <string>

#include "storage/common/migration.h"

namespace salesdesk::storage {
namespace {

// Arbitrary, fixed: every salesdesk process migrating this database takes the same lock.
constexpr std::string_view kPostgresLock = "SELECT pg_advisory_xact_lock(7149302177264183809)";

constexpr std::string_view kCreateSqlite =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
    "name TEXT NOT NULL, applied_at TEXT NOT NULL)";
constexpr std::string_view kCreatePostgres =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
    "name TEXT NOT NULL, applied_at TEXT NOT NULL)";

const std::vector<Migration>& MigrationsFor(Dialect dialect) {
  return dialect == Dialect::kSqlite ? sqlite_migrations() : postgres_migrations();
}

std::string UtcNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

core::Result<void> CheckOrder(const std::vector<Migration>& migrations) {
  std::int64_t previous = 0;
  for (const Migration& m : migrations) {
    if (m.version <= previous) {
      return core::Error::Make(
          core::ErrorCode::kInternal,
          std::string("migration ") + m.name + " is out of order: versions must increase");
    }
    previous = m.version;
  }
  return core::Ok();
}

core::Result<std::int64_t> MaxVersion(SqlTransaction& tx) {
  SD_ASSIGN(SqlRows rows, tx.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  const auto* version = std::get_if<std::int64_t>(&rows.rows.at(0).at(0));
  if (version == nullptr) {
    return core::Error::Make(core::ErrorCode::kInternal,
                             "schema_migrations.version is not integer");
  }
  return *version;
}

// Two app servers starting together must not both apply a migration. The advisory lock
// serializes them until commit; the loser then re-reads the version and finds nothing to do.
// It waits without lock_timeout, since the winner may run a long migration, and restores the
// session's limit for the migration's own statements.
core::Result<void> LockForMigration(SqlTransaction& tx) {
  SD_ASSIGN(SqlRows limit, tx.Query("SELECT current_setting('lock_timeout')"));
  SD_TRY(tx.Query("SELECT set_config('lock_timeout', '0', true)"));
  SD_TRY(tx.Query(kPostgresLock));
  const SqlValue previous[] = {limit.rows.at(0).at(0)};
  SD_TRY(tx.Query("SELECT set_config('lock_timeout', ?, true)", previous));
  return core::Ok();
}

core::Error TooNew(std::int64_t found, std::int64_t newest) {
  return core::Error::Make(core::ErrorCode::kConflict,
                           "database schema version " + std::to_string(found) +
                               " is newer than this binary (" + std::to_string(newest) +
                               "); upgrade salesdesk");
}

}  // namespace

core::Result<MigrationReport> Migrate(SqlDatabase& db) {
  const auto& migrations = MigrationsFor(db.dialect());
  SD_TRY(CheckOrder(migrations));
  const std::int64_t newest = migrations.empty() ? 0 : migrations.back().version;
  const std::string_view create =
      db.dialect() == Dialect::kSqlite ? kCreateSqlite : kCreatePostgres;

  MigrationReport report;
  for (bool first = true;; first = false) {
    // SQLite: BEGIN IMMEDIATE already serializes every writer, across processes too.
    SD_ASSIGN(auto tx, db.BeginWrite());
    if (db.dialect() == Dialect::kPostgres) SD_TRY(LockForMigration(*tx));
    SD_TRY(tx->ExecScript(create));
    SD_ASSIGN(const std::int64_t current, MaxVersion(*tx));
    if (first) report.from_version = current;
    report.to_version = current;
    if (current > newest) return TooNew(current, newest);

    const Migration* next = nullptr;
    for (const Migration& m : migrations) {
      if (m.version > current) {
        next = &m;
        break;
      }
    }
    if (next == nullptr) {
      SD_TRY(tx->Commit());  // keeps schema_migrations even when there is nothing to apply
      return report;
    }
    if (auto applied = tx->ExecScript(next->sql); !applied.ok()) {
      core::Error error = std::move(applied).error();
      error.message = std::string("migration ") + next->name + " failed: " + error.message;
      return error;
    }
    const SqlValue row[] = {next->version, std::string(next->name), UtcNow()};
    SD_TRY(tx->Query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                     row));
    SD_TRY(tx->Commit());
    report.applied.emplace_back(next->name);
    report.to_version = next->version;
  }
}

core::Result<std::int64_t> CurrentSchemaVersion(SqlDatabase& db) {
  SD_ASSIGN(auto tx, db.BeginRead());
  const std::string_view exists =
      db.dialect() == Dialect::kSqlite
          ? "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = "
            "'schema_migrations'"
          : "SELECT count(*) FROM (SELECT to_regclass('schema_migrations') AS t) r "
            "WHERE r.t IS NOT NULL";
  SD_ASSIGN(SqlRows rows, tx->Query(exists));
  if (rows.rows.at(0).at(0) == SqlValue{std::int64_t{0}}) return std::int64_t{0};
  return MaxVersion(*tx);
}

}  // namespace salesdesk::storage
