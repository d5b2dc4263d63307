#include "core/money/decimal.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <string>
#include <type_traits>

#include "core_test_util.h"

namespace salesdesk::core {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

// The four types must not convert into each other: a quantity is not a price.
static_assert(!std::is_same_v<Quantity, UnitPrice>);
static_assert(!std::is_convertible_v<Quantity, UnitPrice>);
static_assert(!std::is_convertible_v<UnitPrice, Quantity>);
static_assert(!std::is_convertible_v<Percent, Rate>);
static_assert(!std::is_convertible_v<std::int64_t, Percent>);
static_assert(!std::is_same_v<FixedDecimal<3, QuantityTag>, FixedDecimal<3, PercentTag>>);
static_assert(Percent::kScale == 4 && Rate::kScale == 8 && UnitPrice::kScale == 6 &&
              Quantity::kScale == 3);

struct ParseCase {
  const char* text;
  std::int64_t units;
};

TEST(Percent, ParsesValidText) {
  const ParseCase cases[] = {
      {"12.5", 125000},    {"0", 0},          {"-0", 0},
      {"-0.0000", 0},      {"100", 1000000},  {"4", 40000},
      {"0.0001", 1},       {"-0.0001", -1},   {"007.5", 75000},
      {"99.9999", 999999}, {"12.50", 125000}, {"-12.5", -125000},
      {"1.2345", 12345},
  };
  for (const ParseCase& c : cases) {
    auto p = Percent::Parse(c.text);
    ASSERT_TRUE(p.ok()) << c.text << ": " << p.error().message;
    EXPECT_EQ(p->units(), c.units) << c.text;
  }
}

TEST(Rate, ParsesEightDecimals) {
  EXPECT_EQ(Rate::Parse("0.858762")->units(), 85876200);
  EXPECT_EQ(Rate::Parse("1.23456789")->units(), 123456789);
  EXPECT_EQ(Rate::Parse("92233720368.54775807")->units(), kMax);
  EXPECT_EQ(Rate::Parse("-92233720368.54775808")->units(), kMin);
}

TEST(Quantity, ParsesThreeDecimals) {
  EXPECT_EQ(Quantity::Parse("16")->units(), 16000);
  EXPECT_EQ(Quantity::Parse("0.001")->units(), 1);
  EXPECT_EQ(Quantity::Parse("9223372036854775.807")->units(), kMax);
  EXPECT_EQ(Quantity::Parse("-9223372036854775.808")->units(), kMin);
}

struct RejectCase {
  const char* text;
  DecimalParseStatus status;
};

TEST(ParseScaled, RejectsEverythingButTheStrictGrammar) {
  const RejectCase cases[] = {
      {"", DecimalParseStatus::kEmpty},
      {"-", DecimalParseStatus::kMalformed},
      {".", DecimalParseStatus::kMalformed},
      {".5", DecimalParseStatus::kMalformed},
      {"-.5", DecimalParseStatus::kMalformed},
      {"5.", DecimalParseStatus::kMalformed},
      {"-5.", DecimalParseStatus::kMalformed},
      {"+5", DecimalParseStatus::kMalformed},
      {"--5", DecimalParseStatus::kMalformed},
      {"5-", DecimalParseStatus::kMalformed},
      {"1e3", DecimalParseStatus::kMalformed},
      {"1E3", DecimalParseStatus::kMalformed},
      {"1.5e2", DecimalParseStatus::kMalformed},
      {" 5", DecimalParseStatus::kMalformed},
      {"5 ", DecimalParseStatus::kMalformed},
      {"- 5", DecimalParseStatus::kMalformed},
      {"1,000", DecimalParseStatus::kMalformed},
      {"1_000", DecimalParseStatus::kMalformed},
      {"1'000", DecimalParseStatus::kMalformed},
      {"12,5", DecimalParseStatus::kMalformed},
      {"1.2.3", DecimalParseStatus::kMalformed},
      {"1..2", DecimalParseStatus::kMalformed},
      {"0x10", DecimalParseStatus::kMalformed},
      {"inf", DecimalParseStatus::kMalformed},
      {"NaN", DecimalParseStatus::kMalformed},
      {"５", DecimalParseStatus::kMalformed},  // full-width digit
      {"1\n", DecimalParseStatus::kMalformed},
      {"1.23456", DecimalParseStatus::kTooManyDecimals},
      {"0.00000", DecimalParseStatus::kTooManyDecimals},  // exact, but beyond the scale
      {"-1.00001", DecimalParseStatus::kTooManyDecimals},
      {"922337203685477.5808", DecimalParseStatus::kOverflow},
      {"-922337203685477.5809", DecimalParseStatus::kOverflow},
      {"99999999999999999999999999999999", DecimalParseStatus::kOverflow},
      {"1000000000000000", DecimalParseStatus::kOverflow},
  };
  for (const RejectCase& c : cases) {
    EXPECT_EQ(ParseScaled(c.text, 4).status, c.status) << "'" << c.text << "'";
  }
  EXPECT_EQ(ParseScaled(std::string("1\0", 2), 4).status, DecimalParseStatus::kMalformed);
  EXPECT_EQ(ParseScaled("922337203685477.5807", 4).units, kMax);
  EXPECT_EQ(ParseScaled("-922337203685477.5808", 4).units, kMin);
  EXPECT_EQ(ParseScaled("0000000000000000000000000000000000000001", 4).units, 10000);
  EXPECT_EQ(ParseScaled("5", 0).units, 5);
  EXPECT_EQ(ParseScaled("5.0", 0).status, DecimalParseStatus::kTooManyDecimals);
  EXPECT_EQ(ParseScaled("9223372036854775807", 0).units, kMax);
  EXPECT_EQ(ParseScaled("9223372036854775808", 0).status, DecimalParseStatus::kOverflow);
  EXPECT_EQ(ParseScaled("-9223372036854775808", 0).units, kMin);
}

TEST(FixedDecimal, ErrorsNameTheFieldAndTheFix) {
  auto empty = Percent::Parse("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(empty.error().field, "percent");
  EXPECT_NE(empty.error().message.find("empty"), std::string::npos);

  auto digits = Percent::Parse("12.34567");
  EXPECT_EQ(digits.error().message, "percent has at most 4 decimals");
  EXPECT_EQ(Rate::Parse("0.123456789").error().message, "rate has at most 8 decimals");
  EXPECT_EQ(Quantity::Parse("1.0001").error().field, "quantity");
  EXPECT_EQ(UnitPrice::Parse("1.0000001").error().message, "unit_price has at most 6 decimals");

  auto malformed = UnitPrice::Parse("1,50");
  EXPECT_EQ(malformed.error().field, "unit_price");
  EXPECT_NE(malformed.error().message.find("'1,50' is not a decimal number"), std::string::npos);
  EXPECT_NE(malformed.error().message.find("thousands separators"), std::string::npos);

  auto big = Quantity::Parse("9223372036854775.808");
  EXPECT_EQ(big.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(big.error().message.find("too large"), std::string::npos);
  EXPECT_NE(big.error().message.find("9223372036854775.807"), std::string::npos);

  // Long or binary input is echoed bounded and printable.
  const std::string junk = std::string(500, 'x') + "\x01";
  auto long_error = Percent::Parse(junk);
  EXPECT_LT(long_error.error().message.size(), 300u);
  EXPECT_EQ(Percent::Parse("\x01").error().message.find('\x01'), std::string::npos);
}

struct FormatCase {
  std::int64_t units;
  int scale;
  const char* trimmed;
  const char* fixed;
};

TEST(FormatScaled, Table) {
  const FormatCase cases[] = {
      {0, 0, "0", "0"},
      {0, 2, "0", "0.00"},
      {5, 2, "0.05", "0.05"},
      {-5, 2, "-0.05", "-0.05"},
      {1230, 2, "12.3", "12.30"},
      {125000, 4, "12.5", "12.5000"},
      {85876200, 8, "0.858762", "0.85876200"},
      {3000, 3, "3", "3.000"},
      {-3000, 3, "-3", "-3.000"},
      {12345, 0, "12345", "12345"},
      {1234, 3, "1.234", "1.234"},
      {kMax, 0, "9223372036854775807", "9223372036854775807"},
      {kMin, 0, "-9223372036854775808", "-9223372036854775808"},
      {kMin, 2, "-92233720368547758.08", "-92233720368547758.08"},
      {kMax, 18, "9.223372036854775807", "9.223372036854775807"},
      {1, 18, "0.000000000000000001", "0.000000000000000001"},
      {-10, 18, "-0.00000000000000001", "-0.000000000000000010"},
  };
  for (const FormatCase& c : cases) {
    EXPECT_EQ(FormatScaled(c.units, c.scale, true), c.trimmed) << c.units << " @" << c.scale;
    EXPECT_EQ(FormatScaled(c.units, c.scale, false), c.fixed) << c.units << " @" << c.scale;
  }
  EXPECT_EQ(Percent::FromUnits(125000).ToString(), "12.5");
  EXPECT_EQ(Rate::FromUnits(85876200).ToString(), "0.858762");
  EXPECT_EQ(Quantity::FromUnits(3000).ToString(), "3");
  EXPECT_EQ(UnitPrice::FromUnits(-1).ToString(), "-0.000001");
}

template <typename T>
void ExpectRoundTrips(std::mt19937_64& rng) {
  for (int i = 0; i < 20000; ++i) {
    const T value = T::FromUnits(testing::RandomInt64(rng));
    auto back = T::Parse(value.ToString());
    ASSERT_TRUE(back.ok()) << value.ToString();
    ASSERT_EQ(*back, value) << value.ToString();
  }
  for (std::int64_t u : {kMax, kMin, std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}}) {
    EXPECT_EQ(*T::Parse(T::FromUnits(u).ToString()), T::FromUnits(u));
  }
}

TEST(FixedDecimal, ParseOfToStringRoundTrips) {
  std::mt19937_64 rng(42);
  ExpectRoundTrips<Percent>(rng);
  ExpectRoundTrips<Rate>(rng);
  ExpectRoundTrips<UnitPrice>(rng);
  ExpectRoundTrips<Quantity>(rng);
}

TEST(ParseScaled, FixedFormatRoundTripsAtEveryScale) {
  std::mt19937_64 rng(7);
  for (int scale = 0; scale <= 18; ++scale) {
    for (int i = 0; i < 2000; ++i) {
      const std::int64_t units = testing::RandomInt64(rng);
      for (bool trim : {true, false}) {
        const ScaledParse back = ParseScaled(FormatScaled(units, scale, trim), scale);
        ASSERT_EQ(back.status, DecimalParseStatus::kOk) << units << " @" << scale;
        ASSERT_EQ(back.units, units) << units << " @" << scale;
      }
    }
  }
}

TEST(FixedDecimal, ComparesByValue) {
  EXPECT_LT(*Percent::Parse("4"), *Percent::Parse("12.5"));
  EXPECT_LT(*Percent::Parse("-12.5"), *Percent::Parse("-4"));
  EXPECT_EQ(*Percent::Parse("12.5"), *Percent::Parse("12.5000"));
  EXPECT_GT(*Quantity::Parse("0.001"), *Quantity::Parse("0"));
  EXPECT_GE(*Rate::Parse("1"), *Rate::Parse("1.00000000"));
  EXPECT_NE(*Rate::Parse("1"), *Rate::Parse("1.00000001"));
  EXPECT_EQ(Quantity(), Quantity::FromUnits(0));
}

TEST(FixedDecimal, CheckedAddAndSubtract) {
  EXPECT_EQ(Quantity::FromUnits(1500).Add(Quantity::FromUnits(2500))->units(), 4000);
  EXPECT_EQ(Quantity::FromUnits(1500).Subtract(Quantity::FromUnits(2500))->units(), -1000);
  EXPECT_EQ(Percent::FromUnits(kMax).Add(Percent::FromUnits(0))->units(), kMax);
  auto over = Percent::FromUnits(kMax).Add(Percent::FromUnits(1));
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, ErrorCode::kOverflow);
  EXPECT_NE(over.error().message.find("percent"), std::string::npos);
  EXPECT_EQ(Rate::FromUnits(kMin).Subtract(Rate::FromUnits(1)).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Rate::FromUnits(0).Subtract(Rate::FromUnits(kMin)).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Rate::FromUnits(-1).Subtract(Rate::FromUnits(kMin))->units(), kMax);
  EXPECT_EQ(Quantity::FromUnits(kMin).Add(Quantity::FromUnits(-1)).error().code,
            ErrorCode::kOverflow);
}

}  // namespace
}  // namespace salesdesk::core
