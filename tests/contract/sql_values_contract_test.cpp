// Values, placeholders and statement results behave the same on both databases.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using Int = std::int64_t;

TEST_P(StorageContract, RoundTripsNullIntegersAndText) {
  Exec("CREATE TABLE v (id " + IdColumn() + ", i BIGINT, s TEXT)");
  const std::vector<SqlValue> ints = {std::monostate{},
                                      Int{0},
                                      Int{-1},
                                      Int{42},
                                      std::numeric_limits<Int>::min(),
                                      std::numeric_limits<Int>::max()};
  const std::vector<SqlValue> texts = {std::monostate{},
                                       std::string(),
                                       std::string("Grüße, 价格 €, emoji 😀"),
                                       std::string("it's \"quoted\" 'twice''"),
                                       std::string("what? ?? ?1 $1"),
                                       std::string("line\nbreak\ttab; -- not a comment /*"),
                                       std::string(2000, 'x')};
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    for (std::size_t n = 0; n < std::max(ints.size(), texts.size()); ++n) {
      const SqlValue row[] = {ints[n % ints.size()], texts[n % texts.size()]};
      ASSERT_OK(tx->Query("INSERT INTO v (i, s) VALUES (?, ?)", row));
    }
    ASSERT_OK(tx->Commit());
  }
  const SqlRows rows = Read("SELECT i, s FROM v ORDER BY id");
  ASSERT_EQ(rows.columns, (std::vector<std::string>{"i", "s"}));
  ASSERT_EQ(rows.rows.size(), std::max(ints.size(), texts.size()));
  for (std::size_t n = 0; n < rows.rows.size(); ++n) {
    EXPECT_EQ(rows.rows[n][0], ints[n % ints.size()]) << "row " << n;
    EXPECT_EQ(rows.rows[n][1], texts[n % texts.size()]) << "row " << n;
  }
  // Parameters compare as the values they are.
  const SqlValue min[] = {std::numeric_limits<Int>::min()};
  EXPECT_EQ(ReadInt("SELECT count(*) FROM v WHERE i = ?", min), 1);
  const SqlValue text[] = {texts[3]};
  EXPECT_EQ(ReadInt("SELECT count(*) FROM v WHERE s = ?", text), 1);
}

TEST_P(StorageContract, QuestionMarksInLiteralsIdentifiersAndCommentsAreNotPlaceholders) {
  Exec("CREATE TABLE q (\"what?\" BIGINT, s TEXT)");
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    const SqlValue params[] = {Int{7}, std::string("x")};
    ASSERT_OK_AND_ASSIGN(
        SqlRows inserted,
        tx->Query("INSERT INTO q (\"what?\", s) /* ? */ VALUES (?, '?' || ? || 'it''s?') -- ?\n",
                  params));
    EXPECT_EQ(inserted.affected, 1);
    ASSERT_OK(tx->Commit());
  }
  const SqlValue params[] = {Int{7}};
  const SqlRows rows =
      Read("SELECT s, '?' AS mark FROM q WHERE \"what?\" = ? AND s <> '?'", params);
  ASSERT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(rows.rows[0][0], SqlValue{std::string("?xit's?")});
  EXPECT_EQ(rows.rows[0][1], SqlValue{std::string("?")});
  EXPECT_EQ(rows.columns[1], "mark");
}

TEST_P(StorageContract, ReportsAffectedRowsOfChangesOnly) {
  Exec("CREATE TABLE a (id " + IdColumn() + ", n BIGINT NOT NULL)");
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  ASSERT_OK_AND_ASSIGN(SqlRows inserted, tx->Query("INSERT INTO a (n) VALUES (1), (2), (3)"));
  EXPECT_EQ(inserted.affected, 3);
  ASSERT_OK_AND_ASSIGN(SqlRows updated, tx->Query("UPDATE a SET n = n * 10 WHERE n >= 2"));
  EXPECT_EQ(updated.affected, 2);
  ASSERT_OK_AND_ASSIGN(SqlRows none, tx->Query("UPDATE a SET n = 0 WHERE n = 99"));
  EXPECT_EQ(none.affected, 0);
  ASSERT_OK_AND_ASSIGN(SqlRows selected, tx->Query("SELECT n FROM a ORDER BY n"));
  EXPECT_EQ(selected.affected, 0);
  EXPECT_EQ(selected.rows.size(), 3u);
  ASSERT_OK_AND_ASSIGN(SqlRows deleted, tx->Query("DELETE FROM a WHERE n = 1"));
  EXPECT_EQ(deleted.affected, 1);
  ASSERT_OK_AND_ASSIGN(SqlRows created, tx->Query("CREATE TABLE b (n BIGINT)"));
  EXPECT_EQ(created.affected, 0);
  ASSERT_OK(tx->Commit());
}

