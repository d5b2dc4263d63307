// A tax rate other than the line's default is a deviation (kind tax_rate): checked against
// may_override_tax, routed to the first superior who has it, re-asked when the rate changes.
#include <gtest/gtest.h>

#include <optional>
#include <tuple>
#include <vector>

#include "modules/sales/core/quotes/approval_routing.h"
#include "modules/sales/core/quotes/authority_check.h"
#include "modules/sales/core/quotes/reapproval.h"
#include "quote_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using testing::ALine;
using testing::Amount;
using testing::Junior;
using testing::Pct;
using testing::SmallEurDocument;

constexpr auto kTax = DeviationKind::kTaxRate;

// A line within every other limit, charging `rate` where `default_rate` is the default.
AuthorityLine TaxLine(const char* key, std::optional<const char*> rate,
                      std::optional<const char*> default_rate) {
  AuthorityLine line = ALine(key, "100", "100", std::nullopt, "50");
  if (rate) line.tax_rate = Pct(*rate);
  if (default_rate) line.default_tax_rate = Pct(*default_rate);
  return line;
}

AuthorityLimits WithTax(AuthorityLimits limits, bool may) {
  limits.may_override_tax = may;
  return limits;
}

TEST(QuoteAuthorityTaxTest, OverrideWithoutTheCapabilityIsADeviation) {
  const std::vector<AuthorityLine> lines = {TaxLine("L1", "0", "21")};
  auto check = CheckAuthority(lines, SmallEurDocument(), Junior());
  ASSERT_TRUE(check.ok()) << check.error().message;
  ASSERT_EQ(check->deviations.size(), 1u);
  const Deviation& d = check->deviations[0];
  EXPECT_EQ(d.kind, kTax);
  EXPECT_EQ(d.scope, DeviationScope::kLine);
  EXPECT_EQ(d.line_key, "L1");
  EXPECT_EQ(std::get<Percent>(d.requested), Pct("0"));
  EXPECT_EQ(std::get<Percent>(d.allowed), Pct("21"));
  EXPECT_STREQ(DeviationKindName(d.kind), "tax_rate");
}

TEST(QuoteAuthorityTaxTest, HigherRatesAreOverridesToo) {
  const std::vector<AuthorityLine> lines = {TaxLine("L1", "21", "10")};
  auto check = CheckAuthority(lines, SmallEurDocument(), Junior());
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check->deviations.size(), 1u);
  EXPECT_EQ(std::get<Percent>(check->deviations[0].requested), Pct("21"));
}

TEST(QuoteAuthorityTaxTest, WithinAuthorityCases) {
  for (const AuthorityLine& line : {TaxLine("same", "21", "21"), TaxLine("no-default", "7", {}),
                                    TaxLine("no-rate", {}, "21"), TaxLine("neither", {}, {})}) {
    const std::vector<AuthorityLine> lines = {line};
    auto check = CheckAuthority(lines, SmallEurDocument(), Junior());
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->within_authority()) << line.line_key;
  }
  const std::vector<AuthorityLine> lines = {TaxLine("L1", "0", "21")};
  auto allowed = CheckAuthority(lines, SmallEurDocument(), WithTax(Junior(), true));
  ASSERT_TRUE(allowed.ok());
  EXPECT_TRUE(allowed->within_authority()) << "may_override_tax covers any rate";
}

TEST(QuoteAuthorityTaxTest, TaxComesAfterDiscountAndMarginOfItsLine) {
  AuthorityLine line = TaxLine("L1", "0", "21");
  line.unit_price = testing::Price("50");  // 50 % off, margin 0 %
  const std::vector<AuthorityLine> lines = {line};
  auto check = CheckAuthority(lines, SmallEurDocument(), Junior());
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check->deviations.size(), 3u);
  EXPECT_EQ(check->deviations[0].kind, DeviationKind::kDiscount);
  EXPECT_EQ(check->deviations[1].kind, DeviationKind::kMargin);
  EXPECT_EQ(check->deviations[2].kind, kTax);
}

TEST(QuoteAuthorityTaxTest, RatesOutsideZeroToHundredAreRefusedNamingTheField) {
  for (auto [rate, def, field] : {std::tuple{"-1", "21", "lines[0].tax_rate"},
                                  std::tuple{"100.0001", "21", "lines[0].tax_rate"},
                                  std::tuple{"21", "101", "lines[0].default_tax_rate"}}) {
    const std::vector<AuthorityLine> lines = {TaxLine("L1", rate, def)};
    auto check = CheckAuthority(lines, SmallEurDocument(), Junior());
    ASSERT_FALSE(check.ok()) << rate << " " << def;
    EXPECT_EQ(check.error().field, field);
  }
}

TEST(QuoteAuthorityTaxTest, WithinLimitIsTheCapabilityAlone) {
  EXPECT_FALSE(WithinLimit(kTax, Pct("0"), Junior()));
  EXPECT_FALSE(WithinLimit(kTax, Pct("21"), Junior()));
  EXPECT_TRUE(WithinLimit(kTax, Pct("0"), WithTax(Junior(), true)));
  EXPECT_FALSE(WithinLimit(kTax, 5, WithTax(Junior(), true))) << "wrong value type";
}

TEST(QuoteAuthorityTaxTest, RoutesToTheFirstSuperiorWhoMayOverrideTax) {
  const std::vector<ChainMember> chain = {
      {20, HierarchyRole::kManager, WithTax(Junior(), false)},
      {30, HierarchyRole::kSeniorManager, WithTax(Junior(), false)},
      {40, HierarchyRole::kDirector, WithTax(Junior(), true)},
  };
  const std::vector<Deviation> deviations = {
      {DeviationScope::kLine, 0, "L1", kTax, Pct("0"), Pct("21")}};
  auto route = RouteApproval(10, chain, deviations);
  ASSERT_TRUE(route.ok()) << route.error().message;
  EXPECT_EQ(route->approver_id, 40);
  EXPECT_FALSE(route->exceeds_every_authority);

  const std::vector<ChainMember> nobody = {chain[0], chain[1]};
  auto top = RouteApproval(10, nobody, deviations);
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->approver_id, 30);
  EXPECT_TRUE(top->exceeds_every_authority);
  ASSERT_EQ(top->uncovered.size(), 1u);
  EXPECT_EQ(top->uncovered[0].kind, kTax);
}

TEST(QuoteAuthorityTaxTest, ReapprovalAsksAgainOnlyWhenTheRateChanges) {
  auto tax = [](const char* key, const char* rate) {
    return Deviation{DeviationScope::kLine, 0, key, kTax, Pct(rate), Pct("21")};
  };
  const std::vector<Deviation> approved = {tax("L1", "0")};
  const std::vector<Deviation> same = {tax("L1", "0")};
  EXPECT_TRUE(DeviationsNeedingReapproval(approved, same).empty());
  const std::vector<Deviation> higher = {tax("L1", "4")};
  EXPECT_EQ(DeviationsNeedingReapproval(approved, higher).size(), 1u)
      << "another rate is another ask, up or down";
  const std::vector<Deviation> other_line = {tax("L2", "0")};
  EXPECT_EQ(DeviationsNeedingReapproval(approved, other_line).size(), 1u);
  EXPECT_TRUE(AsksMore(kTax, Pct("10"), Pct("0")));
  EXPECT_TRUE(AsksMore(kTax, Pct("0"), Pct("10")));
  EXPECT_FALSE(AsksMore(kTax, Pct("10"), Pct("10")));
}

}  // namespace
}  // namespace salesdesk::core::quotes
