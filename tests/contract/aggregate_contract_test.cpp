// Grouped reads (UnitOfWork::Aggregate) on both databases: for the same filters, search and
// visibility they count and add up exactly the rows List returns (owned, kViaParent and
// kDescribed entities alike), bucket dates identically on both engines, never add two
// currencies, add integers exactly and refuse a sum beyond int64 (decision 0019).
#include <map>
#include <set>
#include <tuple>

#include "core/time/date.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using app::AggregateQuery;
using app::DatePart;
using app::FieldValue;
using app::MeasureKind;
using app::Visibility;
using I = std::int64_t;

constexpr I kDay = 86'400'000'000LL;
constexpr const char* kLifecycles[] = {"prospect", "active", "at_risk", "lost"};

I At(int y, int m, int d, I extra_us = 0) { return core::DaysFromCivil(y, m, d) * kDay + extra_us; }

class AggregateContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  SqlStore& store() { return *store_; }
  const app::EntitySpec& Spec(const char* plural) { return *app::FindEntity(plural); }

  // Three users and 36 accounts spread over owners, lifecycles, currencies and months, each
  // with a contact; the first two accounts sit on either side of a month boundary.
  void Seed() {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    for (int u = 0; u < 3; ++u) {
      ASSERT_OK_AND_ASSIGN(auto user,
                           uow->Insert(Spec("users"),
                                       {{"email", "u" + std::to_string(u) + "@example.com"},
                                        {"name", "User " + std::to_string(u)},
                                        {"role", std::string("rep")}},
                                       At(2025, 1, 1)));
      users_.push_back(app::RecordId(user));
    }
    for (int i = 0; i < 36; ++i) {
      app::Record a{{"kind", std::string("company")},
                    {"name", "Account " + std::to_string(i)},
                    {"country", std::string(i % 2 ? "ES" : "DE")},
                    {"currency", std::string("EUR")},
                    {"lifecycle", std::string(kLifecycles[i % 4])},
                    {"key_account", i % 5 == 0},
                    {"payment_terms_days", I{(i * 11) % 365}},
                    {"owner_id", users_[i % 3]}};
      if (i % 6 != 5) {
        a["credit_limit"] = app::MoneyValue{(i + 1) * 100'000 + i, i % 3 == 1 ? "USD" : "EUR"};
      }
      I created = At(2026, 1 + i % 12, 1 + i % 28, (i % 24) * 3'600'000'000LL);
      if (i == 0) created = At(2026, 2, 1) - 1;  // 2026-01-31T23:59:59.999999Z
      if (i == 1) created = At(2026, 2, 1);      // 2026-02-01T00:00:00Z
      ASSERT_OK_AND_ASSIGN(auto account, uow->Insert(Spec("accounts"), a, created));
      accounts_.push_back(app::RecordId(account));
      ASSERT_OK(uow->Insert(Spec("contacts"),
                            {{"account_id", app::RecordId(account)},
                             {"first_name", std::string("Ana")},
                             {"last_name", "Contact " + std::to_string(i)},
                             {"language", std::string(i % 3 ? "es" : "en")}},
                            created));
    }
    ASSERT_OK(uow->Commit());
  }

  core::Result<app::AggregateResult> Aggregate(const char* entity, const AggregateQuery& q,
                                               const Visibility& v) {
    auto uow = store().Read();
    if (!uow.ok()) return std::move(uow).error();
    return (*uow)->Aggregate(Spec(entity), q, v);
  }
  std::vector<app::Record> ListAll(const char* entity, const app::ListQuery& filters,
                                   const Visibility& v) {
    app::ListQuery q = filters;
    q.limit = 100'000;
    auto uow = store().Read();
    EXPECT_TRUE(uow.ok());
    auto page = (*uow)->List(Spec(entity), q, v);
    EXPECT_TRUE(page.ok()) << Describe(page.error());
    return page.ok() ? page->items : std::vector<app::Record>{};
  }

  std::vector<I> users_, accounts_;

 private:
  std::unique_ptr<SqlStore> store_;
};

// What the aggregate of accounts by (lifecycle, key_account) must say, computed from a list.
struct Expected {
  I count = 0;
  std::map<std::string, I> credit;  // per currency
  I terms_sum = 0, terms_min = INT64_MAX, terms_max = INT64_MIN;
};

TEST_P(AggregateContract, GroupedCountsAndSumsEqualTheListForTheSameFiltersAndVisibility) {
  Seed();
  const std::vector<std::pair<std::string, Visibility>> visibilities = {
      {"all", Visibility::All()},
      {"one rep", Visibility{false, {users_[0]}, {}}},
      {"a team", Visibility{false, {users_[0], users_[2]}, {}}},
      {"nobody", Visibility{false, {}, {}}}};
  std::vector<std::pair<std::string, app::ListQuery>> filters(3);
  filters[0].first = "no filter";
  filters[1].first = "country=ES";
  filters[1].second.filters = {{"country", app::FilterOp::kEq, {std::string("ES")}}};
  filters[2].first = "q=account 1";
  filters[2].second.search = "account 1";
  for (const auto& [vname, v] : visibilities) {
    for (const auto& [fname, f] : filters) {
      SCOPED_TRACE(vname + ", " + fname);
      std::map<std::pair<std::string, bool>, Expected> want;
      const auto listed = ListAll("accounts", f, v);
      for (const auto& r : listed) {
        Expected& e =
            want[{std::get<std::string>(r.at("lifecycle")), std::get<bool>(r.at("key_account"))}];
        ++e.count;
        if (const auto* m = std::get_if<app::MoneyValue>(&r.at("credit_limit"))) {
          e.credit[m->currency] += m->minor;
        }
        const I terms = std::get<I>(r.at("payment_terms_days"));
        e.terms_sum += terms;
        e.terms_min = std::min(e.terms_min, terms);
        e.terms_max = std::max(e.terms_max, terms);
      }
      AggregateQuery q{.filters = f.filters, .search = f.search};
      q.group_by = {{"lifecycle"}, {"key_account"}};
      q.measures = {{MeasureKind::kSum, "credit_limit"},
                    {MeasureKind::kSum, "payment_terms_days"},
                    {MeasureKind::kMin, "payment_terms_days"},
                    {MeasureKind::kMax, "payment_terms_days"}};
      ASSERT_OK_AND_ASSIGN(auto got, Aggregate("accounts", q, v));
      EXPECT_EQ(got.total_count, static_cast<I>(listed.size()));
      EXPECT_FALSE(got.truncated);
      ASSERT_EQ(got.rows.size(), want.size());
      for (const auto& row : got.rows) {
        const auto key =
            std::make_pair(std::get<std::string>(row.key.at(0)), std::get<bool>(row.key.at(1)));
        ASSERT_TRUE(want.count(key)) << key.first;
        const Expected& e = want.at(key);
        EXPECT_EQ(row.count, e.count) << key.first;
        std::map<std::string, I> credit;
        for (const auto& mv : row.values) {
          const I value = std::get<I>(mv.value);
          if (mv.measure == 0) {
            credit[mv.currency] = value;
            continue;
          }
          const I want_value = mv.measure == 1   ? e.terms_sum
                               : mv.measure == 2 ? e.terms_min
                                                 : e.terms_max;
          EXPECT_EQ(value, want_value) << key.first << " measure " << mv.measure;
          EXPECT_EQ(mv.currency, "");
        }
        EXPECT_EQ(credit, e.credit) << key.first;
      }
    }
  }
}

TEST_P(AggregateContract, ARepCountsOnlyTheirOwnRowsAndNothingGroupedIsOneGroup) {
  Seed();
  AggregateQuery q;  // no key: one group of everything visible
  ASSERT_OK_AND_ASSIGN(auto mine, Aggregate("accounts", q, Visibility{false, {users_[1]}, {}}));
  ASSERT_EQ(mine.rows.size(), 1u);
  EXPECT_EQ(mine.rows[0].count, 12);
  EXPECT_EQ(mine.total_count, 12);
  ASSERT_OK_AND_ASSIGN(auto none, Aggregate("accounts", q, Visibility{false, {}, {}}));
  ASSERT_EQ(none.rows.size(), 1u);
  EXPECT_EQ(none.rows[0].count, 0);
  EXPECT_EQ(none.total_count, 0);
  q.group_by = {{"owner_id"}};
  ASSERT_OK_AND_ASSIGN(auto by_owner,
                       Aggregate("accounts", q, Visibility{false, {users_[1], users_[2]}, {}}));
  ASSERT_EQ(by_owner.rows.size(), 2u);
  EXPECT_EQ(by_owner.rows[0].key[0], FieldValue{users_[1]});
  EXPECT_EQ(by_owner.rows[1].key[0], FieldValue{users_[2]});
}

TEST_P(AggregateContract, ContactsCountThroughTheirAccountsOwner) {
  Seed();
  for (const Visibility& v : {Visibility::All(), Visibility{false, {users_[0]}, {}},
                              Visibility{false, {users_[1], users_[2]}, {}}}) {
    std::map<std::string, I> want;
    for (const auto& r : ListAll("contacts", {}, v))
      ++want[std::get<std::string>(r.at("language"))];
    AggregateQuery q;
    q.group_by = {{"language"}};
    ASSERT_OK_AND_ASSIGN(auto got, Aggregate("contacts", q, v));
    std::map<std::string, I> counted;
    for (const auto& row : got.rows) counted[std::get<std::string>(row.key[0])] = row.count;
    EXPECT_EQ(counted, want);
  }
}

TEST_P(AggregateContract, AuditRowsCountOnlyForRecordsTheCallerMaySee) {
  Seed();
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    for (std::size_t i = 0; i < accounts_.size(); ++i) {
      ASSERT_OK(uow->AppendAudit({At(2026, 3, 1), users_[i % 3], "accounts", accounts_[i],
                                  i % 2 ? "update" : "create", "", "{}"}));
    }
    ASSERT_OK(uow->AppendAudit({At(2026, 4, 1), 0, "users", users_[0], "update", "", "{}"}));
    ASSERT_OK(uow->Commit());
  }
  const Visibility v{false, {}, {{"accounts", false, {users_[0]}}, {"users", true, {}}}};
  std::map<std::string, I> want;
  for (const auto& r : ListAll("audit-events", {}, v)) {
    ++want[std::get<std::string>(r.at("entity")) + "/" + std::get<std::string>(r.at("action"))];
  }
  ASSERT_EQ(want.size(), 3u);  // only user 0's accounts: 12 rows, and the users row
  AggregateQuery q;
  q.group_by = {{"entity"}, {"action"}};
  ASSERT_OK_AND_ASSIGN(auto got, Aggregate("audit-events", q, v));
  std::map<std::string, I> counted;
  for (const auto& row : got.rows) {
    counted[std::get<std::string>(row.key[0]) + "/" + std::get<std::string>(row.key[1])] =
        row.count;
  }
  EXPECT_EQ(counted, want);
  EXPECT_EQ(got.total_count, 13);
}

