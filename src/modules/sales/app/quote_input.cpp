#include "modules/sales/app/quote_input.h"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "app/records/catalog_fields.h"
#include "app/records/record_json.h"

namespace salesdesk::app::sales {
namespace {

namespace json = boost::json;
using core::Error;

using Problems = core::FieldIssues;

template <typename T>
std::optional<T> Decimal(const json::object& line, const char* key, const std::string& field,
                         bool required, Problems& problems, const char* example) {
  const json::value* v = line.if_contains(key);
  if (v == nullptr || v->is_null()) {
    if (required) problems.Add(field + "." + key, core::Msg("field.required", {{"field", key}}));
    return std::nullopt;
  }
  if (!v->is_string()) {
    problems.Add(field + "." + key,
                 core::Msg("line.not_decimal_string", {{"field", key}, {"example", example}}));
    return std::nullopt;
  }
  auto parsed = T::Parse(v->get_string());
  if (!parsed.ok()) {
    problems.Add(field + "." + key, parsed.error());
    return std::nullopt;
  }
  return *parsed;
}

std::string Text(const json::object& line, const char* key, const std::string& field,
                 std::size_t max, Problems& problems) {
  const json::value* v = line.if_contains(key);
  if (v == nullptr || v->is_null()) return {};
  if (!v->is_string() || v->get_string().size() > max) {
    problems.Add(field + "." + key,
                 core::Msg("line.text_too_long", {{"field", key}, {"max", std::to_string(max)}}));
    return {};
  }
  return std::string(v->get_string());
}

}  // namespace

QuoteLineInput DecodeQuoteLine(const json::value& v, std::size_t index, Problems& problems,
                               const std::set<std::string_view>* members) {
  const std::string field = "lines[" + std::to_string(index) + "]";
  QuoteLineInput line;
  const json::object* o = v.if_object();
  if (o == nullptr) {
    problems.Add(field, core::Msg("line.not_object"));
    return line;
  }
  static const std::set<std::string_view> kKnown = {
      "product_id",  "quantity", "unit", "manual_unit_price", "manual_discount_pct", "tax_rate_pct",
      "description", "line_key", "id"};
  const auto& accepted = members != nullptr ? *members : kKnown;
  for (const auto& kv : *o) {
    if (!accepted.count(kv.key())) {
      problems.Add(field + "." + std::string(kv.key()), core::Msg("line.unknown_field"));
    }
  }
  const json::value* product = o->if_contains("product_id");
  if (product == nullptr || !product->is_int64() || product->get_int64() <= 0) {
    problems.Add(field + ".product_id", core::Msg("line.product_required"));
  } else {
    line.product_id = product->get_int64();
  }
  auto quantity = Decimal<core::Quantity>(*o, "quantity", field, true, problems, "12");
  if (quantity) {
    if (quantity->units() <= 0)
      problems.Add(field + ".quantity", core::Msg("line.quantity_positive"));
    line.quantity = *quantity;
  }
  line.manual_unit_price =
      Decimal<core::UnitPrice>(*o, "manual_unit_price", field, false, problems, "12.50");
  line.manual_discount =
      Decimal<core::Percent>(*o, "manual_discount_pct", field, false, problems, "7.5");
  if (line.manual_unit_price && line.manual_discount) {
    problems.Add(field + ".manual_discount_pct", core::Msg("line.price_or_discount"));
  }
  if (line.manual_unit_price && line.manual_unit_price->units() < 0) {
    problems.Add(field + ".manual_unit_price", core::Msg("line.price_negative"));
  }
  if (line.manual_discount &&
      (line.manual_discount->units() < 0 || line.manual_discount->units() > 1'000'000)) {
    problems.Add(field + ".manual_discount_pct", core::Msg("line.discount_range"));
  }
  auto tax = Decimal<core::Percent>(*o, "tax_rate_pct", field, false, problems, "21");
  if (tax && (tax->units() < 0 || tax->units() > 1'000'000)) {
    problems.Add(field + ".tax_rate_pct", core::Msg("line.tax_rate_range"));
  }
  line.tax_rate = tax;
  line.unit = Text(*o, "unit", field, 8, problems);
  if (!line.unit.empty() && std::find(catalog::kUnits.begin(), catalog::kUnits.end(), line.unit) ==
                                catalog::kUnits.end()) {
    problems.Add(field + ".unit", core::Msg("line.unknown_unit", {{"unit", line.unit}}));
  }
  line.description = Text(*o, "description", field, 1000, problems);
  line.line_key = Text(*o, "line_key", field, 40, problems);
  return line;
}

core::Result<QuoteInput> DecodeQuoteInput(std::string_view body, bool create) {
  SD_ASSIGN(json::object header, ParseBodyObject(body));
  json::value lines = header.contains("lines") ? header["lines"] : json::value(nullptr);
  header.erase("lines");

  Problems problems;
  QuoteInput out;
  auto decoded = DecodeRecordObject(*FindEntity("quotes"), header,
                                    create ? DecodeMode::kCreate : DecodeMode::kUpdate);
  if (decoded.ok()) {
    out.header = std::move(decoded).value();
  } else {
    problems.Merge(decoded.error());
  }
  if (!lines.is_array() || lines.get_array().empty()) {
    problems.Add("lines", core::Msg("quote.lines_required"));
  } else if (lines.get_array().size() > kMaxQuoteLines) {
    problems.Add("lines",
                 core::Msg("quote.too_many_lines", {{"max", std::to_string(kMaxQuoteLines)}}));
  } else {
    std::set<std::string> keys;
    for (std::size_t i = 0; i < lines.get_array().size(); ++i) {
      QuoteLineInput line = DecodeQuoteLine(lines.get_array()[i], i, problems);
      if (line.line_key.empty()) line.line_key = "L" + std::to_string(i + 1);
      if (!keys.insert(line.line_key).second) {
        problems.Add("lines[" + std::to_string(i) + "].line_key",
                     core::Msg("line.key_twice", {{"line_key", line.line_key}}));
      }
      out.lines.push_back(std::move(line));
    }
  }
  if (!problems.empty()) return problems.ToError();
  return out;
}

std::vector<QuoteLineInput> DecodeEngineLines(const json::value* lines, std::size_t max,
                                              bool required, Problems& problems) {
  static const std::set<std::string_view> kMembers = {"product_id", "quantity", "unit"};
  std::vector<QuoteLineInput> out;
  if (lines == nullptr || !lines->is_array()) {
    problems.Add("lines", core::Msg("field.required", {{"field", "lines"}}));
    return out;
  }
  const json::array& items = lines->get_array();
  if (items.empty() && required) {
    problems.Add("lines", core::Msg("quote.lines_required"));
  } else if (items.size() > max) {
    problems.Add("lines", core::Msg("quote.too_many_lines", {{"max", std::to_string(max)}}));
    return out;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    QuoteLineInput line = DecodeQuoteLine(items[i], i, problems, &kMembers);
    line.line_key = "L" + std::to_string(i + 1);
    out.push_back(std::move(line));
  }
  return out;
}

std::optional<std::int64_t> IdMember(const json::value& v, std::string_view name,
                                     core::FieldIssues& problems) {
  if (v.is_int64() && v.get_int64() > 0) return v.get_int64();
  problems.Add(std::string(name), core::Msg("field.not_an_id", {{"field", std::string(name)}}));
  return std::nullopt;
}

}  // namespace salesdesk::app::sales
