// The negotiation desk's storage on both databases: document number sequences (per name, given
// back on rollback), the data version the pricing cache trusts, and the demo company's price
// lists, rules and quotes in every state, whose stored totals add up.
#include <map>
#include <set>

#include "app/auth/auth_service.h"
#include "app/demo/demo_company.h"
#include "contract/storage_contract_fixture.h"
#include "core/time/timestamp.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

using I = std::int64_t;

class SalesDeskContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  SqlStore& store() { return *store_; }

 private:
  std::unique_ptr<SqlStore> store_;
};

TEST_P(SalesDeskContract, NumberSequencesCountPerNameAndRollBackWithTheirTransaction) {
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_OK_AND_ASSIGN(I first, uow->NextNumber("Q-2026"));
    ASSERT_OK_AND_ASSIGN(I second, uow->NextNumber("Q-2026"));
    ASSERT_OK_AND_ASSIGN(I other, uow->NextNumber("SO-2026"));
    EXPECT_EQ(first, 1);
    EXPECT_EQ(second, 2);
    EXPECT_EQ(other, 1);
    ASSERT_OK(uow->Commit());
  }
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_OK_AND_ASSIGN(I third, uow->NextNumber("Q-2026"));
    EXPECT_EQ(third, 3);
  }  // rolled back: the number is given back
  ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
  ASSERT_OK_AND_ASSIGN(I again, uow->NextNumber("Q-2026"));
  EXPECT_EQ(again, 3);
}

TEST_P(SalesDeskContract, InsertManyStoresRowsInOrderWhateverTheirFields) {
  const app::EntitySpec& lists = *app::FindEntity("price-lists");
  std::vector<app::Record> rows;
  for (int i = 0; i < 450; ++i) {  // more than one statement's worth, in three field shapes
    app::Record r{{"name", "List " + std::to_string(i)}, {"currency", std::string("EUR")}};
    if (i % 3 == 1) r["valid_from"] = std::string("2027-01-01");
    if (i % 7 == 0) r["active"] = false;
    rows.push_back(std::move(r));
  }
  I version_before = 0;
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Read());
    ASSERT_OK_AND_ASSIGN(version_before, uow->DataVersion("pricing"));
  }
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_OK_AND_ASSIGN(auto stored, uow->InsertMany(lists, rows, 5'000));
    ASSERT_EQ(stored.size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      EXPECT_EQ(std::get<std::string>(stored[i].at("name")), "List " + std::to_string(i));
      EXPECT_EQ(app::RecordVersion(stored[i]), 1);
      if (i > 0) {
        EXPECT_GT(app::RecordId(stored[i]), app::RecordId(stored[i - 1]));
      }
      EXPECT_EQ(stored[i].at("active"), app::FieldValue{i % 7 != 0}) << i;
      EXPECT_EQ(stored[i].count("valid_from") > 0 && !app::IsNull(stored[i].at("valid_from")),
                i % 3 == 1)
          << i;
    }
    ASSERT_OK(uow->Commit());
  }
  EXPECT_EQ(ReadInt("SELECT count(*) FROM price_lists"), 450);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM price_lists WHERE name_sort = 'list 12'"), 1)
      << "sort keys are written too";
  ASSERT_OK_AND_ASSIGN(auto uow, store().Read());
  ASSERT_OK_AND_ASSIGN(I version_after, uow->DataVersion("pricing"));
  EXPECT_GT(version_after, version_before);
}