TEST_P(AggregateContract, DatesTruncateToTheSameUtcBucketsOnBothEngines) {
  Seed();
  AggregateQuery q;
  q.group_by = {{"created_at", DatePart::kMonth}};
  q.filters = {{"id", app::FilterOp::kLe, {accounts_[13]}}};  // accounts 0..13
  ASSERT_OK_AND_ASSIGN(auto months, Aggregate("accounts", q, Visibility::All()));
  std::vector<std::pair<std::string, I>> got;
  for (const auto& row : months.rows)
    got.emplace_back(std::get<std::string>(row.key[0]), row.count);
  // Account 0 at 2026-01-31T23:59:59.999999Z, 1 at 2026-02-01T00:00Z, i >= 2 in month 1 + i % 12
  // (January: 0 and 12, February: 1 and 13).
  const std::vector<std::pair<std::string, I>> want = {
      {"2026-01", 2}, {"2026-02", 2}, {"2026-03", 1}, {"2026-04", 1},
      {"2026-05", 1}, {"2026-06", 1}, {"2026-07", 1}, {"2026-08", 1},
      {"2026-09", 1}, {"2026-10", 1}, {"2026-11", 1}, {"2026-12", 1}};
  EXPECT_EQ(got, want);

  q.group_by = {{"created_at", DatePart::kDay}};
  q.filters = {{"id", app::FilterOp::kLe, {accounts_[1]}}};
  ASSERT_OK_AND_ASSIGN(auto days, Aggregate("accounts", q, Visibility::All()));
  ASSERT_EQ(days.rows.size(), 2u);
  EXPECT_EQ(days.rows[0].key[0], FieldValue{std::string("2026-01-31")});
  EXPECT_EQ(days.rows[1].key[0], FieldValue{std::string("2026-02-01")});

  q.group_by = {{"created_at", DatePart::kYear}};
  q.filters.clear();
  ASSERT_OK_AND_ASSIGN(auto years, Aggregate("accounts", q, Visibility::All()));
  ASSERT_EQ(years.rows.size(), 1u);
  EXPECT_EQ(years.rows[0].key[0], FieldValue{std::string("2026")});
  EXPECT_EQ(years.rows[0].count, 36);

  // Calendar dates (ISO text) by month and year; nulls come last.
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    for (const char* from : {"2026-03-31", "2026-03-01", "2027-01-15", ""}) {
      app::Record list{{"name", "List " + std::string(from)}, {"currency", std::string("EUR")}};
      if (*from) list["valid_from"] = std::string(from);
      ASSERT_OK(uow->Insert(Spec("price-lists"), list, At(2026, 1, 1)));
    }
    ASSERT_OK(uow->Commit());
  }
  AggregateQuery lists;
  lists.group_by = {{"valid_from", DatePart::kMonth}};
  ASSERT_OK_AND_ASSIGN(auto by_month, Aggregate("price-lists", lists, Visibility::All()));
  std::vector<std::pair<FieldValue, I>> list_months;
  for (const auto& row : by_month.rows) list_months.emplace_back(row.key[0], row.count);
  const std::vector<std::pair<FieldValue, I>> want_months = {
      {std::string("2026-03"), 2}, {std::string("2027-01"), 1}, {std::monostate{}, 1}};
  EXPECT_EQ(list_months, want_months);
}

