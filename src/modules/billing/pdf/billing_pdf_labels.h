// The words on invoices, credit notes and dunning letters that the quote does not already have
// (those come from the quote's labels: table heads, totals, customer, page numbers).
#pragma once

#include "pdf/pdf_language.h"

namespace salesdesk::pdf {

struct BillingLabels {
  const char* invoice;      // the title
  const char* credit_note;  // the title
  const char* reminder;     // the dunning letter's title
  const char* invoice_number;
  const char* invoice_date;
  const char* credit_note_number;
  const char* order;
  const char* for_invoice;  // the invoice a credit note reduces
  const char* reason;
  const char* credit_text;     // {invoice} {date}
  const char* tax_of;          // {rate} {base}: a tax group's line in the totals
  const char* total_credited;  // the credit note's total
  const char* schedule;        // the instalments' heading
  const char* due_on;
  const char* amount;
  const char* payment;       // the closing paragraph's heading
  const char* payment_text;  // {total} {date} {number}
  const char* level;         // {level}
  const char* days_overdue;
  const char* outstanding;
  const char* interest;
  const char* fees;
  const char* total_to_pay;
  const char* bank;  // the bank block's heading (decision 0049)
};

const BillingLabels& BillingLabelsFor(Language language);

}  // namespace salesdesk::pdf
