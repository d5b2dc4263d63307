#include "app/io/export_table.h"

#include <boost/json.hpp>

#include "app/records/stored_record_filter.h"

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/time/date.h"
#include "core/time/timestamp.h"

namespace salesdesk::app::io {
namespace {

// Money keeps every minor digit ("12.30"); decimals are trimmed as the API answers them.
Cell Number(std::int64_t units, int scale, bool trim = false) {
  Cell c;
  c.kind = CellKind::kNumber;
  c.units = units;
  c.scale = scale;
  c.text = scale == 0 ? std::to_string(units) : core::FormatScaled(units, scale, trim);
  return c;
}

Cell Text(std::string text) {
  Cell c;
  c.kind = CellKind::kText;
  c.text = std::move(text);
  return c;
}

Cell Instant(std::int64_t micros) {
  auto t = core::Timestamp::FromMicros(micros);
  if (!t.ok()) return Number(micros, 0);
  Cell c;
  c.kind = CellKind::kTimestamp;
  c.text = t->ToString();
  std::int64_t days = micros / core::Timestamp::kMicrosPerDay;
  std::int64_t rest = micros % core::Timestamp::kMicrosPerDay;
  if (rest < 0) {
    rest += core::Timestamp::kMicrosPerDay;
    --days;
  }
  const core::CivilDate d = core::CivilFromDays(days);
  c.year = d.year;
  c.month = d.month;
  c.day = d.day;
  c.hour = static_cast<int>(rest / (3600 * core::Timestamp::kMicrosPerSecond));
  c.minute = static_cast<int>(rest / (60 * core::Timestamp::kMicrosPerSecond) % 60);
  c.second = static_cast<double>(rest % (60 * core::Timestamp::kMicrosPerSecond)) / 1e6;
  return c;
}

Cell DateCell(const std::string& iso) {
  auto d = core::ParseDate(iso);
  if (!d.ok()) return Text(iso);
  Cell c;
  c.kind = CellKind::kDate;
  c.text = iso;
  const core::CivilDate civil = d->Civil();
  c.year = civil.year;
  c.month = civil.month;
  c.day = civil.day;
  return c;
}

Cell ValueCell(const FieldSpec& f, const FieldValue& v) {
  switch (f.type) {
    case FieldType::kBool: {
      Cell c;
      c.kind = CellKind::kBool;
      c.units = std::get<bool>(v) ? 1 : 0;
      c.text = c.units ? "true" : "false";
      return c;
    }
    case FieldType::kInteger:
    case FieldType::kRef:
      return Number(std::get<std::int64_t>(v), 0);
    case FieldType::kDecimal:
      return Number(std::get<std::int64_t>(v), f.scale, /*trim=*/true);
    case FieldType::kTimestamp:
      return Instant(std::get<std::int64_t>(v));
    case FieldType::kDate:
      return DateCell(std::get<std::string>(v));
    default:
      return Text(std::get<std::string>(v));
  }
}

// Text that is not JSON is kept as it is: FilterStoredJson has nothing to filter in it.
Cell FilteredJson(const FieldSpec& f, const Record& row, const FieldValue& v) {
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(std::get<std::string>(v), ec);
  if (ec) return Text(std::get<std::string>(v));
  FilterStoredJson(f, row, parsed, /*include_cost=*/false);
  return Text(boost::json::serialize(parsed));
}

}  // namespace

std::vector<ExportColumn> ExportColumns(const EntitySpec& e, bool sees_cost) {
  using Part = ExportColumn::Part;
  std::vector<ExportColumn> out = {{"id", nullptr, Part::kMetaInt},
                                   {"version", nullptr, Part::kMetaInt},
                                   {"created_at", nullptr, Part::kMetaTime},
                                   {"updated_at", nullptr, Part::kMetaTime}};
  for (const auto& f : e.fields) {
    if (f.cost_sensitive && !sees_cost) continue;
    const std::string name(f.name);
    if (f.type == FieldType::kMoney) {
      out.push_back({name + "_amount", &f, Part::kAmount});
      out.push_back({name + "_currency", &f, Part::kCurrency});
    } else {
      out.push_back({name, &f, Part::kValue, !sees_cost && !f.embeds.empty()});
    }
  }
  return out;
}

void ExportCells(const std::vector<ExportColumn>& columns, const Record& r,
                 std::vector<Cell>& out) {
  using Part = ExportColumn::Part;
  out.clear();
  for (const auto& col : columns) {
    const std::string_view key = col.field ? col.field->name : std::string_view(col.name);
    auto it = r.find(key);
    if (it == r.end() || IsNull(it->second)) {
      out.emplace_back();
      continue;
    }
    const FieldValue& v = it->second;
    switch (col.part) {
      case Part::kMetaInt:
        out.push_back(Number(std::get<std::int64_t>(v), 0));
        break;
      case Part::kMetaTime:
        out.push_back(Instant(std::get<std::int64_t>(v)));
        break;
      case Part::kAmount: {
        const auto& m = std::get<MoneyValue>(v);
        auto currency = core::ParseCurrency(m.currency);
        out.push_back(Number(m.minor, currency.ok() ? currency->exponent() : 0));
        break;
      }
      case Part::kCurrency:
        out.push_back(Text(std::get<MoneyValue>(v).currency));
        break;
      case Part::kValue:
        out.push_back(col.filter_embeds ? FilteredJson(*col.field, r, v)
                                        : ValueCell(*col.field, v));
        break;
    }
  }
}

}  // namespace salesdesk::app::io
