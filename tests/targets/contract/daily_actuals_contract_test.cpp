// The maintained daily actuals on both databases (decision 0078): after the demo's 36 months of
// invoices, credit notes, activities and orders, and after changes made straight through the
// repository (so no service could have kept them), every person's rows give what counting the
// records gives; a database without rows builds them once at start; Accumulate adds up.
#include <map>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "modules/targets/app/actuals.h"
#include "modules/targets/app/daily_actuals.h"
#include "modules/targets/app/plan_fields.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

using modules::targets::Actuals;
using modules::targets::Spec;

class DailyActualsContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  SqlStore& store() { return *store_; }

  void LoadDemo() {
    app::AuthService auth(store(), clock_);
    app::DemoOptions options;
    options.accounts = 120;
    options.products = 12;
    options.reps = 4;
    options.order_months = 14;
    options.order_lines_per_month = 40;
    ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock_, options));
  }

  // Days with nothing (a net of zero) are the same as no row, for sums and for the records.
  static std::map<core::Date, std::int64_t> NonZero(const Actuals& a) {
    std::map<core::Date, std::int64_t> out;
    for (const auto& [day, n] : a.by_day) {
      if (n != 0) out[day] = n;
    }
    return out;
  }

  // Every user's rows against the records, measure by measure, in every currency seen. Answers
  // how many non-zero days were compared, so a test can tell the data was not empty.
  std::int64_t ExpectRowsMatchRecords() {
    auto uow = store().Read();
    EXPECT_OK(uow);
    if (!uow.ok()) return 0;
    auto users = app::ReadAll(**uow, Spec("users"));
    EXPECT_OK(users);
    const core::Date from = core::ParseDate("2000-01-01").value();
    const core::Date to = core::ParseDate("2100-12-31").value();
    std::int64_t days = 0;
    for (const app::Record& user : *users) {
      const std::int64_t id = app::RecordId(user);
      for (const char* measure : {"revenue", "visits", "calls", "orders", "new_customers"}) {
        std::vector<std::string> units{"EUR"};
        for (std::size_t u = 0; u < units.size(); ++u) {
          auto kept = modules::targets::ReadActuals(**uow, measure, units[u], id, from, to);
          auto counted =
              modules::targets::ActualsFromRecords(**uow, measure, units[u], id, from, to);
          EXPECT_OK(kept);
          EXPECT_OK(counted);
          if (!kept.ok() || !counted.ok()) return days;
          EXPECT_EQ(NonZero(*kept), NonZero(*counted))
              << "user " << id << " " << measure << " " << units[u];
          EXPECT_EQ(kept->other_currencies, counted->other_currencies) << "user " << id;
          for (const auto& c : counted->other_currencies) {
            if (std::find(units.begin(), units.end(), c) == units.end()) units.push_back(c);
          }
          days += static_cast<std::int64_t>(NonZero(*counted).size());
        }
      }
    }
    return days;
  }

  // The first record of `plural` matching `filters`, for a change made below the services.
  app::Record First(app::UnitOfWork& uow, const char* plural, std::vector<app::Filter> filters) {
    auto rows = app::ReadAll(uow, Spec(plural), std::move(filters), 1);
    EXPECT_OK(rows);
    EXPECT_FALSE(rows->empty()) << plural;
    return rows->empty() ? app::Record{} : rows->front();
  }

  void Change(app::UnitOfWork& uow, const char* plural, const app::Record& r,
              const app::Record& fields) {
    ASSERT_OK(uow.Update(Spec(plural), app::RecordId(r), fields,
                         app::IntOf(r, "version").value_or(0), Now()));
  }

  std::int64_t Now() const { return clock_.Now().micros_since_epoch(); }

  core::FixedClock clock_{
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL)};

 private:
  std::unique_ptr<SqlStore> store_;
};

TEST_P(DailyActualsContract, TheDemoHistoryKeptRowByRowEqualsCountingTheRecords) {
  LoadDemo();
  if (HasFatalFailure()) return;
  EXPECT_GT(ExpectRowsMatchRecords(), 200);
  EXPECT_GT(ReadInt("SELECT count(*) FROM daily_actuals WHERE measure = 'new_customers'"), 0);
  EXPECT_GT(ReadInt("SELECT count(*) FROM daily_actuals WHERE measure = 'visits'"), 0);
}

