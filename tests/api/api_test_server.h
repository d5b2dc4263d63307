// The API test fixture: a fresh database (a SQLite file, or a PostgreSQL schema in the cluster
// scripts/with_postgres.sh starts), migrated, a small organisation seeded through the record
// service, and a real http::Server on 127.0.0.1:0 in a background thread. Every TEST_P of a
// subclass runs once per database (instantiate with SD_INSTANTIATE_API_TEST).
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "api/http_client.h"
#include "app/records/entity_spec.h"
#include "core/time/clock.h"
#include "http/api.h"
#include "http/server.h"
#include "storage/common/sql.h"
#include "storage/common/sql_store.h"

namespace salesdesk::api_test {

enum class Backend { kSqlite, kPostgres };
inline void PrintTo(Backend b, std::ostream* os) {
  *os << (b == Backend::kSqlite ? "Sqlite" : "Postgres");
}

// A fresh, empty database: its URL, removed again on destruction.
class TestDatabase {
 public:
  // Empty url() + a reason in `skip` (SALESDESK_TEST_SKIP_PG=1) or `failure` otherwise.
  explicit TestDatabase(Backend backend);
  ~TestDatabase();
  const std::string& url() const { return url_; }
  const std::string& skip() const { return skip_; }
  const std::string& failure() const { return failure_; }
  const std::string& temp_dir() const { return temp_dir_; }

 private:
  std::string url_, skip_, failure_, temp_dir_, schema_;
};

// One seeded account and its contact.
struct SeedAccount {
  std::string owner;  // user key, e.g. "rep_a"
  std::string name;
  std::string lifecycle;
  std::int64_t id = 0;
  std::int64_t contact_id = 0;
};

inline constexpr const char* kPassword = "correct-horse-battery";

class ApiTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // The user keys seeded: director, senior, manager (leads Iberia), manager2 (leads Asia),
  // rep_a, rep_b (Iberia), rep_c (Asia), finance, logistics, admin.
  std::int64_t UserId(const std::string& key) const { return user_ids_.at(key); }
  std::string Email(const std::string& key) const { return key + "@example.com"; }
  const std::string& Token(const std::string& key) const { return tokens_.at(key); }
  // A new bearer token for the user (the seeded one stays valid).
  std::string NewToken(const std::string& key);
  // Gives the user the password kPassword (argon2id: slow, only for users who sign in).
  void SetPassword(const std::string& key);

  // One request; `user` empty = anonymous, else with that user's bearer token.
  HttpResult Call(const std::string& user, std::string_view method, std::string_view target,
                  std::string_view body = {}, Headers headers = {}) const;
  const HttpClient& client() const { return *client_; }

  // Creates a record as the system through the record service; returns its id (0 + failure).
  std::int64_t SysCreate(std::string_view entity, const boost::json::object& body);
  // The current ETag of a record, read as the system ("" when absent).
  std::string ETagOf(std::string_view entity, std::int64_t id);
  static const app::EntitySpec& Spec(std::string_view plural);

  const std::vector<SeedAccount>& accounts() const { return accounts_; }
  const SeedAccount& AccountOf(const std::string& owner) const;  // the owner's first
  std::int64_t product_id() const { return product_id_; }
  std::int64_t Seeded(const std::string& key) const { return seeded_.at(key); }

  http::Api& api() { return *api_; }
  core::FixedClock& clock() { return clock_; }
  storage::SqlDatabase& db() { return *db_; }
  const TestDatabase& database() const { return *database_; }
  bool IsSqlite() const { return GetParam() == Backend::kSqlite; }

 private:
  void Seed();

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlDatabase> db_;
  std::unique_ptr<storage::SqlStore> store_;
  core::FixedClock clock_;
  std::unique_ptr<http::Api> api_;
  std::unique_ptr<http::Server> server_;
  std::thread server_thread_;
  std::unique_ptr<HttpClient> client_;

  std::map<std::string, std::int64_t> user_ids_;
  std::map<std::string, std::string> tokens_;
  std::vector<SeedAccount> accounts_;
  std::int64_t product_id_ = 0;
  std::map<std::string, std::int64_t> seeded_;  // other seeded records by a short name
};

std::string BackendName(const ::testing::TestParamInfo<Backend>& info);

}  // namespace salesdesk::api_test

#define SD_INSTANTIATE_API_TEST(fixture)                                                 \
  INSTANTIATE_TEST_SUITE_P(Db, fixture,                                                  \
                           ::testing::Values(::salesdesk::api_test::Backend::kSqlite,    \
                                             ::salesdesk::api_test::Backend::kPostgres), \
                           ::salesdesk::api_test::BackendName)
