// A quote as the client sends it on create and replace: header fields (the quotes spec's
// writable fields) and lines. Decoded strictly; every problem names its field
// ("lines[2].quantity").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "app/records/field_value.h"
#include "core/money/decimal.h"
#include "core/result.h"

namespace salesdesk::app::sales {

struct QuoteLineInput {
  std::string line_key;  // stable across edits; "L<n>" when the client gives none
  std::int64_t product_id = 0;
  core::Quantity quantity;
  std::string unit;  // empty: the product's unit
  std::optional<core::UnitPrice> manual_unit_price;
  std::optional<core::Percent> manual_discount;
  // None: the default from the product's tax class and the customer (quote_tax.h).
  std::optional<core::Percent> tax_rate;
  std::string description;  // empty: the product's name
};

struct QuoteInput {
  Record header;
  std::vector<QuoteLineInput> lines;
};

inline constexpr std::size_t kMaxQuoteLines = 2000;

core::Result<QuoteInput> DecodeQuoteInput(std::string_view body, bool create);
// One line of a body's "lines" array; problems are added naming "lines[<index>].<member>".
QuoteLineInput DecodeQuoteLine(const boost::json::value& v, std::size_t index,
                               core::FieldIssues& problems);

}  // namespace salesdesk::app::sales