TEST_P(DailyActualsContract, ChangesBelowTheServicesKeepTheRowsTrue) {
  LoadDemo();
  if (HasFatalFailure()) return;
  const auto s = [](const char* v) { return app::FieldValue{std::string(v)}; };
  {
    auto uow = store().Write();
    ASSERT_OK(uow);
    // A done visit undone, a done call moved to another rep, a confirmed order cancelled (the
    // account's first order may move on), another given to someone else, a posted invoice moved
    // to another day, a credit note too, and a done call deleted.
    Change(**uow, "activities",
           First(**uow, "activities",
                 {{"kind", app::FilterOp::kEq, {s("visit")}},
                  {"status", app::FilterOp::kEq, {s("done")}}}),
           {{"status", s("planned")}});
    const app::Record call = First(
        **uow, "activities",
        {{"kind", app::FilterOp::kEq, {s("call")}}, {"status", app::FilterOp::kEq, {s("done")}}});
    const app::Record other_rep =
        First(**uow, "users",
              {{"role", app::FilterOp::kEq, {s("rep")}},
               {"id", app::FilterOp::kNe, {app::IntOf(call, "owner_id").value_or(0)}}});
    Change(**uow, "activities", call, {{"owner_id", app::RecordId(other_rep)}});
    auto orders = app::ReadAll(**uow, Spec("sales-orders"),
                               {{"status", app::FilterOp::kEq, {s("confirmed")}}}, 40);
    ASSERT_OK(orders);
    ASSERT_GE(orders->size(), 2u);
    Change(**uow, "sales-orders", orders->front(), {{"status", s("cancelled")}});
    Change(**uow, "sales-orders", orders->back(), {{"owner_id", app::RecordId(other_rep)}});
    const app::Record invoice =
        First(**uow, "invoices", {{"status", app::FilterOp::kEq, {s("posted")}}});
    Change(**uow, "invoices", invoice, {{"invoice_date", s("2026-01-02")}});
    const app::Record note =
        First(**uow, "credit-notes", {{"status", app::FilterOp::kEq, {s("posted")}}});
    Change(**uow, "credit-notes", note, {{"credit_date", s("2026-01-03")}});
    const app::Record gone = First(**uow, "activities",
                                   {{"kind", app::FilterOp::kEq, {s("call")}},
                                    {"status", app::FilterOp::kEq, {s("done")}},
                                    {"id", app::FilterOp::kNe, {app::RecordId(call)}}});
    ASSERT_OK((*uow)->Delete(Spec("activities"), app::RecordId(gone),
                             app::IntOf(gone, "version").value_or(0)));
    ASSERT_OK((*uow)->Commit());
  }
  EXPECT_GT(ExpectRowsMatchRecords(), 200);
}

