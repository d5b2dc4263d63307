// Renders real quote PDFs and reads them back with poppler (pdftotext -layout, pdfinfo,
// pdffonts): labels and number formats per language, pagination of long quotes, cost columns
// only with internal, errors, and word boxes that stay inside the page.
#include "modules/sales/pdf/quote_pdf.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "pdf_test_util.h"

namespace salesdesk::pdf {
namespace {

using testing::Amount;
using testing::CountOccurrences;
using testing::LongQuote;
using testing::RenderedPdf;
using testing::SkuOf;
using testing::SmallQuote;

std::string Render(const QuotePdfInput& quote) {
  core::Result<std::string> pdf = RenderQuotePdf(quote);
  EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : pdf.error().message);
  return pdf.ok() ? *pdf : std::string();
}

TEST(QuotePdf, IsAPdfWithTitleMetadataAndOnePage) {
  const std::string bytes = Render(SmallQuote("en"));
  ASSERT_EQ(bytes.rfind("%PDF-", 0), 0u);
  RenderedPdf pdf(bytes);
  const std::string info = pdf.Info();
  const std::size_t title = info.find("Title:");
  ASSERT_NE(title, std::string::npos) << info;
  EXPECT_EQ(info.substr(info.find_first_not_of(' ', title + 6), 33),
            "Quotation Q-2026-0042 Revision 3\n");
  EXPECT_NE(info.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info;
  EXPECT_EQ(pdf.PageCount(), 1);
}

TEST(QuotePdf, EnglishLabelsFactsAndTotals) {
  RenderedPdf pdf(Render(SmallQuote("en")));
  const std::string text = pdf.Text();
  for (const char* expected : {"Quotation",
                               "Nordhafen Pumpen GmbH",
                               "Kaistraße 12",
                               "Customer",
                               "Acme Industrial S.L.",
                               "Contact: Lucía Fernández",
                               "Quote number",
                               "Q-2026-0042",
                               "22 Nov 2026",
                               "22 Dec 2026",
                               "30 days net",
                               "DAP Madrid",
                               "Description",
                               "Centrifugal pump, stainless steel",
                               "617.28",
                               "1,234.56",
                               "10.5",
                               "80.00",
                               "10%",
                               "19%",
                               "756.00",
                               "EUR 234.57",
                               "EUR 52.92",
                               "Subtotal",
                               "EUR 1,990.56",
                               "EUR 287.49",
                               "EUR 2,278.05",
                               "Delivery four weeks after order confirmation.",
                               "Payment is due within 30 days",
                               "Page 1 of 1",
                               "DRAFT"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

TEST(QuotePdf, GermanLabelsAndNumberFormat) {
  RenderedPdf pdf(Render(SmallQuote("de")));
  const std::string text = pdf.Text();
  for (const char* expected : {"Angebot",        "Kunde",
                               "Angebotsnummer", "22.11.2026",
                               "22.12.2026",     "30 Tage netto",
                               "Beschreibung",   "Einzelpreis",
                               "617,28",         "1.234,56",
                               "10,5",           "80,00",
                               "10 %",           "19 %",
                               "Nettobetrag",    "1.990,56 EUR",
                               "287,49 EUR",     "Gesamtbetrag",
                               "2.278,05 EUR",   "Seite 1 von 1",
                               "ENTWURF",        "innerhalb von 30 Tagen"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("1,234.56"), std::string::npos);
  EXPECT_EQ(text.find("Quotation"), std::string::npos);
}

TEST(QuotePdf, SpanishLabelsAndDates) {
  RenderedPdf pdf(Render(SmallQuote("es")));
  const std::string text = pdf.Text();
  for (const char* expected :
       {"Presupuesto", "Cliente", "Descripción", "Precio", "22/11/2026", "Base imponible",
        "1.990,56 EUR", "2.278,05 EUR", "Página 1 de 1", "BORRADOR", "30 días netos"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

TEST(QuotePdf, ChineseComesOutAsTheSameCharactersInARealCjkFont) {
  RenderedPdf pdf(Render(SmallQuote("zh")));
  const std::string text = pdf.Text();
  for (const char* expected :
       {"报价单", "客户", "上海华东机械有限公司", "深圳精工泵业有限公司", "不锈钢离心泵",
        "安装调试服务", "2026年11月22日", "总计", "未税金额", "EUR 2,278.05", "第 1 页，共 1 页",
        "草稿", "30天内付款", "税号：ESB12345678"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  // The glyphs come from an embedded CJK font, not from a fallback box.
  const std::string fonts = pdf.Fonts();
  EXPECT_NE(fonts.find("WenQuanYi"), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("DejaVuSans"), std::string::npos) << fonts;
}

TEST(QuotePdf, LongQuotePaginatesWithHeaderOnEveryPageAndTotalsAtTheEnd) {
  const QuotePdfInput quote = LongQuote("en", 150);
  RenderedPdf pdf(Render(quote));
  const int page_count = pdf.PageCount();
  ASSERT_GE(page_count, 3);
  const std::vector<std::string> pages = pdf.Pages();
  ASSERT_EQ(static_cast<int>(pages.size()), page_count);

  const std::string all = pdf.Text();
  for (int i = 1; i <= 150; ++i) EXPECT_EQ(CountOccurrences(all, SkuOf(i)), 1) << SkuOf(i);

  int previous_page_of_sku = 0;
  for (int i = 1; i <= 150; ++i) {  // lines stay in order across pages
    int page_of_sku = -1;
    for (int p = 0; p < page_count; ++p) {
      if (pages[p].find(SkuOf(i)) != std::string::npos) page_of_sku = p;
    }
    EXPECT_GE(page_of_sku, previous_page_of_sku) << SkuOf(i);
    previous_page_of_sku = page_of_sku;
  }

  for (int p = 0; p < page_count; ++p) {
    const std::string& page = pages[p];
    const bool has_lines = page.find("SKU-") != std::string::npos;
    EXPECT_EQ(CountOccurrences(page, "Description"), has_lines ? 1 : 0) << "page " << p + 1;
    const std::string footer =
        "Page " + std::to_string(p + 1) + " of " + std::to_string(page_count);
    EXPECT_NE(page.find(footer), std::string::npos) << footer;
    const bool last = p == page_count - 1;
    EXPECT_EQ(page.find("Subtotal") != std::string::npos, last) << "page " << p + 1;
    EXPECT_EQ(page.find("Terms") != std::string::npos, last) << "page " << p + 1;
  }
  EXPECT_NE(all.find("Page 3 of " + std::to_string(page_count)), std::string::npos);
  // Totals follow the last line: on the last page, below SKU-0150 when that page has lines.
  const std::string& last_page = pages.back();
  const std::size_t last_line = last_page.find(SkuOf(150));
  if (last_line != std::string::npos) {
    EXPECT_LT(last_line, last_page.find("Subtotal"));
  }
  EXPECT_GE(previous_page_of_sku, page_count - 2);  // no pages of only closing text
}

TEST(QuotePdf, GermanLongQuoteRepeatsTheGermanHeader) {
  RenderedPdf pdf(Render(LongQuote("de", 150)));
  const std::vector<std::string> pages = pdf.Pages();
  ASSERT_GE(pages.size(), 3u);
  for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
    EXPECT_NE(pages[p].find("Artikelnr."), std::string::npos) << "page " << p + 1;
    EXPECT_NE(pages[p].find("Seite " + std::to_string(p + 1) + " von"), std::string::npos);
  }
  EXPECT_NE(pages.back().find("Gesamtbetrag"), std::string::npos);
  for (std::size_t p = 0; p + 1 < pages.size(); ++p) {
    EXPECT_EQ(pages[p].find("Gesamtbetrag"), std::string::npos) << "page " << p + 1;
  }
}

QuotePdfInput QuoteWithCost(bool internal) {
  QuotePdfInput quote = SmallQuote("en");
  quote.lines[0].unit_cost = *core::UnitPrice::Parse("411.111");
  quote.lines[0].margin = *core::Percent::Parse("33.4");
  quote.lines[1].unit_cost = *core::UnitPrice::Parse("52.5");
  quote.lines[1].margin = *core::Percent::Parse("27.08");
  quote.margin = Amount("1023.34", "EUR");
  quote.internal = internal;
  return quote;
}

TEST(QuotePdf, TheCustomerDocumentShowsNoCostAndNoMarginEvenWhenGivenThem) {
  RenderedPdf pdf(Render(QuoteWithCost(false)));
  const std::string text = pdf.Text();
  ASSERT_NE(text.find("EUR 2,278.05"), std::string::npos);  // the document itself is there
  for (const char* hidden : {"Unit cost", "cost", "Margin", "margin", "411.111", "52.50", "33.4",
                             "27.08", "1,023.34", "INTERNAL"}) {
    EXPECT_EQ(text.find(hidden), std::string::npos) << hidden;
  }
}

TEST(QuotePdf, TheInternalVariantShowsCostAndMargin) {
  RenderedPdf pdf(Render(QuoteWithCost(true)));
  const std::string text = pdf.Text();
  for (const char* shown :
       {"Unit cost", "Margin", "411.111", "52.50", "33.4%", "27.08%", "EUR 1,023.34"}) {
    EXPECT_NE(text.find(shown), std::string::npos) << shown << "\n" << text;
  }
}

void ExpectAllWordsInsideMargins(const RenderedPdf& pdf);

TEST(QuotePdf, TheInternalVariantSaysSoOnEveryPage) {
  for (const auto& [language, marker] :
       std::vector<std::pair<std::string, std::string>>{{"en", "INTERNAL"}, {"de", "INTERN"}}) {
    QuotePdfInput quote = LongQuote(language, 90);
    quote.internal = true;
    RenderedPdf pdf(Render(quote));
    const std::vector<std::string> pages = pdf.Pages();
    ASSERT_GE(pages.size(), 3u) << language;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      EXPECT_NE(pages[p].find(marker), std::string::npos) << language << " page " << p + 1;
    }
    ExpectAllWordsInsideMargins(pdf);
  }
}

TEST(QuotePdf, UnknownLanguageIsAnErrorNamingLang) {
  QuotePdfInput quote = SmallQuote("en");
  quote.language = "fr";
  const core::Result<std::string> pdf = RenderQuotePdf(quote);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(pdf.error().field, "lang");
  EXPECT_NE(pdf.error().message.find("lang"), std::string::npos);
}

TEST(QuotePdf, AmountInAnotherCurrencyIsRejected) {
  QuotePdfInput quote = SmallQuote("en");
  quote.tax_groups[1].tax = Amount("52.92", "USD");
  const core::Result<std::string> pdf = RenderQuotePdf(quote);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(pdf.error().field, "tax_groups[1].tax");
}

TEST(QuotePdf, NegativePaymentTermsAndTooManyTaxRatesAreRejected) {
  QuotePdfInput quote = SmallQuote("en");
  quote.payment_terms_days = -1;
  core::Result<std::string> pdf = RenderQuotePdf(quote);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().field, "payment_terms_days");

  quote = SmallQuote("en");
  const QuotePdfTaxGroup seven_percent = quote.tax_groups[0];
  quote.tax_groups.assign(21, seven_percent);
  pdf = RenderQuotePdf(quote);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().field, "tax_groups");
  quote.tax_groups.pop_back();  // 20: the most that still fits one page with the totals
  RenderedPdf rendered(Render(quote));
  EXPECT_EQ(CountOccurrences(rendered.Text(), "EUR 52.92"), 20);  // copies of the 7 % group
}

TEST(QuotePdf, YenAmountsHaveNoDecimals) {
  QuotePdfInput quote = SmallQuote("en");
  quote.currency = testing::Cur("JPY");
  quote.lines = {testing::Line(1, "JP-0001", "Pump", "3", "pcs", "41152", nullptr, "10", "JPY"),
                 testing::Line(2, "JP-0002", "Gasket", "7", "pcs", "1200.5", nullptr, "10", "JPY")};
  testing::ComputeTotals(quote);  // 123,456 + 8,404 (8,403.5 rounded half up) = 131,860
  RenderedPdf pdf(Render(quote));
  const std::string text = pdf.Text();
  for (const char* expected :
       {"41,152", "123,456", "1,200.5", "8,404", "JPY 131,860", "JPY 13,186", "JPY 145,046"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  // No "JPY <digits and commas>" is followed by a decimal point.
  for (std::size_t at = text.find("JPY "); at != std::string::npos;
       at = text.find("JPY ", at + 4)) {
    const std::size_t end = text.find_first_not_of("0123456789,", at + 4);
    EXPECT_FALSE(end != std::string::npos && text[end] == '.') << text.substr(at, 20);
  }
  EXPECT_EQ(text.find("123,456.00"), std::string::npos);
}

TEST(QuotePdf, ReleasedQuotesCarryNoDraftMarker) {
  for (const char* status : {"sent", "accepted", "approved"}) {
    QuotePdfInput quote = SmallQuote("en");
    quote.status = status;
    EXPECT_EQ(RenderedPdf(Render(quote)).Text().find("DRAFT"), std::string::npos) << status;
  }
  QuotePdfInput pending = SmallQuote("de");
  pending.status = "pending_approval";
  EXPECT_NE(RenderedPdf(Render(pending)).Text().find("ENTWURF"), std::string::npos);
}

// Every word pdftotext finds lies within the page margins (40 pt, a point of tolerance).
void ExpectAllWordsInsideMargins(const RenderedPdf& pdf) {
  const std::string boxes = pdf.BoundingBoxes();
  auto attribute = [&](std::size_t at, const char* name) {
    const std::size_t start = boxes.find(std::string(name) + "=\"", at) + std::strlen(name) + 2;
    return std::stod(boxes.substr(start, boxes.find('"', start) - start));
  };
  int words = 0;
  for (std::size_t at = boxes.find("<word "); at != std::string::npos;
       at = boxes.find("<word ", at + 1), ++words) {
    const std::size_t text_start = boxes.find('>', at) + 1;
    const std::string text = boxes.substr(text_start, boxes.find('<', text_start) - text_start);
    EXPECT_GE(attribute(at, "xMin"), 39.0) << text;
    EXPECT_LE(attribute(at, "xMax"), 595.28 - 39.0) << text;
    EXPECT_GE(attribute(at, "yMin"), 30.0) << text;
    EXPECT_LE(attribute(at, "yMax"), 841.89 - 30.0) << text;
  }
  EXPECT_GT(words, 100);
}

TEST(QuotePdf, NothingOverflowsThePageEvenWithHugeValues) {
  QuotePdfInput quote = LongQuote("de", 60);
  quote.internal = true;
  quote.lines[0].sku = "AN-EXTREMELY-LONG-ARTICLE-NUMBER-WITHOUT-ANY-SPACES-0000001";
  quote.lines[1].description = std::string(3000, 'x');  // one unbreakable word
  quote.lines[2].unit = "Palettenstellplätze";
  quote.lines[3].unit_price = *core::UnitPrice::Parse("987654321.123456");
  quote.lines[3].unit_cost = *core::UnitPrice::Parse("887654321.123456");
  quote.lines[3].quantity = *core::Quantity::Parse("999999.999");
  quote.company.name = std::string(40, 'W') + " " + std::string(40, 'W');
  quote.notes = std::string(200, 'n') + "\n" + [] {
    std::string long_notes;
    for (int i = 0; i < 400; ++i) long_notes += "Anmerkung " + std::to_string(i) + " ";
    return long_notes;
  }();
  testing::ComputeTotals(quote);
  quote.margin = quote.total;
  RenderedPdf pdf(Render(quote));
  ExpectAllWordsInsideMargins(pdf);
  EXPECT_NE(pdf.Text().find("Anmerkung 399"), std::string::npos);  // long notes continue
}

TEST(QuotePdf, InvalidUtf8IsReplacedNotRejected) {
  QuotePdfInput quote = SmallQuote("en");
  quote.lines[0].description = "Pump \xff\xfe model";
  RenderedPdf pdf(Render(quote));
  EXPECT_NE(pdf.Text().find("model"), std::string::npos);
}

TEST(QuotePdf, RendersConcurrentlyFromSeveralThreads) {
  const std::string expected_de = RenderedPdf(Render(LongQuote("de", 40))).Text();
  const std::string expected_zh = RenderedPdf(Render(LongQuote("zh", 40))).Text();
  ASSERT_FALSE(expected_de.empty());
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&results, t] {
      for (int round = 0; round < 2; ++round) {
        core::Result<std::string> pdf = RenderQuotePdf(LongQuote(t % 2 ? "zh" : "de", 40));
        results[t] = pdf.ok() ? *pdf : std::string();
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 8; ++t) {
    ASSERT_FALSE(results[t].empty()) << t;
    EXPECT_EQ(RenderedPdf(results[t]).Text(), t % 2 ? expected_zh : expected_de) << t;
  }
}

// The text with every run of white space as one space: a sentence may wrap in the terms.
std::string Flat(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

TEST(QuotePdf, TaxRegimesPrintTheirLegalNoteInTheDocumentsLanguage) {
  const std::pair<const char*, std::pair<const char*, const char*>> expected[] = {
      {"en", {"Reverse charge — Art. 196 Directive 2006/112/EC", "Export — exempt"}},
      {"de", {"Art. 196 Richtlinie 2006/112/EG", "Ausfuhrlieferung — steuerfrei"}},
      {"es",
       {"Inversión del sujeto pasivo — art. 196 Directiva 2006/112/CE", "Exportación — exenta"}},
      {"zh", {"第2006/112/EC号指令第196条", "出口 — 免税"}}};
  for (const auto& [language, notes] : expected) {
    QuotePdfInput plain = SmallQuote(language);
    const std::string without = Flat(RenderedPdf(Render(plain)).Text());
    EXPECT_EQ(without.find(notes.first), std::string::npos) << language;
    EXPECT_EQ(without.find(notes.second), std::string::npos) << language;
    QuotePdfInput reverse = SmallQuote(language);
    reverse.reverse_charge = true;
    const std::string with_reverse = Flat(RenderedPdf(Render(reverse)).Text());
    EXPECT_NE(with_reverse.find(notes.first), std::string::npos) << language << "\n"
                                                                 << with_reverse;
    EXPECT_EQ(with_reverse.find(notes.second), std::string::npos) << language;
    QuotePdfInput exported = SmallQuote(language);
    exported.export_exempt = true;
    const std::string with_export = Flat(RenderedPdf(Render(exported)).Text());
    EXPECT_NE(with_export.find(notes.second), std::string::npos) << language << "\n" << with_export;
  }
}

}  // namespace
}  // namespace salesdesk::pdf
