#include "core/money/rounding.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <stdexcept>

#include "core_test_util.h"

namespace salesdesk::core {
namespace {

using testing::Int128ToString;
using testing::ReferenceRoundDiv;

constexpr auto kUp = RoundingMode::kHalfUp;
constexpr auto kEven = RoundingMode::kHalfEven;
constexpr __int128 kI128Max =
    (static_cast<__int128>(std::numeric_limits<std::int64_t>::max()) << 64) |
    std::numeric_limits<std::uint64_t>::max();
constexpr __int128 kI128Min = -kI128Max - 1;
constexpr std::int64_t kI64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kI64Min = std::numeric_limits<std::int64_t>::min();

struct DivCase {
  __int128 value;
  int digits;
  RoundingMode mode;
  __int128 expected;
};

TEST(RoundDivPow10, Table) {
  const DivCase cases[] = {
      {0, 0, kUp, 0},
      {0, 5, kEven, 0},
      {7, 0, kUp, 7},
      {-7, 0, kEven, -7},
      {125, 1, kUp, 13},
      {125, 1, kEven, 12},
      {135, 1, kEven, 14},
      {-125, 1, kUp, -13},
      {-125, 1, kEven, -12},
      {-135, 1, kEven, -14},
      {124, 1, kUp, 12},
      {126, 1, kEven, 13},
      {-124, 1, kUp, -12},
      {-126, 1, kEven, -13},
      {5, 1, kUp, 1},
      {5, 1, kEven, 0},
      {15, 1, kEven, 2},
      {-5, 1, kUp, -1},
      {-5, 1, kEven, 0},
      {4, 1, kUp, 0},
      {-4, 1, kUp, 0},
      {49, 2, kUp, 0},
      {50, 2, kUp, 1},
      {50, 2, kEven, 0},
      {150, 2, kEven, 2},
      {250, 2, kEven, 2},
      {251, 2, kEven, 3},
      {12345, 1, kUp, 1235},
      {12345, 1, kEven, 1234},
      {1000, 3, kEven, 1},
      {999, 3, kUp, 1},
      {-999, 3, kUp, -1},
      {499, 3, kUp, 0},
      {500, 3, kUp, 1},
      {-500, 3, kUp, -1},
      {-500, 3, kEven, 0},
      {kI128Max, 38, kUp, 2},
      {kI128Min, 38, kUp, -2},
      {kI128Max, 0, kEven, kI128Max},
      {kI128Max, 39, kUp, 0},
      {kI128Min, 39, kEven, 0},
      {kI128Min, 400, kUp, 0},
      {kI128Max, 1, kUp, kI128Max / 10 + 1},  // ...727 ends in 7: rounds up
      {kI128Min, 1, kUp, kI128Min / 10 - 1},  // ...728 ends in 8: rounds away
  };
  for (const DivCase& c : cases) {
    EXPECT_EQ(Int128ToString(RoundDivPow10(c.value, c.digits, c.mode)), Int128ToString(c.expected))
        << Int128ToString(c.value) << " / 10^" << c.digits << " " << RoundingModeName(c.mode);
  }
}

TEST(RoundDivPow10, HalfUpIsSymmetricAroundZero) {
  for (int v = -10000; v <= 10000; ++v) {
    for (int digits = 0; digits <= 4; ++digits) {
      for (RoundingMode mode : {kUp, kEven}) {
        EXPECT_EQ(RoundDivPow10(-v, digits, mode), -RoundDivPow10(v, digits, mode));
      }
    }
  }
}

TEST(RoundDivPow10, NegativeDigitsIsABug) {
  EXPECT_THROW((void)RoundDivPow10(1, -1, kUp), std::invalid_argument);
}

TEST(Pow10, CoversTheInt128Range) {
  EXPECT_EQ(Pow10(0), 1);
  EXPECT_EQ(Pow10(1), 10);
  EXPECT_EQ(Int128ToString(Pow10(38)), "1" + std::string(38, '0'));
  EXPECT_THROW((void)Pow10(39), std::out_of_range);
  EXPECT_THROW((void)Pow10(-1), std::out_of_range);
}

// The load-bearing property: RoundDivPow10 agrees with school long division on strings.
TEST(RoundDivPow10, MatchesStringLongDivisionOn100kRandomCases) {
  std::mt19937_64 rng(20261122);
  int mismatches = 0;
  for (int i = 0; i < 100000; ++i) {
    __int128 value = testing::RandomInt128(rng);
    const int digits = static_cast<int>(rng() % 41);
    // Every fourth case is forced onto an exact tie (...5000), which random values almost never
    // hit.
    if (i % 4 == 0 && digits > 0 && digits <= 37) {
      const __int128 unit = Pow10(digits);
      __int128 q = value / unit / 10;
      value = q * unit + (value < 0 ? -1 : 1) * (unit / 2);
    }
    const RoundingMode mode = (i & 1) ? kUp : kEven;
    const std::string got = Int128ToString(RoundDivPow10(value, digits, mode));
    const std::string want = ReferenceRoundDiv(value, digits, mode);
    if (got != want && ++mismatches <= 10) {
      ADD_FAILURE() << Int128ToString(value) << " / 10^" << digits << " " << RoundingModeName(mode)
                    << ": got " << got << ", want " << want;
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(ReferenceRoundDiv, IsItselfRight) {
  EXPECT_EQ(ReferenceRoundDiv(995, 1, kUp), "100");
  EXPECT_EQ(ReferenceRoundDiv(-995, 1, kEven), "-100");
  EXPECT_EQ(ReferenceRoundDiv(985, 1, kEven), "98");
  EXPECT_EQ(ReferenceRoundDiv(-4, 1, kUp), "0");
  EXPECT_EQ(ReferenceRoundDiv(9999, 2, kUp), "100");
  EXPECT_EQ(ReferenceRoundDiv(7, 0, kUp), "7");
}

TEST(Rescale, ShrinksWithOneRounding) {
  // EUR 1560.00 (156000 cents) x 0.85876200 = 1339.66872 at scale 10 -> 1339.67.
  EXPECT_EQ(*Rescale(13396687200000, 10, 2, kUp), 133967);
  EXPECT_EQ(*Rescale(13396687200000, 10, 2, kEven), 133967);
  EXPECT_EQ(*Rescale(-125, 3, 2, kUp), -13);
  EXPECT_EQ(*Rescale(-125, 3, 2, kEven), -12);
  EXPECT_EQ(*Rescale(42, 2, 2, kEven), 42);
}

TEST(Rescale, GrowsExactly) {
  EXPECT_EQ(*Rescale(5, 0, 3, kUp), 5000);
  EXPECT_EQ(Rescale(-10, 2, 20, kUp).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(*Rescale(-5, 2, 20, kUp), -5'000'000'000'000'000'000);
  EXPECT_EQ(*Rescale(0, 0, 30, kUp), 0);
  EXPECT_EQ(*Rescale(kI64Max / 10, 0, 1, kUp), kI64Max / 10 * 10);
  EXPECT_EQ(*Rescale(1, 0, 18, kUp), 1'000'000'000'000'000'000);
}

TEST(Rescale, ReportsOverflowInsteadOfWrapping) {
  const __int128 just_above = static_cast<__int128>(kI64Max) + 1;
  const __int128 just_below = static_cast<__int128>(kI64Min) - 1;
  EXPECT_EQ(*Rescale(kI64Max, 0, 0, kUp), kI64Max);
  EXPECT_EQ(*Rescale(kI64Min, 0, 0, kUp), kI64Min);
  for (__int128 v : {just_above, just_below, kI128Max, kI128Min}) {
    auto r = Rescale(v, 0, 0, kUp);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kOverflow);
  }
  EXPECT_EQ(Rescale(kI64Max / 10 + 1, 0, 1, kUp).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Rescale(10, 0, 18, kUp).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Rescale(1, 0, 19, kUp).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Rescale(-1, 0, 19, kEven).error().code, ErrorCode::kOverflow);
  // Rounding can be what crosses the limit: INT64_MAX + 0.5 rounds up past it.
  const __int128 max_and_a_half = static_cast<__int128>(kI64Max) * 10 + 5;
  EXPECT_EQ(Rescale(max_and_a_half, 1, 0, kUp).error().code, ErrorCode::kOverflow);
  // INT64_MAX is odd, so half-even also leaves the range.
  EXPECT_EQ(Rescale(max_and_a_half, 1, 0, kEven).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(*Rescale(max_and_a_half - 1, 1, 0, kUp), kI64Max);
  const __int128 even_and_a_half = static_cast<__int128>(kI64Max - 1) * 10 + 5;
  EXPECT_EQ(*Rescale(even_and_a_half, 1, 0, kEven), kI64Max - 1);
  EXPECT_EQ(*Rescale(even_and_a_half, 1, 0, kUp), kI64Max);
  const __int128 min_and_a_half = static_cast<__int128>(kI64Min) * 10 - 5;
  EXPECT_EQ(Rescale(min_and_a_half, 1, 0, kUp).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(*Rescale(min_and_a_half, 1, 0, kEven), kI64Min);  // INT64_MIN is even
}

TEST(DivRoundHalfUp, TiesGoAwayFromZero) {
  EXPECT_EQ(static_cast<std::int64_t>(DivRoundHalfUp(1, 3)), 0);    // 0.333…
  EXPECT_EQ(static_cast<std::int64_t>(DivRoundHalfUp(2, 3)), 1);    // 0.666…
  EXPECT_EQ(static_cast<std::int64_t>(DivRoundHalfUp(1, 2)), 1);    // 0.5 → 1
  EXPECT_EQ(static_cast<std::int64_t>(DivRoundHalfUp(-1, 2)), -1);  // −0.5 → −1
  EXPECT_EQ(static_cast<std::int64_t>(DivRoundHalfUp(-5, 4)), -1);  // −1.25 → −1
  // 2 won of 3 closed in basis points: 20,000 / 3 = 6,666.67 → 6,667.
  EXPECT_EQ(static_cast<std::int64_t>(DivRoundHalfUp(2 * 10'000, 3)), 6'667);
}

}  // namespace
}  // namespace salesdesk::core
