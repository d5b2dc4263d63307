// Generic record reads and writes, driven by the entity spec. Every read takes the caller's
// visibility and turns it into a WHERE clause here, in the one place all reads pass.
#include <algorithm>
#include <string>

#include "app/records/full_text.h"
#include "storage/common/sql_columns.h"
#include "storage/common/sql_record_predicates.h"
#include "storage/common/sql_unit_of_work.h"

namespace salesdesk::storage {
namespace {

using app::FieldType;
using app::FilterOp;

std::string Placeholders(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += (i == 0 ? "?" : ", ?");
  return s;
}

// Rows about other records (audit events): the row's (entity, entity_id) must be a record the
// caller may see, by that entity's own visibility; one condition, so counts and pages agree.
void AppendDescribedVisibility(const app::Visibility& v, const std::string& alias,
                               std::string& where, std::vector<SqlValue>& params) {
  if (v.described.empty()) {
    where += " AND 1 = 0";
    return;
  }
  where += " AND (";
  for (std::size_t i = 0; i < v.described.size(); ++i) {
    const app::DescribedScope& d = v.described[i];
    const app::EntitySpec* spec =
        d.entity == app::SettingsSpec().plural ? &app::SettingsSpec() : app::FindEntity(d.entity);
    where += std::string(i == 0 ? "" : " OR ") + "(" + alias + ".entity = ?";
    params.emplace_back(d.entity);
    if (!d.all && spec == nullptr) {
      where += " AND 1 = 0";
    } else if (!d.all) {
      where += " AND " + alias + ".entity_id IN (SELECT d.id FROM " + TableName(*spec) +
               " d WHERE 1 = 1";
      AppendVisibility(*spec, app::Visibility{false, d.owner_ids, {}}, "d", where, params);
      where += ")";
    }
    where += ")";
  }
  where += ")";
}

}  // namespace

// Appends the visibility condition for `alias` to `where`.
void AppendVisibility(const app::EntitySpec& e, const app::Visibility& v, const std::string& alias,
                      std::string& where, std::vector<SqlValue>& params) {
  if (v.all) return;
  if (e.ownership == app::Ownership::kDescribed) {
    return AppendDescribedVisibility(v, alias, where, params);
  }
  if (e.ownership == app::Ownership::kShared) return;
  if (v.owner_ids.empty()) {
    where += " AND 1 = 0";
    return;
  }
  std::string in = Placeholders(v.owner_ids.size());
  if (e.ownership == app::Ownership::kOwned || e.ownership == app::Ownership::kPersonal) {
    where += " AND " + alias + ".owner_id IN (" + in + ")";
  } else {
    const app::EntitySpec* parent = app::FindEntity(e.parent_entity);
    where += " AND " + alias + "." + std::string(e.parent_field) + " IN (SELECT p.id FROM " +
             TableName(*parent) + " p WHERE p.owner_id IN (" + in + "))";
  }
  for (auto id : v.owner_ids) params.emplace_back(id);
}

namespace {

const char* OpSql(FilterOp op) {
  switch (op) {
    case FilterOp::kEq:
      return " = ";
    case FilterOp::kNe:
      return " <> ";
    case FilterOp::kLt:
      return " < ";
    case FilterOp::kLe:
      return " <= ";
    case FilterOp::kGt:
      return " > ";
    case FilterOp::kGe:
      return " >= ";
    default:
      return " = ";
  }
}

std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

void AppendFilters(const app::EntitySpec& e, const app::ListQuery& q, std::string& where,
                   std::vector<SqlValue>& params) {
  for (const auto& f : q.filters) {
    std::string expr = FieldExpression(e, f.field, "t");
    const app::FieldSpec* spec = e.Field(f.field);
    auto bind = [&](const app::FieldValue& v) {
      if (spec != nullptr) {
        AppendFieldValues(*spec, v, params);
      } else {
        params.emplace_back(std::get<std::int64_t>(v));  // meta fields are integers
      }
    };
    switch (f.op) {
      case FilterOp::kIsNull:
        where += " AND " + expr + " IS NULL";
        break;
      case FilterOp::kNotNull:
        where += " AND " + expr + " IS NOT NULL";
        break;
      case FilterOp::kIn:
        where += " AND " + expr + " IN (" + Placeholders(f.values.size()) + ")";
        for (const auto& v : f.values) bind(v);
        break;
      default:
        where += " AND " + expr + OpSql(f.op) + "?";
        bind(f.values.at(0));
    }
  }
}

namespace {

// The engine's query for the words: FTS5 MATCH syntax, or a tsquery. Each prefix is quoted
// ("word"* / 'word':*) and holds only letters and digits (SearchWords split at the rest), so
// no input reaches the engine as syntax.
std::string FullTextQuery(const std::vector<app::SearchWord>& words, Dialect dialect) {
  const bool sqlite = dialect == Dialect::kSqlite;
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += sqlite ? " AND " : " & ";
    out += "(";
    for (std::size_t k = 0; k < words[i].prefixes.size(); ++k) {
      if (k > 0) out += sqlite ? " OR " : " | ";
      out += sqlite ? "\"" + words[i].prefixes[k] + "\"*" : "'" + words[i].prefixes[k] + "':*";
    }
    out += ")";
  }
  return out;
}

// " <alias>.id IN (rows of e matching the bound query)": the FTS5 table's rowids on SQLite,
// the GIN-indexed tsvector expression (the very expression of the migration's index) on
// PostgreSQL.
std::string FullTextMatch(const app::EntitySpec& e, const app::FullTextIndex& index,
                          const std::string& alias, Dialect dialect) {
  const std::string table = TableName(e);
  if (dialect == Dialect::kSqlite) {
    return alias + ".id IN (SELECT rowid FROM " + table + "_fts WHERE " + table + "_fts MATCH ?)";
  }
  std::string doc;
  for (std::size_t i = 0; i < index.fields.size(); ++i) {
    if (i > 0) doc += " || ' ' || ";
    doc += "coalesce(" + alias + "." + std::string(index.fields[i]) + ", '')";
  }
  return "to_tsvector('simple', salesdesk_search_text(" + doc +
         ")) @@ to_tsquery('simple', salesdesk_fold(?))";
}

}  // namespace

void AppendSearch(const app::EntitySpec& e, const std::string& search,
                  const app::Visibility& visibility, Dialect dialect, std::string& where,
                  std::vector<SqlValue>& params) {
  if (search.empty()) return;
  const app::FullTextIndex* index = app::FullTextIndexOf(e.plural);
  if (index == nullptr) {
    if (e.search_fields.empty()) return;
    std::string pattern = "%" + EscapeLike(search) + "%";
    where += " AND (";
    for (size_t i = 0; i < e.search_fields.size(); ++i) {
      if (i > 0) where += " OR ";
      where += "lower(t." + std::string(e.search_fields[i]) + ") LIKE lower(?) ESCAPE '\\'";
      params.emplace_back(pattern);
    }
    where += ")";
    return;
  }
  const std::vector<app::SearchWord> words = app::SearchWords(search);
  if (words.empty()) {  // nothing but punctuation: nothing to find
    where += " AND 1 = 0";
    return;
  }
  const std::string query = FullTextQuery(words, dialect);
  const app::FieldSpec* ref = index->via.empty() ? nullptr : e.Field(index->via);
  const app::EntitySpec* target = ref != nullptr ? app::FindEntity(ref->ref_entity) : nullptr;
  const app::FullTextIndex* target_index =
      target != nullptr ? app::FullTextIndexOf(target->plural) : nullptr;
  if (target_index == nullptr) {
    where += " AND " + FullTextMatch(e, *index, "t", dialect);
    params.emplace_back(query);
    return;
  }
  // Its own match and its customer's, as one set of ids: each side is answered by its index
  // (an OR of the two would make PostgreSQL test every row against a hashed subplan).
  const std::string table = TableName(e);
  where += " AND t.id IN (SELECT x.id FROM " + table + " x WHERE " +
           FullTextMatch(e, *index, "x", dialect) + " UNION SELECT y.id FROM " + table +
           " y WHERE y." + std::string(index->via) + " IN (";
  params.emplace_back(query);
  std::string seen;
  std::vector<SqlValue> seen_params;
  AppendVisibility(*target, visibility, "v", seen, seen_params);
  if (seen.empty() && dialect == Dialect::kSqlite) {
    // Nothing hidden: the customers' ids straight from their FTS5 table. Reading each matching
    // customer's row only to pass its id on cost a random page read per match (a common prefix
    // matches tens of thousands of customers).
    const std::string fts = TableName(*target) + "_fts";
    where += "SELECT rowid FROM " + fts + " WHERE " + fts + " MATCH ?))";
    params.emplace_back(query);
    return;
  }
  where += "SELECT v.id FROM " + TableName(*target) + " v WHERE " +
           FullTextMatch(*target, *target_index, "v", dialect) + seen + "))";
  params.emplace_back(query);
  params.insert(params.end(), seen_params.begin(), seen_params.end());
}

core::Result<std::optional<app::Record>> SqlUnitOfWork::Get(const app::EntitySpec& e,
                                                            std::int64_t id,
                                                            const app::Visibility& visibility) {
  std::string where = " WHERE t.id = ?";
  std::vector<SqlValue> params{id};
  AppendVisibility(e, visibility, "t", where, params);
  SD_ASSIGN(auto rows, Q("SELECT " + SelectColumns(e, "t") + " FROM " + TableName(e) + " t" + where,
                         std::move(params)));
  if (rows.rows.empty()) return std::optional<app::Record>{};
  return std::optional<app::Record>{RowToRecord(e, rows.rows[0])};
}

namespace {

// Keyset condition: the rows after `at` in the order ORDER BY key <dir>, id <dir>. Both engines
// are told where NULL keys sort (NULLS FIRST ascending on SQLite, last on PostgreSQL: each
// engine's own default, so its indexes still give the order), and the condition follows.
void AppendAfter(const app::EntitySpec& e, const app::ListQuery& q, Dialect dialect,
                 std::string& where, std::vector<SqlValue>& params) {
  const app::ListPosition& at = *q.after;
  const char* cmp = q.sort_descending ? " < " : " > ";
  if (q.sort_field == "id") {
    where += std::string(" AND t.id") + cmp + "?";
    params.emplace_back(at.id);
    return;
  }
  const std::string key = SortExpression(e, q.sort_field, "t");
  const bool nulls_first = (dialect == Dialect::kSqlite) != q.sort_descending;
  if (std::holds_alternative<std::monostate>(at.key)) {
    where += " AND ((" + key + " IS NULL AND t.id" + cmp + "?)" +
             (nulls_first ? " OR " + key + " IS NOT NULL" : "") + ")";
    params.emplace_back(at.id);
    return;
  }
  SqlValue v = std::holds_alternative<std::int64_t>(at.key)
                   ? SqlValue{std::get<std::int64_t>(at.key)}
                   : SqlValue{std::get<std::string>(at.key)};
  // A row value, so both engines walk the (key, id) index from the cursor on.
  const app::FieldSpec* f = e.Field(q.sort_field);
  const bool may_be_null = f != nullptr && !f->required;
  where += " AND ((" + key + ", t.id)" + cmp + "(?, ?)" +
           (nulls_first || !may_be_null ? "" : " OR " + key + " IS NULL") + ")";
  params.insert(params.end(), {v, at.id});
}

}  // namespace

ListSql BuildListSql(const app::EntitySpec& e, const app::ListQuery& q,
                     const app::Visibility& visibility, Dialect dialect) {
  ListSql out;
  std::string where = " WHERE 1 = 1";
  AppendVisibility(e, visibility, "t", where, out.count_params);
  AppendFilters(e, q, where, out.count_params);
  AppendSearch(e, q.search, visibility, dialect, where, out.count_params);
  const std::string from = " FROM " + TableName(e) + " t";
  out.count = "SELECT COUNT(*)" + from + where;
  out.page_params = out.count_params;
  if (q.after) AppendAfter(e, q, dialect, where, out.page_params);
  // The id tie-break makes paging stable when the sort key repeats. One more row than asked
  // says whether another page follows, without counting.
  const char* dir = q.sort_descending ? " DESC" : " ASC";
  const std::string key = SortExpression(e, q.sort_field, "t");
  std::string order = " ORDER BY " + key + dir;
  if (q.sort_field != "id") order += std::string(", t.id") + dir;
  out.page_params.emplace_back(q.limit + 1);
  out.page_params.emplace_back(q.offset);
  out.page =
      "SELECT " + SelectColumns(e, "t") + ", " + key + from + where + order + " LIMIT ? OFFSET ?";
  return out;
}

core::Result<app::Page> SqlUnitOfWork::List(const app::EntitySpec& e, const app::ListQuery& q,
                                            const app::Visibility& visibility) {
  ListSql sql = BuildListSql(e, q, visibility, tx_->dialect());
  app::Page page;
  if (q.with_total) {
    SD_ASSIGN(auto count, Q(sql.count, std::move(sql.count_params)));
    page.total = std::get<std::int64_t>(count.rows.at(0).at(0));
    if (page.total == 0 || (!q.after && q.offset >= page.total)) return page;
  }
  SD_ASSIGN(auto rows, Q(sql.page, std::move(sql.page_params)));
  page.has_more = static_cast<std::int64_t>(rows.rows.size()) > q.limit;
  if (page.has_more) rows.rows.pop_back();
  page.items.reserve(rows.rows.size());
  for (const auto& row : rows.rows) page.items.push_back(RowToRecord(e, row));
  if (page.has_more) {
    const SqlValue& key = rows.rows.back().back();  // the sort key, selected last
    app::ListPosition next{.id = app::RecordId(page.items.back())};
    if (const auto* i = std::get_if<std::int64_t>(&key)) next.key = *i;
    if (const auto* t = std::get_if<std::string>(&key)) next.key = *t;
    page.next = std::move(next);
  }
  if (!q.with_total) page.total = static_cast<std::int64_t>(page.items.size());
  return page;
}

core::Result<app::Record> SqlUnitOfWork::Insert(const app::EntitySpec& e, const app::Record& fields,
                                                std::int64_t now_us) {
  std::string cols = "version, created_at, updated_at";
  std::vector<SqlValue> params{std::int64_t{1}, now_us, now_us};
  if (auto it = fields.find("id"); it != fields.end()) {  // singletons carry their id
    cols += ", id";
    params.emplace_back(std::get<std::int64_t>(it->second));
  }
  for (const auto& f : e.fields) {
    auto it = fields.find(f.name);
    if (it == fields.end()) continue;
    for (const auto& c : FieldColumns(f)) cols += ", " + c;
    AppendFieldValues(f, it->second, params);
    if (f.sort_folded) {
      cols += ", " + std::string(f.name) + "_sort";
      params.push_back(SortKeyValue(it->second));
    }
  }
  // Built before the call: params is moved into it, and argument order is unspecified.
  const std::string sql = "INSERT INTO " + TableName(e) + " (" + cols + ") VALUES (" +
                          Placeholders(params.size()) + ") RETURNING " + SelectColumns(e, "");
  // RETURNING hands back the stored record in the same round trip.
  SD_ASSIGN(auto rows, Q(sql, std::move(params)));
  SD_TRY(BumpDataVersion(e));
  app::Record stored = RowToRecord(e, rows.rows.at(0));
  SD_TRY(RunStoredHooks(e, nullptr, &stored));
  return stored;
}

core::Result<std::vector<app::Record>> SqlUnitOfWork::InsertMany(
    const app::EntitySpec& e, const std::vector<app::Record>& records, std::int64_t now_us) {
  // Rows go in runs of consecutive records with the same fields: one multi-row INSERT …
  // RETURNING per run (at most kRowsPerStatement rows, well inside both engines' parameter
  // limits), so a 20-line document is one round trip instead of twenty.
  constexpr std::size_t kRowsPerStatement = 200;
  auto same_fields = [](const app::Record& a, const app::Record& b) {
    if (a.size() != b.size()) return false;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
      if (ia->first != ib->first) return false;
    }
    return true;
  };
  std::vector<app::Record> out;
  out.reserve(records.size());
  for (std::size_t begin = 0; begin < records.size();) {
    std::size_t end = begin + 1;
    while (end < records.size() && end - begin < kRowsPerStatement &&
           same_fields(records[begin], records[end])) {
      ++end;
    }
    std::string cols = "version, created_at, updated_at";
    std::vector<SqlValue> params;
    std::string values;
    for (std::size_t r = begin; r < end; ++r) {
      const std::size_t first = params.size();
      params.insert(params.end(), {std::int64_t{1}, now_us, now_us});
      for (const auto& f : e.fields) {
        auto it = records[r].find(f.name);
        if (it == records[r].end()) continue;
        if (r == begin) {
          for (const auto& c : FieldColumns(f)) cols += ", " + c;
          if (f.sort_folded) cols += ", " + std::string(f.name) + "_sort";
        }
        AppendFieldValues(f, it->second, params);
        if (f.sort_folded) params.push_back(SortKeyValue(it->second));
      }
      values +=
          std::string(r == begin ? "" : ", ") + "(" + Placeholders(params.size() - first) + ")";
    }
    const std::string sql = "INSERT INTO " + TableName(e) + " (" + cols + ") VALUES " + values +
                            " RETURNING " + SelectColumns(e, "");
    SD_ASSIGN(auto rows, Q(sql, std::move(params)));
    // RETURNING gives no order guarantee: the ids (ascending with the insert order) restore it.
    std::sort(rows.rows.begin(), rows.rows.end(), [](const auto& a, const auto& b) {
      return std::get<std::int64_t>(a.at(0)) < std::get<std::int64_t>(b.at(0));
    });
    for (const auto& row : rows.rows) out.push_back(RowToRecord(e, row));
    begin = end;
  }
  if (!records.empty()) SD_TRY(BumpDataVersion(e));
  for (const app::Record& r : out) SD_TRY(RunStoredHooks(e, nullptr, &r));
  return out;
}

