#include "api/api_test_server.h"

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "app/access/caller.h"
#include "app/records/record_json.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/open/open_database.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

const char* Env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : nullptr;
}

std::string Describe(const core::Error& e) {
  return std::string(core::ErrorCodeName(e.code)) + ": " + e.message +
         (e.field.empty() ? "" : " [" + e.field + "]");
}

// Schemas are created and dropped through one long-lived session on the base URL.
storage::SqlDatabase* PostgresAdmin(const std::string& base) {
  static std::unique_ptr<storage::SqlDatabase> admin;
  if (admin == nullptr) {
    auto opened = storage::OpenDatabase(base, {.read_connections = 1});
    if (!opened.ok()) return nullptr;
    admin = std::move(opened).value();
  }
  return admin.get();
}

bool RunScript(storage::SqlDatabase& db, std::string_view script) {
  auto tx = db.BeginWrite();
  return tx.ok() && (*tx)->ExecScript(script).ok() && (*tx)->Commit().ok();
}

std::string RandomSuffix() {
  static std::mt19937_64 rng{std::random_device{}()};
  std::string s;
  for (std::uint64_t v = rng(), i = 0; i < 12; ++i, v >>= 4) s += "0123456789abcdef"[v & 15];
  return s;
}

}  // namespace

TestDatabase::TestDatabase(Backend backend) {
  if (backend == Backend::kSqlite) {
    char pattern[] = "/tmp/salesdesk-api-XXXXXX";
    if (mkdtemp(pattern) == nullptr) {
      failure_ = "mkdtemp failed";
      return;
    }
    temp_dir_ = pattern;
    url_ = "sqlite:" + temp_dir_ + "/api.db";
    return;
  }
  const char* base = Env("SALESDESK_TEST_PG_URL");
  if (base == nullptr) {
    const char* skip = Env("SALESDESK_TEST_SKIP_PG");
    if (skip != nullptr && std::string(skip) == "1") {
      skip_ = "PostgreSQL skipped: SALESDESK_TEST_SKIP_PG=1";
    } else {
      failure_ =
          "SALESDESK_TEST_PG_URL is not set: run through scripts/with_postgres.sh, or set "
          "SALESDESK_TEST_SKIP_PG=1 to run SQLite only";
    }
    return;
  }
  storage::SqlDatabase* admin = PostgresAdmin(base);
  schema_ = "api_" + RandomSuffix();
  if (admin == nullptr || !RunScript(*admin, "CREATE SCHEMA " + schema_)) {
    failure_ = "cannot create a schema through SALESDESK_TEST_PG_URL";
    schema_.clear();
    return;
  }
  const std::string_view b = base;
  url_ =
      std::string(b) + (b.find('?') == b.npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
}

TestDatabase::~TestDatabase() {
  if (!temp_dir_.empty()) std::filesystem::remove_all(temp_dir_);
  if (!schema_.empty()) {
    if (auto* admin = PostgresAdmin(Env("SALESDESK_TEST_PG_URL"))) {
      RunScript(*admin, "DROP SCHEMA " + schema_ + " CASCADE");
    }
  }
}

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

void ApiTest::SetUp() {
  database_ = std::make_unique<TestDatabase>(GetParam());
  if (!database_->skip().empty()) GTEST_SKIP() << database_->skip();
  ASSERT_TRUE(database_->failure().empty()) << database_->failure();
  auto opened = storage::OpenDatabase(database_->url(), {.read_connections = 6});
  ASSERT_TRUE(opened.ok()) << Describe(opened.error());
  db_ = std::move(opened).value();
  auto migrated = storage::Migrate(*db_);
  ASSERT_TRUE(migrated.ok()) << Describe(migrated.error());
  store_ = std::make_unique<storage::SqlStore>(*db_);
  clock_.Set(*core::Timestamp::FromMicros(1'709'283'600'000'000));  // 2024-03-01T09:00:00Z
  http::ApiOptions api_options;
  // As behind a reverse proxy on this host: X-Forwarded-For names the client (decision 0013).
  api_options.proxies = *http::ParseTrustedProxies("X-Forwarded-For", "127.0.0.1");
  api_ = std::make_unique<http::Api>(*store_, clock_, api_options);
  ASSERT_NO_FATAL_FAILURE(Seed());

  http::ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.threads = 4;
  options.slow = [this](const http::Request& r) { return api_->IsSlow(r); };
  server_ = std::make_unique<http::Server>(
      options, [this](const http::Request& r) { return api_->Handle(r); });
  auto listening = server_->Listen();
  ASSERT_TRUE(listening.ok()) << Describe(listening.error());
  server_thread_ = std::thread([this] { server_->Run(); });
  client_ = std::make_unique<HttpClient>("127.0.0.1", server_->port());
}

void ApiTest::TearDown() {
  if (server_) server_->Shutdown();
  if (server_thread_.joinable()) server_thread_.join();
  server_.reset();
  api_.reset();
  store_.reset();
  db_.reset();
  database_.reset();
}

const app::EntitySpec& ApiTest::Spec(std::string_view plural) {
  if (plural == "settings") return app::SettingsSpec();
  const app::EntitySpec* e = app::FindEntity(plural);
  if (e == nullptr) throw std::runtime_error("no entity " + std::string(plural));
  return *e;
}

std::int64_t ApiTest::SysCreate(std::string_view entity, const json::object& body) {
  const app::EntitySpec& e = Spec(entity);
  auto fields = app::DecodeRecord(e, json::serialize(body), app::DecodeMode::kCreate);
  if (!fields.ok()) {
    ADD_FAILURE() << "seed " << entity << ": " << Describe(fields.error());
    return 0;
  }
  auto created = api_->records().Create(app::Caller::System(), e, std::move(fields).value());
  if (!created.ok()) {
    ADD_FAILURE() << "seed " << entity << " " << json::serialize(body) << ": "
                  << Describe(created.error());
    return 0;
  }
  return app::RecordId(created->record);
}

std::string ApiTest::ETagOf(std::string_view entity, std::int64_t id) {
  auto r = api_->records().Get(app::Caller::System(), Spec(entity), id);
  return r.ok() ? "\"" + std::to_string(app::RecordVersion(*r)) + "\"" : std::string();
}

std::string ApiTest::NewToken(const std::string& key) {
  auto token = api_->auth().CreateApiToken(app::Caller::System(), UserId(key), "test", 30);
  EXPECT_TRUE(token.ok()) << Describe(token.error());
  return token.ok() ? *token : std::string();
}

void ApiTest::SetPassword(const std::string& key) {
  auto done = api_->auth().SetPassword(app::Caller::System(), UserId(key), kPassword);
  ASSERT_TRUE(done.ok()) << Describe(done.error());
  tokens_[key] = NewToken(key);  // a password change ends the user's sessions and tokens
}

HttpResult ApiTest::Call(const std::string& user, std::string_view method, std::string_view target,
                         std::string_view body, Headers headers) const {
  if (!user.empty()) headers.emplace_back("Authorization", "Bearer " + tokens_.at(user));
  return client_->Send(method, target, body, headers);
}

const SeedAccount& ApiTest::AccountOf(const std::string& owner) const {
  for (const auto& a : accounts_) {
    if (a.owner == owner) return a;
  }
  throw std::runtime_error("no seeded account of " + owner);
}

void ApiTest::Seed() {
  {  // Settings carry id 1, which the record service never sets: insert directly.
    auto uow = store_->Write();
    ASSERT_TRUE(uow.ok()) << Describe(uow.error());
    auto inserted = (*uow)->Insert(app::SettingsSpec(),
                                   {{"id", std::int64_t{1}},
                                    {"name", std::string("Test Medical SL")},
                                    {"base_currency", std::string("EUR")},
                                    {"time_zone", std::string("Europe/Madrid")},
                                    {"fiscal_year_start_month", std::int64_t{1}},
                                    {"country", std::string("ES")}},
                                   clock_.Now().micros_since_epoch());
    ASSERT_TRUE(inserted.ok()) << Describe(inserted.error());
    ASSERT_TRUE((*uow)->Commit().ok());
  }
  const std::pair<const char*, const char*> users[] = {
      {"director", "director"},   {"senior", "senior_manager"},
      {"manager", "manager"},     {"manager2", "manager"},
      {"rep_a", "rep"},           {"rep_b", "rep"},
      {"rep_c", "rep"},           {"finance", "finance"},
      {"logistics", "logistics"}, {"admin", "admin"}};
  for (const auto& [key, role] : users) {
    user_ids_[key] = SysCreate("users", {{"email", Email(key)}, {"name", key}, {"role", role}});
  }
  auto team = [&](const char* name, const char* parent, const char* leader) {
    json::object body{{"name", name}, {"leader_id", UserId(leader)}};
    if (parent != nullptr) body["parent_id"] = seeded_.at(std::string("team:") + parent);
    seeded_[std::string("team:") + name] = SysCreate("teams", body);
  };
  team("Sales", nullptr, "director");
  team("Europe", "Sales", "director");
  team("Iberia", "Europe", "manager");
  team("Asia", "Sales", "manager2");
  seeded_["team:Spare"] = SysCreate("teams", {{"name", "Spare"}});
  // Europe is led by the senior manager (set after creation to exercise a team update).
  {
    auto r = api_->records().Update(app::Caller::System(), Spec("teams"), seeded_["team:Europe"],
                                    {{"leader_id", UserId("senior")}}, 1);
    ASSERT_TRUE(r.ok()) << Describe(r.error());
  }
  const std::pair<const char*, const char*> members[] = {
      {"director", "Sales"}, {"senior", "Sales"}, {"manager", "Europe"}, {"manager2", "Sales"},
      {"rep_a", "Iberia"},   {"rep_b", "Iberia"}, {"rep_c", "Asia"}};
  for (const auto& [key, t] : members) {
    auto r = api_->records().Update(app::Caller::System(), Spec("users"), UserId(key),
                                    {{"team_id", seeded_.at(std::string("team:") + t)}}, 1);
    ASSERT_TRUE(r.ok()) << Describe(r.error());
  }
  for (const char* code : {"EUR", "USD", "GBP"}) {
    seeded_[std::string("currency:") + code] =
        SysCreate("currencies", {{"code", code}, {"name", code}});
  }
  seeded_["rate"] = SysCreate("exchange-rates", {{"from_currency", "EUR"},
                                                 {"to_currency", "USD"},
                                                 {"rate", "1.08"},
                                                 {"valid_on", "2024-01-01"}});
  seeded_["territory"] = SysCreate("territories", {{"name", "Iberia"}, {"code", "IB"}});
  seeded_["customer_group"] = SysCreate("customer-groups", {{"name", "Hospitals"}});
  seeded_["category"] = SysCreate("product-categories", {{"name", "Devices"}});
  product_id_ = SysCreate("products", {{"sku", "SKU-1"},
                                       {"name", "Infusion pump"},
                                       {"category_id", seeded_["category"]},
                                       {"cost", {{"amount", "12.50"}, {"currency", "EUR"}}}});
  seeded_["product"] = product_id_;
  for (const char* role : {"rep", "manager"}) {
    seeded_[std::string("authority:") + role] = SysCreate(
        "authority-rules", {{"role", role},
                            {"max_discount_pct", "10"},
                            {"min_margin_pct", "5"},
                            {"max_payment_term_days", 60},
                            {"max_contract_value", {{"amount", "50000"}, {"currency", "EUR"}}}});
  }
  struct Owned {
    const char* owner;
    const char* name;
    const char* lifecycle;
  };
  const Owned owned[] = {
      {"rep_a", "Clinic rep_a 1", "active"},         {"rep_a", "Hospital rep_a 2", "prospect"},
      {"rep_b", "Clinic rep_b 1", "at_risk"},        {"rep_c", "Hospital rep_c 1", "active"},
      {"manager", "Clinic manager 1", "lost"},       {"senior", "Clinic senior 1", "active"},
      {"manager2", "Clinic manager2 1", "prospect"}, {"director", "Clinic director 1", "active"}};
  for (const auto& o : owned) {
    SeedAccount a{o.owner, o.name, o.lifecycle};
    a.id = SysCreate("accounts", {{"kind", "company"},
                                  {"name", o.name},
                                  {"country", "ES"},
                                  {"currency", "EUR"},
                                  {"owner_id", UserId(o.owner)},
                                  {"lifecycle", o.lifecycle}});
    a.contact_id = SysCreate("contacts",
                             {{"account_id", a.id}, {"first_name", "Ana"}, {"last_name", o.owner}});
    seeded_.try_emplace("account:" + a.owner, a.id);  // the owner's first
    accounts_.push_back(a);
  }
  // Personal saved views (owner_id is server-set, so build the record directly).
  if (const app::EntitySpec* views = app::FindEntity("saved-views")) {
    for (const auto& [key, role] : users) {
      auto created = api_->records().Create(app::Caller::System(), *views,
                                            {{"name", "View " + std::string(key)},
                                             {"list", std::string("accounts")},
                                             {"owner_id", UserId(key)}});
      ASSERT_TRUE(created.ok()) << Describe(created.error());
      seeded_[std::string("view:") + key] = app::RecordId(created->record);
    }
  }
  for (const auto& [key, role] : users) tokens_[key] = NewToken(key);
}

}  // namespace salesdesk::api_test
