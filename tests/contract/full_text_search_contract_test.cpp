// Full-text ?q= search (issue 11, decision 0064) on both engines: SQLite's FTS5 tables and
// PostgreSQL's GIN-indexed tsvectors return the same rows for the same query — accents and case
// folded, word prefixes, every word required, punctuation in document numbers, a quote or order
// found by its customer's name, a rep finding only their own rows (also through the customer),
// and input carrying either engine's query syntax taken as plain text. The indexes follow
// inserts, updates and deletes, the count and the aggregates agree with the list, and the list's
// very SQL is answered by the full-text index.
#include <algorithm>
#include <set>

#include "app/records/full_text.h"

#include "storage/common/migration.h"
#include "storage/common/sql_columns.h"
#include "storage/common/sql_record_predicates.h"
#include "storage/common/sql_store.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using app::ListQuery;
using app::Visibility;
using I = std::int64_t;
using Names = std::set<std::string>;

class FullTextSearchContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
    Seed();
  }
  const app::EntitySpec& Spec(const char* plural) { return *app::FindEntity(plural); }

  I Add(app::UnitOfWork& uow, const char* entity, app::Record fields) {
    auto added = uow.Insert(Spec(entity), fields, 1'000);
    EXPECT_TRUE(added.ok()) << entity << ": " << Describe(added.error());
    return added.ok() ? app::RecordId(*added) : 0;
  }

  // Two reps. Rep A: Müller GmbH (Köln), Clínica São José, "AND NEAR Trading" (FTS words as
  // names), O'Brien & Co; rep B: MULLER Söhne, Mullerova. Quotes and orders numbered as the
  // sales desk numbers them, each of its account's owner.
  void Seed() {
    ASSERT_OK_AND_ASSIGN(auto uow, store_->Write());
    for (const char* who : {"a", "b"}) {
      rep_.push_back(Add(*uow, "users",
                         {{"email", std::string("rep-") + who + "@x.test"},
                          {"name", std::string("Rep ") + who},
                          {"role", std::string("rep")}}));
    }
    struct A {
      const char* name;
      const char* legal;
      const char* city;
      const char* tax;
      int rep;
    };
    for (const A& a : {A{"Müller GmbH", "Müller-Lüdenscheidt AG", "Köln", "DE-0123", 0},
                       A{"Clínica São José", nullptr, "Sevilla", "B12345678", 0},
                       A{"AND NEAR Trading", nullptr, "Zaragoza", nullptr, 0},
                       A{"O'Brien & Co", nullptr, "Dublin", nullptr, 0},
                       A{"MULLER Söhne", nullptr, "Wien", nullptr, 1},
                       A{"Mullerova", nullptr, "Brno", nullptr, 1}}) {
      app::Record r{{"kind", std::string("company")},     {"name", std::string(a.name)},
                    {"country", std::string("DE")},       {"currency", std::string("EUR")},
                    {"lifecycle", std::string("active")}, {"owner_id", rep_[a.rep]},
                    {"city", std::string(a.city)}};
      if (a.legal) r["legal_name"] = std::string(a.legal);
      if (a.tax) r["tax_id"] = std::string(a.tax);
      account_[a.name] = Add(*uow, "accounts", r);
    }
    Add(*uow, "contacts",
        {{"account_id", account_["Müller GmbH"]},
         {"first_name", std::string("Jürgen")},
         {"last_name", std::string("Groß")},
         {"email", std::string("j.gross@mueller.example")}});
    const I list =
        Add(*uow, "price-lists", {{"name", std::string("Base")}, {"currency", std::string("EUR")}});
    struct Q {
      const char* number;
      const char* account;
      int rep;
    };
    for (const Q& q :
         {Q{"Q-2025-00042", "Clínica São José", 0}, Q{"Q-2025-00420", "Müller GmbH", 0},
          Q{"Q-2026-00042", "O'Brien & Co", 0}, Q{"Q-2026-00007", "MULLER Söhne", 1}}) {
      quote_[q.number] = Add(*uow, "quotes",
                             {{"number", std::string(q.number)},
                              {"account_id", account_[q.account]},
                              {"price_list_id", list},
                              {"currency", std::string("EUR")},
                              {"status", std::string("draft")},
                              {"rules_as_of", I{1}},
                              {"owner_id", rep_[q.rep]}});
    }
    for (const Q& o :
         {Q{"SO-2026-00042", "Müller GmbH", 0}, Q{"SO-2026-00043", "MULLER Söhne", 1}}) {
      Add(*uow, "sales-orders",
          {{"number", std::string(o.number)},
           {"account_id", account_[o.account]},
           {"currency", std::string("EUR")},
           {"status", std::string("open")},
           {"ordered_on", std::string("2026-03-01")},
           {"owner_id", rep_[o.rep]}});
    }
    ASSERT_OK(uow->Commit());
  }

  // The list's answer for q: names (accounts), numbers (quotes, orders) or e-mails (contacts);
  // checks the count and the aggregate agree with it.
  Names Search(const char* entity, const std::string& q, const Visibility& v = Visibility::All()) {
    ListQuery query;
    query.search = q;
    query.limit = 100;
    auto uow = store_->Read();
    EXPECT_TRUE(uow.ok());
    if (!uow.ok()) return {};
    auto page = (*uow)->List(Spec(entity), query, v);
    EXPECT_TRUE(page.ok()) << entity << " q=" << q << ": " << Describe(page.error());
    if (!page.ok()) return {};
    EXPECT_EQ(page->total, static_cast<I>(page->items.size())) << entity << " q=" << q;
    auto counted = (*uow)->Aggregate(Spec(entity), app::AggregateQuery{.search = q}, v);
    EXPECT_TRUE(counted.ok()) << Describe(counted.error());
    if (counted.ok()) {
      EXPECT_EQ(counted->total_count, static_cast<I>(page->items.size())) << entity << " q=" << q;
    }
    Names out;
    const char* key = std::string(entity) == "accounts"   ? "name"
                      : std::string(entity) == "contacts" ? "email"
                                                          : "number";
    for (const auto& r : page->items) out.insert(std::get<std::string>(r.at(key)));
    return out;
  }
  Visibility Rep(int i) { return Visibility{false, {rep_[i]}, {}}; }

  std::unique_ptr<SqlStore> store_;
  std::vector<I> rep_;
  std::map<std::string, I> account_, quote_;
};