TEST_P(AggregateContract, MoneyIsSummedPerCurrencyNeverAcrossCurrencies) {
  Seed();
  AggregateQuery q;
  q.measures = {{MeasureKind::kSum, "credit_limit"},
                {MeasureKind::kMin, "credit_limit"},
                {MeasureKind::kMax, "credit_limit"}};
  ASSERT_OK_AND_ASSIGN(auto got, Aggregate("accounts", q, Visibility::All()));
  ASSERT_EQ(got.rows.size(), 1u);
  std::map<std::tuple<std::size_t, std::string>, I> want;
  for (int i = 0; i < 36; ++i) {
    if (i % 6 == 5) continue;
    const std::string cur = i % 3 == 1 ? "USD" : "EUR";
    const I minor = (i + 1) * 100'000 + i;
    want[{0, cur}] += minor;
    auto& lo = want.try_emplace({1, cur}, minor).first->second;
    lo = std::min(lo, minor);
    auto& hi = want.try_emplace({2, cur}, minor).first->second;
    hi = std::max(hi, minor);
  }
  std::map<std::tuple<std::size_t, std::string>, I> values;
  for (const auto& mv : got.rows[0].values)
    values[{mv.measure, mv.currency}] = std::get<I>(mv.value);
  EXPECT_EQ(values, want);
  EXPECT_EQ(got.rows[0].count, 36);  // accounts without a limit still count
}

