// Table-driven tests of CheckAuthority, per line: discount and margin.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "modules/sales/core/quotes/authority_check.h"
#include "quote_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using testing::ALine;
using testing::Amount;
using testing::Fx;
using testing::Junior;
using testing::Pct;
using testing::SmallEurDocument;

struct Expected {
  DeviationKind kind;
  Percent requested;
};

struct LineCase {
  std::string name;
  friend void PrintTo(const LineCase& c, std::ostream* os) { *os << c.name; }
  AuthorityLine line;
  std::vector<Expected> deviations;
  std::vector<DeviationKind> skipped;
};

class AuthorityLineTest : public ::testing::TestWithParam<LineCase> {};

TEST_P(AuthorityLineTest, ReportsExactlyTheExpectedDeviations) {
  const LineCase& c = GetParam();
  const std::vector<AuthorityLine> lines = {c.line};
  auto check = CheckAuthority(lines, SmallEurDocument(), Junior());
  ASSERT_TRUE(check.ok()) << check.error().message;
  ASSERT_EQ(check->deviations.size(), c.deviations.size());
  EXPECT_EQ(check->within_authority(), c.deviations.empty());
  for (std::size_t i = 0; i < c.deviations.size(); ++i) {
    const Deviation& d = check->deviations[i];
    EXPECT_EQ(d.scope, DeviationScope::kLine);
    EXPECT_EQ(d.line_key, c.line.line_key);
    EXPECT_EQ(d.kind, c.deviations[i].kind);
    EXPECT_EQ(std::get<Percent>(d.requested), c.deviations[i].requested)
        << std::get<Percent>(d.requested).ToString();
    EXPECT_EQ(std::get<Percent>(d.allowed),
              d.kind == DeviationKind::kDiscount ? Pct("10") : Pct("20"));
  }
  ASSERT_EQ(check->skipped.size(), c.skipped.size());
  for (std::size_t i = 0; i < c.skipped.size(); ++i) {
    EXPECT_EQ(check->skipped[i].kind, c.skipped[i]);
    EXPECT_FALSE(check->skipped[i].reason.empty());
  }
}

constexpr auto kDisc = DeviationKind::kDiscount;
constexpr auto kMargin = DeviationKind::kMargin;
const Percent kMinPercent = Percent::FromUnits(std::numeric_limits<std::int64_t>::min());

INSTANTIATE_TEST_SUITE_P(
    Lines, AuthorityLineTest,
    ::testing::Values(
        LineCase{"DiscountExactlyAtLimit", ALine("a", "100", "90", {}, "50"), {}, {}},
        LineCase{"DiscountJustAbove",
                 ALine("a", "100", "89.999999", {}, "50"),
                 {{kDisc, Pct("10.0001")}},
                 {}},  // 10.000001 % reported rounded up
        LineCase{"LineDiscountAtLimit", ALine("a", "100", "100", "10", "70"), {}, {}},
        LineCase{"OverrideAndLineDiscountCombine",
                 ALine("a", "100", "95", "5.3", {}),
                 {{kDisc, Pct("10.035")}},
                 {kMargin}},  // final 89.965
        LineCase{"RepeatingDiscountRoundedUp",
                 ALine("a", "3", "2", {}, {}),
                 {{kDisc, Pct("33.3334")}},
                 {kMargin}},
        LineCase{"MarkupIsNoDiscount",
                 ALine("a", "100", "120", {}, "100"),
                 {{kMargin, Pct("16.6666")}},
                 {}},  // 16.666.. % reported rounded down
        LineCase{"MarginExactlyAtLimit", ALine("a", "100", "100", {}, "80"), {}, {}},
        LineCase{"MarginJustBelow",
                 ALine("a", "100", "100", {}, "80.000001"),
                 {{kMargin, Pct("19.9999")}},
                 {}},
        LineCase{"MarginAfterLineDiscount",
                 ALine("a", "100", "100", "10", "80"),
                 {{kMargin, Pct("11.1111")}},
                 {}},
        LineCase{"BothDiscountAndMargin",
                 ALine("a", "100", "80", {}, "70"),
                 {{kDisc, Pct("20")}, {kMargin, Pct("12.5")}},
                 {}},
        LineCase{"NegativeMargin", ALine("a", "50", "50", {}, "100"), {{kMargin, Pct("-100")}}, {}},
        LineCase{"HugeNegativeMarginSaturates",
                 ALine("a", "0.000001", "0.000001", {}, "10000000000"),
                 {{kMargin, kMinPercent}},
                 {}},
        LineCase{"CostMissingSkipsMargin", ALine("a", "100", "95", {}, {}), {}, {kMargin}},
        LineCase{"ZeroCostIsFullMargin", ALine("a", "10", "10", {}, "0"), {}, {}},
        LineCase{"ZeroEnginePriceSkipsDiscount", ALine("a", "0", "10", {}, "5"), {}, {kDisc}},
        LineCase{"ZeroPriceLineSkipsBoth", ALine("a", "0", "0", {}, "5"), {}, {kDisc, kMargin}},
        LineCase{"GiveAwayIsFullDiscount",
                 ALine("a", "100", "0", {}, "50"),
                 {{kDisc, Pct("100")}},
                 {kMargin}},
        LineCase{"FullLineDiscount",
                 ALine("a", "100", "100", "100", {}),
                 {{kDisc, Pct("100")}},
                 {kMargin}}),
    [](const ::testing::TestParamInfo<LineCase>& info) { return info.param.name; });

}  // namespace
}  // namespace salesdesk::core::quotes