core::Result<app::Record> SqlUnitOfWork::Update(const app::EntitySpec& e, std::int64_t id,
                                                const app::Record& fields,
                                                std::int64_t expected_version,
                                                std::int64_t now_us) {
  std::string sets = "version = version + 1, updated_at = ?";
  std::vector<SqlValue> params{now_us};
  for (const auto& f : e.fields) {
    auto it = fields.find(f.name);
    if (it == fields.end()) continue;
    for (const auto& c : FieldColumns(f)) sets += ", " + c + " = ?";
    AppendFieldValues(f, it->second, params);
    if (f.sort_folded) {
      sets += ", " + std::string(f.name) + "_sort = ?";
      params.push_back(SortKeyValue(it->second));
    }
  }
  params.emplace_back(id);
  params.emplace_back(expected_version);
  SD_ASSIGN(const auto before, BeforeHooks(e, id));
  const std::string sql = "UPDATE " + TableName(e) + " SET " + sets +
                          " WHERE id = ? AND version = ? RETURNING " + SelectColumns(e, "");
  SD_ASSIGN(auto res, Q(sql, std::move(params)));
  if (res.rows.empty()) {
    SD_ASSIGN(bool exists, Exists(e, id));
    if (!exists) return core::Error::Make(core::ErrorCode::kNotFound, "no such record");
    return core::Error::Make(core::ErrorCode::kPreconditionFailed,
                             "the record was changed by someone else; reload it and retry");
  }
  SD_TRY(BumpDataVersion(e));
  app::Record stored = RowToRecord(e, res.rows.at(0));
  if (before) SD_TRY(RunStoredHooks(e, &*before, &stored));
  return stored;
}

