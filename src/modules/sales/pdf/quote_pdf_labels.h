// The words printed on a quote, per document language. Templates hold named placeholders
// ("{page}") filled by FillTemplate, so each language can order the words its own way.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pdf/pdf_language.h"

namespace salesdesk::pdf {

struct QuoteLabels {
  const char* title;     // "Quotation"
  const char* draft;     // the marker on documents not yet sent
  const char* internal;  // the marker on every page of the internal variant (cost and margin)
  // Header and customer block.
  const char* number;
  const char* revision;
  const char* issued_on;
  const char* valid_until;
  const char* payment_terms;
  const char* payment_terms_value;  // {days}
  const char* incoterm;
  const char* currency;
  const char* customer;
  const char* contact;
  const char* tax_id;
  const char* email;
  const char* phone;
  // Line table.
  const char* position;
  const char* sku;
  const char* description;
  const char* quantity;
  const char* unit;
  const char* unit_price;
  const char* discount;
  const char* tax_rate;
  const char* net;
  const char* unit_cost;
  const char* margin_percent;
  // Tax groups and totals.
  const char* group_rate;
  const char* group_base;
  const char* group_tax;
  const char* untaxed;
  const char* tax;
  const char* total;
  const char* margin;
  // Closing text.
  const char* notes;
  const char* terms;
  const char* terms_validity;  // {date}
  const char* terms_prices;    // {currency}
  const char* terms_payment;   // {days}
  const char* terms_delivery;  // {incoterm}
  const char* terms_general;
  const char* tax_reverse_charge;  // the legal note of an intra-EU B2B supply
  const char* tax_export;          // the note of an export (zero-rated, outside the EU)
  const char* page_of;             // {page} {pages}
  const char* label_separator;     // between a label and its value: ": ", full-width in Chinese
};

const QuoteLabels& LabelsFor(Language language);

// Replaces each "{name}" of `values` in `pattern`.
std::string FillTemplate(std::string_view pattern,
                         const std::vector<std::pair<std::string_view, std::string>>& values);

}  // namespace salesdesk::pdf
