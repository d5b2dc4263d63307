// Grouped reads: one statement per request, with the WHERE clause lists use (visibility,
// filters, search), so an aggregate never counts a row its caller's list would not show.
// Sums are exact on both engines: each value is split into its high and low 32 bits, summed
// separately (neither partial sum can overflow below 2^31 rows) and recombined here with an
// overflow check, so a total beyond int64 is refused (kOverflow) instead of wrapping, erroring
// differently per engine or going through floating point (decision 0019).
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>

#include "storage/common/sql_columns.h"
#include "storage/common/sql_record_predicates.h"
#include "storage/common/sql_unit_of_work.h"

namespace salesdesk::storage {
namespace {

using app::DatePart;
using app::FieldType;
using app::MeasureKind;

bool IsMetaTime(const std::string& field) { return field == "created_at" || field == "updated_at"; }

// The expression of one group key: the column, or a date truncated to day, month or year in UTC.
std::string KeyExpression(const app::EntitySpec& e, const app::GroupBy& g, Dialect dialect) {
  const std::string column = "t." + g.field;
  const app::FieldSpec* f = e.Field(g.field);
  const bool timestamp = IsMetaTime(g.field) || (f != nullptr && f->type == FieldType::kTimestamp);
  if (f != nullptr && f->type == FieldType::kDate) {  // ISO text "YYYY-MM-DD"
    if (g.part == DatePart::kMonth) return "substr(" + column + ", 1, 7)";
    if (g.part == DatePart::kYear) return "substr(" + column + ", 1, 4)";
    return column;
  }
  if (!timestamp) return FieldExpression(e, g.field, "t");
  // Instants are UTC microseconds: whole seconds, then the calendar in UTC.
  const bool month = g.part == DatePart::kMonth, year = g.part == DatePart::kYear;
  if (dialect == Dialect::kSqlite) {
    const char* format = year ? "'%Y'" : month ? "'%Y-%m'" : "'%Y-%m-%d'";
    return std::string("strftime(") + format + ", " + column + " / 1000000, 'unixepoch')";
  }
  const char* format = year ? "'YYYY'" : month ? "'YYYY-MM'" : "'YYYY-MM-DD'";
  return "to_char(to_timestamp(" + column + " / 1000000) AT TIME ZONE 'UTC', " + format + ")";
}

app::FieldValue KeyValue(const app::EntitySpec& e, const app::GroupBy& g, const SqlValue& v) {
  if (IsNull(v)) return std::monostate{};
  const app::FieldSpec* f = e.Field(g.field);
  if (f != nullptr && f->type == FieldType::kBool) return std::get<std::int64_t>(v) != 0;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  return std::get<std::string>(v);
}

// hi * 2^32 + lo, or nothing when it does not fit in int64.
std::optional<std::int64_t> Recombine(std::int64_t hi, std::int64_t lo) {
  std::int64_t shifted = 0, out = 0;
  if (__builtin_mul_overflow(hi, std::int64_t{1} << 32, &shifted)) return std::nullopt;
  if (__builtin_add_overflow(shifted, lo, &out)) return std::nullopt;
  return out;
}

core::Error Overflow(const app::Measure& m) {
  core::Error e = core::Error::Make(core::ErrorCode::kOverflow,
                                    "the sum of " + m.field +
                                        " exceeds the largest representable amount; narrow the "
                                        "filters or group by more fields");
  e.field = "query.sum";
  return e;
}

// Folds one measure's value into the group's: sums add (refusing overflow), min/max compare.
core::Result<void> Combine(const app::Measure& m, app::FieldValue& into, const app::FieldValue& v) {
  if (app::IsNull(v)) return core::Ok();
  if (app::IsNull(into)) {
    into = v;
    return core::Ok();
  }
  const std::int64_t a = std::get<std::int64_t>(into), b = std::get<std::int64_t>(v);
  std::int64_t out = 0;
  if (m.kind == MeasureKind::kSum) {
    if (__builtin_add_overflow(a, b, &out)) return Overflow(m);
  } else {
    out = m.kind == MeasureKind::kMin ? std::min(a, b) : std::max(a, b);
  }
  into = out;
  return core::Ok();
}

bool KeyLess(const std::vector<app::FieldValue>& a, const std::vector<app::FieldValue>& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (app::IsNull(a[i]) || app::IsNull(b[i])) return app::IsNull(b[i]);  // nulls last
    const auto* ai = std::get_if<std::int64_t>(&a[i]);
    const auto* bi = std::get_if<std::int64_t>(&b[i]);
    if (ai != nullptr && bi != nullptr) return *ai < *bi;
    const auto* as = std::get_if<std::string>(&a[i]);
    const auto* bs = std::get_if<std::string>(&b[i]);
    if (as != nullptr && bs != nullptr) return *as < *bs;
    const auto* ab = std::get_if<bool>(&a[i]);
    const auto* bb = std::get_if<bool>(&b[i]);
    if (ab != nullptr && bb != nullptr) return *ab < *bb;
    return a[i].index() < b[i].index();
  }
  return false;
}

}  // namespace