core::Result<void> SqlUnitOfWork::Delete(const app::EntitySpec& e, std::int64_t id,
                                         std::int64_t expected_version) {
  SD_ASSIGN(const auto before, BeforeHooks(e, id));
  SD_ASSIGN(auto res, Q("DELETE FROM " + TableName(e) + " WHERE id = ? AND version = ?",
                        {id, expected_version}));
  if (res.affected == 0) {
    SD_ASSIGN(bool exists, Exists(e, id));
    if (!exists) return core::Error::Make(core::ErrorCode::kNotFound, "no such record");
    return core::Error::Make(core::ErrorCode::kPreconditionFailed,
                             "the record was changed by someone else; reload it and retry");
  }
  SD_TRY(BumpDataVersion(e));
  if (before) SD_TRY(RunStoredHooks(e, &*before, nullptr));
  return core::Ok();
}

core::Result<void> SqlUnitOfWork::Accumulate(const app::EntitySpec& e, const app::Record& key,
                                             std::string_view field, std::int64_t delta,
                                             std::int64_t now_us) {
  std::string cols = "version, created_at, updated_at";
  std::string conflict;
  std::vector<SqlValue> params{std::int64_t{1}, now_us, now_us};
  for (const auto& f : e.fields) {
    auto it = key.find(f.name);
    if (it == key.end()) continue;
    for (const auto& c : FieldColumns(f)) {
      cols += ", " + c;
      conflict += (conflict.empty() ? "" : ", ") + c;
    }
    AppendFieldValues(f, it->second, params);
  }
  const std::string table = TableName(e);
  const std::string column(field);
  cols += ", " + column;
  params.emplace_back(delta);
  // The unique index on the key turns a second writer's insert into the addition, on both
  // engines, without reading the row first.
  // Built before the call: params is moved into it.
  const std::string sql = "INSERT INTO " + table + " (" + cols + ") VALUES (" +
                          Placeholders(params.size()) + ") ON CONFLICT (" + conflict +
                          ") DO UPDATE SET " + column + " = " + table + "." + column +
                          " + excluded." + column + ", version = " + table +
                          ".version + 1, updated_at = excluded.updated_at";
  SD_TRY(Q(sql, std::move(params)));
  return core::Ok();
}

