// Migrations: applied once, idempotent, refused on a newer database, safe when two
// processes start together. Only schema_migrations is relied upon, not what 0001 creates.
#include <optional>
#include <thread>

#include "storage/common/migration.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

const std::vector<Migration>& Known(const SqlDatabase& db) {
  return db.dialect() == Dialect::kSqlite ? sqlite_migrations() : postgres_migrations();
}

std::int64_t Newest(const SqlDatabase& db) {
  return Known(db).empty() ? 0 : Known(db).back().version;
}

TEST_P(StorageContract, EmptyDatabaseIsAtVersionZero) {
  ASSERT_OK_AND_ASSIGN(const std::int64_t version, CurrentSchemaVersion(db()));
  EXPECT_EQ(version, 0);
}

TEST_P(StorageContract, MigrateAppliesEachMigrationOnce) {
  ASSERT_OK_AND_ASSIGN(const MigrationReport first, Migrate(db()));
  EXPECT_EQ(first.from_version, 0);
  EXPECT_EQ(first.to_version, Newest(db()));
  ASSERT_EQ(first.applied.size(), Known(db()).size());
  for (std::size_t i = 0; i < first.applied.size(); ++i) {
    EXPECT_EQ(first.applied[i], Known(db())[i].name);
  }
  ASSERT_OK_AND_ASSIGN(const std::int64_t version, CurrentSchemaVersion(db()));
  EXPECT_EQ(version, Newest(db()));
  EXPECT_EQ(ReadInt("SELECT count(*) FROM schema_migrations"),
            static_cast<std::int64_t>(Known(db()).size()));
  EXPECT_EQ(ReadInt("SELECT count(*) FROM schema_migrations WHERE applied_at LIKE '____-__-__T%Z'"),
            static_cast<std::int64_t>(Known(db()).size()));

  ASSERT_OK_AND_ASSIGN(const MigrationReport again, Migrate(db()));
  EXPECT_TRUE(again.applied.empty());
  EXPECT_EQ(again.from_version, Newest(db()));
  EXPECT_EQ(again.to_version, Newest(db()));
}

TEST_P(StorageContract, MigrateRefusesADatabaseNewerThanTheBinary) {
  ASSERT_OK(Migrate(db()));
  Exec(
      "INSERT INTO schema_migrations (version, name, applied_at) "
      "VALUES (9999, '9999_future', '2099-01-01T00:00:00Z')");
  auto result = Migrate(db());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(result.error().message, "database schema version 9999 is newer than this binary (" +
                                        std::to_string(Newest(db())) + "); upgrade salesdesk");
  ASSERT_OK_AND_ASSIGN(const std::int64_t version, CurrentSchemaVersion(db()));
  EXPECT_EQ(version, 9999);
}

TEST_P(StorageContract, TwoProcessesMigratingAtOnceApplyEachMigrationOnce) {
  auto other = OpenAnother();
  ASSERT_NE(other, nullptr);
  std::optional<core::Result<MigrationReport>> a, b;
  std::thread ta([&] { a.emplace(Migrate(db())); });
  std::thread tb([&] { b.emplace(Migrate(*other)); });
  ta.join();
  tb.join();
  ASSERT_OK(*a);
  ASSERT_OK(*b);
  EXPECT_EQ((*a)->applied.size() + (*b)->applied.size(), Known(db()).size());
  EXPECT_EQ(ReadInt("SELECT count(*) FROM schema_migrations"),
            static_cast<std::int64_t>(Known(db()).size()));
}

}  // namespace
}  // namespace salesdesk::storage::testing