TEST_P(AggregateContract, SumsAreExactAndASumBeyondInt64IsRefused) {
  Seed();
  const auto& accounts = Spec("accounts");
  auto add = [&](I minor, const char* country) {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_OK(uow->Insert(accounts,
                          {{"kind", std::string("company")},
                           {"name", std::string("Big")},
                           {"country", std::string(country)},
                           {"currency", std::string("EUR")},
                           {"credit_limit", app::MoneyValue{minor, "EUR"}}},
                          At(2026, 6, 1)));
    ASSERT_OK(uow->Commit());
  };
  // Beyond a double's 53 bits: any floating point step would lose the last digits.
  add(4'000'000'000'000'000'001LL, "FR");
  add(5'000'000'000'000'000'003LL, "FR");
  AggregateQuery q;
  q.filters = {{"country", app::FilterOp::kEq, {std::string("FR")}}};
  q.measures = {{MeasureKind::kSum, "credit_limit"}};
  ASSERT_OK_AND_ASSIGN(auto exact, Aggregate("accounts", q, Visibility::All()));
  ASSERT_EQ(exact.rows.at(0).values.size(), 1u);
  EXPECT_EQ(exact.rows[0].values[0].value, FieldValue{I{9'000'000'000'000'000'004LL}});

  add(1'000'000'000'000'000'000LL, "FR");  // 1.0000000000000000004e19 > INT64_MAX
  auto over = Aggregate("accounts", q, Visibility::All());
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, core::ErrorCode::kOverflow) << Describe(over.error());
  EXPECT_NE(over.error().message.find("credit_limit"), std::string::npos);
}

TEST_P(AggregateContract, MoreGroupsThanTheCapAreDroppedAndSaidSo) {
  Seed();
  AggregateQuery q;
  q.group_by = {{"name"}};
  q.max_groups = 5;
  ASSERT_OK_AND_ASSIGN(auto got, Aggregate("accounts", q, Visibility::All()));
  EXPECT_EQ(got.rows.size(), 5u);
  EXPECT_TRUE(got.truncated);
  EXPECT_EQ(got.total_count, 36);
  q.max_groups = 36;
  ASSERT_OK_AND_ASSIGN(auto all, Aggregate("accounts", q, Visibility::All()));
  EXPECT_EQ(all.rows.size(), 36u);
  EXPECT_FALSE(all.truncated);
  EXPECT_EQ(all.total_count, 36);
  // With money measured a group may be a row per currency: the cap still counts groups, and the
  // first groups by key are kept whichever way they are read.
  q.measures = {{MeasureKind::kSum, "credit_limit"}};
  q.max_groups = 5;
  ASSERT_OK_AND_ASSIGN(auto money, Aggregate("accounts", q, Visibility::All()));
  EXPECT_EQ(money.rows.size(), 5u);
  EXPECT_TRUE(money.truncated);
  EXPECT_EQ(money.total_count, 36);
  for (std::size_t i = 0; i < money.rows.size(); ++i) EXPECT_EQ(money.rows[i].key, got.rows[i].key);
}

INSTANTIATE_TEST_SUITE_P(Storage, AggregateContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