TEST_P(StorageContract, ReturningGivesTheGeneratedId) {
  Exec("CREATE TABLE r (id " + IdColumn() + ", s TEXT NOT NULL)");
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  const SqlValue first_row[] = {std::string("first")};
  ASSERT_OK_AND_ASSIGN(SqlRows first,
                       tx->Query("INSERT INTO r (s) VALUES (?) RETURNING id", first_row));
  const SqlValue second_row[] = {std::string("second")};
  ASSERT_OK_AND_ASSIGN(SqlRows second,
                       tx->Query("INSERT INTO r (s) VALUES (?) RETURNING id, s", second_row));
  ASSERT_OK(tx->Commit());
  ASSERT_EQ(first.rows.size(), 1u);
  ASSERT_TRUE(std::holds_alternative<Int>(first.rows[0][0]));
  EXPECT_EQ(first.affected, 1);
  EXPECT_GT(std::get<Int>(second.rows[0][0]), std::get<Int>(first.rows[0][0]));
  EXPECT_EQ(second.columns, (std::vector<std::string>{"id", "s"}));
  EXPECT_EQ(second.rows[0][1], SqlValue{std::string("second")});
}

TEST_P(StorageContract, NamesColumnsAndTypesExpressions) {
  const SqlRows rows = Read("SELECT 1 AS one, 'x' AS two, NULL AS three, 2 + 3 AS five");
  EXPECT_EQ(rows.columns, (std::vector<std::string>{"one", "two", "three", "five"}));
  ASSERT_EQ(rows.rows.size(), 1u);
  EXPECT_EQ(rows.rows[0][0], SqlValue{Int{1}});
  EXPECT_EQ(rows.rows[0][1], SqlValue{std::string("x")});
  EXPECT_TRUE(IsNull(rows.rows[0][2]));
  EXPECT_EQ(rows.rows[0][3], SqlValue{Int{5}});
  // Typed parameters come back as they went in (an untyped "SELECT ?" would be text on
  // PostgreSQL: the server infers a parameter's type from its use).
  const SqlValue params[] = {Int{-5}};
  EXPECT_EQ(ReadInt("SELECT CAST(? AS BIGINT)", params), -5);
  // Booleans read as 0/1; decimals (REAL in SQLite, numeric in PostgreSQL) as their text.
  const SqlRows other = Read("SELECT 1 = 1 AS yes, 1 = 2 AS no, 1.5 AS half");
  EXPECT_EQ(other.rows.at(0).at(0), SqlValue{Int{1}});
  EXPECT_EQ(other.rows.at(0).at(1), SqlValue{Int{0}});
  EXPECT_EQ(other.rows.at(0).at(2), SqlValue{std::string("1.5")});
}

TEST_P(StorageContract, EmptyResultStillNamesColumns) {
  Exec("CREATE TABLE e (id " + IdColumn() + ", s TEXT)");
  const SqlRows rows = Read("SELECT id, s FROM e");
  EXPECT_EQ(rows.columns, (std::vector<std::string>{"id", "s"}));
  EXPECT_TRUE(rows.rows.empty());
}

TEST_P(StorageContract, WrongParameterCountIsRefused) {
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginRead());
  const SqlValue one[] = {Int{1}};
  auto result = tx->Query("SELECT CAST(? AS BIGINT) + CAST(? AS BIGINT)", one);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kInternal);
  EXPECT_NE(result.error().message.find("2 parameters, 1 given"), std::string::npos)
      << result.error().message;
}

TEST_P(StorageContract, QueryRefusesSeveralStatementsButExecScriptRunsThem) {
  {
    ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
    ASSERT_FALSE(tx->Query("CREATE TABLE s1 (n BIGINT); CREATE TABLE s2 (n BIGINT)").ok());
  }
  Exec(
      "CREATE TABLE s1 (n BIGINT); CREATE TABLE s2 (n BIGINT);\n"
      "INSERT INTO s1 VALUES (1); INSERT INTO s2 VALUES (2), (3);");
  // sum() is numeric (text) on PostgreSQL; the cast makes it an integer on both.
  EXPECT_EQ(ReadInt("SELECT CAST((SELECT sum(n) FROM s1) + (SELECT count(*) FROM s2) AS BIGINT)"),
            3);
}

TEST_P(StorageContract, RepeatedStatementsReuseTheirPreparedForm) {
  Exec("CREATE TABLE p (n BIGINT NOT NULL)");
  ASSERT_OK_AND_ASSIGN(auto tx, db().BeginWrite());
  for (Int n = 0; n < 300; ++n) {
    const SqlValue row[] = {n};
    ASSERT_OK(tx->Query("INSERT INTO p (n) VALUES (?)", row));
  }
  ASSERT_OK(tx->Commit());
  EXPECT_EQ(ReadInt("SELECT count(*) FROM p"), 300);
}

}  // namespace
}  // namespace salesdesk::storage::testing
