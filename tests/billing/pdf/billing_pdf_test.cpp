// The invoice, credit note and dunning letter PDFs read back with poppler's pdftotext: the
// figures as given (nothing recomputed), in the customer's language, and nothing a customer may
// not read. Figures (hand-checked):
//   line 1: 2 pcs × 617.28 = 1,234.56 at 19 %; line 2: 10.5 h × 80.00 − 10 % = 756.00 at 7 %;
//   untaxed 1,990.56; tax 19 % of 1,234.56 = 234.5664 → 234.57, 7 % of 756.00 = 52.92;
//   total 1,990.56 + 234.57 + 52.92 = 2,278.05; instalments 30 % / 70 % by Allocate:
//   683.415 → 683.41 (remainder .415 < .635 of 1,594.635 → 1,594.64), 683.41 + 1,594.64 = 2,278.05.
#include <gtest/gtest.h>

#include "modules/billing/pdf/billing_pdf.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::pdf {
namespace {

namespace cb = core::billing;
using testing::Amount;
using testing::Cur;
using testing::Day;
using testing::RenderedPdf;

cb::DocumentHead Head(const std::string& language, std::string number, const char* date) {
  return cb::DocumentHead{.language = language,
                          .company = {.name = "Nordhafen Pumpen GmbH",
                                      .address_lines = {"Kaistraße 12", "20457 Hamburg"},
                                      .tax_id = "DE123456789",
                                      .email = "buchhaltung@nordhafen.example",
                                      .phone = ""},
                          .customer = {.name = "Acme Industrial S.L.",
                                       .address_lines = {"Calle Mayor 5", "28013 Madrid"},
                                       .tax_id = "ESB12345678",
                                       .email = "",
                                       .phone = ""},
                          .number = std::move(number),
                          .date = Day(date),
                          .draft = false};
}

std::vector<cb::PrintLine> Lines() {
  return {{.position = 1,
           .description = "Centrifugal pump, stainless steel",
           .quantity = *core::Quantity::Parse("2"),
           .unit = "pcs",
           .unit_price = *core::UnitPrice::Parse("617.28"),
           .discount = std::nullopt,
           .tax_rate = *core::Percent::Parse("19"),
           .net = Amount("1234.56", "EUR")},
          {.position = 2,
           .description = "Installation and commissioning",
           .quantity = *core::Quantity::Parse("10.5"),
           .unit = "h",
           .unit_price = *core::UnitPrice::Parse("80"),
           .discount = *core::Percent::Parse("10"),
           .tax_rate = *core::Percent::Parse("7"),
           .net = Amount("756.00", "EUR")}};
}

cb::InvoicePrint Invoice(const std::string& language) {
  return cb::InvoicePrint{
      .head = Head(language, "INV-2026-000042", "2026-11-15"),
      .currency = Cur("EUR"),
      .order_number = "SO-2026-0107",
      .payment_terms = "30 % now, 70 % in 60 days",
      .lines = Lines(),
      .tax_groups = {{*core::Percent::Parse("7"), Amount("756.00", "EUR"), Amount("52.92", "EUR")},
                     {*core::Percent::Parse("19"), Amount("1234.56", "EUR"),
                      Amount("234.57", "EUR")}},
      .untaxed = Amount("1990.56", "EUR"),
      .tax = Amount("287.49", "EUR"),
      .total = Amount("2278.05", "EUR"),
      .instalments = {{Day("2026-11-15"), Amount("683.41", "EUR")},
                      {Day("2027-01-14"), Amount("1594.64", "EUR")}}};
}

TEST(BillingPdf, EnglishInvoiceShowsLinesTaxPerRateTotalsAndInstalments) {
  auto bytes = RenderInvoicePdf(Invoice("en"));
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  const std::string text = RenderedPdf(*bytes).Text();
  for (const char* expected :
       {"Invoice",      "INV-2026-000042",
        "15 Nov 2026",  "SO-2026-0107",
        "30 % now",     "Acme Industrial S.L.",
        "617.28",       "1,234.56",
        "756.00",       "Tax 19% on EUR 1,234.56",
        "EUR 234.57",   "Tax 7% on EUR 756.00",
        "EUR 52.92",    "EUR 1,990.56",
        "EUR 2,278.05", "Payment schedule",
        "14 Jan 2027",  "683.41",
        "1,594.64",     "Please pay EUR 2,278.05 by 14 Jan 2027, quoting INV-2026-000042.",
        "Page 1 of 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

TEST(BillingPdf, GermanInvoiceUsesGermanWordsNumbersAndDates) {
  auto bytes = RenderInvoicePdf(Invoice("de"));
  ASSERT_TRUE(bytes.ok());
  const std::string text = RenderedPdf(*bytes).Text();
  for (const char* expected :
       {"Rechnung", "Rechnungsnummer", "15.11.2026", "USt. 19 % auf", "1.234,56 EUR",
        "2.278,05 EUR", "Zahlungsplan", "14.01.2027", "1.594,64", "Seite 1 von 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

// The models have no cost, margin or note field; the words for them never reach the page.
TEST(BillingPdf, NoDocumentCarriesCostMarginOrInternalWords) {
  for (const char* language : {"en", "de", "es", "zh"}) {
    auto bytes = RenderInvoicePdf(Invoice(language));
    ASSERT_TRUE(bytes.ok());
    const std::string text = RenderedPdf(*bytes).Text();
    for (const char* word : {"Cost", "cost", "Margin", "margin", "INTERN", "Kosten", "Marge",
                             "Coste", "Margen", "成本", "毛利"}) {
      EXPECT_EQ(text.find(word), std::string::npos) << language << ": " << word;
    }
  }
}

TEST(BillingPdf, AnUnknownLanguageIsAnErrorNamingLang) {
  auto bytes = RenderInvoicePdf(Invoice("fr"));
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.error().field, "lang");
}

TEST(BillingPdf, ADraftInvoiceSaysSo) {
  cb::InvoicePrint draft = Invoice("es");
  draft.head.number.clear();
  draft.head.draft = true;
  draft.instalments.clear();
  auto bytes = RenderInvoicePdf(draft);
  ASSERT_TRUE(bytes.ok());
  const std::string text = RenderedPdf(*bytes).Text();
  EXPECT_NE(text.find("BORRADOR"), std::string::npos) << text;
  EXPECT_NE(text.find("15/11/2026"), std::string::npos) << text;
  EXPECT_EQ(text.find("Calendario de pagos"), std::string::npos) << text;
}

// A credit note of 100.00 net at 19 %: tax 19.00, total 119.00.
cb::CreditNotePrint CreditNote(const std::string& language) {
  return cb::CreditNotePrint{.head = Head(language, "CN-2026-000007", "2026-11-20"),
                             .currency = Cur("EUR"),
                             .invoice_number = "INV-2026-000042",
                             .invoice_date = Day("2026-11-15"),
                             .reason = "Returned goods",
                             .lines = {{.position = 1,
                                        .description = "Centrifugal pump, stainless steel",
                                        .quantity = std::nullopt,
                                        .unit = "",
                                        .unit_price = std::nullopt,
                                        .discount = std::nullopt,
                                        .tax_rate = *core::Percent::Parse("19"),
                                        .net = Amount("100.00", "EUR")}},
                             .tax_groups = {{*core::Percent::Parse("19"), Amount("100.00", "EUR"),
                                             Amount("19.00", "EUR")}},
                             .untaxed = Amount("100.00", "EUR"),
                             .tax = Amount("19.00", "EUR"),
                             .total = Amount("119.00", "EUR")};
}

TEST(BillingPdf, CreditNoteReferencesItsInvoiceInEnglishAndSpanish) {
  auto en = RenderCreditNotePdf(CreditNote("en"));
  ASSERT_TRUE(en.ok());
  const std::string text = RenderedPdf(*en).Text();
  for (const char* expected :
       {"Credit note", "CN-2026-000007",
        "This credit note reduces invoice INV-2026-000042 of 15 "
        "Nov 2026.",
        "Returned goods", "Tax 19% on EUR 100.00", "EUR 19.00", "Total credited", "EUR 119.00"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  auto es = RenderCreditNotePdf(CreditNote("es"));
  ASSERT_TRUE(es.ok());
  const std::string spanish = RenderedPdf(*es).Text();
  for (const char* expected : {"Nota de crédito", "Factura rectificada", "15/11/2026",
                               "IVA 19 % sobre 100,00 EUR", "119,00 EUR", "Total abonado"}) {
    EXPECT_NE(spanish.find(expected), std::string::npos) << expected << "\n" << spanish;
  }
}

// Level 2 on 23 Mar 2026: 5,000.00 open (d 51), interest 66.85 (docs/billing.md's worked
// example), a fee of 5.00: total to pay 5,000.00 + 66.85 + 5.00 = 5,071.85.
cb::DunningLetterPrint Letter(const std::string& language, std::string text) {
  return cb::DunningLetterPrint{.head = Head(language, "", "2026-03-23"),
                                .level = 2,
                                .text = std::move(text),
                                .items = {{.invoice_number = "INV-2026-000003",
                                           .invoice_date = Day("2026-01-01"),
                                           .due_on = Day("2026-01-31"),
                                           .days_past_due = 51,
                                           .outstanding = Amount("5000.00", "EUR"),
                                           .interest = Amount("66.85", "EUR")}},
                                .fees = {Amount("5.00", "EUR")},
                                .total_to_pay = {Amount("5071.85", "EUR")}};
}

TEST(BillingPdf, DunningLetterInGermanAndChineseCarriesTextItemsFeesAndTotal) {
  auto de = RenderDunningLetterPdf(
      Letter("de", "Sehr geehrte Damen und Herren, die Rechnung INV-2026-000003 ist offen."));
  ASSERT_TRUE(de.ok());
  const std::string text = RenderedPdf(*de).Text();
  for (const char* expected :
       {"Zahlungserinnerung", "Mahnstufe 2", "23.03.2026", "die Rechnung INV-2026-000003 ist",
        "31.01.2026", "51", "5.000,00 EUR", "66,85 EUR", "Gebühren", "5,00 EUR",
        "Zu zahlender Betrag", "5.071,85 EUR"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  auto zh = RenderDunningLetterPdf(Letter("zh", "尊敬的客户，发票 INV-2026-000003 尚未付款。"));
  ASSERT_TRUE(zh.ok());
  const std::string chinese = RenderedPdf(*zh).Text();
  for (const char* expected :
       {"付款提醒函", "第2级催款", "2026年3月23日", "尚未付款", "EUR 5,071.85", "应付总额"}) {
    EXPECT_NE(chinese.find(expected), std::string::npos) << expected << "\n" << chinese;
  }
}

TEST(BillingPdf, ALongInvoiceRepeatsTheTableHeaderAndNumbersItsPages) {
  cb::InvoicePrint invoice = Invoice("en");
  for (int i = 3; i <= 80; ++i) {
    cb::PrintLine line = invoice.lines[0];
    line.position = i;
    invoice.lines.push_back(line);
  }
  auto bytes = RenderInvoicePdf(invoice);
  ASSERT_TRUE(bytes.ok());
  RenderedPdf pdf(*bytes);
  const auto pages = pdf.Pages();
  ASSERT_GE(pages.size(), 2u);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    EXPECT_NE(
        pages[p].find("Page " + std::to_string(p + 1) + " of " + std::to_string(pages.size())),
        std::string::npos);
  }
  EXPECT_NE(pages[1].find("Description"), std::string::npos) << pages[1];
  EXPECT_NE(pages[1].find("Invoice INV-2026-000042"), std::string::npos);
}

}  // namespace
}  // namespace salesdesk::pdf
