// Fills the one document layout (document_layout.h) with an invoice, a credit note or a letter:
// the quote's words where they are the same (table heads, totals, customer), billing's for the
// rest, numbers and dates the language's way (pdf_number_format.h).
#include "modules/billing/pdf/billing_pdf.h"

#include "modules/billing/pdf/billing_pdf_labels.h"
#include "modules/billing/pdf/document_layout.h"
#include "modules/sales/pdf/quote_pdf_labels.h"
#include "pdf/pdf_number_format.h"

namespace salesdesk::pdf {
namespace {

namespace cb = core::billing;

struct Words {
  Language language;
  const QuoteLabels& common;
  const BillingLabels& billing;
};

core::Result<Words> WordsFor(const std::string& code) {
  SD_ASSIGN(const Language language, ParseLanguage(code));
  return Words{language, LabelsFor(language), BillingLabelsFor(language)};
}

std::string WithCurrency(const char* label, const core::Currency& currency) {
  return std::string(label) + "\n" + currency.code();
}

DocumentLayout Start(const Words& w, const cb::DocumentHead& head, const char* title) {
  return StartDocument(w.language, w.common, head, title, w.common.customer);
}

// The line table: the same columns as the customer's quote (never cost or margin).
DocumentTable LineTable(const Words& w, const core::Currency& currency,
                        const std::vector<cb::PrintLine>& lines) {
  DocumentTable table;
  table.columns = {
      {w.common.position, 16, 30, Align::kRight, 1},
      {w.common.description, 100, 0, Align::kLeft, 12, true},
      {w.common.quantity, 28, 60, Align::kRight, 2},
      {w.common.unit, 22, 50, Align::kLeft, 2},
      {WithCurrency(w.common.unit_price, currency), 40, 80, Align::kRight, 2},
      {w.common.discount, 26, 44, Align::kRight, 1},
      {w.common.tax_rate, 26, 44, Align::kRight, 1},
      {WithCurrency(w.common.net, currency), 44, 90, Align::kRight, 2},
  };
  for (const cb::PrintLine& l : lines) {
    table.rows.push_back({
        std::to_string(l.position),
        l.description,
        l.quantity ? FormatQuantity(*l.quantity, w.language) : std::string(),
        l.unit,
        l.unit_price ? FormatUnitPrice(*l.unit_price, currency, w.language) : std::string(),
        l.discount ? FormatPercent(*l.discount, w.language) : std::string(),
        FormatPercent(l.tax_rate, w.language),
        FormatAmount(l.net, w.language),
    });
  }
  return table;
}

// Untaxed, one line per tax rate with its base (the one rounding step as stored), the total.
std::vector<LabelValue> Totals(const Words& w, const std::vector<cb::PrintTaxGroup>& groups,
                               const core::Money& untaxed, const core::Money& total,
                               const char* total_label) {
  std::vector<LabelValue> rows = {{w.common.untaxed, FormatMoney(untaxed, w.language)}};
  for (const cb::PrintTaxGroup& g : groups) {
    rows.emplace_back(FillTemplate(w.billing.tax_of, {{"rate", FormatPercent(g.rate, w.language)},
                                                      {"base", FormatMoney(g.base, w.language)}}),
                      FormatMoney(g.tax, w.language));
  }
  rows.emplace_back(total_label, FormatMoney(total, w.language));
  return rows;
}

// The bank block (decision 0049): name, IBAN in groups of four, BIC; nothing without an IBAN.
void AddBank(DocumentLayout& doc, const Words& w, const cb::PrintBank& bank) {
  if (bank.iban.empty()) return;
  std::string iban;
  for (std::size_t i = 0; i < bank.iban.size(); ++i) {
    if (i > 0 && i % 4 == 0) iban += ' ';
    iban += bank.iban[i];
  }
  std::string text = bank.name.empty() ? "" : bank.name + "\n";
  text += "IBAN " + iban;
  if (!bank.bic.empty()) text += "\nBIC " + bank.bic;
  doc.closing.emplace_back(w.billing.bank, text);
}

}  // namespace

core::Result<std::string> RenderInvoicePdf(const cb::InvoicePrint& in) {
  SD_ASSIGN(const Words w, WordsFor(in.head.language));
  DocumentLayout doc = Start(w, in.head, w.billing.invoice);
  if (!in.head.number.empty()) doc.facts.emplace_back(w.billing.invoice_number, in.head.number);
  doc.facts.emplace_back(w.billing.invoice_date, FormatDate(in.head.date, w.language));
  if (!in.order_number.empty()) doc.facts.emplace_back(w.billing.order, in.order_number);
  if (!in.payment_terms.empty()) doc.facts.emplace_back(w.common.payment_terms, in.payment_terms);
  doc.facts.emplace_back(w.common.currency, in.currency.code());
  doc.tables.push_back(LineTable(w, in.currency, in.lines));
  doc.totals = Totals(w, in.tax_groups, in.untaxed, in.total, w.common.total);
  if (!in.instalments.empty()) {
    DocumentTable schedule;
    schedule.heading = w.billing.schedule;
    schedule.columns = {{w.billing.due_on, 80, 120, Align::kLeft, 1},
                        {"", 10, 0, Align::kLeft, 1, true},
                        {WithCurrency(w.billing.amount, in.currency), 60, 120, Align::kRight, 1}};
    for (const cb::PrintInstalment& i : in.instalments) {
      schedule.rows.push_back(
          {FormatDate(i.due_on, w.language), "", FormatAmount(i.amount, w.language)});
    }
    doc.tables.push_back(std::move(schedule));
    // The closing line names the last due date: the whole total is due by then.
    doc.closing.emplace_back(
        w.billing.payment,
        FillTemplate(w.billing.payment_text,
                     {{"total", FormatMoney(in.total, w.language)},
                      {"date", FormatDate(in.instalments.back().due_on, w.language)},
                      {"number", in.head.number}}));
  }
  AddBank(doc, w, in.head.bank);
  return RenderDocument(doc);
}

core::Result<std::string> RenderCreditNotePdf(const cb::CreditNotePrint& in) {
  SD_ASSIGN(const Words w, WordsFor(in.head.language));
  DocumentLayout doc = Start(w, in.head, w.billing.credit_note);
  if (!in.head.number.empty()) doc.facts.emplace_back(w.billing.credit_note_number, in.head.number);
  doc.facts.emplace_back(w.common.issued_on, FormatDate(in.head.date, w.language));
  doc.facts.emplace_back(w.billing.for_invoice, in.invoice_number);
  doc.facts.emplace_back(w.billing.invoice_date, FormatDate(in.invoice_date, w.language));
  doc.facts.emplace_back(w.common.currency, in.currency.code());
  doc.opening.emplace_back(
      w.billing.reason,
      FillTemplate(w.billing.credit_text, {{"invoice", in.invoice_number},
                                           {"date", FormatDate(in.invoice_date, w.language)}}) +
          (in.reason.empty() ? "" : "\n" + in.reason));
  doc.tables.push_back(LineTable(w, in.currency, in.lines));
  doc.totals = Totals(w, in.tax_groups, in.untaxed, in.total, w.billing.total_credited);
  return RenderDocument(doc);
}

core::Result<std::string> RenderDunningLetterPdf(const cb::DunningLetterPrint& in) {
  SD_ASSIGN(const Words w, WordsFor(in.head.language));
  DocumentLayout doc = Start(w, in.head, w.billing.reminder);
  const std::string level = FillTemplate(w.billing.level, {{"level", std::to_string(in.level)}});
  doc.reference = std::string(w.billing.reminder) + " · " + level;
  doc.facts.emplace_back(w.common.issued_on, FormatDate(in.head.date, w.language));
  doc.facts.emplace_back(level, "");
  doc.opening.emplace_back(level, in.text);
  DocumentTable items;
  items.columns = {{w.billing.for_invoice, 60, 110, Align::kLeft, 2},
                   {w.billing.invoice_date, 50, 90, Align::kLeft, 2},
                   {w.billing.due_on, 50, 90, Align::kLeft, 2},
                   {w.billing.days_overdue, 30, 60, Align::kRight, 2},
                   {w.billing.outstanding, 60, 0, Align::kRight, 2, true},
                   {w.billing.interest, 50, 110, Align::kRight, 2}};
  for (const cb::DunningItem& i : in.items) {
    items.rows.push_back({i.invoice_number, FormatDate(i.invoice_date, w.language),
                          FormatDate(i.due_on, w.language), std::to_string(i.days_past_due),
                          FormatMoney(i.outstanding, w.language),
                          FormatMoney(i.interest, w.language)});
  }
  doc.tables.push_back(std::move(items));
  for (const core::Money& fee : in.fees) {
    doc.totals.emplace_back(w.billing.fees, FormatMoney(fee, w.language));
  }
  // One "total to pay" per currency: amounts in different currencies are never added.
  for (std::size_t i = 0; i < in.total_to_pay.size(); ++i) {
    doc.totals.emplace_back(w.billing.total_to_pay, FormatMoney(in.total_to_pay[i], w.language));
  }
  AddBank(doc, w, in.head.bank);
  return RenderDocument(doc);
}

}  // namespace salesdesk::pdf
