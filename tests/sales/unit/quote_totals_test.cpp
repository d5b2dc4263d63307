// Golden and validation cases for quote totals; the randomized G4 run is in
// quote_totals_random_test.cpp.
#include "modules/sales/core/quotes/quote_totals.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "quote_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using testing::Amount;
using testing::Cur;
using testing::Pct;
using testing::Price;
using testing::Qty;

QuoteLine Line(const char* qty, const char* price, std::optional<const char*> discount,
               const char* tax, const char* currency) {
  return QuoteLine{Qty(qty), Price(price),
                   discount ? std::optional<Percent>(Pct(*discount)) : std::nullopt, Pct(tax),
                   Cur(currency)};
}

struct GoldenCase {
  std::string name;
  friend void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.name; }
  std::vector<QuoteLine> lines;
  const char* currency;
  RoundingMode mode;
  std::vector<const char*> nets;
  const char* untaxed;
  const char* tax;
  const char* total;
};

class QuoteTotalsGoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(QuoteTotalsGoldenTest, MatchesHandComputedTotals) {
  const GoldenCase& c = GetParam();
  auto totals = ComputeQuoteTotals(c.lines, Cur(c.currency), c.mode);
  ASSERT_TRUE(totals.ok()) << totals.error().message;
  ASSERT_EQ(totals->line_nets.size(), c.nets.size());
  for (std::size_t i = 0; i < c.nets.size(); ++i) {
    EXPECT_EQ(FormatAmount(totals->line_nets[i]), c.nets[i]) << "line " << i;
  }
  EXPECT_EQ(FormatAmount(totals->untaxed), c.untaxed);
  EXPECT_EQ(FormatAmount(totals->tax), c.tax);
  EXPECT_EQ(FormatAmount(totals->total), c.total);
  EXPECT_EQ(totals->total.minor, totals->untaxed.minor + totals->tax.minor);
}

constexpr auto kUp = RoundingMode::kHalfUp;
constexpr auto kEven = RoundingMode::kHalfEven;

INSTANTIATE_TEST_SUITE_P(
    Golden, QuoteTotalsGoldenTest,
    ::testing::Values(
        // 348.35 * 16 = 5573.60; * 0.96 = 5350.656 -> 5350.66; 19 % of it 1016.6254 -> 1016.63.
        GoldenCase{"EurDiscountedLine",
                   {Line("16", "348.35", "4", "19", "EUR")},
                   "EUR",
                   kUp,
                   {"5350.66"},
                   "5350.66",
                   "1016.63",
                   "6367.29"},
        GoldenCase{"EurDiscountedLineHalfEven",
                   {Line("16", "348.35", "4", "19", "EUR")},
                   "EUR",
                   kEven,
                   {"5350.66"},
                   "5350.66",
                   "1016.63",
                   "6367.29"},
        // A tie on the line: 0.125 -> 0.13 half-up, 0.12 half-even.
        GoldenCase{"EurTieHalfUp",
                   {Line("1", "0.125", {}, "0", "EUR")},
                   "EUR",
                   kUp,
                   {"0.13"},
                   "0.13",
                   "0.00",
                   "0.13"},
        GoldenCase{"EurTieHalfEven",
                   {Line("1", "0.125", {}, "0", "EUR")},
                   "EUR",
                   kEven,
                   {"0.12"},
                   "0.12",
                   "0.00",
                   "0.12"},
        // Round per rate group, not per line: 3 x 8 % of 105 is 8.4 each (24 per line) but 25.2
        // on the group, so the tax is 25.
        GoldenCase{"JpyTaxRoundedPerRateGroup",
                   {Line("1", "105", {}, "8", "JPY"), Line("1", "105", {}, "8", "JPY"),
                    Line("1", "105", {}, "8", "JPY")},
                   "JPY",
                   kUp,
                   {"105", "105", "105"},
                   "315",
                   "25",
                   "340"},
        // JPY unit prices may have decimals; the line net has none: 332.5 -> 333 / 332.
        GoldenCase{"JpyFractionalPriceHalfUp",
                   {Line("1", "332.5", {}, "10", "JPY"), Line("3", "1234", "10", "8", "JPY")},
                   "JPY",
                   kUp,
                   {"333", "3332"},
                   "3665",
                   "300",
                   "3965"},
        GoldenCase{"JpyFractionalPriceHalfEven",
                   {Line("1", "332.5", {}, "10", "JPY"), Line("3", "1234", "10", "8", "JPY")},
                   "JPY",
                   kEven,
                   {"332", "3332"},
                   "3664",
                   "300",
                   "3964"},
        // KWD has three decimals: 2.0025 -> 2.003 / 2.002; 5 % of 14.8095.. per group.
        GoldenCase{"KwdThreeDecimalsHalfUp",
                   {Line("1", "2.0025", {}, "5", "KWD"), Line("2.5", "5.123", "2.5", "5", "KWD")},
                   "KWD",
                   kUp,
                   {"2.003", "12.487"},
                   "14.490",
                   "0.725",
                   "15.215"},
        GoldenCase{"KwdThreeDecimalsHalfEven",
                   {Line("1", "2.0025", {}, "5", "KWD"), Line("2.5", "5.123", "2.5", "5", "KWD")},
                   "KWD",
                   kEven,
                   {"2.002", "12.487"},
                   "14.489",
                   "0.724",
                   "15.213"},
        // Several rates, including 0 %: groups 0 %, 7 % and 19 %.
        GoldenCase{"EurMixedRates",
                   {Line("2", "10.00", {}, "19", "EUR"), Line("1", "3.99", {}, "7", "EUR"),
                    Line("1", "50", {}, "0", "EUR"), Line("3", "0.33", {}, "19", "EUR")},
                   "EUR",
                   kUp,
                   {"20.00", "3.99", "50.00", "0.99"},
                   "74.98",
                   "4.27",
                   "79.25"},
        // Zero-price and fully discounted lines add nothing.
        GoldenCase{"EurZeroAndFreeLines",
                   {Line("5", "0", {}, "19", "EUR"), Line("2", "99.99", "100", "19", "EUR")},
                   "EUR",
                   kUp,
                   {"0.00", "0.00"},
                   "0.00",
                   "0.00",
                   "0.00"},
        GoldenCase{"NoLines", {}, "EUR", kUp, {}, "0.00", "0.00", "0.00"}),
    [](const ::testing::TestParamInfo<GoldenCase>& info) { return info.param.name; });

