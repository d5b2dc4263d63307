// The demo company generator against both databases: the data is coherent (owners, teams,
// currencies, spec-valid records), reproducible from the seed, refuses a non-empty database,
// and its printed logins work. Sizes are small so the suite stays quick under ASan.
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "app/records/record_json.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"
#include "storage/open/open_database.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using app::DemoOptions;
using app::DemoSummary;
using I = std::int64_t;

core::Timestamp DemoNow() {  // 2026-11-22 10:00 UTC
  return *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL +
                                      10LL * 3'600'000'000LL);
}

DemoOptions Small() {
  DemoOptions o;
  o.accounts = 60;
  o.products = 20;
  o.reps = 6;
  return o;
}

SqlRows Query(SqlDatabase& db, std::string_view sql) {
  auto tx = db.BeginRead();
  EXPECT_TRUE(tx.ok()) << Describe(tx.error());
  if (!tx.ok()) return {};
  auto rows = (*tx)->Query(sql, {});
  EXPECT_TRUE(rows.ok()) << Describe(rows.error());
  return rows.ok() ? std::move(rows).value() : SqlRows{};
}

I Int(const SqlValue& v) { return IsNull(v) ? 0 : std::get<I>(v); }
std::string Text(const SqlValue& v) { return IsNull(v) ? "" : std::get<std::string>(v); }

class DemoCompanyContract : public StorageContract {
 protected:
  // Migrates `database` and generates the demo company into it.
  core::Result<DemoSummary> Generate(SqlDatabase& database, const DemoOptions& options) {
    auto migrated = Migrate(database);
    if (!migrated.ok()) return std::move(migrated).error();
    SqlStore store(database);
    app::AuthService auth(store, clock_);
    return app::GenerateDemoCompany(store, auth, clock_, options);
  }

  // Another empty database beside the fixture's: a file for SQLite, a schema for PostgreSQL
  // (dropped again when the test ends).
  std::unique_ptr<SqlDatabase> OpenExtra(const std::string& suffix) {
    if (IsSqlite()) return OpenAnotherUrl("sqlite:" + temp_dir() + "/" + suffix + ".db");
    const std::string marker = "search_path%3D";
    const auto at = url().find(marker);
    EXPECT_NE(at, std::string::npos) << url();
    const std::string schema = url().substr(at + marker.size()) + "_" + suffix;
    Exec("CREATE SCHEMA " + schema);
    cleanups_.push_back([this, schema] { Exec("DROP SCHEMA " + schema + " CASCADE"); });
    return OpenAnotherUrl(url().substr(0, at + marker.size()) + schema);
  }

  void TearDown() override {
    for (auto& cleanup : cleanups_) cleanup();
    StorageContract::TearDown();
  }

  core::FixedClock clock_{DemoNow()};

 private:
  std::unique_ptr<SqlDatabase> OpenAnotherUrl(const std::string& url) {
    auto opened = OpenDatabase(url, Options());
    EXPECT_TRUE(opened.ok()) << Describe(opened.error());
    return opened.ok() ? std::move(opened).value() : nullptr;
  }
  std::vector<std::function<void()>> cleanups_;
};

// What must be identical for the same seed: customers, owners, limits, contacts, catalogue.
std::vector<std::vector<SqlValue>> Fingerprint(SqlDatabase& db) {
  std::vector<std::vector<SqlValue>> out;
  for (const char* sql :
       {"SELECT id, name, owner_id, credit_limit_minor, credit_limit_currency, country, city, "
        "lifecycle, key_account FROM accounts ORDER BY id",
        "SELECT id, account_id, first_name, last_name, email FROM contacts ORDER BY id",
        "SELECT id, sku, name, cost_minor, cost_currency FROM products ORDER BY id",
        "SELECT id, name, team_id FROM users ORDER BY id",
        "SELECT to_currency, valid_on, rate FROM exchange_rates ORDER BY id"}) {
    for (auto& row : Query(db, sql).rows) out.push_back(std::move(row));
  }
  return out;
}

TEST_P(DemoCompanyContract, SameSeedGivesTheSameCompanyAndAnotherSeedDiffers) {
  DemoOptions options = Small();
  options.reps = 4;  // fewer password hashes; the spread over teams is covered elsewhere
  ASSERT_OK(Generate(db(), options));
  auto twin = OpenExtra("twin");
  auto other = OpenExtra("other");
  ASSERT_TRUE(twin && other);
  ASSERT_OK(Generate(*twin, options));
  options.seed += 1;
  ASSERT_OK(Generate(*other, options));

  const auto first = Fingerprint(db());
  ASSERT_GT(first.size(), 200u);
  EXPECT_EQ(first, Fingerprint(*twin));
  EXPECT_NE(first, Fingerprint(*other));
  EXPECT_NE(Query(db(), "SELECT name FROM accounts").rows,  // not just a detail differs
            Query(*other, "SELECT name FROM accounts").rows);
}

