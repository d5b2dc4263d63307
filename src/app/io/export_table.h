// The columns and typed cells of an entity's export: one column per field the caller may see
// (money as an amount column and a currency column), meta fields first. Shared by the CSV and
// XLSX writers so both formats say the same thing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/records/entity_spec.h"

namespace salesdesk::app::io {

enum class CellKind { kEmpty, kText, kNumber, kBool, kDate, kTimestamp };

struct Cell {
  CellKind kind = CellKind::kEmpty;
  std::string text;        // exact text: the decimal for numbers, ISO for dates and instants
  int scale = 0;           // numbers: fraction digits shown (XLSX number format)
  std::int64_t units = 0;  // numbers: the value scaled by 10^scale; booleans 0/1
  int year = 0, month = 0, day = 0;  // dates and instants (UTC)
  int hour = 0, minute = 0;
  double second = 0;
};

struct ExportColumn {
  enum class Part { kValue, kAmount, kCurrency, kMetaInt, kMetaTime };
  std::string name;                  // header: the field name, <money>_amount, <money>_currency
  const FieldSpec* field = nullptr;  // null for meta fields
  Part part = Part::kValue;
  // A kJson field holding stored records, exported to a caller who may not see cost: filtered by
  // the embedded records' own rules, as the JSON answer is (FilterStoredJson).
  bool filter_embeds = false;
};

// Meta fields (id, version, created_at, updated_at), then the entity's fields in spec order;
// cost-sensitive fields only when `sees_cost`.
std::vector<ExportColumn> ExportColumns(const EntitySpec& e, bool sees_cost);

// The record's cells, one per column (cleared and refilled, so a caller reuses the vector).
void ExportCells(const std::vector<ExportColumn>& columns, const Record& r, std::vector<Cell>& out);

}  // namespace salesdesk::app::io
