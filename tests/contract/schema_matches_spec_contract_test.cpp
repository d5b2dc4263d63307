// One schema source (issue 10): every entity spec, the platform's and every module's, against the
// live schema its migrations built, on both engines. The migrations are written by hand per
// dialect; this test is what keeps them from drifting from the spec: each field's column(s)
// exist with the storage class the SQL path writes, a field that may be null has a nullable
// column (else a valid request ends in a database error), a field that is never null has a
// NOT NULL column, references and sort keys are indexed, and no column is unknown to the spec.
#include <map>
#include <optional>
#include <set>

#include "app/records/entity_spec.h"
#include "storage/common/migration.h"
#include "storage/common/sql_columns.h"
#include "storage_contract_fixture.h"

namespace salesdesk::storage::testing {
namespace {

using app::FieldType;

enum class Storage { kInteger, kText };

struct Column {
  Storage storage;
  bool not_null;
};

// Columns the SQL path keeps beside the spec's fields, per table, with the reason.
const std::map<std::string, std::set<std::string>> kServerColumns = {
    // Credentials never leave the auth repository.
    {"users", {"password_hash", "credentials_changed_at"}},
};

Storage StorageOf(const app::FieldSpec& f, const std::string& column) {
  switch (f.type) {
    case FieldType::kBool:
    case FieldType::kInteger:
    case FieldType::kRef:
    case FieldType::kDecimal:    // scaled integers
    case FieldType::kTimestamp:  // microseconds since the epoch
      return Storage::kInteger;
    case FieldType::kMoney:
      return column.ends_with("_minor") ? Storage::kInteger : Storage::kText;
    default:
      return Storage::kText;
  }
}

// Whether a request can make the field null: by clearing it on update. Fields only the server
// writes (read-only ones, entities written by their own service) are the server's to keep filled:
// their columns may be NOT NULL either way.
std::optional<bool> MayBeNull(const app::EntitySpec& e, const app::FieldSpec& f) {
  if (f.read_only || e.custom_writes) return std::nullopt;
  // Absent on create, a field without a default is filled by the entity's hooks or refused.
  return !f.required && f.nullable;
}

class SchemaMatchesSpec : public StorageContract {
 protected:
  std::map<std::string, Column> LiveColumns(const std::string& table) {
    std::map<std::string, Column> out;
    if (IsSqlite()) {
      for (const auto& row :
           Read("SELECT name, type, \"notnull\", pk FROM pragma_table_info('" + table + "')")
               .rows) {
        const std::string type = std::get<std::string>(row[1]);
        out[std::get<std::string>(row[0])] = {
            type == "INTEGER" ? Storage::kInteger : Storage::kText,
            std::get<std::int64_t>(row[2]) != 0 || std::get<std::int64_t>(row[3]) != 0};
      }
    } else {
      for (const auto& row : Read("SELECT column_name::text, data_type::text, is_nullable::text "
                                  "FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() AND table_name = '" +
                                  table + "'")
                                 .rows) {
        const std::string type = std::get<std::string>(row[1]);
        out[std::get<std::string>(row[0])] = {
            type == "bigint" || type == "integer" ? Storage::kInteger : Storage::kText,
            std::get<std::string>(row[2]) == "NO"};
      }
    }
    return out;
  }
  // What leads some index of the table (what a lookup or an ordered scan can use): each
  // index's first column, and its first two as "a,b".
  std::set<std::string> IndexedColumns(const std::string& table) {
    const std::string sql =
        IsSqlite() ? "SELECT il.name, ii.seqno, ii.name FROM pragma_index_list('" + table +
                         "') AS il, pragma_index_info(il.name) AS ii WHERE ii.seqno < 2"
                   : "SELECT c.relname::text, k.n - 1, a.attname::text FROM pg_index i "
                     "JOIN pg_class t ON t.oid = i.indrelid "
                     "JOIN pg_class c ON c.oid = i.indexrelid "
                     "JOIN pg_namespace s ON s.oid = t.relnamespace "
                     "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                     "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                     "WHERE s.nspname = current_schema() AND k.n <= 2 AND t.relname = '" +
                         table + "'";
    std::map<std::string, std::map<std::int64_t, std::string>> indexes;
    for (const auto& row : Read(sql).rows) {
      indexes[std::get<std::string>(row[0])][std::get<std::int64_t>(row[1])] =
          std::get<std::string>(row[2]);
    }
    std::set<std::string> out;
    for (const auto& [name, columns] : indexes) {
      if (!columns.count(0)) continue;
      out.insert(columns.at(0));
      if (columns.count(1)) out.insert(columns.at(0) + "," + columns.at(1));
    }
    return out;
  }
};

TEST_P(SchemaMatchesSpec, EveryEntityHasTheColumnsTypesNullabilityAndIndexesOfItsSpec) {
  ASSERT_OK(Migrate(db()));
  std::vector<const app::EntitySpec*> specs;
  for (const auto& e : app::AllEntities()) specs.push_back(&e);
  specs.push_back(&app::SettingsSpec());
  ASSERT_GT(specs.size(), 25u);
  std::set<std::string> tables;
  for (const app::EntitySpec* e : specs) {
    const std::string table = TableName(*e);
    if (!tables.insert(table).second) continue;  // one table may serve two specs
    std::map<std::string, Column> live = LiveColumns(table);
    if (live.empty()) {
      ADD_FAILURE() << table << ": no such table; the migration of " << e->plural << " is missing";
      continue;
    }
    std::set<std::string> expected = {"id", "version", "created_at", "updated_at"};
    for (const char* meta : {"version", "created_at", "updated_at"}) {
      EXPECT_TRUE(live.count(meta) && live[meta].storage == Storage::kInteger &&
                  live[meta].not_null)
          << table << "." << meta << " must be an integer NOT NULL";
    }
    const std::set<std::string> indexed = IndexedColumns(table);
    for (const auto& f : e->fields) {
      std::vector<std::string> columns = FieldColumns(f);
      if (f.sort_folded) columns.push_back(std::string(f.name) + "_sort");
      for (const auto& c : columns) {
        expected.insert(c);
        const std::string where = table + "." + c + " (" + std::string(f.name) + ")";
        auto it = live.find(c);
        if (it == live.end()) {
          ADD_FAILURE() << where << ": column missing";
          continue;
        }
        const Storage want = c.ends_with("_sort") ? Storage::kText : StorageOf(f, c);
        EXPECT_EQ(it->second.storage, want)
            << where << ": stored as " << (want == Storage::kInteger ? "an integer" : "text")
            << " by the SQL path";
        const std::optional<bool> may_be_null = MayBeNull(*e, f);
        if (may_be_null) {
          EXPECT_EQ(it->second.not_null, !*may_be_null)
              << where
              << (*may_be_null ? ": a request may set it to null (a 409 from the database "
                                 "instead of a 422 naming the field): make the field "
                                 "nullable = false or the column nullable"
                               : ": never null in the spec, the column should be NOT NULL");
        }
      }
      if (!f.ref_entity_from.empty()) {  // polymorphic: (entity, id) together
        EXPECT_TRUE(indexed.count(std::string(f.ref_entity_from) + "," + std::string(f.name)))
            << table << "(" << f.ref_entity_from << ", " << f.name << "): no index";
      } else if (f.type == FieldType::kRef) {
        EXPECT_TRUE(indexed.count(std::string(f.name)))
            << table << "." << f.name << ": a reference without an index (visibility joins, "
            << "child lists and deletes scan the table)";
      }
      if (f.sort_folded) {
        EXPECT_TRUE(indexed.count(std::string(f.name) + "_sort"))
            << table << "." << f.name << "_sort: the default list order without an index";
      }
    }
    const auto server = kServerColumns.find(table);
    for (const auto& [c, column] : live) {
      const bool known =
          expected.count(c) || (server != kServerColumns.end() && server->second.count(c));
      EXPECT_TRUE(known) << table << "." << c << ": a column no spec field describes";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Db, SchemaMatchesSpec,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