TEST_P(FullTextSearchContract, AccentsCaseAndWordPrefixesFoldAlike) {
  const Names mullers{"Müller GmbH", "MULLER Söhne", "Mullerova"};
  EXPECT_EQ(Search("accounts", "muller"), mullers);
  EXPECT_EQ(Search("accounts", "Müller"), mullers);
  EXPECT_EQ(Search("accounts", "MÜL"), mullers);
  EXPECT_EQ(Search("accounts", "mul"), mullers);
  EXPECT_EQ(Search("accounts", "Mu\xCC\x88ller"), mullers);  // "Müller" typed decomposed
  EXPECT_EQ(Search("accounts", "clinica"), Names{"Clínica São José"});
  EXPECT_EQ(Search("accounts", "SAO jose"), Names{"Clínica São José"});
  EXPECT_EQ(Search("accounts", "koln"), Names{"Müller GmbH"});        // the city
  EXPECT_EQ(Search("accounts", "ludensch"), Names{"Müller GmbH"});    // the legal name
  EXPECT_EQ(Search("accounts", "b1234"), Names{"Clínica São José"});  // the tax id
  EXPECT_EQ(Search("accounts", "soh"), Names{"MULLER Söhne"});
  // A word must begin with the prefix: "ller" is inside words only.
  EXPECT_EQ(Search("accounts", "ller"), Names{});
  EXPECT_EQ(Search("contacts", "jurg"), Names{"j.gross@mueller.example"});
  EXPECT_EQ(Search("contacts", "mueller"), Names{"j.gross@mueller.example"});  // e-mail words
}

