#include "storage/common/sql_columns.h"

#include <algorithm>

#include "core/text/sort_key.h"

namespace salesdesk::storage {

using app::FieldType;

std::string TableName(const app::EntitySpec& e) {
  std::string t(e.plural);
  std::replace(t.begin(), t.end(), '-', '_');
  return t;
}

std::vector<std::string> FieldColumns(const app::FieldSpec& f) {
  if (f.type == FieldType::kMoney) {
    return {std::string(f.name) + "_minor", std::string(f.name) + "_currency"};
  }
  return {std::string(f.name)};
}

std::string SelectColumns(const app::EntitySpec& e, const std::string& alias) {
  const std::string p = alias.empty() ? std::string() : alias + ".";
  std::string out = p + "id, " + p + "version, " + p + "created_at, " + p + "updated_at";
  for (const auto& f : e.fields) {
    for (const auto& c : FieldColumns(f)) out += ", " + p + c;
  }
  return out;
}

void AppendFieldValues(const app::FieldSpec& f, const app::FieldValue& v,
                       std::vector<SqlValue>& out) {
  if (f.type == FieldType::kMoney) {
    if (const auto* m = std::get_if<app::MoneyValue>(&v)) {
      out.emplace_back(m->minor);
      out.emplace_back(m->currency);
    } else {
      out.emplace_back(std::monostate{});
      out.emplace_back(std::monostate{});
    }
    return;
  }
  if (const auto* i = std::get_if<std::int64_t>(&v)) {
    out.emplace_back(*i);
  } else if (const auto* s = std::get_if<std::string>(&v)) {
    out.emplace_back(*s);
  } else if (const auto* b = std::get_if<bool>(&v)) {
    out.emplace_back(std::int64_t{*b ? 1 : 0});
  } else {
    out.emplace_back(std::monostate{});
  }
}

namespace {

app::FieldValue ToFieldValue(const app::FieldSpec& f, const SqlValue& v) {
  if (IsNull(v)) return std::monostate{};
  if (f.type == FieldType::kBool) {
    return std::get_if<std::int64_t>(&v) ? *std::get_if<std::int64_t>(&v) != 0 : false;
  }
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  return std::get<std::string>(v);
}

}  // namespace

app::Record RowToRecord(const app::EntitySpec& e, const std::vector<SqlValue>& row) {
  app::Record r;
  size_t i = 0;
  for (const char* meta : {"id", "version", "created_at", "updated_at"}) {
    r[meta] = IsNull(row[i]) ? app::FieldValue{} : app::FieldValue{std::get<std::int64_t>(row[i])};
    ++i;
  }
  for (const auto& f : e.fields) {
    if (f.type == FieldType::kMoney) {
      const SqlValue& minor = row[i++];
      const SqlValue& currency = row[i++];
      if (IsNull(minor) || IsNull(currency)) {
        r[std::string(f.name)] = std::monostate{};
      } else {
        r[std::string(f.name)] =
            app::MoneyValue{std::get<std::int64_t>(minor), std::get<std::string>(currency)};
      }
    } else {
      r[std::string(f.name)] = ToFieldValue(f, row[i++]);
    }
  }
  return r;
}

std::string FieldExpression(const app::EntitySpec& e, const std::string& field,
                            const std::string& alias) {
  const app::FieldSpec* f = e.Field(field);
  if (f != nullptr && f->type == FieldType::kMoney) return alias + "." + field + "_minor";
  return alias + "." + field;
}

std::string SortExpression(const app::EntitySpec& e, const std::string& field,
                           const std::string& alias) {
  const app::FieldSpec* f = e.Field(field);
  if (f != nullptr && f->sort_folded) return alias + "." + field + "_sort";
  return FieldExpression(e, field, alias);
}

SqlValue SortKeyValue(const app::FieldValue& v) {
  if (const auto* text = std::get_if<std::string>(&v)) return core::SortKey(*text);
  return std::monostate{};
}

}  // namespace salesdesk::storage
