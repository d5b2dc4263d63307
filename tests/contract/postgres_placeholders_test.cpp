// The '?' → $n rewrite, on its own (no database needed).
#include "storage/postgres/postgres_placeholders.h"

#include <gtest/gtest.h>

namespace salesdesk::storage {
namespace {

struct Case {
  const char* sql;
  const char* expected;
  int count;
};

TEST(PostgresPlaceholders, RewritesOnlyRealPlaceholders) {
  const Case cases[] = {
      {"SELECT 1", "SELECT 1", 0},
      {"SELECT ?, ?", "SELECT $1, $2", 2},
      {"WHERE a = ? AND b IN (?, ?)", "WHERE a = $1 AND b IN ($2, $3)", 3},
      {"SELECT '?', ?", "SELECT '?', $1", 1},
      {"SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1", 1},
      {"SELECT E'\\' ?', ?", "SELECT E'\\' ?', $1", 1},
      {"SELECT e'a\\\\', ?", "SELECT e'a\\\\', $1", 1},
      {"SELECT 'a\\', ?", "SELECT 'a\\', $1", 1},  // standard strings: backslash is plain
      {"SELECT \"col?\", ?", "SELECT \"col?\", $1", 1},
      {"SELECT \"a\"\"?\" FROM t WHERE x = ?", "SELECT \"a\"\"?\" FROM t WHERE x = $1", 1},
      {"SELECT ? -- what?\n, ?", "SELECT $1 -- what?\n, $2", 2},
      {"SELECT ? -- trailing ?", "SELECT $1 -- trailing ?", 1},
      {"SELECT /* ? /* nested ? */ still ? */ ?", "SELECT /* ? /* nested ? */ still ? */ $1", 1},
      {"SELECT $$ ? $$, ?", "SELECT $$ ? $$, $1", 1},
      {"SELECT $tag$ it's ? $$ $tag$, ?", "SELECT $tag$ it's ? $$ $tag$, $1", 1},
      {"SELECT a$b, ?", "SELECT a$b, $1", 1},
      {"SELECT 5-?", "SELECT 5-$1", 1},
      {"SELECT 4/?", "SELECT 4/$1", 1},
      {"SELECT 'unterminated ?", "SELECT 'unterminated ?", 0},
      {"SELECT 'Grüße ?' || ?", "SELECT 'Grüße ?' || $1", 1},
  };
  for (const Case& c : cases) {
    const RewrittenSql out = RewritePlaceholders(c.sql);
    EXPECT_EQ(out.text, c.expected) << c.sql;
    EXPECT_EQ(out.parameter_count, c.count) << c.sql;
  }
}

TEST(PostgresPlaceholders, NumbersBeyondNine) {
  std::string sql = "VALUES (";
  std::string expected = "VALUES (";
  for (int i = 1; i <= 12; ++i) {
    sql += i > 1 ? ", ?" : "?";
    expected += (i > 1 ? ", $" : "$") + std::to_string(i);
  }
  const RewrittenSql out = RewritePlaceholders(sql + ")");
  EXPECT_EQ(out.text, expected + ")");
  EXPECT_EQ(out.parameter_count, 12);
}

}  // namespace
}  // namespace salesdesk::storage