TEST_P(FullTextSearchContract, EveryWordMustMatch) {
  EXPECT_EQ(Search("accounts", "muller gmbh"), Names{"Müller GmbH"});
  EXPECT_EQ(Search("accounts", "muller wien"), Names{"MULLER Söhne"});  // name and city
  EXPECT_EQ(Search("accounts", "muller sevilla"), Names{});
  EXPECT_EQ(Search("accounts", "  muller   GMBH  "), Names{"Müller GmbH"});
}

TEST_P(FullTextSearchContract, DocumentNumbersByTheirPartsWithOrWithoutZeros) {
  EXPECT_EQ(Search("quotes", "Q-2025-00042"), Names{"Q-2025-00042"});
  EXPECT_EQ(Search("quotes", "Q-2025-0042"), (Names{"Q-2025-00042", "Q-2025-00420"}));
  EXPECT_EQ(Search("quotes", "0042"), (Names{"Q-2025-00042", "Q-2025-00420", "Q-2026-00042"}));
  EXPECT_EQ(Search("quotes", "42"), (Names{"Q-2025-00042", "Q-2025-00420", "Q-2026-00042"}));
  EXPECT_EQ(Search("quotes", "2026 7"), Names{"Q-2026-00007"});
  EXPECT_EQ(Search("quotes", "q 2026 00042"), Names{"Q-2026-00042"});
  EXPECT_EQ(Search("quotes", "q2026"), Names{});  // not a word of any number
  EXPECT_EQ(Search("sales-orders", "SO-2026-00042"), Names{"SO-2026-00042"});
  EXPECT_EQ(Search("sales-orders", "so 43"), Names{"SO-2026-00043"});
}

TEST_P(FullTextSearchContract, QuotesAndOrdersByTheirCustomersName) {
  EXPECT_EQ(Search("quotes", "clinica"), Names{"Q-2025-00042"});
  EXPECT_EQ(Search("quotes", "o'brien"), Names{"Q-2026-00042"});
  EXPECT_EQ(Search("quotes", "muller"), (Names{"Q-2025-00420", "Q-2026-00007"}));
  EXPECT_EQ(Search("sales-orders", "MÜLLER"), (Names{"SO-2026-00042", "SO-2026-00043"}));
  EXPECT_EQ(Search("sales-orders", "wien"), Names{"SO-2026-00043"});  // the customer's city
}

TEST_P(FullTextSearchContract, ARepFindsOnlyTheirOwnRowsAlsoThroughTheCustomer) {
  EXPECT_EQ(Search("accounts", "muller", Rep(0)), Names{"Müller GmbH"});
  EXPECT_EQ(Search("accounts", "muller", Rep(1)), (Names{"MULLER Söhne", "Mullerova"}));
  EXPECT_EQ(Search("quotes", "muller", Rep(0)), Names{"Q-2025-00420"});
  EXPECT_EQ(Search("quotes", "muller", Rep(1)), Names{"Q-2026-00007"});
  EXPECT_EQ(Search("sales-orders", "muller", Rep(0)), Names{"SO-2026-00042"});
  EXPECT_EQ(Search("contacts", "jurgen", Rep(1)), Names{});
  EXPECT_EQ(Search("contacts", "jurgen", Rep(0)), Names{"j.gross@mueller.example"});
  // Rep B owns a quote of rep A's customer: the customer's name does not find it for B, who
  // may not see that account (hidden is missing), while its number still does.
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store_->Write());
    ASSERT_OK_AND_ASSIGN(auto q,
                         uow->Get(Spec("quotes"), quote_["Q-2026-00007"], Visibility::All()));
    ASSERT_TRUE(q.has_value());
    ASSERT_OK(uow->Update(Spec("quotes"), quote_["Q-2026-00007"],
                          {{"account_id", account_["Clínica São José"]}}, app::RecordVersion(*q),
                          2'000));
    ASSERT_OK(uow->Commit());
  }
  EXPECT_EQ(Search("quotes", "clinica", Rep(1)), Names{});
  EXPECT_EQ(Search("quotes", "00007", Rep(1)), Names{"Q-2026-00007"});
  EXPECT_EQ(Search("quotes", "clinica"), (Names{"Q-2025-00042", "Q-2026-00007"}));
}