core::Result<std::optional<app::Record>> SqlUnitOfWork::BeforeHooks(const app::EntitySpec& e,
                                                                    std::int64_t id) {
  if (e.after_store.empty()) return std::optional<app::Record>{};
  return Get(e, id, app::Visibility::All());
}

core::Result<void> SqlUnitOfWork::RunStoredHooks(const app::EntitySpec& e,
                                                 const app::Record* before,
                                                 const app::Record* after) {
  for (app::StoredHook hook : e.after_store) SD_TRY(hook(*this, before, after));
  return core::Ok();
}

core::Result<bool> SqlUnitOfWork::Exists(const app::EntitySpec& e, std::int64_t id) {
  SD_ASSIGN(auto rows, Q("SELECT 1 FROM " + TableName(e) + " WHERE id = ?", {id}));
  return !rows.rows.empty();
}

core::Result<std::optional<std::int64_t>> SqlUnitOfWork::ParentOf(const app::EntitySpec& e,
                                                                  std::int64_t id) {
  SD_ASSIGN(auto rows, Q("SELECT parent_id FROM " + TableName(e) + " WHERE id = ?", {id}));
  if (rows.rows.empty() || IsNull(rows.rows[0][0])) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{std::get<std::int64_t>(rows.rows[0][0])};
}

