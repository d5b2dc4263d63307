// Golden cases: the amounts that went wrong in Odoo and ERPNext (float arithmetic, rounding per
// unit instead of per line, rounding twice, banker's rounding where half-up was expected).
#include <gtest/gtest.h>

#include <limits>

#include "core/money/money.h"

namespace salesdesk::core {
namespace {

constexpr auto kUp = RoundingMode::kHalfUp;
constexpr auto kEven = RoundingMode::kHalfEven;

Currency C(const char* code) { return *ParseCurrency(code); }
Money M(const char* amount, const char* currency) { return *ParseMoney(amount, C(currency)); }
std::string Fmt(const Result<Money>& m) { return m.ok() ? FormatAmount(*m) : m.error().message; }

TEST(MoneyGolden, YenTenPercentOfAnOddAmount) {
  // 12345 x 0.10 = 1234.5 exactly: half-up gives 1235, half-even the even neighbour 1234.
  const Percent ten = *Percent::Parse("10");
  EXPECT_EQ(Fmt(MultiplyByPercent(M("12345", "JPY"), ten, kUp)), "1235");
  EXPECT_EQ(Fmt(MultiplyByPercent(M("12345", "JPY"), ten, kEven)), "1234");
  EXPECT_EQ(Fmt(MultiplyByPercent(M("12355", "JPY"), ten, kEven)), "1236");  // 1235.5 -> even
  EXPECT_EQ(Fmt(ApplyDiscount(M("12345", "JPY"), ten, kUp)), "11111");       // 11110.5
  EXPECT_EQ(Fmt(ApplyDiscount(M("12345", "JPY"), ten, kEven)), "11110");
}

TEST(MoneyGolden, LineDiscountRoundsOnceOnTheLine) {
  // 348.35 x 16 = 5573.60; x 0.96 = 5350.656 -> 5350.66.
  // Discounting per unit first would give 348.35 x 0.96 = 334.416 -> 334.42, x 16 = 5350.72:
  // six cents off, the classic "discount rounded per unit" bug. Salesdesk extends first, then
  // discounts the line, so there is a single rounding on the line amount.
  const Result<Money> line =
      Extend(*UnitPrice::Parse("348.35"), *Quantity::Parse("16"), C("EUR"), kUp);
  EXPECT_EQ(Fmt(line), "5573.60");
  EXPECT_EQ(Fmt(ApplyDiscount(*line, *Percent::Parse("4"), kUp)), "5350.66");
  EXPECT_EQ(Fmt(ApplyDiscount(*line, *Percent::Parse("4"), kEven)), "5350.66");
  // The per-unit variant, documented so the difference stays visible.
  const Result<Money> unit = ApplyDiscount(M("348.35", "EUR"), *Percent::Parse("4"), kUp);
  EXPECT_EQ(Fmt(unit), "334.42");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse(FormatAmount(*unit)), *Quantity::Parse("16"), C("EUR"))),
            "5350.72");
}

TEST(MoneyGolden, ConversionRoundsOnce) {
  // 1560.00 x 0.858762 = 1339.66872 -> 1339.67 (in a single step).
  const Rate rate = *Rate::Parse("0.858762");
  EXPECT_EQ(Fmt(Convert(M("1560.00", "EUR"), rate, C("GBP"), kUp)), "1339.67");
  EXPECT_EQ(Fmt(Convert(M("1560.00", "EUR"), rate, C("GBP"), kEven)), "1339.67");
  EXPECT_EQ(Fmt(Convert(M("1560.00", "EUR"), rate, C("JPY"), kUp)), "1340");
  EXPECT_EQ(Fmt(Convert(M("1560.00", "EUR"), rate, C("KWD"), kUp)), "1339.669");
}

