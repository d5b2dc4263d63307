// The sales summary PDF read back with pdftotext: the title and period, who it is for, each table
// under its heading with money, counts and percentages written the reader's way, and an empty
// table saying why it is empty.
#include <gtest/gtest.h>

#include "modules/summaries/core/summary_words.h"
#include "modules/summaries/pdf/summary_pdf.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::pdf {
namespace {

namespace cs = core::summaries;
using Cell = cs::SummaryCell;
using testing::RenderedPdf;

cs::SummaryReport Report(const std::string& language) {
  const cs::SummaryWords& w = cs::SummaryWordsFor(language);
  cs::SummaryReport r;
  r.language = language;
  r.company = {.name = "MedSupply Iberia S.L.", .address_lines = {"Calle Mayor 5", "28013 Madrid"}};
  r.title = std::string(cs::TitleOf(w, cs::Cadence::kWeekly));
  r.reference = "2026-W15";
  r.period = cs::PeriodContaining(cs::Cadence::kWeekly, *core::ParseDate("2026-04-10"));
  r.read_on = r.period.to;
  r.prepared_for_label = w.prepared_for;
  r.prepared_for = "Laura Fernández Gil";
  r.facts = {{w.period, "2026-W15 (2026-04-06 – 2026-04-12)"}, {w.read_on, "2026-04-12"}};
  r.tables.push_back({std::string(w.sales) + " — Revenue (EUR)",
                      {w.person, w.target, w.actual, w.attainment},
                      {{Cell::Text(w.team), Cell::Money(2'272'73, "EUR"),
                        Cell::Money(30'000'00, "EUR"), Cell::Bp(13'200)},
                       {Cell::Text("Lucía Gómez"), Cell::Money(0, "EUR"), Cell::Count(1'250),
                        Cell::Bp(std::nullopt)}},
                      w.no_plans});
  r.tables.push_back({w.activity, {w.person, w.target}, {}, w.no_plans});
  return r;
}

TEST(SummaryPdf, PrintsTheTablesInEnglish) {
  auto bytes = RenderSummaryPdf(Report("en"));
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  const std::string text = RenderedPdf(*bytes).Text();
  for (const char* expected :
       {"Weekly sales summary", "2026-W15", "Laura Fernández Gil", "MedSupply Iberia S.L.",
        "Sales against target — Revenue (EUR)", "EUR 2,272.73", "EUR 30,000.00", "132%", "1,250",
        "Activity against target", "No target plan covers this period."}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in\n" << text;
  }
  // A figure without a value is a dash, never a zero.
  EXPECT_NE(text.find("–"), std::string::npos);
}

TEST(SummaryPdf, PrintsTheReadersLanguage) {
  auto bytes = RenderSummaryPdf(Report("de"));
  ASSERT_TRUE(bytes.ok());
  const std::string text = RenderedPdf(*bytes).Text();
  for (const char* expected : {"Wöchentlicher Vertriebsbericht", "Erstellt für", "30.000,00 EUR",
                               "132 %", "Kein Zielplan deckt diesen Zeitraum."}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in\n" << text;
  }
}

TEST(SummaryPdf, AnUnknownLanguageIsRefused) {
  auto bytes = RenderSummaryPdf(Report("fr"));
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.error().field, "lang");
}

}  // namespace
}  // namespace salesdesk::pdf