core::Result<std::int64_t> SqlUnitOfWork::NextNumber(const std::string& sequence) {
  // One statement on both engines: insert the sequence at 1 or bump it, and read the value.
  SD_ASSIGN(auto rows, Q("INSERT INTO number_sequences (name, next_value) VALUES (?, 1) "
                         "ON CONFLICT (name) DO UPDATE SET next_value = "
                         "number_sequences.next_value + 1 RETURNING next_value",
                         {sequence}));
  return std::get<std::int64_t>(rows.rows.at(0).at(0));
}

core::Result<std::int64_t> SqlUnitOfWork::DataVersion(const std::string& group) {
  SD_ASSIGN(auto rows, Q("SELECT version FROM data_versions WHERE name = ?", {group}));
  return rows.rows.empty() ? std::int64_t{0} : std::get<std::int64_t>(rows.rows[0][0]);
}

core::Result<void> SqlUnitOfWork::BumpDataVersion(const app::EntitySpec& e) {
  if (e.cache_group.empty()) return core::Ok();
  SD_TRY(
      Q("INSERT INTO data_versions (name, version) VALUES (?, 1) ON CONFLICT (name) DO UPDATE "
        "SET version = data_versions.version + 1",
        {std::string(e.cache_group)}));
  return core::Ok();
}

}  // namespace salesdesk::storage
