// A quote as the client sends it on create and replace: header fields (the quotes spec's
// writable fields) and lines. Decoded strictly; every problem names its field
// ("lines[2].quantity").
#pragma once

#include <optional>
#include <set>
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
// `members`: the members this caller accepts (a deal's lines: no manual price), any other is
// reported as unknown; null: a quote line's.
QuoteLineInput DecodeQuoteLine(const boost::json::value& v, std::size_t index,
                               core::FieldIssues& problems,
                               const std::set<std::string_view>* members = nullptr);

// Lines priced by the engine alone (a deal's products, an order taken without a quote): a
// "lines" array of {"product_id", "quantity", "unit"?}, at most `max`, keyed L1, L2, …; a manual
// price or discount belongs to a quote, where authority applies, and is an unknown member here.
// `required`: an empty or missing array is a problem on "lines".
std::vector<QuoteLineInput> DecodeEngineLines(const boost::json::value* lines, std::size_t max,
                                              bool required, core::FieldIssues& problems);

// A positive id member (a body's "account_id", "price_list_id"), or a problem naming it.
std::optional<std::int64_t> IdMember(const boost::json::value& v, std::string_view name,
                                     core::FieldIssues& problems);

}  // namespace salesdesk::app::sales