TEST_P(FullTextSearchContract, QuerySyntaxOfEitherEngineIsPlainText) {
  // Each is a word or a separator: never a syntax error, never an operator, never all rows.
  EXPECT_EQ(Search("accounts", "\"muller"), (Names{"Müller GmbH", "MULLER Söhne", "Mullerova"}));
  EXPECT_EQ(Search("accounts", "mull*"), (Names{"Müller GmbH", "MULLER Söhne", "Mullerova"}));
  EXPECT_EQ(Search("accounts", "-muller"), (Names{"Müller GmbH", "MULLER Söhne", "Mullerova"}));
  EXPECT_EQ(Search("accounts", "name:muller"), Names{});  // "name" is no word of theirs
  EXPECT_EQ(Search("accounts", "(muller"), (Names{"Müller GmbH", "MULLER Söhne", "Mullerova"}));
  EXPECT_EQ(Search("accounts", "muller AND gmbh"), Names{});  // AND is a word here
  EXPECT_EQ(Search("accounts", "AND NEAR"), Names{"AND NEAR Trading"});
  EXPECT_EQ(Search("accounts", "near"), Names{"AND NEAR Trading"});
  EXPECT_EQ(Search("accounts", "muller OR clinica"), Names{});
  EXPECT_EQ(Search("accounts", "muller | clinica"), Names{});  // | parts words: both needed
  EXPECT_EQ(Search("accounts", "muller & !gmbh"), Names{"Müller GmbH"});
  EXPECT_EQ(Search("accounts", "NEAR(muller gmbh)"), Names{});
  EXPECT_EQ(Search("accounts", "'; DROP TABLE accounts; --"), Names{});
  EXPECT_EQ(Search("accounts", "\\"), Names{});  // no word: nothing
  EXPECT_EQ(Search("accounts", "*"), Names{});
  EXPECT_EQ(Search("accounts", "\"\" : ( ) -"), Names{});
  EXPECT_EQ(Search("accounts", "muller †"), (Names{"Müller GmbH", "MULLER Söhne", "Mullerova"}));
  EXPECT_EQ(Search("quotes", "Q-2025-00042:*"), Names{"Q-2025-00042"});
  EXPECT_EQ(Search("accounts", "mul").size(), 3u);  // the table is still there
}

TEST_P(FullTextSearchContract, TheIndexFollowsUpdatesAndDeletes) {
  const I id = account_["Mullerova"];
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store_->Write());
    ASSERT_OK_AND_ASSIGN(auto a, uow->Get(Spec("accounts"), id, Visibility::All()));
    ASSERT_TRUE(a.has_value());
    ASSERT_OK(uow->Update(Spec("accounts"), id, {{"name", std::string("Ærø Økonomi")}},
                          app::RecordVersion(*a), 2'000));
    ASSERT_OK(uow->Commit());
  }
  EXPECT_EQ(Search("accounts", "mullerova"), Names{});
  EXPECT_EQ(Search("accounts", "ærø"), Names{"Ærø Økonomi"});
  EXPECT_EQ(Search("accounts", "ØKO"), Names{"Ærø Økonomi"});
  {
    ASSERT_OK_AND_ASSIGN(auto uow, store_->Write());
    ASSERT_OK_AND_ASSIGN(auto a, uow->Get(Spec("accounts"), id, Visibility::All()));
    ASSERT_TRUE(a.has_value());
    ASSERT_OK(uow->Delete(Spec("accounts"), id, app::RecordVersion(*a)));
    ASSERT_OK(uow->Commit());
  }
  EXPECT_EQ(Search("accounts", "okonomi"), Names{});
  EXPECT_EQ(Search("accounts", "mul"), (Names{"Müller GmbH", "MULLER Söhne"}));
}

