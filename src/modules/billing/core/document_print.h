// What a printed invoice, credit note or dunning letter shows, as plain values. The customer is
// the reader of all three: the models have no place for cost, margin or internal notes, so no
// builder can put them on the page, whoever downloads the file (decision 0044). Built by
// app/billing_print_data.cpp from records the caller may see, laid out by pdf/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/time/date.h"
#include "modules/sales/core/quotes/quote_print.h"

namespace salesdesk::core::billing {

using PrintParty = core::quotes::PrintParty;
// One rate's base and its tax, as stored on the document (one rounding per rate).
using PrintTaxGroup = core::quotes::QuotePrintTaxGroup;

struct PrintLine {
  int position = 0;
  std::string description;
  std::optional<core::Quantity> quantity;  // none on a credit note line (it credits a net)
  std::string unit;
  std::optional<core::UnitPrice> unit_price;
  std::optional<core::Percent> discount;
  core::Percent tax_rate;
  core::Money net;
};

struct PrintInstalment {
  core::Date due_on;
  core::Money amount;
};

// The company's bank as the billing settings hold it (decision 0049); empty: not printed.
struct PrintBank {
  std::string name, iban, bic;
};

// Common to the three documents.
struct DocumentHead {
  std::string language;  // "en", "de", "es", "zh"
  PrintParty company;
  PrintParty customer;
  std::string number;  // empty on a draft
  core::Date date;
  bool draft = false;  // prints the DRAFT marker
  PrintBank bank;      // printed on invoices and dunning letters
};

struct InvoicePrint {
  DocumentHead head;
  core::Currency currency;
  std::string order_number;
  std::string payment_terms;  // the terms' name; empty: not printed
  std::vector<PrintLine> lines;
  std::vector<PrintTaxGroup> tax_groups;
  core::Money untaxed, tax, total;
  std::vector<PrintInstalment> instalments;  // empty until posted
};

struct CreditNotePrint {
  DocumentHead head;
  core::Currency currency;
  std::string invoice_number;
  core::Date invoice_date;
  std::string reason;
  std::vector<PrintLine> lines;
  std::vector<PrintTaxGroup> tax_groups;
  core::Money untaxed, tax, total;
};

// One overdue invoice of a letter, as the run saw it.
struct DunningItem {
  std::string invoice_number;
  core::Date invoice_date;
  core::Date due_on;  // its earliest overdue instalment
  std::int64_t days_past_due = 0;
  core::Money outstanding;
  core::Money interest;  // accrued at the run's date (E-R9)
};

struct DunningLetterPrint {
  DocumentHead head;  // number: none; date: the run's
  int level = 0;
  std::string text;  // the level's text as approved (E-R12), plain text
  std::vector<DunningItem> items;
  std::vector<core::Money> fees;          // per currency
  std::vector<core::Money> total_to_pay;  // per currency: outstanding + interest + fees
};

}  // namespace salesdesk::core::billing
