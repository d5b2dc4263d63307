// How entity fields map onto SQL columns: one column per field, two for money
// (<name>_minor, <name>_currency); table names are the plural with '-' -> '_'.
#pragma once

#include <string>
#include <vector>

#include "app/records/entity_spec.h"
#include "core/result.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

std::string TableName(const app::EntitySpec& e);

// "id, version, created_at, updated_at, <field columns...>" in spec order, each prefixed
// with "<alias>." unless alias is empty (RETURNING lists).
std::string SelectColumns(const app::EntitySpec& e, const std::string& alias);

// Appends the SQL values of one field to `out` (two for money).
void AppendFieldValues(const app::FieldSpec& f, const app::FieldValue& v,
                       std::vector<SqlValue>& out);
// Column names of one field (two for money).
std::vector<std::string> FieldColumns(const app::FieldSpec& f);

// Reads a row selected with SelectColumns back into a record.
app::Record RowToRecord(const app::EntitySpec& e, const std::vector<SqlValue>& row);

// The SQL expression a field sorts and filters by (money: the minor units).
std::string FieldExpression(const app::EntitySpec& e, const std::string& field,
                            const std::string& alias);

// The SQL expression a field sorts by: the folded key column for names (sort_folded), else
// FieldExpression.
std::string SortExpression(const app::EntitySpec& e, const std::string& field,
                           const std::string& alias);

// The stored sort key of a name value (NULL for null).
SqlValue SortKeyValue(const app::FieldValue& v);

}  // namespace salesdesk::storage
