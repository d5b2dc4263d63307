// Concurrency: writers queue without losing updates, readers share the pool, and two
// database objects (two processes) see each other's commits.
#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using Int = std::int64_t;

// One increment in its own transaction; returns the new value, or -1 with a test failure.
Int Increment(SqlDatabase& db) {
  auto tx = db.BeginWrite();
  EXPECT_TRUE(tx.ok()) << Describe(tx.error());
  if (!tx.ok()) return -1;
  auto rows = (*tx)->Query("UPDATE counter SET n = n + 1 WHERE id = 1 RETURNING n");
  EXPECT_TRUE(rows.ok()) << Describe(rows.error());
  if (!rows.ok() || rows->rows.size() != 1) return -1;
  auto committed = (*tx)->Commit();
  EXPECT_TRUE(committed.ok()) << Describe(committed.error());
  return committed.ok() ? std::get<Int>(rows->rows[0][0]) : -1;
}

TEST_P(StorageContract, ConcurrentWritersLoseNoIncrement) {
  constexpr int kThreads = 8;
  constexpr int kIncrements = 200;
  Exec(
      "CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL);"
      "INSERT INTO counter (id, n) VALUES (1, 0)");
  std::vector<std::vector<Int>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kIncrements; ++i) seen[t].push_back(Increment(db()));
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ReadInt("SELECT n FROM counter WHERE id = 1"), kThreads * kIncrements);
  // Every transaction saw its own, distinct value: none read a stale counter.
  std::set<Int> distinct;
  for (const auto& values : seen) distinct.insert(values.begin(), values.end());
  EXPECT_EQ(distinct.size(), static_cast<std::size_t>(kThreads * kIncrements));
  EXPECT_EQ(*distinct.begin(), 1);
}

TEST_P(StorageContract, ReaderPoolServesMoreThreadsThanConnections) {
  constexpr int kReaders = 12;  // three times the pool
  constexpr int kReads = 40;
  Exec("CREATE TABLE log (id " + IdColumn() + ", n BIGINT NOT NULL)");
  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  std::thread writer([&] {
    for (Int n = 0; !stop; ++n) {
      auto tx = db().BeginWrite();
      const SqlValue row[] = {n};
      if (!tx.ok() || !(*tx)->Query("INSERT INTO log (n) VALUES (?)", row).ok() ||
          !(*tx)->Commit().ok()) {
        ++failures;
      }
    }
  });
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&] {
      Int last = 0;
      for (int i = 0; i < kReads; ++i) {
        auto tx = db().BeginRead();
        if (!tx.ok()) {
          ++failures;
          continue;
        }
        auto rows = (*tx)->Query("SELECT count(*) FROM log");
        if (!rows.ok()) {
          ++failures;
          continue;
        }
        const Int count = std::get<Int>(rows->rows[0][0]);
        if (count < last) ++failures;  // commits never disappear
        last = count;
      }
    });
  }
  for (auto& t : readers) t.join();
  stop = true;
  writer.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST_P(StorageContract, TwoDatabaseObjectsSeeEachOthersCommits) {
  Exec(
      "CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL);"
      "INSERT INTO counter (id, n) VALUES (1, 0)");
  auto other = OpenAnother();
  ASSERT_NE(other, nullptr);
  {
    ASSERT_OK_AND_ASSIGN(auto tx, other->BeginWrite());
    ASSERT_OK(tx->Query("UPDATE counter SET n = 100 WHERE id = 1"));
    ASSERT_OK(tx->Commit());
  }
  EXPECT_EQ(ReadInt("SELECT n FROM counter"), 100);
  Exec("UPDATE counter SET n = 200 WHERE id = 1");
  {
    ASSERT_OK_AND_ASSIGN(auto tx, other->BeginRead());
    ASSERT_OK_AND_ASSIGN(SqlRows rows, tx->Query("SELECT n FROM counter"));
    EXPECT_EQ(rows.rows[0][0], SqlValue{Int{200}});
  }
  // Both write at the same time: the database serializes them across the two objects.
  constexpr int kIncrements = 50;
  std::thread a([&] {
    for (int i = 0; i < kIncrements; ++i) Increment(db());
  });
  std::thread b([&] {
    for (int i = 0; i < kIncrements; ++i) Increment(*other);
  });
  a.join();
  b.join();
  EXPECT_EQ(ReadInt("SELECT n FROM counter"), 200 + 2 * kIncrements);
}

TEST_P(StorageContract, WritersWaitForTheConnectionRatherThanFail) {
  // With one connection for everything, a second writer queues behind the first one.
  auto small = OpenAnother(DatabaseOptions{.read_connections = 1, .busy_timeout_ms = 5000});
  ASSERT_NE(small, nullptr);
  Exec(
      "CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL);"
      "INSERT INTO counter (id, n) VALUES (1, 0)");
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 10; ++i) Increment(*small);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ReadInt("SELECT n FROM counter"), 40);
}

}  // namespace
}  // namespace salesdesk::storage::testing