// The list's own SQL, EXPLAINed: its match is answered by the full-text index (on PostgreSQL:
// the expression the repository writes is the migration's indexed one), the customer's too.
TEST_P(FullTextSearchContract, TheListSqlUsesTheFullTextIndex) {
  for (const char* entity : {"accounts", "contacts", "quotes", "sales-orders", "leads"}) {
    const app::EntitySpec& e = Spec(entity);
    const app::FullTextIndex* index = app::FullTextIndexOf(entity);
    ASSERT_NE(index, nullptr) << entity;
    ListQuery q;
    q.search = "mul 42";
    q.limit = 5;
    for (const Visibility& v : {Visibility::All(), Rep(0)}) {
      ListSql sql = BuildListSql(e, q, v, db().dialect());
      ASSERT_OK_AND_ASSIGN(auto tx, db().BeginRead());
      std::string plan;
      const std::string table = TableName(e);
      if (IsSqlite()) {
        ASSERT_OK_AND_ASSIGN(auto rows,
                             tx->Query("EXPLAIN QUERY PLAN " + sql.page, sql.page_params));
        for (const auto& row : rows.rows) plan += std::get<std::string>(row.back()) + "\n";
        EXPECT_NE(plan.find(table + "_fts VIRTUAL TABLE INDEX"), std::string::npos)
            << sql.page << "\n"
            << plan;
      } else if (v.all) {  // a rep's owner index may win on tiny tables, legitimately
        // Tiny tables: forbid the walks a big table cannot afford (every row, or every row in
        // id order), so the plan shows whether the tsvector expression meets its index.
        ASSERT_OK(tx->Query("SET LOCAL enable_seqscan = off"));
        ASSERT_OK(tx->Query("SET LOCAL enable_indexscan = off"));
        ASSERT_OK_AND_ASSIGN(auto rows, tx->Query("EXPLAIN " + sql.page, sql.page_params));
        for (const auto& row : rows.rows) plan += std::get<std::string>(row.at(0)) + "\n";
        EXPECT_NE(plan.find("Bitmap Index Scan on " + table + "_fts_idx"), std::string::npos)
            << sql.page << "\n"
            << plan;
      }
      if (!index->via.empty() && (IsSqlite() || v.all)) {
        EXPECT_NE(plan.find(IsSqlite() ? "accounts_fts" : "accounts_fts_idx"), std::string::npos)
            << plan;
      }
    }
  }
}

// SQLite's FTS5 tables index exactly the declared fields, in order (PostgreSQL's index
// expression is the repository's own, checked by the plan above).
TEST_P(FullTextSearchContract, TheFullTextTablesIndexTheSpecsFields) {
  for (const app::EntitySpec& e : app::AllEntities()) {
    const app::FullTextIndex* index = app::FullTextIndexOf(e.plural);
    if (index == nullptr) continue;
    const std::string table = TableName(e);
    if (IsSqlite()) {
      std::vector<std::string> columns;
      for (const auto& row :
           Read("SELECT name FROM pragma_table_info('" + table + "_fts') ORDER BY cid").rows) {
        columns.push_back(std::get<std::string>(row.at(0)));
      }
      EXPECT_EQ(columns, std::vector<std::string>(index->fields.begin(), index->fields.end()))
          << table << "_fts";
      EXPECT_EQ(ReadInt("SELECT sqlite_compileoption_used('ENABLE_FTS5')"), 1);
    } else {
      EXPECT_EQ(ReadInt("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                        "AND tablename = '" +
                        table + "' AND indexname = '" + table + "_fts_idx'"),
                1)
          << table;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, FullTextSearchContract,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
