// Table-driven tests of CheckAuthority: document terms and value, ordering, invalid input.
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

struct DocumentCase {
  std::string name;
  friend void PrintTo(const DocumentCase& c, std::ostream* os) { *os << c.name; }
  AuthorityDocument document;
  AuthorityLimits limits;
  RoundingMode mode;
  std::optional<int> days;           // expected payment-terms deviation
  std::optional<const char*> value;  // expected value deviation, in the limit's currency
};

class AuthorityDocumentTest : public ::testing::TestWithParam<DocumentCase> {};

TEST_P(AuthorityDocumentTest, ChecksTermsAndConvertedValue) {
  const DocumentCase& c = GetParam();
  auto check = CheckAuthority({}, c.document, c.limits, c.mode);
  ASSERT_TRUE(check.ok()) << check.error().message;
  std::size_t next = 0;
  ASSERT_EQ(check->deviations.size(), (c.days ? 1u : 0u) + (c.value ? 1u : 0u));
  if (c.days) {
    const Deviation& d = check->deviations[next++];
    EXPECT_EQ(d.scope, DeviationScope::kDocument);
    EXPECT_EQ(d.kind, DeviationKind::kPaymentTerms);
    EXPECT_EQ(std::get<int>(d.requested), *c.days);
    EXPECT_EQ(std::get<int>(d.allowed), c.limits.max_payment_term_days);
  }
  if (c.value) {
    const Deviation& d = check->deviations[next++];
    EXPECT_EQ(d.scope, DeviationScope::kDocument);
    EXPECT_EQ(d.kind, DeviationKind::kValue);
    const Currency base = c.limits.max_contract_value.currency;
    EXPECT_EQ(std::get<Money>(d.requested), Amount(*c.value, base.code()));
    EXPECT_EQ(std::get<Money>(d.allowed), c.limits.max_contract_value);
  }
}

constexpr auto kUp = RoundingMode::kHalfUp;
constexpr auto kEven = RoundingMode::kHalfEven;

INSTANTIATE_TEST_SUITE_P(
    Documents, AuthorityDocumentTest,
    ::testing::Values(
        DocumentCase{"AllAtLimit", {Amount("10000", "EUR"), 30, {}}, Junior(), kUp, {}, {}},
        DocumentCase{"ValueOneCentAbove",
                     {Amount("10000.01", "EUR"), 30, {}},
                     Junior(),
                     kUp,
                     {},
                     "10000.01"},
        DocumentCase{"TermsOneDayAbove", {Amount("1", "EUR"), 31, {}}, Junior(), kUp, 31, {}},
        DocumentCase{"BothAbove", {Amount("20000", "EUR"), 90, {}}, Junior(), kUp, 90, "20000"},
        DocumentCase{
            "SameCurrencyIgnoresRate", {Amount("10000", "EUR"), 0, Fx("2")}, Junior(), kUp, {}, {}},
        // JPY 1,639,345 * 0.0061 = 10,000.0045 -> 10,000.00 (one rounding): at the limit.
        DocumentCase{"JpyConvertedRoundsToLimit",
                     {Amount("1639345", "JPY"), 0, Fx("0.0061")},
                     Junior(),
                     kUp,
                     {},
                     {}},
        DocumentCase{"JpyConvertedAbove",
                     {Amount("1639346", "JPY"), 0, Fx("0.0061")},
                     Junior(),
                     kUp,
                     {},
                     "10000.01"},
        // KWD 3,289.477 * 3.04 = 10,000.01008 -> 10,000.01.
        DocumentCase{"KwdConvertedAtLimit",
                     {Amount("3289.475", "KWD"), 0, Fx("3.04")},
                     Junior(),
                     kUp,
                     {},
                     {}},
        DocumentCase{"KwdConvertedAbove",
                     {Amount("3289.477", "KWD"), 0, Fx("3.04")},
                     Junior(),
                     kUp,
                     {},
                     "10000.01"},
        // A tie in the conversion: 1,000,001 * 0.005 = 5,000.005 -> .01 half-up, .00 half-even.
        DocumentCase{"TieHalfUpExceeds",
                     {Amount("1000001", "JPY"), 0, Fx("0.005")},
                     Junior("EUR", "5000"),
                     kUp,
                     {},
                     "5000.01"},
        DocumentCase{"TieHalfEvenWithin",
                     {Amount("1000001", "JPY"), 0, Fx("0.005")},
                     Junior("EUR", "5000"),
                     kEven,
                     {},
                     {}},
        // Base currency with exponent 0.
        DocumentCase{"JpyBaseAtLimit",
                     {Amount("1000000", "JPY"), 0, {}},
                     Junior("JPY", "1000000"),
                     kUp,
                     {},
                     {}},
        DocumentCase{"JpyBaseAbove",
                     {Amount("1000001", "JPY"), 0, {}},
                     Junior("JPY", "1000000"),
                     kUp,
                     {},
                     "1000001"},
        DocumentCase{"EurToJpyBase",
                     {Amount("6500.50", "EUR"), 0, Fx("160.5")},
                     Junior("JPY", "1000000"),
                     kUp,
                     {},
                     "1043330"}),  // 1,043,330.25
    [](const ::testing::TestParamInfo<DocumentCase>& info) { return info.param.name; });

