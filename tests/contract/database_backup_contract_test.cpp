// Online backup (SQLite) while a writer keeps committing; PostgreSQL points to pg_dump.
#include <atomic>
#include <filesystem>
#include <thread>

#include "storage/open/open_database.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using Int = std::int64_t;

SqlRows ReadAll(SqlDatabase& db, std::string_view sql) {
  auto tx = db.BeginRead();
  EXPECT_TRUE(tx.ok()) << Describe(tx.error());
  if (!tx.ok()) return {};
  auto rows = (*tx)->Query(sql);
  EXPECT_TRUE(rows.ok()) << Describe(rows.error());
  return rows.ok() ? std::move(rows).value() : SqlRows{};
}

TEST_P(StorageContract, BackupCopiesAConsistentSnapshotWhileWritersCommit) {
  const std::string target = temp_dir() + "/backup.db";
  if (!IsSqlite()) {
    auto result = db().BackupTo("/tmp/never-written.db");
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("pg_dump"), std::string::npos);
    return;
  }
  // ~8 MiB of filler, so the copy takes several steps while the writer commits.
  Exec(
      "CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
      "CREATE TABLE a (id INTEGER PRIMARY KEY, n BIGINT NOT NULL);"
      "CREATE TABLE b (id INTEGER PRIMARY KEY, n BIGINT NOT NULL);"
      "CREATE TABLE counter (id INTEGER PRIMARY KEY, n BIGINT NOT NULL);"
      "INSERT INTO counter VALUES (1, 0);"
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000) "
      "INSERT INTO filler SELECT x, hex(randomblob(1000)) FROM c;");

  // Each commit adds one row to a and b and bumps the counter: a consistent copy agrees.
  std::atomic<bool> stop{false};
  std::atomic<int> commits{0};
  std::thread writer([&] {
    for (Int n = 1; !stop; ++n) {
      auto tx = db().BeginWrite();
      if (!tx.ok()) continue;
      const SqlValue row[] = {n};
      if ((*tx)->Query("INSERT INTO a (n) VALUES (?)", row).ok() &&
          (*tx)->Query("INSERT INTO b (n) VALUES (?)", row).ok() &&
          (*tx)->Query("UPDATE counter SET n = ? WHERE id = 1", row).ok() && (*tx)->Commit().ok()) {
        ++commits;
      }
    }
  });
  while (commits < 20) std::this_thread::yield();
  const int commits_before = commits;
  auto backup = db().BackupTo(target);
  const int commits_after = commits;
  stop = true;
  writer.join();
  ASSERT_OK(backup);
  EXPECT_GT(commits_after, commits_before) << "the writer was blocked during the backup";

  auto copy = OpenDatabase("sqlite:" + target, Options());
  ASSERT_TRUE(copy.ok()) << Describe(copy.error());
  EXPECT_EQ(ReadAll(**copy, "PRAGMA integrity_check").rows[0][0], SqlValue{std::string("ok")});
  const SqlRows counter = ReadAll(**copy, "SELECT n FROM counter");
  const Int n = std::get<Int>(counter.rows.at(0).at(0));
  EXPECT_GE(n, commits_before);
  // Identical contents: the copy equals the source as it was after commit n.
  for (const char* table : {"a", "b"}) {
    const std::string sql = std::string("SELECT id, n FROM ") + table + " ORDER BY id";
    SqlRows source = ReadAll(db(), sql);
    ASSERT_GE(source.rows.size(), static_cast<std::size_t>(n));
    source.rows.resize(static_cast<std::size_t>(n));
    EXPECT_EQ(ReadAll(**copy, sql).rows, source.rows) << table;
  }
  EXPECT_EQ(ReadAll(**copy, "SELECT id, body FROM filler ORDER BY id").rows,
            ReadAll(db(), "SELECT id, body FROM filler ORDER BY id").rows);
}

TEST_P(SqliteContract, BackupNeverOverwritesAFile) {
  const std::string target = temp_dir() + "/existing.db";
  Exec("CREATE TABLE t (n BIGINT)");
  ASSERT_OK(db().BackupTo(target));
  const auto size = std::filesystem::file_size(target);
  auto again = db().BackupTo(target);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(std::filesystem::file_size(target), size);
  // A target folder that does not exist fails cleanly and leaves nothing behind.
  EXPECT_FALSE(db().BackupTo(temp_dir() + "/missing/backup.db").ok());
}

}  // namespace
}  // namespace salesdesk::storage::testing