TEST(MoneyGolden, ParseFormatAndRoundPerExponent) {
  // Exponent 0.
  EXPECT_EQ(FormatAmount(M("12345", "JPY")), "12345");
  EXPECT_EQ(Fmt(ParseMoney("12345.5", C("JPY"))),
            "JPY amounts have no decimals; write a whole number such as 12345");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("99.5"), *Quantity::Parse("1"), C("KRW"), kUp)), "100");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("98.5"), *Quantity::Parse("1"), C("KRW"), kEven)), "98");
  // Exponent 2.
  EXPECT_EQ(FormatAmount(M("12.3", "EUR")), "12.30");
  EXPECT_EQ(Fmt(ParseMoney("12.345", C("EUR"))), "EUR amounts have at most 2 decimals");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("0.125"), *Quantity::Parse("1"), C("EUR"), kUp)), "0.13");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("0.125"), *Quantity::Parse("1"), C("EUR"), kEven)),
            "0.12");
  // Exponent 3.
  EXPECT_EQ(FormatAmount(M("1.234", "KWD")), "1.234");
  EXPECT_EQ(FormatAmount(M("1.2", "BHD")), "1.200");
  EXPECT_EQ(Fmt(ParseMoney("1.2345", C("OMR"))), "OMR amounts have at most 3 decimals");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("0.0005"), *Quantity::Parse("1"), C("KWD"), kUp)),
            "0.001");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("0.0005"), *Quantity::Parse("1"), C("KWD"), kEven)),
            "0.000");
}

TEST(MoneyGolden, NegativeAmountsRoundSymmetrically) {
  // -0.125 at 2 decimals: half-up goes away from zero (-0.13), half-even to -0.12.
  const Quantity one = *Quantity::Parse("1");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("-0.125"), one, C("EUR"), kUp)), "-0.13");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("-0.125"), one, C("EUR"), kEven)), "-0.12");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("-0.135"), one, C("EUR"), kEven)), "-0.14");
  EXPECT_EQ(Fmt(Extend(*UnitPrice::Parse("-0.124999"), one, C("EUR"), kUp)), "-0.12");
  EXPECT_EQ(Fmt(MultiplyByPercent(M("-12345", "JPY"), *Percent::Parse("10"), kUp)), "-1235");
  EXPECT_EQ(Fmt(MultiplyByPercent(M("-12345", "JPY"), *Percent::Parse("10"), kEven)), "-1234");
  EXPECT_EQ(FormatAmount(M("-0.05", "EUR")), "-0.05");
}

TEST(MoneyGolden, OverflowIsReportedNotWrapped) {
  const Money max{std::numeric_limits<std::int64_t>::max(), C("EUR")};
  const Money min{std::numeric_limits<std::int64_t>::min(), C("EUR")};
  EXPECT_EQ(FormatAmount(max), "92233720368547758.07");
  EXPECT_EQ(FormatAmount(min), "-92233720368547758.08");
  EXPECT_EQ(Add(max, M("0.01", "EUR")).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Subtract(min, M("0.01", "EUR")).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(MultiplyByPercent(max, *Percent::Parse("200")).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(ApplyDiscount(min, *Percent::Parse("-5")).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Convert(max, *Rate::Parse("1.00000001"), C("USD")).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Convert(M("1000000000", "JPY"),
                    Rate::FromUnits(std::numeric_limits<std::int64_t>::max()), C("KWD"))
                .error()
                .code,
            ErrorCode::kOverflow);
  EXPECT_EQ(Extend(*UnitPrice::Parse("9223372036854.775807"), *Quantity::Parse("1000000"), C("EUR"))
                .error()
                .code,
            ErrorCode::kOverflow);
  // Just inside the range is fine.
  EXPECT_EQ(Fmt(Add(max, M("-0.01", "EUR"))), "92233720368547758.06");
  EXPECT_EQ(Fmt(Convert(max, *Rate::Parse("1"), C("USD"))), "92233720368547758.07");
}

TEST(MoneyGolden, MixedCurrenciesAreRefused) {
  auto r = Add(M("1.00", "EUR"), M("1.00", "USD"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "cannot add EUR and USD; convert explicitly");
  EXPECT_FALSE(Subtract(M("1", "JPY"), M("1.000", "KWD")).ok());
}

}  // namespace
}  // namespace salesdesk::core
