// Locale number and date formatting: exact digits from scaled integers, per language.
#include "pdf/pdf_number_format.h"

#include <gtest/gtest.h>

#include <limits>

#include "modules/sales/pdf/quote_pdf_labels.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::pdf {
namespace {

using testing::Amount;
using testing::Cur;
using testing::Day;

constexpr auto kEn = Language::kEn;
constexpr auto kDe = Language::kDe;
constexpr auto kEs = Language::kEs;
constexpr auto kZh = Language::kZh;
const std::string kNbsp = "\u00A0";

TEST(PdfNumberFormat, GroupsThousandsAndUsesTheLanguagesSeparators) {
  EXPECT_EQ(FormatDecimal(123456, 2, 2, kEn), "1,234.56");
  EXPECT_EQ(FormatDecimal(123456, 2, 2, kZh), "1,234.56");
  EXPECT_EQ(FormatDecimal(123456, 2, 2, kDe), "1.234,56");
  EXPECT_EQ(FormatDecimal(123456, 2, 2, kEs), "1.234,56");
  EXPECT_EQ(FormatDecimal(123456789012, 2, 2, kDe), "1.234.567.890,12");
  EXPECT_EQ(FormatDecimal(99999, 2, 2, kEn), "999.99");
  EXPECT_EQ(FormatDecimal(100000, 2, 2, kEn), "1,000.00");
  EXPECT_EQ(FormatDecimal(5, 2, 2, kEn), "0.05");
  EXPECT_EQ(FormatDecimal(0, 2, 2, kDe), "0,00");
}

TEST(PdfNumberFormat, NegativeNumbersIncludingTheSmallestInt64) {
  EXPECT_EQ(FormatDecimal(-123456, 2, 2, kDe), "-1.234,56");
  EXPECT_EQ(FormatDecimal(-5, 2, 2, kEn), "-0.05");
  EXPECT_EQ(FormatDecimal(std::numeric_limits<std::int64_t>::min(), 0, 0, kEn),
            "-9,223,372,036,854,775,808");
  EXPECT_EQ(FormatDecimal(std::numeric_limits<std::int64_t>::max(), 4, 0, kDe),
            "922.337.203.685.477,5807");
}

TEST(PdfNumberFormat, TrimsOnlyTheZerosBeyondMinDecimals) {
  EXPECT_EQ(FormatDecimal(12500000, 6, 2, kEn), "12.50");
  EXPECT_EQ(FormatDecimal(12345600, 6, 2, kEn), "12.3456");
  EXPECT_EQ(FormatDecimal(12000000, 6, 0, kEn), "12");
  EXPECT_EQ(FormatDecimal(12, 0, 2, kEn), "12.00");  // min decimals beyond the scale
}

TEST(PdfNumberFormat, MoneyAtTheCurrencyExponentWithItsCode) {
  EXPECT_EQ(FormatMoney(Amount("1234.56", "EUR"), kEn), "EUR" + kNbsp + "1,234.56");
  EXPECT_EQ(FormatMoney(Amount("1234.56", "EUR"), kDe), "1.234,56" + kNbsp + "EUR");
  EXPECT_EQ(FormatMoney(Amount("1234.5", "EUR"), kEs), "1.234,50" + kNbsp + "EUR");
  EXPECT_EQ(FormatMoney(Amount("123456", "JPY"), kEn), "JPY" + kNbsp + "123,456");
  EXPECT_EQ(FormatMoney(Amount("1234.567", "KWD"), kDe), "1.234,567" + kNbsp + "KWD");
  EXPECT_EQ(FormatMoney(Amount("-0.05", "EUR"), kZh), "EUR" + kNbsp + "-0.05");
  EXPECT_EQ(FormatAmount(Amount("1000000", "JPY"), kDe), "1.000.000");
}

TEST(PdfNumberFormat, UnitPricesShowTheCurrencyDigitsAndUpToSix) {
  auto price = [](const char* text) { return *core::UnitPrice::Parse(text); };
  EXPECT_EQ(FormatUnitPrice(price("12.5"), Cur("EUR"), kEn), "12.50");
  EXPECT_EQ(FormatUnitPrice(price("0.123456"), Cur("EUR"), kEn), "0.123456");
  EXPECT_EQ(FormatUnitPrice(price("0.1234"), Cur("EUR"), kDe), "0,1234");
  EXPECT_EQ(FormatUnitPrice(price("1200"), Cur("JPY"), kEn), "1,200");
  EXPECT_EQ(FormatUnitPrice(price("1200.5"), Cur("JPY"), kEn), "1,200.5");
  EXPECT_EQ(FormatUnitPrice(price("3"), Cur("KWD"), kEs), "3,000");
}

TEST(PdfNumberFormat, QuantitiesAndPercentsDropTrailingZeros) {
  EXPECT_EQ(FormatQuantity(*core::Quantity::Parse("12"), kEn), "12");
  EXPECT_EQ(FormatQuantity(*core::Quantity::Parse("2.500"), kDe), "2,5");
  EXPECT_EQ(FormatQuantity(*core::Quantity::Parse("1250.125"), kEn), "1,250.125");
  EXPECT_EQ(FormatPercent(*core::Percent::Parse("19"), kEn), "19%");
  EXPECT_EQ(FormatPercent(*core::Percent::Parse("19"), kZh), "19%");
  EXPECT_EQ(FormatPercent(*core::Percent::Parse("7.5"), kDe), "7,5" + kNbsp + "%");
  EXPECT_EQ(FormatPercent(*core::Percent::Parse("0.0005"), kEs), "0,0005" + kNbsp + "%");
}

TEST(PdfNumberFormat, DatesPerLanguage) {
  EXPECT_EQ(FormatDate(Day("2026-11-22"), kEn), "22 Nov 2026");
  EXPECT_EQ(FormatDate(Day("2026-01-05"), kEn), "5 Jan 2026");
  EXPECT_EQ(FormatDate(Day("2026-11-22"), kDe), "22.11.2026");
  EXPECT_EQ(FormatDate(Day("2026-01-05"), kDe), "05.01.2026");
  EXPECT_EQ(FormatDate(Day("2026-11-22"), kEs), "22/11/2026");
  EXPECT_EQ(FormatDate(Day("2026-11-22"), kZh), "2026年11月22日");
  EXPECT_EQ(FormatDate(Day("0042-03-09"), kDe), "09.03.0042");
}

TEST(PdfLabels, LanguagesAndTemplates) {
  EXPECT_EQ(*ParseLanguage("de"), Language::kDe);
  EXPECT_EQ(*ParseLanguage("zh"), Language::kZh);
  for (const char* bad : {"fr", "", "DE", "en-US", "zh-CN"}) {
    const core::Result<Language> parsed = ParseLanguage(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().code, core::ErrorCode::kInvalidArgument);
    EXPECT_EQ(parsed.error().field, "lang");
  }
  EXPECT_STREQ(LabelsFor(Language::kDe).title, "Angebot");
  EXPECT_EQ(FillTemplate("Page {page} of {pages}", {{"page", "3"}, {"pages", "12"}}),
            "Page 3 of 12");
  EXPECT_EQ(FillTemplate("{x}{x}", {{"x", "{x}"}}), "{x}{x}");  // no re-expansion
}

}  // namespace
}  // namespace salesdesk::pdf
