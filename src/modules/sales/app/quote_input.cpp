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
    if (required) problems.Add(field + "." + key, std::string(key) + " is required");
    return std::nullopt;
  }
  if (!v->is_string()) {
    problems.Add(field + "." + key,
                 std::string(key) + " must be a decimal string such as \"" + example + "\"");
    return std::nullopt;
  }
  auto parsed = T::Parse(v->get_string());
  if (!parsed.ok()) {
    problems.Add(field + "." + key, parsed.error().message);
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
                 std::string(key) + " must be text of at most " + std::to_string(max) + " bytes");
    return {};
  }
  return std::string(v->get_string());
}

QuoteLineInput DecodeLine(const json::value& v, std::size_t index, Problems& problems) {
  const std::string field = "lines[" + std::to_string(index) + "]";
  QuoteLineInput line;
  const json::object* o = v.if_object();
  if (o == nullptr) {
    problems.Add(field, "each line must be an object with product_id and quantity");
    return line;
  }
  static const std::set<std::string_view> kKnown = {
      "product_id",  "quantity", "unit", "manual_unit_price", "manual_discount_pct", "tax_rate_pct",
      "description", "line_key", "id"};
  for (const auto& kv : *o) {
    if (!kKnown.count(kv.key())) {
      problems.Add(field + "." + std::string(kv.key()),
                   "unknown line field; remove it or check the spelling");
    }
  }
  const json::value* product = o->if_contains("product_id");
  if (product == nullptr || !product->is_int64() || product->get_int64() <= 0) {
    problems.Add(field + ".product_id", "product_id is required: the id of a product");
  } else {
    line.product_id = product->get_int64();
  }
  auto quantity = Decimal<core::Quantity>(*o, "quantity", field, true, problems, "12");
  if (quantity) {
    if (quantity->units() <= 0) problems.Add(field + ".quantity", "quantity must be more than 0");
    line.quantity = *quantity;
  }
  line.manual_unit_price =
      Decimal<core::UnitPrice>(*o, "manual_unit_price", field, false, problems, "12.50");
  line.manual_discount =
      Decimal<core::Percent>(*o, "manual_discount_pct", field, false, problems, "7.5");
  if (line.manual_unit_price && line.manual_discount) {
    problems.Add(field + ".manual_discount_pct",
                 "give either a manual price or a manual discount, not both");
  }
  if (line.manual_unit_price && line.manual_unit_price->units() < 0) {
    problems.Add(field + ".manual_unit_price", "a price cannot be negative");
  }
  if (line.manual_discount &&
      (line.manual_discount->units() < 0 || line.manual_discount->units() > 1'000'000)) {
    problems.Add(field + ".manual_discount_pct", "a discount must be between 0 and 100");
  }
  auto tax = Decimal<core::Percent>(*o, "tax_rate_pct", field, false, problems, "21");
  if (tax && (tax->units() < 0 || tax->units() > 1'000'000)) {
    problems.Add(field + ".tax_rate_pct", "a tax rate must be between 0 and 100");
  }
  line.tax_rate = tax;
  line.unit = Text(*o, "unit", field, 8, problems);
  if (!line.unit.empty() && std::find(catalog::kUnits.begin(), catalog::kUnits.end(), line.unit) ==
                                catalog::kUnits.end()) {
    problems.Add(field + ".unit", "unknown unit '" + line.unit +
                                      "'; use one of pc, box, pack, "
                                      "set, kg, g, l, ml, m");
  }
  line.description = Text(*o, "description", field, 1000, problems);
  line.line_key = Text(*o, "line_key", field, 40, problems);
  return line;
}

}  // namespace

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
    problems.Add("lines", "lines must be a non-empty array of {product_id, quantity, ...}");
  } else if (lines.get_array().size() > kMaxQuoteLines) {
    problems.Add("lines", "a quote has at most " + std::to_string(kMaxQuoteLines) + " lines");
  } else {
    std::set<std::string> keys;
    for (std::size_t i = 0; i < lines.get_array().size(); ++i) {
      QuoteLineInput line = DecodeLine(lines.get_array()[i], i, problems);
      if (line.line_key.empty()) line.line_key = "L" + std::to_string(i + 1);
      if (!keys.insert(line.line_key).second) {
        problems.Add("lines[" + std::to_string(i) + "].line_key",
                     "line_key '" + line.line_key + "' is used twice; keys must be unique");
      }
      out.lines.push_back(std::move(line));
    }
  }
  if (!problems.empty()) return problems.ToError();
  return out;
}

}  // namespace salesdesk::app::sales
