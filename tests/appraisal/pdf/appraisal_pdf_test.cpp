// The appraisal PDF read back with pdftotext, in each language: the rows as given (nothing
// recomputed), the score, the rating, the comment and the signatures with their dates.
// Figures: sales 1,092.00 EUR of a 1,000.00 EUR target = 109.20 %; 1 new customer of 2 = 50 %;
// conduct 4 / 5 = 80 %; requests n/a (not recorded); score 52.50 % (as given).
#include <gtest/gtest.h>

#include "modules/appraisal/pdf/appraisal_pdf.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::pdf {
namespace {

namespace ca = core::appraisal;
using testing::Day;
using testing::RenderedPdf;

ca::AppraisalPrint Card(const std::string& language) {
  ca::AppraisalPrint p;
  p.language = language;
  p.company = {.name = "MedSupply Iberia S.L.",
               .address_lines = {"Calle Mayor 5", "28013 Madrid"},
               .tax_id = "",
               .email = "",
               .phone = ""};
  p.person = "Lucía Gómez";
  p.month = "2026-11";
  p.base_currency = "EUR";
  p.planned_target = 100000;
  p.actual_sales = 109200;
  p.frozen = true;
  p.rows = {{ca::Item::kSalesAttainment, 30, ca::PrintUnit::kMinor, 100000, 109200, 10920, ""},
            {ca::Item::kNewCustomers, 10, ca::PrintUnit::kCount, 2, 1, 5000, ""},
            {ca::Item::kRequestResponse, 5, ca::PrintUnit::kBp, 9000, std::nullopt, std::nullopt,
             "not_built"},
            {ca::Item::kConduct, 10, ca::PrintUnit::kRating, 5, 4, 8000, ""}};
  p.score_bp = 5250;
  p.conduct_rating = 4;
  p.comment = "Steady month; log visits on the day.";
  p.rated_by = "Laura Fernández Gil";
  p.signed_by = "Laura Fernández Gil";
  p.signed_on = Day("2026-12-02");
  return p;
}

struct Expected {
  const char* language;
  std::vector<std::string> words;
};

class AppraisalPdf : public ::testing::TestWithParam<Expected> {};

TEST_P(AppraisalPdf, PrintsTheRowsScoreRatingAndSignaturesInTheLanguage) {
  auto bytes = RenderAppraisalPdf(Card(GetParam().language));
  ASSERT_TRUE(bytes.ok());
  RenderedPdf pdf(*bytes);
  const std::string text = pdf.Text();
  for (const std::string& w : GetParam().words) {
    EXPECT_NE(text.find(w), std::string::npos) << w << " in\n" << text;
  }
  // Both people named on it are the rep and the signing manager; no other person appears.
  EXPECT_NE(text.find("Lucía Gómez"), std::string::npos);
  EXPECT_NE(text.find("Steady month; log visits on the day."), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Languages, AppraisalPdf,
    ::testing::Values(
        Expected{"en",
                 {"Monthly appraisal", "3. Sales attainment", "EUR 1,092.00", "109.2%", "50%",
                  "n/a: not recorded yet", "Score", "52.5%", "4/5", "2 Dec 2026", "not yet"}},
        Expected{
            "de",
            {"Monatliche Beurteilung", "3. Umsatzzielerreichung", "1.092,00 EUR", "109,2 %",
             "entfällt: noch nicht erfasst", "Punktzahl", "52,5 %", "02.12.2026", "noch nicht"}},
        Expected{"es",
                 {"Evaluación mensual", "3. Cumplimiento de ventas", "1.092,00 EUR", "109,2 %",
                  "n/a: aún no se registra", "Puntuación", "52,5 %", "02/12/2026"}},
        Expected{"zh",
                 {"月度考核", "销售达成率", "EUR 1,092.00", "109.2%", "不适用", "得分",
                  "2026年12月2日", "尚未"}}),
    [](const auto& info) { return std::string(info.param.language); });

TEST(AppraisalPdfLanguage, AnUnknownLanguageIsRefused) {
  auto bytes = RenderAppraisalPdf(Card("fr"));
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.error().field, "lang");
}

}  // namespace
}  // namespace salesdesk::pdf