TEST(AuthorityCheckTest, OrdersLinesThenDocumentAndKeepsKeysAndPositions) {
  const std::vector<AuthorityLine> lines = {ALine("k-7", "100", "80", {}, "75"),
                                            ALine("k-3", "100", "100", {}, "10"),
                                            ALine("k-9", "10", "8.5", {}, {})};
  auto check = CheckAuthority(lines, {Amount("25000", "EUR"), 60, {}}, Junior());
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check->deviations.size(), 5u);
  const std::vector<std::tuple<DeviationScope, std::size_t, std::string, DeviationKind>> want = {
      {DeviationScope::kLine, 0, "k-7", DeviationKind::kDiscount},
      {DeviationScope::kLine, 0, "k-7", DeviationKind::kMargin},
      {DeviationScope::kLine, 2, "k-9", DeviationKind::kDiscount},
      {DeviationScope::kDocument, 0, "", DeviationKind::kPaymentTerms},
      {DeviationScope::kDocument, 0, "", DeviationKind::kValue}};
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Deviation& d = check->deviations[i];
    EXPECT_EQ(std::tie(d.scope, d.line_index, d.line_key, d.kind), want[i]) << i;
  }
  ASSERT_EQ(check->skipped.size(), 1u);
  EXPECT_EQ(check->skipped[0].line_key, "k-9");
  EXPECT_EQ(check->skipped[0].line_index, 2u);
}

struct InvalidCase {
  std::string name;
  friend void PrintTo(const InvalidCase& c, std::ostream* os) { *os << c.name; }
  std::vector<AuthorityLine> lines;
  AuthorityDocument document;
  AuthorityLimits limits;
  std::string field;
};

class AuthorityInvalidTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(AuthorityInvalidTest, IsRefusedNamingTheField) {
  const InvalidCase& c = GetParam();
  auto check = CheckAuthority(c.lines, c.document, c.limits);
  ASSERT_FALSE(check.ok());
  EXPECT_EQ(check.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(check.error().field, c.field);
  EXPECT_FALSE(check.error().message.empty());
}

const AuthorityLine kOk = ALine("a", "10", "10", {}, {});

INSTANTIATE_TEST_SUITE_P(
    Invalid, AuthorityInvalidTest,
    ::testing::Values(
        InvalidCase{"NegativeEnginePrice",
                    {ALine("a", "-1", "1", {}, {})},
                    SmallEurDocument(),
                    Junior(),
                    "lines[0].engine_unit_price"},
        InvalidCase{"NegativePrice",
                    {kOk, ALine("a", "1", "-1", {}, {})},
                    SmallEurDocument(),
                    Junior(),
                    "lines[1].unit_price"},
        InvalidCase{"DiscountAbove100",
                    {ALine("a", "1", "1", "101", {})},
                    SmallEurDocument(),
                    Junior(),
                    "lines[0].discount"},
        InvalidCase{"NegativeCost",
                    {ALine("a", "1", "1", {}, "-2")},
                    SmallEurDocument(),
                    Junior(),
                    "lines[0].unit_cost"},
        InvalidCase{
            "NegativeDays", {kOk}, {Amount("1", "EUR"), -1, {}}, Junior(), "payment_term_days"},
        InvalidCase{"MissingRate", {kOk}, {Amount("1", "USD"), 0, {}}, Junior(), "rate_to_base"},
        InvalidCase{"ZeroRate", {kOk}, {Amount("1", "USD"), 0, Fx("0")}, Junior(), "rate"},
        InvalidCase{"LimitDiscountAbove100",
                    {kOk},
                    SmallEurDocument(),
                    {Pct("100.5"), Pct("0"), 0, Amount("0", "EUR")},
                    "limits.max_discount"},
        InvalidCase{"LimitMarginAbove100",
                    {kOk},
                    SmallEurDocument(),
                    {Pct("5"), Pct("100.0001"), 0, Amount("0", "EUR")},
                    "limits.min_margin"},
        InvalidCase{"LimitNegativeDays",
                    {kOk},
                    SmallEurDocument(),
                    {Pct("5"), Pct("0"), -1, Amount("0", "EUR")},
                    "limits.max_payment_term_days"},
        InvalidCase{"LimitNegativeValue",
                    {kOk},
                    SmallEurDocument(),
                    {Pct("5"), Pct("0"), 0, Amount("-1", "EUR")},
                    "limits.max_contract_value"}),
    [](const ::testing::TestParamInfo<InvalidCase>& info) { return info.param.name; });

}  // namespace
}  // namespace salesdesk::core::quotes
