// The storage contract suite: every TEST_P(StorageContract, …) runs once against SQLite (a
// fresh file in a temporary folder) and once against PostgreSQL (a fresh schema in the
// cluster that scripts/with_postgres.sh starts).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "core/result.h"
#include "storage/common/sql.h"

namespace salesdesk::storage::testing {

enum class Backend { kSqlite, kPostgres };
inline void PrintTo(Backend backend, std::ostream* os) {
  *os << (backend == Backend::kSqlite ? "Sqlite" : "Postgres");
}

class StorageContract : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  SqlDatabase& db() { return *db_; }
  bool IsSqlite() const { return GetParam() == Backend::kSqlite; }
  const std::string& url() const { return url_; }
  const std::string& temp_dir() const { return temp_dir_; }
  // Another SqlDatabase on the same database, standing for a second process.
  std::unique_ptr<SqlDatabase> OpenAnother(const DatabaseOptions& options = Options());
  static DatabaseOptions Options();

  // A surrogate key column the database fills in, in the dialect's own words.
  std::string IdColumn() const;
  // Runs `script` in its own write transaction and commits it.
  void Exec(std::string_view script);
  // Runs one statement in a fresh read transaction.
  SqlRows Read(std::string_view sql, std::span<const SqlValue> params = {});
  // The single integer a statement like SELECT count(*) returns.
  std::int64_t ReadInt(std::string_view sql, std::span<const SqlValue> params = {});

 private:
  std::string url_;
  std::string temp_dir_;  // SQLite
  std::string schema_;    // PostgreSQL
  std::unique_ptr<SqlDatabase> db_;
};

// Contracts that only one engine has (PostgreSQL sessions, SQLite backups): instantiated for
// that engine alone, so nothing is skipped.
class PostgresContract : public StorageContract {};
class SqliteContract : public StorageContract {};

std::string Describe(const core::Error& error);

}  // namespace salesdesk::storage::testing

// Assertions for Result<T>; they print the error code and message on failure.
#define ASSERT_OK(expr)                                                    \
  do {                                                                     \
    const auto& sd_assert_ok_ = (expr);                                    \
    ASSERT_TRUE(sd_assert_ok_.ok())                                        \
        << ::salesdesk::storage::testing::Describe(sd_assert_ok_.error()); \
  } while (false)
#define EXPECT_OK(expr)                                                    \
  do {                                                                     \
    const auto& sd_expect_ok_ = (expr);                                    \
    EXPECT_TRUE(sd_expect_ok_.ok())                                        \
        << ::salesdesk::storage::testing::Describe(sd_expect_ok_.error()); \
  } while (false)
#define ASSERT_OK_AND_ASSIGN(lhs, expr) \
  ASSERT_OK_AND_ASSIGN_IMPL(SD_CONCAT(sd_assert_assign_, __LINE__), lhs, expr)
#define ASSERT_OK_AND_ASSIGN_IMPL(tmp, lhs, expr)                                \
  auto tmp = (expr);                                                             \
  ASSERT_TRUE(tmp.ok()) << ::salesdesk::storage::testing::Describe(tmp.error()); \
  lhs = std::move(tmp).value()
