// The pieces together, as the quote use cases will call them: totals -> authority check of the
// requester -> routing -> edit -> re-approval of only what grew.
#include <gtest/gtest.h>

#include <vector>

#include "modules/sales/core/quotes/approval_routing.h"
#include "modules/sales/core/quotes/authority_check.h"
#include "modules/sales/core/quotes/quote_totals.h"
#include "modules/sales/core/quotes/reapproval.h"
#include "quote_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using testing::Amount;
using testing::Cur;
using testing::Fx;
using testing::Pct;
using testing::Price;
using testing::Qty;

TEST(QuoteApprovalFlowTest, JuniorDiscountAndValueGoToSeniorThenOnlyGrowthIsReasked) {
  const Currency usd = Cur("USD");
  const AuthorityLimits junior{Pct("10"), Pct("20"), 30, Amount("10000", "EUR")};
  const std::vector<ChainMember> chain = {
      {2, HierarchyRole::kManager, {Pct("15"), Pct("15"), 45, Amount("20000", "EUR")}},
      {3, HierarchyRole::kSeniorManager, {Pct("25"), Pct("10"), 60, Amount("100000", "EUR")}},
      {4, HierarchyRole::kDirector, {Pct("40"), Pct("0"), 120, Amount("1000000", "EUR")}}};

  // 16 x 348.35 at 12 % off and 100 x 250 list: USD 29,904.77 untaxed -> EUR 26,914.29.
  auto priced = [&](const char* discount) {
    return std::vector<QuoteLine>{{Qty("16"), Price("348.35"), Pct(discount), Pct("0"), usd},
                                  {Qty("100"), Price("250"), std::nullopt, Pct("0"), usd}};
  };
  auto authority_lines = [&](const char* discount) {
    return std::vector<AuthorityLine>{
        {"L-1", Price("348.35"), Price("348.35"), Pct(discount), Price("200")},
        {"L-2", Price("250"), Price("250"), std::nullopt, Price("180")}};
  };
  auto check = [&](const char* discount) {
    auto totals = ComputeQuoteTotals(priced(discount), usd);
    EXPECT_TRUE(totals.ok());
    auto result = CheckAuthority(authority_lines(discount),
                                 AuthorityDocument{totals->untaxed, 30, Fx("0.9")}, junior);
    EXPECT_TRUE(result.ok());
    return result->deviations;
  };

  const std::vector<Deviation> first = check("12");
  ASSERT_EQ(first.size(), 2u);  // L-1 discount 12 %, document value above EUR 10,000
  EXPECT_EQ(first[0].kind, DeviationKind::kDiscount);
  EXPECT_EQ(first[1].kind, DeviationKind::kValue);
  EXPECT_EQ(std::get<Money>(first[1].requested), Amount("26914.29", "EUR"));
  auto route = RouteApproval(1, chain, first);
  ASSERT_TRUE(route.ok());
  EXPECT_EQ(route->approver_role, HierarchyRole::kSeniorManager);  // manager: value too large

  // Edit: discount down to 11 % -> the value rises (EUR 26,964.45), so only the value goes back,
  // and the manager cannot approve it.
  const std::vector<Deviation> lower = DeviationsNeedingReapproval(first, check("11"));
  ASSERT_EQ(lower.size(), 1u);
  EXPECT_EQ(lower[0].kind, DeviationKind::kValue);
  EXPECT_EQ(std::get<Money>(lower[0].requested), Amount("26964.45", "EUR"));
  EXPECT_EQ(RouteApproval(1, chain, lower)->approver_role, HierarchyRole::kSeniorManager);
  // Up to 14 % -> the value falls (EUR 26,813.97), so only the line's discount goes back.
  const std::vector<Deviation> again = DeviationsNeedingReapproval(first, check("14"));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].line_key, "L-1");
  auto reroute = RouteApproval(1, chain, again);
  ASSERT_TRUE(reroute.ok());
  EXPECT_EQ(reroute->approver_role, HierarchyRole::kManager);  // 14 % alone is the manager's
}

}  // namespace
}  // namespace salesdesk::core::quotes