TEST_P(SalesDeskContract, PricingVersionMovesWithEveryWriteToAPricingTableOnly) {
  const app::EntitySpec& lists = *app::FindEntity("price-lists");
  auto version = [&] {
    auto uow = store().Read();
    EXPECT_TRUE(uow.ok());
    auto v = (*uow)->DataVersion("pricing");
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : I{-1};
  };
  const I start = version();
  app::Record list;
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_OK_AND_ASSIGN(
        list, uow->Insert(lists, {{"name", std::string("EUR")}, {"currency", std::string("EUR")}},
                          1'000));
    ASSERT_OK(uow->Commit());
  }
  const I inserted = version();
  EXPECT_GT(inserted, start);
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_TRUE(
        uow->Update(lists, app::RecordId(list), {{"name", std::string("EUR 2027")}}, 1, 1'000)
            .ok());
  }  // rolled back: the version did not move either
  EXPECT_EQ(version(), inserted);
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_TRUE(
        uow->Update(lists, app::RecordId(list), {{"name", std::string("EUR 2027")}}, 1, 1'000)
            .ok());
    ASSERT_OK(uow->Commit());
  }
  const I updated = version();
  EXPECT_GT(updated, inserted);
  {
    // A table no cache is built from leaves the version alone.
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_TRUE(uow->Insert(*app::FindEntity("teams"), {{"name", std::string("T")}}, 1'000).ok());
    ASSERT_OK(uow->Commit());
  }
  EXPECT_EQ(version(), updated);
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store().Write());
    ASSERT_OK(uow->Delete(lists, app::RecordId(list), 2));
    ASSERT_OK(uow->Commit());
  }
  EXPECT_GT(version(), updated);
}

TEST_P(SalesDeskContract, DemoCompanyHasPriceListsRulesAndQuotesInEveryStateThatAddUp) {
  core::FixedClock clock(
      *core::Timestamp::FromMicros(core::DaysFromCivil(2026, 11, 22) * 86'400'000'000LL));
  app::AuthService auth(store(), clock);
  app::DemoOptions options;
  options.accounts = 80;
  options.products = 40;
  options.reps = 8;  // two reps in the first team, who own the demo quotes
  ASSERT_OK(app::GenerateDemoCompany(store(), auth, clock, options));

  std::set<std::string> states;
  for (const auto& row : Read("SELECT status FROM quotes").rows) {
    states.insert(std::get<std::string>(row.at(0)));
  }
  EXPECT_EQ(states, (std::set<std::string>{"draft", "pending_approval", "approved", "sent",
                                           "accepted", "rejected", "expired"}));
  // Stored totals: untaxed is the exact sum of the line nets, total = untaxed + tax.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM quotes q WHERE q.untaxed_minor <> "
                    "(SELECT CAST(sum(l.net_minor) AS BIGINT) FROM quote_lines l "
                    "WHERE l.quote_id = q.id) OR q.total_minor <> q.untaxed_minor + q.tax_minor"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM quote_lines"),
            3 * ReadInt("SELECT count(*) FROM quotes"));
  // The accepted quote became a confirmed order at the quote's prices.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM sales_orders o JOIN quotes q ON q.id = o.quote_id "
                    "WHERE o.status = 'confirmed' AND q.status = 'accepted' "
                    "AND o.total_minor = q.total_minor"),
            1);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM approval_requests WHERE status = 'pending'"), 2);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM pricing_rules WHERE season_from = '06-01'"), 1);
  EXPECT_GT(ReadInt("SELECT count(*) FROM price_list_items"), options.products);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM contracts WHERE status = 'active' AND "
                    "renewal_task_id IS NOT NULL"),
            1);
  // Its signer signed it themself (issue 9): signed, and the signature's audit row is theirs.
  EXPECT_EQ(ReadInt("SELECT count(*) FROM contracts WHERE status = 'active' AND "
                    "(signed_at IS NULL OR signed_on IS NULL OR signed_by_id IS NULL)"),
            0);
  EXPECT_EQ(ReadInt("SELECT count(*) FROM contracts c JOIN audit_events a ON a.entity = "
                    "'contracts' AND a.entity_id = c.id AND a.actor_id = c.signed_by_id AND "
                    "a.actor_id <> c.owner_id WHERE c.status = 'active'"),
            1);
}

INSTANTIATE_TEST_SUITE_P(Storage, SalesDeskContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
