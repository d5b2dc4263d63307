#include "core/money/money.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>
#include <random>
#include <vector>

#include "core_test_util.h"

namespace salesdesk::core {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr auto kUp = RoundingMode::kHalfUp;
constexpr auto kEven = RoundingMode::kHalfEven;

Currency C(const char* code) { return *ParseCurrency(code); }

struct AmountCase {
  const char* currency;
  const char* text;
  std::int64_t minor;
  const char* canonical;
};

TEST(ParseMoney, ParsesAndFormatsExponentsZeroTwoThreeFour) {
  const AmountCase cases[] = {
      {"EUR", "12.30", 1230, "12.30"},
      {"EUR", "12.3", 1230, "12.30"},
      {"EUR", "12", 1200, "12.00"},
      {"EUR", "-0.05", -5, "-0.05"},
      {"EUR", "0", 0, "0.00"},
      {"EUR", "-0", 0, "0.00"},
      {"EUR", "0012.30", 1230, "12.30"},
      {"USD", "1000000.01", 100000001, "1000000.01"},
      {"JPY", "12345", 12345, "12345"},
      {"JPY", "-1", -1, "-1"},
      {"JPY", "0", 0, "0"},
      {"KRW", "1000000", 1000000, "1000000"},
      {"KWD", "1.234", 1234, "1.234"},
      {"KWD", "1.2", 1200, "1.200"},
      {"BHD", "-0.001", -1, "-0.001"},
      {"TND", "7", 7000, "7.000"},
      {"CLF", "1.2345", 12345, "1.2345"},
      {"EUR", "92233720368547758.07", kMax, "92233720368547758.07"},
      {"EUR", "-92233720368547758.08", kMin, "-92233720368547758.08"},
      {"JPY", "9223372036854775807", kMax, "9223372036854775807"},
      {"KWD", "-9223372036854775.808", kMin, "-9223372036854775.808"},
  };
  for (const AmountCase& c : cases) {
    auto m = ParseMoney(c.text, C(c.currency));
    ASSERT_TRUE(m.ok()) << c.currency << " " << c.text << ": " << m.error().message;
    EXPECT_EQ(m->minor, c.minor) << c.text;
    EXPECT_EQ(m->currency, C(c.currency));
    EXPECT_EQ(FormatAmount(*m), c.canonical);
  }
}

TEST(ParseMoney, RejectsTooManyDecimalsPerCurrency) {
  EXPECT_EQ(ParseMoney("12.345", C("EUR")).error().message, "EUR amounts have at most 2 decimals");
  EXPECT_EQ(ParseMoney("1.2345", C("KWD")).error().message, "KWD amounts have at most 3 decimals");
  auto jpy = ParseMoney("12345.0", C("JPY"));
  ASSERT_FALSE(jpy.ok());
  EXPECT_EQ(jpy.error().field, "amount");
  EXPECT_EQ(jpy.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(jpy.error().message.find("JPY amounts have no decimals"), std::string::npos);
  EXPECT_FALSE(ParseMoney("12.300", C("EUR")).ok());  // exact, but not canonical for EUR
}

TEST(ParseMoney, RejectsMalformedAndOversizedText) {
  for (const char* text : {"", "-", "12.", ".5", "+1", "1e2", "1,00", "1 000", " 1", "1 ", "€1",
                           "1.2.3", "--1", "0x1", "12.3O"}) {
    auto m = ParseMoney(text, C("EUR"));
    ASSERT_FALSE(m.ok()) << "'" << text << "'";
    EXPECT_EQ(m.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(m.error().field, "amount");
  }
  EXPECT_NE(ParseMoney("", C("EUR")).error().message.find("empty"), std::string::npos);
  auto big = ParseMoney("92233720368547758.08", C("EUR"));
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(big.error().message, "EUR amount is too large; the limit is 92233720368547758.07");
  EXPECT_FALSE(ParseMoney("9223372036854775808", C("JPY")).ok());
}

TEST(Money, AddAndSubtractAreCheckedAndSameCurrencyOnly) {
  const Money a{1230, C("EUR")};
  const Money b{-5, C("EUR")};
  EXPECT_EQ(*Add(a, b), (Money{1225, C("EUR")}));
  EXPECT_EQ(*Subtract(a, b), (Money{1235, C("EUR")}));

  auto mixed = Add(a, Money{100, C("USD")});
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(mixed.error().message, "cannot add EUR and USD; convert explicitly");
  EXPECT_EQ(Subtract(Money{1, C("JPY")}, Money{1, C("KRW")}).error().message,
            "cannot subtract JPY and KRW; convert explicitly");

  EXPECT_EQ(Add(Money{kMax, C("EUR")}, Money{1, C("EUR")}).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Add(Money{kMin, C("EUR")}, Money{-1, C("EUR")}).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Subtract(Money{kMin, C("EUR")}, Money{1, C("EUR")}).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Subtract(Money{0, C("EUR")}, Money{kMin, C("EUR")}).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Add(Money{kMax, C("EUR")}, Money{kMin, C("EUR")})->minor, -1);
}

TEST(Money, SumRequiresOneCurrency) {
  const std::vector<Money> items = {{100, C("EUR")}, {250, C("EUR")}, {-50, C("EUR")}};
  EXPECT_EQ(*Sum(items, C("EUR")), (Money{300, C("EUR")}));
  EXPECT_EQ(*Sum({}, C("JPY")), (Money{0, C("JPY")}));
  EXPECT_FALSE(Sum(items, C("USD")).ok());
  const std::vector<Money> overflowing = {{kMax, C("EUR")}, {1, C("EUR")}};
  EXPECT_EQ(Sum(overflowing, C("EUR")).error().code, ErrorCode::kOverflow);
}

TEST(Money, PercentAndDiscountTable) {
  const Percent ten = *Percent::Parse("10");
  EXPECT_EQ(MultiplyByPercent(Money{1000, C("EUR")}, ten)->minor, 100);
  EXPECT_EQ(MultiplyByPercent(Money{1000, C("EUR")}, *Percent::Parse("0.0001"))->minor, 0);
  EXPECT_EQ(MultiplyByPercent(Money{5000, C("EUR")}, *Percent::Parse("0.01"))->minor, 1);  // .5
  EXPECT_EQ(MultiplyByPercent(Money{5000, C("EUR")}, *Percent::Parse("0.01"), kEven)->minor, 0);
  EXPECT_EQ(MultiplyByPercent(Money{1999, C("KWD")}, *Percent::Parse("12.5"))->minor, 250);
  EXPECT_EQ(MultiplyByPercent(Money{-1999, C("KWD")}, *Percent::Parse("12.5"))->minor, -250);
  EXPECT_EQ(ApplyDiscount(Money{1000, C("EUR")}, ten)->minor, 900);
  EXPECT_EQ(ApplyDiscount(Money{1000, C("EUR")}, *Percent::Parse("100"))->minor, 0);
  EXPECT_EQ(ApplyDiscount(Money{1000, C("EUR")}, *Percent::Parse("-10"))->minor, 1100);
  EXPECT_EQ(ApplyDiscount(Money{999, C("JPY")}, *Percent::Parse("33.3333"))->minor, 666);
  EXPECT_EQ(MultiplyByPercent(Money{kMax, C("EUR")}, *Percent::Parse("100"))->minor, kMax);
  EXPECT_EQ(MultiplyByPercent(Money{kMax, C("EUR")}, *Percent::Parse("100.0001")).error().code,
            ErrorCode::kOverflow);
  EXPECT_EQ(ApplyDiscount(Money{kMin, C("EUR")}, *Percent::Parse("-0.0001")).error().code,
            ErrorCode::kOverflow);
  // Extreme operands stay exact in __int128 and overflow cleanly.
  EXPECT_EQ(ApplyDiscount(Money{kMax, C("EUR")}, Percent::FromUnits(kMin)).error().code,
            ErrorCode::kOverflow);
  EXPECT_EQ(ApplyDiscount(Money{kMin, C("EUR")}, Percent::FromUnits(kMax)).error().code,
            ErrorCode::kOverflow);
}

TEST(Money, ExtendAndConvertTable) {
  EXPECT_EQ(Extend(*UnitPrice::Parse("0.333333"), *Quantity::Parse("3"), C("EUR"))->minor, 100);
  EXPECT_EQ(Extend(*UnitPrice::Parse("0.005"), *Quantity::Parse("1"), C("EUR"))->minor, 1);
  EXPECT_EQ(Extend(*UnitPrice::Parse("0.005"), *Quantity::Parse("1"), C("EUR"), kEven)->minor, 0);
  EXPECT_EQ(Extend(*UnitPrice::Parse("0.015"), *Quantity::Parse("1"), C("EUR"), kEven)->minor, 2);
  EXPECT_EQ(Extend(*UnitPrice::Parse("-2.5"), *Quantity::Parse("1.5"), C("JPY"))->minor, -4);
  EXPECT_EQ(Extend(*UnitPrice::Parse("1.2345"), *Quantity::Parse("2"), C("KWD"))->minor, 2469);
  EXPECT_EQ(Extend(UnitPrice::FromUnits(kMax), Quantity::FromUnits(kMax), C("EUR")).error().code,
            ErrorCode::kOverflow);
  EXPECT_EQ(Extend(UnitPrice::FromUnits(kMin), Quantity::FromUnits(kMin), C("JPY")).error().code,
            ErrorCode::kOverflow);

  EXPECT_EQ(*Convert(Money{10000, C("USD")}, *Rate::Parse("150.25"), C("JPY")),
            (Money{15025, C("JPY")}));
  EXPECT_EQ(*Convert(Money{15025, C("JPY")}, *Rate::Parse("0.006656"), C("USD")),
            (Money{10001, C("USD")}));                                              // 100.0064 USD
  EXPECT_EQ(Convert(Money{1, C("EUR")}, *Rate::Parse("0.5"), C("KWD"))->minor, 5);  // 0.005
  EXPECT_EQ(Convert(Money{kMax, C("JPY")}, *Rate::Parse("1.5"), C("KWD")).error().code,
            ErrorCode::kOverflow);
  for (const char* bad : {"0", "-1.1"}) {
    auto r = Convert(Money{100, C("EUR")}, *Rate::Parse(bad), C("USD"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().field, "rate");
  }
}

// Computes an expected result by the string reference, not by the code under test.
std::int64_t Reference(__int128 exact, int digits, RoundingMode mode) {
  return std::stoll(testing::ReferenceRoundDiv(exact, digits, mode));
}

TEST(Money, RandomOperationsMatchReferenceAndRoundTrip) {
  std::mt19937_64 rng(1122);
  const Currency currencies[] = {C("JPY"), C("EUR"), C("KWD")};  // exponents 0, 2, 3
  for (int i = 0; i < 30000; ++i) {
    const Currency cur = currencies[i % 3];
    const RoundingMode mode = (i / 3) % 2 ? kUp : kEven;
    // Amounts up to ~10^12 minor units and percents up to +-1000 %, so nothing overflows here.
    const Money m{static_cast<std::int64_t>(rng() % 2'000'000'000'000) - 1'000'000'000'000, cur};
    const Percent pct =
        Percent::FromUnits(static_cast<std::int64_t>(rng() % 20'000'001) - 10'000'000);

    auto back = ParseMoney(FormatAmount(m), cur);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(*back, m);

    auto part = MultiplyByPercent(m, pct, mode);
    auto rest = ApplyDiscount(m, pct, mode);
    ASSERT_TRUE(part.ok() && rest.ok());
    ASSERT_EQ(part->minor, Reference(static_cast<__int128>(m.minor) * pct.units(), 6, mode));
    ASSERT_EQ(rest->minor,
              Reference(static_cast<__int128>(m.minor) * (1'000'000 - pct.units()), 6, mode));
    // The two exact parts sum to m; each is rounded at most half a unit.
    ASSERT_LE(std::llabs(part->minor + rest->minor - m.minor), 1);
    // Rounding is symmetric: negating the input negates the result, in both modes.
    ASSERT_EQ(MultiplyByPercent(Money{-m.minor, cur}, pct, mode)->minor, -part->minor);
    ASSERT_EQ(*ParseMoney(FormatAmount(*part), cur), *part);

    const UnitPrice price = UnitPrice::FromUnits(static_cast<std::int64_t>(rng() % 10'000'000'000));
    const Quantity qty =
        Quantity::FromUnits(static_cast<std::int64_t>(rng() % 2'000'000) - 1'000'000);
    auto line = Extend(price, qty, cur, mode);
    ASSERT_TRUE(line.ok());
    ASSERT_EQ(line->minor, Reference(static_cast<__int128>(price.units()) * qty.units(),
                                     9 - cur.exponent(), mode));

    const Rate rate = Rate::FromUnits(static_cast<std::int64_t>(rng() % 100'000'000'000) + 1);
    const Currency target = currencies[(i / 7) % 3];
    auto converted = Convert(m, rate, target, mode);
    ASSERT_TRUE(converted.ok());
    ASSERT_EQ(converted->currency, target);
    ASSERT_EQ(converted->minor, Reference(static_cast<__int128>(m.minor) * rate.units(),
                                          cur.exponent() + 8 - target.exponent(), mode));
  }
}

}  // namespace
}  // namespace salesdesk::core
