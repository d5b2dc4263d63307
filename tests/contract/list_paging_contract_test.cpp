// Lists at the size of a real company (decision 0030), on both databases: keyset pages
// (ListQuery::after) walk the same rows in the same order as one long page, with many rows
// sharing a sort key and with NULL keys, for a director and a rep; `has_more` says whether a
// page follows without counting; and the default list pages are answered by an index (the plan
// of the very SQL the repository runs has no full scan and no sort).
#include <algorithm>

#include "storage/common/migration.h"
#include "storage/common/sql_record_predicates.h"
#include "storage/common/sql_store.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using app::ListQuery;
using app::Visibility;
using I = std::int64_t;

class ListPagingContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }
  const app::EntitySpec& Spec(const char* plural) { return *app::FindEntity(plural); }

  // Two reps and 60 accounts: half of them called "Clínica Central" (one sort key for 30 rows,
  // accents and case folded alike), a third with no city; one contact each, equal last names.
  void Seed() {
    ASSERT_OK_AND_ASSIGN(auto uow, store_->Write());
    for (int u = 0; u < 2; ++u) {
      ASSERT_OK_AND_ASSIGN(auto user, uow->Insert(Spec("users"),
                                                  {{"email", "r" + std::to_string(u) + "@x.test"},
                                                   {"name", "Rep " + std::to_string(u)},
                                                   {"role", std::string("rep")}},
                                                  1'000));
      users_.push_back(app::RecordId(user));
    }
    for (int i = 0; i < 60; ++i) {
      app::Record a{{"kind", std::string("company")},
                    {"name", i % 2 ? std::string(i % 4 == 1 ? "Clínica Central" : "CLINICA central")
                                   : "Account " + std::to_string(i % 7)},
                    {"country", std::string("DE")},
                    {"currency", std::string("EUR")},
                    {"lifecycle", std::string("active")},
                    {"owner_id", users_[i % 2]}};
      if (i % 3 != 0) a["city"] = "City " + std::to_string(i % 5);
      // A few instants repeat, so updated_at has ties too.
      ASSERT_OK_AND_ASSIGN(auto account, uow->Insert(Spec("accounts"), a, 2'000 + i % 9));
      ASSERT_OK(uow->Insert(Spec("contacts"),
                            {{"account_id", app::RecordId(account)},
                             {"first_name", std::string("Ana")},
                             {"last_name", std::string(i % 2 ? "García" : "Ortiz")}},
                            3'000));
    }
    ASSERT_OK(uow->Commit());
  }

  std::vector<I> Ids(const app::Page& page) {
    std::vector<I> out;
    for (const auto& r : page.items) out.push_back(app::RecordId(r));
    return out;
  }
  app::Page List(const char* entity, const ListQuery& q, const Visibility& v) {
    auto uow = store_->Read();
    EXPECT_TRUE(uow.ok());
    auto page = (*uow)->List(Spec(entity), q, v);
    EXPECT_TRUE(page.ok()) << Describe(page.error());
    return page.ok() ? *page : app::Page{};
  }
  // Walks the whole list by keyset pages of `size`; checks has_more on the way.
  std::vector<I> WalkByCursor(const char* entity, ListQuery q, const Visibility& v, I size) {
    q.limit = size;
    q.with_total = false;
    std::vector<I> out;
    for (int pages = 0; pages < 100; ++pages) {
      app::Page page = List(entity, q, v);
      auto ids = Ids(page);
      out.insert(out.end(), ids.begin(), ids.end());
      EXPECT_EQ(page.has_more, page.next.has_value());
      if (!page.has_more) return out;
      EXPECT_EQ(static_cast<I>(ids.size()), size) << "a page before the last is full";
      q.after = page.next;
    }
    ADD_FAILURE() << "the cursor never reached the end";
    return out;
  }

  std::vector<I> users_;
  std::unique_ptr<SqlStore> store_;
};

TEST_P(ListPagingContract, KeysetPagesWalkTheListOnceInOrderDespiteEqualAndNullKeys) {
  Seed();
  if (HasFatalFailure()) return;
  const Visibility director = Visibility::All();
  const Visibility rep{false, {users_[1]}, {}};
  struct Case {
    const char* entity;
    const char* sort;
    bool desc;
  };
  for (const Case& c : {Case{"accounts", "name", false}, Case{"accounts", "name", true},
                        Case{"accounts", "updated_at", true}, Case{"accounts", "city", false},
                        Case{"accounts", "city", true}, Case{"accounts", "id", true},
                        Case{"contacts", "last_name", false}}) {
    for (const Visibility* v : {&director, &rep}) {
      ListQuery q;
      q.sort_field = c.sort;
      q.sort_descending = c.desc;
      q.limit = 1'000;
      const std::vector<I> whole = Ids(List(c.entity, q, *v));
      ASSERT_FALSE(whole.empty());
      for (I size : {1, 4, 7}) {
        EXPECT_EQ(WalkByCursor(c.entity, q, *v, size), whole)
            << c.entity << " sort " << (c.desc ? "-" : "") << c.sort << " pages of " << size
            << (v->all ? " (director)" : " (rep)");
      }
    }
  }
}

TEST_P(ListPagingContract, HasMoreSaysWhetherAPageFollowsAndTheCountIsOnlyTakenWhenAsked) {
  Seed();
  if (HasFatalFailure()) return;
  ListQuery q;
  q.limit = 60;
  app::Page all = List("accounts", q, Visibility::All());
  EXPECT_FALSE(all.has_more);
  EXPECT_EQ(all.total, 60);
  q.limit = 59;
  app::Page short_one = List("accounts", q, Visibility::All());
  EXPECT_TRUE(short_one.has_more);
  EXPECT_EQ(short_one.items.size(), 59u);
  const Visibility rep{false, {users_[0]}, {}};
  q.limit = 30;
  EXPECT_FALSE(List("accounts", q, rep).has_more) << "the rep owns 30 accounts";
  q.limit = 29;
  EXPECT_TRUE(List("accounts", q, rep).has_more);
}

// The plan of the repository's own SQL for the default list pages: walked in index order, no
// table scan and no sort, for a director and a rep, first and later (keyset) pages.
TEST_P(ListPagingContract, DefaultListPagesAreAnsweredByAnIndexWithoutASort) {
  Seed();
  if (HasFatalFailure()) return;
  const Visibility director = Visibility::All();
  const Visibility rep{false, {users_[1]}, {}};
  struct Case {
    const char* entity;
    const char* sort;
    bool desc;
  };
  for (const Case& c : {Case{"accounts", "name", false}, Case{"accounts", "name", true},
                        Case{"accounts", "updated_at", true}, Case{"contacts", "last_name", false},
                        Case{"contacts", "updated_at", true}}) {
    for (const Visibility* v : {&director, &rep}) {
      if (std::string(c.entity) == "contacts" && !v->all) continue;  // via the account: below
      for (bool later : {false, true}) {
        ListQuery q;
        q.sort_field = c.sort;
        q.sort_descending = c.desc;
        q.limit = 25;
        if (later) q.after = app::ListPosition{std::string("m"), 30};
        if (later && (q.sort_field == "updated_at" || q.sort_field == "id")) {
          q.after = app::ListPosition{I{2'004}, 30};
        }
        ListSql sql = BuildListSql(Spec(c.entity), q, *v, db().dialect());
        ASSERT_OK_AND_ASSIGN(auto tx, db().BeginRead());
        std::string plan;
        if (IsSqlite()) {
          ASSERT_OK_AND_ASSIGN(auto rows,
                               tx->Query("EXPLAIN QUERY PLAN " + sql.page, sql.page_params));
          for (const auto& row : rows.rows) plan += std::get<std::string>(row.back()) + "\n";
          // "SCAN t" alone is the walk in id (rowid) order, stopped by the LIMIT; any other order
          // without an index shows as a temporary B-tree.
          EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << sql.page << "\n" << plan;
        } else {
          // The test tables are tiny: forbid what a big table cannot afford, then see whether
          // the planner still needs it.
          ASSERT_OK(tx->Query("SET LOCAL enable_seqscan = off"));
          ASSERT_OK(tx->Query("SET LOCAL enable_sort = off"));
          ASSERT_OK_AND_ASSIGN(auto rows, tx->Query("EXPLAIN " + sql.page, sql.page_params));
          for (const auto& row : rows.rows) plan += std::get<std::string>(row.at(0)) + "\n";
          EXPECT_EQ(plan.find("Sort"), std::string::npos) << sql.page << "\n" << plan;
          EXPECT_EQ(plan.find("Seq Scan"), std::string::npos) << sql.page << "\n" << plan;
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, ListPagingContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
