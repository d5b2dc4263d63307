// Transactions: visibility, rollback, snapshots and how failures are reported.
#include <string>

#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using Int = std::int64_t;

TEST_P(StorageContract, CommittedWritesAreVisibleToLaterReads) {
  Exec("CREATE TABLE t (n BIGINT NOT NULL)");
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  ASSERT_OK(tx->Query("INSERT INTO t (n) VALUES (1)"));
  EXPECT_EQ(ReadInt("SELECT count(*) FROM t"), 0) << "uncommitted write visible to a reader";
  ASSERT_OK(tx->Commit());
  EXPECT_EQ(ReadInt("SELECT count(*) FROM t"), 1);
}

TEST_P(StorageContract, DestroyingAnUncommittedTransactionRollsBack) {
  Exec("CREATE TABLE t (n BIGINT NOT NULL)");
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    ASSERT_OK(tx->Query("INSERT INTO t (n) VALUES (1)"));
    ASSERT_OK(tx->ExecScript("CREATE TABLE u (n BIGINT)"));
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM t"), 0);
  // The connection went back clean: the next writer starts its own transaction.
  Exec("CREATE TABLE u (n BIGINT); INSERT INTO t (n) VALUES (2)");
  EXPECT_EQ(ReadInt("SELECT count(*) FROM t"), 1);
}

TEST_P(StorageContract, ReadSnapshotDoesNotSeeLaterCommits) {
  Exec("CREATE TABLE t (n BIGINT NOT NULL); INSERT INTO t (n) VALUES (1)");
  ASSERT_OK_AND_ASSIGN(auto reader, db().BeginRead());
  ASSERT_OK_AND_ASSIGN(SqlRows before, reader->Query("SELECT count(*) FROM t"));
  Exec("INSERT INTO t (n) VALUES (2); UPDATE t SET n = 10 WHERE n = 1");
  ASSERT_OK_AND_ASSIGN(SqlRows after, reader->Query("SELECT count(*) FROM t"));
  ASSERT_OK_AND_ASSIGN(SqlRows sum, reader->Query("SELECT CAST(sum(n) AS BIGINT) FROM t"));
  EXPECT_EQ(before.rows[0][0], SqlValue{Int{1}});
  EXPECT_EQ(after.rows[0][0], SqlValue{Int{1}});
  EXPECT_EQ(sum.rows[0][0], SqlValue{Int{1}});
  ASSERT_OK(reader->Commit());
  EXPECT_EQ(ReadInt("SELECT count(*) FROM t"), 2);
}

TEST_P(StorageContract, ReadTransactionsRefuseWrites) {
  Exec("CREATE TABLE t (n BIGINT NOT NULL)");
  {
    ASSERT_OK_AND_ASSIGN(auto reader, db().BeginRead());
    EXPECT_FALSE(reader->Query("INSERT INTO t (n) VALUES (1)").ok());
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM t"), 0);
}

TEST_P(StorageContract, UniqueViolationIsAConflictNamingTheConstraint) {
  Exec("CREATE TABLE person (id " + IdColumn() +
       ", email TEXT NOT NULL CONSTRAINT person_email_unique UNIQUE)");
  Exec("INSERT INTO person (email) VALUES ('a@example.com')");
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  const SqlValue row[] = {std::string("a@example.com")};
  auto result = tx->Query("INSERT INTO person (email) VALUES (?)", row);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kConflict) << Describe(result.error());
  // SQLite names the column ("person.email"), PostgreSQL the constraint.
  EXPECT_NE(result.error().message.find("email"), std::string::npos) << result.error().message;
}

TEST_P(StorageContract, OnConflictDoNothingSkipsDuplicatesWithoutAnError) {
  Exec("CREATE TABLE k (key TEXT PRIMARY KEY, n BIGINT NOT NULL)");
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  const char* sql = "INSERT INTO k (key, n) VALUES (?, ?) ON CONFLICT DO NOTHING";
  const SqlValue first[] = {std::string("a"), Int{1}};
  const SqlValue again[] = {std::string("a"), Int{2}};
  ASSERT_OK_AND_ASSIGN(SqlRows inserted, tx->Query(sql, first));
  ASSERT_OK_AND_ASSIGN(SqlRows skipped, tx->Query(sql, again));
  ASSERT_OK(tx->Commit());
  EXPECT_EQ(inserted.affected, 1);
  EXPECT_EQ(skipped.affected, 0);
  EXPECT_EQ(ReadInt("SELECT n FROM k WHERE key = 'a'"), 1);
}

TEST_P(StorageContract, ForeignKeyViolationIsAConflict) {
  Exec("CREATE TABLE parent (id " + IdColumn() +
       ");"
       "CREATE TABLE child (id " +
       IdColumn() +
       ", parent_id BIGINT NOT NULL REFERENCES parent (id));"
       "INSERT INTO parent (id) VALUES (1); INSERT INTO child (parent_id) VALUES (1);");
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    auto orphan = tx->Query("INSERT INTO child (parent_id) VALUES (99)");
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().code, core::ErrorCode::kConflict) << Describe(orphan.error());
  }
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    auto referenced = tx->Query("DELETE FROM parent WHERE id = 1");
    ASSERT_FALSE(referenced.ok());
    EXPECT_EQ(referenced.error().code, core::ErrorCode::kConflict) << Describe(referenced.error());
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM parent"), 1);
}

TEST_P(StorageContract, NotNullAndCheckViolationsAreConflicts) {
  Exec("CREATE TABLE c (n BIGINT NOT NULL CHECK (n > 0))");
  for (const char* sql : {"INSERT INTO c (n) VALUES (NULL)", "INSERT INTO c (n) VALUES (-1)"}) {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    auto result = tx->Query(sql);
    ASSERT_FALSE(result.ok()) << sql;
    EXPECT_EQ(result.error().code, core::ErrorCode::kConflict) << Describe(result.error());
  }
}

TEST_P(StorageContract, AFailedStatementAbortsTheWholeTransaction) {
  Exec("CREATE TABLE u (n BIGINT NOT NULL UNIQUE); INSERT INTO u (n) VALUES (1)");
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    ASSERT_OK(tx->Query("INSERT INTO u (n) VALUES (2)"));
    ASSERT_FALSE(tx->Query("INSERT INTO u (n) VALUES (1)").ok());
    auto next = tx->Query("INSERT INTO u (n) VALUES (3)");
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().code, core::ErrorCode::kConflict) << "keeps the first error's code";
    auto commit = tx->Commit();
    ASSERT_FALSE(commit.ok());
    EXPECT_NE(commit.error().message.find("earlier error"), std::string::npos);
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM u"), 1);
}

TEST_P(StorageContract, SyntaxErrorIsInternalAndNamesTheStatement) {
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginRead());
  auto result = tx->Query("SELEKT 1");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kInternal);
  EXPECT_NE(result.error().message.find("SELEKT"), std::string::npos) << result.error().message;
}

TEST_P(StorageContract, CommitTwiceIsRefused) {
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  ASSERT_OK(tx->Commit());
  EXPECT_FALSE(tx->Commit().ok());
  EXPECT_FALSE(tx->Query("SELECT 1").ok());
}

TEST_P(StorageContract, ReportsItsDialect) {
  const Dialect expected = IsSqlite() ? Dialect::kSqlite : Dialect::kPostgres;
  EXPECT_EQ(db().dialect(), expected);
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginRead());
  EXPECT_EQ(tx->dialect(), expected);
}

}  // namespace
}  // namespace salesdesk::storage::testing