// One test checks everything about one company, so it is generated once per database.
TEST_P(DemoCompanyContract, CreatesACoherentCompany) {
  ASSERT_OK(Migrate(db()));
  SqlStore store(db());
  app::AuthService auth(store, clock_);
  DemoOptions invalid = Small();
  invalid.accounts = -1;
  EXPECT_EQ(app::GenerateDemoCompany(store, auth, clock_, invalid).error().code,
            core::ErrorCode::kInvalidArgument);
  ASSERT_OK_AND_ASSIGN(bool before, app::CompanyExists(store));
  EXPECT_FALSE(before);

  ASSERT_OK_AND_ASSIGN(DemoSummary summary, app::GenerateDemoCompany(store, auth, clock_, Small()));
  ASSERT_OK_AND_ASSIGN(bool after, app::CompanyExists(store));
  EXPECT_TRUE(after);

  // Counts as requested, and as reported; the fixed parts of the organisation.
  EXPECT_EQ(summary.accounts, 60);
  EXPECT_EQ(summary.products, 20);
  EXPECT_EQ(summary.users.size(), 16u);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM contacts"), summary.contacts);
  EXPECT_TRUE(summary.contacts >= 60 && summary.contacts <= 180) << summary.contacts;
  const std::pair<I, const char*> kExpected[] = {
      {60, "SELECT count(*) FROM accounts"},
      {20, "SELECT count(*) FROM products"},
      {10 + 6, "SELECT count(*) FROM users"},
      {10, "SELECT count(*) FROM currencies"},
      {3, "SELECT exponent FROM currencies WHERE code = 'KWD'"},
      // A rate a month back to the order history's first (36 months and this one).
      {9 * 37, "SELECT count(*) FROM exchange_rates"},
      {37, "SELECT count(DISTINCT valid_on) FROM exchange_rates"},
      {9, "SELECT count(*) FROM exchange_rates WHERE valid_on = '2023-11-01'"},
      {18, "SELECT count(*) FROM exchange_rates WHERE valid_on IN ('2025-12-01', '2026-11-01')"},
      {7, "SELECT count(*) FROM authority_rules"},
      {7, "SELECT count(*) FROM teams"},
      {10, "SELECT count(*) FROM customer_groups"},
      {60,
       "SELECT count(*) FROM audit_events WHERE entity = 'accounts' AND action = 'create' AND "
       "after IS NOT NULL"},
      {1,
       "SELECT count(*) FROM settings WHERE base_currency = 'EUR' AND time_zone = "
       "'Europe/Madrid' AND fiscal_year_start_month = 1"},
      {1,
       "SELECT count(*) FROM authority_rules WHERE role = 'rep' AND max_discount_pct = 500 AND "
       "min_margin_pct = 2500 AND max_payment_term_days = 30 AND max_contract_value_minor = "
       "2000000 AND max_contract_value_currency = 'EUR'"},
      // World -> Europe -> Iberia -> Spain, and the countries of accounts are leaves.
      {1,
       "SELECT count(*) FROM territories es JOIN territories ib ON ib.id = es.parent_id JOIN "
       "territories eu ON eu.id = ib.parent_id JOIN territories w ON w.id = eu.parent_id WHERE "
       "es.code = 'ES' AND ib.code = 'EU-IB' AND eu.code = 'EU' AND w.code = 'WORLD' AND "
       "w.parent_id IS NULL"},
      {0,
       "SELECT count(*) FROM accounts a WHERE EXISTS (SELECT 1 FROM territories c WHERE "
       "c.parent_id = a.territory_id)"},
  };
  for (const auto& [expected, sql] : kExpected) EXPECT_EQ(ReadInt(sql), expected) << sql;

  // A second generation is refused and changes nothing.
  auto again = app::GenerateDemoCompany(store, auth, clock_, Small());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM accounts"), 60);

  // Teams: director -> two seniors -> four managers; each leader sits in the team above.
  std::map<I, I> parent_of, leader_of, team_of;  // team -> parent, team -> leader, user -> team
  std::map<I, std::string> team_name, role_of;
  for (const auto& r : Read("SELECT id, parent_id, leader_id, name FROM teams").rows) {
    std::tie(parent_of[Int(r[0])], leader_of[Int(r[0])], team_name[Int(r[0])]) =
        std::tuple(Int(r[1]), Int(r[2]), Text(r[3]));
  }
  for (const auto& r : Read("SELECT id, role, team_id FROM users WHERE active = 1").rows) {
    std::tie(role_of[Int(r[0])], team_of[Int(r[0])]) = std::tuple(Text(r[1]), Int(r[2]));
  }
  I root = 0;
  for (const auto& [id, parent] : parent_of) root = parent == 0 && root == 0 ? id : root;
  ASSERT_NE(root, 0);
  EXPECT_EQ(role_of[leader_of[root]], "director");
  EXPECT_EQ(team_of[leader_of[root]], root);
  std::map<I, I> team_led_by;  // leader -> team
  for (const auto& [id, parent] : parent_of) {
    team_led_by[leader_of[id]] = id;
    if (id == root) continue;
    const bool senior_team = parent == root;
    EXPECT_EQ(role_of[leader_of[id]], senior_team ? "senior_manager" : "manager") << id;
    EXPECT_EQ(senior_team ? root : parent_of[parent], root) << team_name[id];
    EXPECT_EQ(team_of[leader_of[id]], parent) << team_name[id] << ": leader sits one level up";
  }
  for (const auto& [id, role] : role_of) {
    EXPECT_TRUE(role != "rep" || parent_of[parent_of[team_of[id]]] == root) << "rep " << id;
  }

  // Owners: an active rep or manager of the one manager team that covers the country.
  std::map<std::string, I> team_of_country;
  std::set<std::string> currencies;
  for (const auto& r : Read("SELECT code FROM currencies").rows) currencies.insert(Text(r[0]));
  const auto accounts = Read(
      "SELECT a.id, a.owner_id, a.country, a.currency, a.credit_limit_currency, "
      "a.credit_limit_minor, t.code FROM accounts a JOIN territories t ON t.id = a.territory_id");
  ASSERT_EQ(accounts.rows.size(), 60u);
  for (const auto& r : accounts.rows) {
    const I owner = Int(r[1]);
    const std::string country = Text(r[2]), currency = Text(r[3]);
    ASSERT_TRUE(role_of.count(owner)) << "account " << Int(r[0]) << ": no active owner";
    ASSERT_TRUE(role_of[owner] == "rep" || role_of[owner] == "manager") << role_of[owner];
    const I team = role_of[owner] == "rep" ? team_of[owner] : team_led_by[owner];
    EXPECT_EQ(parent_of[parent_of[team]], root) << "account " << Int(r[0]);
    EXPECT_EQ(team_of_country.emplace(country, team).first->second, team) << country;
    EXPECT_TRUE(currencies.count(currency)) << currency;
    EXPECT_EQ(Text(r[4]), currency) << "the credit limit is in the account's currency";
    EXPECT_GE(Int(r[5]), 0);
    EXPECT_EQ(Text(r[6]), country) << "the territory is the account's country";
  }
  EXPECT_EQ(team_name[team_of_country["ES"]], "Southern Europe");  // the home market

  // Everything written directly (not through RecordService) still passes the spec's checks.
  {
    auto uow = store.Read();
    ASSERT_OK(uow);
    for (const char* plural :
         {"users", "teams", "territories", "customer-groups", "accounts", "contacts",
          "product-categories", "products", "currencies", "exchange-rates", "authority-rules"}) {
      const app::EntitySpec& spec = *app::FindEntity(plural);
      app::ListQuery query;
      query.limit = 1000;
      ASSERT_OK_AND_ASSIGN(app::Page page, (*uow)->List(spec, query, app::Visibility::All()));
      ASSERT_FALSE(page.items.empty()) << plural;
      for (const auto& record : page.items) {
        boost::json::object json = app::RecordToJson(spec, record, true);
        for (const char* meta : {"id", "version", "created_at", "updated_at"}) json.erase(meta);
        for (const auto& f : spec.fields) {
          if (f.read_only) json.erase(f.name);
        }
        auto decoded =
            app::DecodeRecord(spec, boost::json::serialize(json), app::DecodeMode::kCreate);
        EXPECT_TRUE(decoded.ok()) << plural << " " << app::RecordId(record) << ": "
                                  << Describe(decoded.error()) << " in " << json;
      }
    }
  }

  // The printed logins work; a wrong password does not.
  ASSERT_EQ(summary.users[1].email, "director@medsupply.example");
  EXPECT_EQ(summary.users[1].password, "director-demo-2026");
  ASSERT_EQ(summary.users[10].email, "rep1@medsupply.example");
  EXPECT_EQ(summary.users[10].password, "rep-demo-2026");
  ASSERT_OK_AND_ASSIGN(auto director,
                       auth.Login("director@medsupply.example", "director-demo-2026", "10.0.0.1"));
  EXPECT_EQ(director.caller.role, app::Role::kDirector);
  ASSERT_OK_AND_ASSIGN(auto rep, auth.Login("rep1@medsupply.example", "rep-demo-2026", "10.0.0.1"));
  EXPECT_EQ(rep.caller.role, app::Role::kRep);
  auto wrong = auth.Login("manager1@medsupply.example", "director-demo-2026", "10.0.0.1");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, core::ErrorCode::kUnauthenticated);
}

INSTANTIATE_TEST_SUITE_P(Storage, DemoCompanyContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                           return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
                         });

}  // namespace

}  // namespace salesdesk::storage::testing