TEST_P(DailyActualsContract, AMultiRowInsertCreditsAnAccountsFirstOrderOnce) {
  LoadDemo();
  if (HasFatalFailure()) return;
  const auto s = [](const char* v) { return app::FieldValue{std::string(v)}; };
  {
    auto uow = store().Write();
    ASSERT_OK(uow);
    // A customer without orders gets three in one statement, as the order history writes them:
    // rep A's and rep B's on 10 February, then B's on 5 February. Each row's hooks run once the
    // statement has stored all three; taken one by one, A's would be new, then B's earlier one.
    auto accounts = app::ReadAll(**uow, Spec("accounts"));
    ASSERT_OK(accounts);
    std::int64_t fresh = 0;
    for (const app::Record& a : *accounts) {
      auto orders = app::ReadAll(**uow, Spec("sales-orders"),
                                 {{"account_id", app::FilterOp::kEq, {app::RecordId(a)}}}, 1);
      ASSERT_OK(orders);
      if (orders->empty()) {
        fresh = app::RecordId(a);
        break;
      }
    }
    ASSERT_NE(fresh, 0) << "a customer without orders";
    auto reps = app::ReadAll(**uow, Spec("users"), {{"role", app::FilterOp::kEq, {s("rep")}}}, 2);
    ASSERT_OK(reps);
    ASSERT_EQ(reps->size(), 2u);
    const app::Record model =
        First(**uow, "sales-orders", {{"status", app::FilterOp::kEq, {s("confirmed")}}});
    std::vector<app::Record> rows;
    int n = 0;
    for (auto [rep, day] : {std::pair{0, "2026-02-10"}, {1, "2026-02-10"}, {1, "2026-02-05"}}) {
      app::Record r = model;
      for (const char* meta : {"id", "version", "created_at", "updated_at"}) r.erase(meta);
      r["number"] = std::string("SO-TEST-") + std::to_string(++n);
      r["account_id"] = fresh;
      r["owner_id"] = app::RecordId((*reps)[static_cast<std::size_t>(rep)]);
      r["ordered_on"] = std::string(day);
      rows.push_back(std::move(r));
    }
    ASSERT_OK((*uow)->InsertMany(Spec("sales-orders"), rows, Now()));
    ASSERT_OK((*uow)->Commit());
  }
  EXPECT_GT(ExpectRowsMatchRecords(), 200);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM daily_actuals WHERE measure = 'new_customers' AND "
                    "day = '2026-02-10' AND amount <> 0 AND owner_id = (SELECT min(id) FROM users "
                    "WHERE role = 'rep')"),
            0)
      << "rep A's order is not the customer's first";
}

TEST_P(DailyActualsContract, ADatabaseWithoutRowsBuildsThemOnceAtStart) {
  LoadDemo();
  if (HasFatalFailure()) return;
  const std::int64_t rows = ReadInt("SELECT count(*) FROM daily_actuals");
  const std::int64_t zero = ReadInt("SELECT count(*) FROM daily_actuals WHERE amount = 0");
  const std::int64_t total = ReadInt("SELECT CAST(sum(amount) AS BIGINT) FROM daily_actuals");
  Exec("DELETE FROM daily_actuals");
  {
    auto uow = store().Read();
    ASSERT_OK(uow);
    auto missing = modules::targets::DailyActualsMissing(**uow);
    ASSERT_OK(missing);
    EXPECT_TRUE(*missing);
  }
  ASSERT_OK(modules::targets::UpgradeDailyActuals(store(), Now()));
  // Built from the records, the rows are those kept write by write (days netting to zero aside).
  EXPECT_EQ(ReadInt("SELECT count(*) FROM daily_actuals"), rows - zero);
  EXPECT_EQ(ReadInt("SELECT CAST(sum(amount) AS BIGINT) FROM daily_actuals"), total);
  EXPECT_GT(ExpectRowsMatchRecords(), 200);
  // Once built, a start does nothing more.
  auto uow = store().Read();
  ASSERT_OK(uow);
  auto missing = modules::targets::DailyActualsMissing(**uow);
  ASSERT_OK(missing);
  EXPECT_FALSE(*missing);
}

TEST_P(DailyActualsContract, AccumulateInsertsThenAddsToTheSameRow) {
  Exec(
      "INSERT INTO users (version, created_at, updated_at, email, name, name_sort, role) "
      "VALUES (1, 0, 0, 'a@example.com', 'A', 'a', 'rep')");
  const std::int64_t user = ReadInt("SELECT max(id) FROM users");
  const app::Record key{{"owner_id", user},
                        {"measure", std::string("visits")},
                        {"unit", std::string("count")},
                        {"day", std::string("2026-03-04")}};
  for (std::int64_t delta : {3, 4, -2}) {
    auto uow = store().Write();
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->Accumulate(Spec("daily-actuals"), key, "amount", delta, Now()));
    ASSERT_OK((*uow)->Commit());
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM daily_actuals"), 1);
  EXPECT_EQ(ReadInt("SELECT amount FROM daily_actuals"), 5);
  EXPECT_EQ(ReadInt("SELECT version FROM daily_actuals"), 3);
}

INSTANTIATE_TEST_SUITE_P(Storage, DailyActualsContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