core::Result<app::AggregateResult> SqlUnitOfWork::Aggregate(const app::EntitySpec& e,
                                                            const app::AggregateQuery& q,
                                                            const app::Visibility& visibility) {
  std::string where = " WHERE 1 = 1";
  std::vector<SqlValue> params;
  AppendVisibility(e, visibility, "t", where, params);
  AppendFilters(e, app::ListQuery{.filters = q.filters}, where, params);
  AppendSearch(e, q.search, visibility, tx_->dialect(), where, params);

  // Columns: keys k0.., the currency of each money field measured c0.., n, measures m0...
  std::vector<std::string> select, group;
  for (std::size_t i = 0; i < q.group_by.size(); ++i) {
    const std::string expr = KeyExpression(e, q.group_by[i], tx_->dialect());
    select.push_back(expr + " AS k" + std::to_string(i));
    group.push_back(expr);
  }
  std::vector<std::string> currencies;  // money fields measured: never add two currencies
  std::vector<int> currency_of(q.measures.size(), -1);
  for (std::size_t i = 0; i < q.measures.size(); ++i) {
    const app::FieldSpec* f = e.Field(q.measures[i].field);
    if (f == nullptr || f->type != FieldType::kMoney) continue;
    auto it = std::find(currencies.begin(), currencies.end(), q.measures[i].field);
    currency_of[i] = static_cast<int>(it - currencies.begin());
    if (it == currencies.end()) currencies.push_back(q.measures[i].field);
  }
  for (std::size_t i = 0; i < currencies.size(); ++i) {
    select.push_back("t." + currencies[i] + "_currency AS c" + std::to_string(i));
    group.push_back("t." + currencies[i] + "_currency");
  }
  select.push_back("COUNT(*) AS n");
  for (std::size_t i = 0; i < q.measures.size(); ++i) {
    const std::string x = FieldExpression(e, q.measures[i].field, "t");
    const std::string m = " AS m" + std::to_string(i);
    switch (q.measures[i].kind) {
      case MeasureKind::kSum:
        select.push_back("CAST(SUM(" + x + " >> 32) AS BIGINT)" + m + "h");
        select.push_back("CAST(SUM(" + x + " & 4294967295) AS BIGINT)" + m + "l");
        break;
      case MeasureKind::kMin:
        select.push_back("MIN(" + x + ")" + m);
        break;
      case MeasureKind::kMax:
        select.push_back("MAX(" + x + ")" + m);
        break;
    }
  }
  auto join = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
  };
  std::string inner = "SELECT " + join(select) + " FROM " + TableName(e) + " t" + where;
  if (!group.empty()) inner += " GROUP BY " + join(group);
  // Groups are ranked by key (nulls last on both engines); rows of one group (one per currency)
  // share a rank, so the cap counts groups, not rows.
  std::string order;
  for (std::size_t i = 0; i < q.group_by.size(); ++i) {
    const std::string k = "x.k" + std::to_string(i);
    order += std::string(i == 0 ? "" : ", ") + "(" + k + " IS NULL), " + k;
  }
  // Without money measured a group is one row: the first max_groups + 1 rows by key need no
  // window to rank them (a third of the time of a year of day targets, W8), and the total is
  // their counts' sum unless groups were dropped.
  const bool one_row_per_group = currencies.empty();
  // The WHERE's parameters again, for the count after a truncation (one row per group only).
  const std::vector<SqlValue> where_params = one_row_per_group ? params : std::vector<SqlValue>{};
  std::string sql;
  if (one_row_per_group) {
    sql = "SELECT x.*, 0 AS g, 0 AS total FROM (" + inner + ") x" +
          (order.empty() ? std::string() : " ORDER BY " + order) + " LIMIT ?";
  } else {
    const std::string ranked =
        "SELECT x.*, DENSE_RANK() OVER (" + (order.empty() ? std::string() : "ORDER BY " + order) +
        ") AS g, CAST(SUM(x.n) OVER () AS BIGINT) AS total FROM (" + inner + ") x";
    sql = "SELECT * FROM (" + ranked + ") y WHERE y.g <= ? ORDER BY y.g";
  }
  params.emplace_back(q.max_groups + 1);
  SD_ASSIGN(auto rows, Q(sql, std::move(params)));

  const std::size_t keys = q.group_by.size(), n_col = keys + currencies.size();
  app::AggregateResult out;
  std::int64_t current_rank = 0;
  for (std::size_t index = 0; index < rows.rows.size(); ++index) {
    const auto& row = rows.rows[index];
    const std::size_t width = row.size();
    const std::int64_t rank = one_row_per_group ? static_cast<std::int64_t>(index) + 1
                                                : std::get<std::int64_t>(row[width - 2]);
    if (one_row_per_group) {
      if (rank <= q.max_groups) out.total_count += std::get<std::int64_t>(row[n_col]);
    } else {
      out.total_count = std::get<std::int64_t>(row[width - 1]);
    }
    if (rank > q.max_groups) {
      out.truncated = true;
      continue;
    }
    if (rank != current_rank) {
      current_rank = rank;
      app::AggregateRow group_row;
      for (std::size_t k = 0; k < keys; ++k)
        group_row.key.push_back(KeyValue(e, q.group_by[k], row[k]));
      out.rows.push_back(std::move(group_row));
    }
    app::AggregateRow& target = out.rows.back();
    target.count += std::get<std::int64_t>(row[n_col]);
    std::size_t col = n_col + 1;
    for (std::size_t i = 0; i < q.measures.size(); ++i) {
      const app::Measure& m = q.measures[i];
      app::FieldValue value;
      if (m.kind == MeasureKind::kSum) {
        const SqlValue &hi = row[col], &lo = row[col + 1];
        col += 2;
        if (!IsNull(hi)) {
          auto sum = Recombine(std::get<std::int64_t>(hi), std::get<std::int64_t>(lo));
          if (!sum) return Overflow(m);
          value = *sum;
        }
      } else {
        const SqlValue& v = row[col++];
        if (!IsNull(v)) value = std::get<std::int64_t>(v);
      }
      std::string currency;
      if (currency_of[i] >= 0) {
        const SqlValue& c = row[keys + static_cast<std::size_t>(currency_of[i])];
        if (IsNull(c)) continue;  // no amount in this row: nothing in any currency
        currency = std::get<std::string>(c);
      }
      auto slot = std::find_if(target.values.begin(), target.values.end(), [&](const auto& mv) {
        return mv.measure == i && mv.currency == currency;
      });
      if (slot == target.values.end()) {
        target.values.push_back({i, currency, std::monostate{}});
        slot = target.values.end() - 1;
      }
      SD_TRY(Combine(m, slot->value, value));
    }
  }
  if (one_row_per_group && out.truncated) {  // the dropped groups' records count too
    SD_ASSIGN(auto all, Q("SELECT COUNT(*) FROM " + TableName(e) + " t" + where, where_params));
    out.total_count = std::get<std::int64_t>(all.rows.at(0).at(0));
  }
  // One group of everything when nothing is grouped, even with no rows (a count of 0).
  if (keys == 0 && out.rows.empty()) out.rows.emplace_back();
  // Byte order of the values, the same on both engines whatever their collation.
  std::stable_sort(out.rows.begin(), out.rows.end(),
                   [](const auto& a, const auto& b) { return KeyLess(a.key, b.key); });
  for (auto& r : out.rows) {
    std::sort(r.values.begin(), r.values.end(), [](const auto& a, const auto& b) {
      return std::tie(a.measure, a.currency) < std::tie(b.measure, b.currency);
    });
  }
  return out;
}

}  // namespace salesdesk::storage