TEST(QuoteTotalsTest, GroupsComeOutByAscendingRateWithExactBases) {
  const std::vector<QuoteLine> lines = {Line("1", "10", {}, "19", "EUR"),
                                        Line("1", "20", {}, "0", "EUR"),
                                        Line("1", "30", {}, "19", "EUR")};
  auto totals = ComputeQuoteTotals(lines, Cur("EUR"));
  ASSERT_TRUE(totals.ok());
  ASSERT_EQ(totals->tax_groups.size(), 2u);
  EXPECT_EQ(totals->tax_groups[0].rate, Pct("0"));
  EXPECT_EQ(totals->tax_groups[0].base, Amount("20.00", "EUR"));
  EXPECT_EQ(totals->tax_groups[0].tax, Amount("0.00", "EUR"));
  EXPECT_EQ(totals->tax_groups[1].rate, Pct("19"));
  EXPECT_EQ(totals->tax_groups[1].base, Amount("40.00", "EUR"));
  EXPECT_EQ(totals->tax_groups[1].tax, Amount("7.60", "EUR"));
}

TEST(QuoteTotalsTest, LineNetRoundsOnceNotTwice) {
  // Exact 1.005 * 50 % = 0.5025 -> 0.50. Rounding the price first would give 1.01 * 50 % = 0.505
  // -> 0.51: the discount is applied to the exact amount, never to a rounded one.
  auto net = LineNet(Line("1", "1.005", "50", "0", "EUR"), RoundingMode::kHalfUp);
  ASSERT_TRUE(net.ok());
  EXPECT_EQ(FormatAmount(*net), "0.50");
}

struct InvalidCase {
  std::string name;
  friend void PrintTo(const InvalidCase& c, std::ostream* os) { *os << c.name; }
  std::vector<QuoteLine> lines;
  ErrorCode code;
  std::string field;
};

class QuoteTotalsInvalidTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(QuoteTotalsInvalidTest, IsRefusedNamingTheField) {
  const InvalidCase& c = GetParam();
  auto totals = ComputeQuoteTotals(c.lines, Cur("EUR"));
  ASSERT_FALSE(totals.ok());
  EXPECT_EQ(totals.error().code, c.code);
  EXPECT_EQ(totals.error().field, c.field);
  EXPECT_FALSE(totals.error().message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Invalid, QuoteTotalsInvalidTest,
    ::testing::Values(InvalidCase{"MixedCurrencies",
                                  {Line("1", "1", {}, "0", "EUR"), Line("1", "1", {}, "0", "USD")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[1].currency"},
                      InvalidCase{"ZeroQuantity",
                                  {Line("0", "1", {}, "0", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].quantity"},
                      InvalidCase{"NegativeQuantity",
                                  {Line("-1", "1", {}, "0", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].quantity"},
                      InvalidCase{"NegativePrice",
                                  {Line("1", "-0.01", {}, "0", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].unit_price"},
                      InvalidCase{"DiscountAbove100",
                                  {Line("1", "1", "100.0001", "0", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].discount"},
                      InvalidCase{"NegativeDiscount",
                                  {Line("1", "1", "-1", "0", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].discount"},
                      InvalidCase{"NegativeTaxRate",
                                  {Line("1", "1", {}, "-7", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].tax_rate"},
                      InvalidCase{"TaxRateAbove100",
                                  {Line("1", "1", {}, "101", "EUR")},
                                  ErrorCode::kInvalidArgument,
                                  "lines[0].tax_rate"},
                      InvalidCase{"LineNetOverflows",
                                  {Line("9000000000000", "9000000000000", {}, "0", "EUR")},
                                  ErrorCode::kOverflow,
                                  ""},
                      InvalidCase{"SumOverflows",
                                  {Line("1000000", "50000000000", {}, "0", "EUR"),
                                   Line("1000000", "50000000000", {}, "0", "EUR")},
                                  ErrorCode::kOverflow,
                                  ""}),
    [](const ::testing::TestParamInfo<InvalidCase>& info) { return info.param.name; });

}  // namespace
}  // namespace salesdesk::core::quotes
