// What a printed quote shows, as plain values: built by the module's app layer from the records
// the reader may see (app/quote_print_model.cpp: the customer document never carries cost or
// margin), laid out by the pdf layer (pdf/quote_pdf.h). Neither layer reads records by name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/time/date.h"

namespace salesdesk::core::quotes {

struct PrintParty {
  std::string name;
  std::vector<std::string> address_lines;
  std::string tax_id;  // empty: not printed (likewise email, phone)
  std::string email;
  std::string phone;
};

struct QuotePrintLine {
  int position = 0;
  std::string sku;
  std::string description;  // wraps within its column; '\n' starts a new line
  core::Quantity quantity;
  std::string unit;  // "pcs", "h", "kg"
  core::UnitPrice unit_price;
  std::optional<core::Percent> discount;
  core::Percent tax_rate;
  core::Money net;
  std::optional<core::UnitPrice> unit_cost;  // printed only in the internal variant
  std::optional<core::Percent> margin;       // printed only in the internal variant
};

struct QuotePrintTaxGroup {
  core::Percent rate;
  core::Money base;
  core::Money tax;
};

struct QuotePrint {
  std::string language;  // "en", "de", "es", "zh"
  PrintParty company;
  PrintParty customer;
  std::string contact_name;  // the customer's contact person; empty: not printed
  std::string number;
  int revision = 0;
  core::Date issued_on;
  std::optional<core::Date> valid_until;
  core::Currency currency;
  int payment_terms_days = 0;
  std::string incoterm;  // e.g. "DAP Hamburg"; empty: not printed
  std::string notes;     // free text; '\n' separates paragraphs
  // Every status except "sent", "accepted" and "approved" prints a localized DRAFT marker, so a
  // document that was never released cannot pass for an offer.
  std::string status;
  std::vector<QuotePrintLine> lines;
  std::vector<QuotePrintTaxGroup> tax_groups;
  core::Money untaxed;
  core::Money tax;
  core::Money total;
  // Tax regimes on the lines that need a legal note on the document (docs/tax.md): "Reverse
  // charge — Art. 196 Directive 2006/112/EC" and "Export — exempt", in the document's language.
  bool reverse_charge = false;
  bool export_exempt = false;
  std::optional<core::Money> margin;  // printed only in the internal variant
  // The internal variant: cost and margin columns and totals, and an "internal, not for the
  // customer" marker on every page. False (the customer document): no cost and no margin
  // anywhere in the file, whoever downloads it.
  bool internal = false;
};

}  // namespace salesdesk::core::quotes
