// Approval routing: the first person above the requester whose limits cover every deviation.
#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "modules/sales/core/quotes/approval_routing.h"
#include "quote_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using testing::Amount;
using testing::Pct;

constexpr std::int64_t kRequester = 10;
constexpr std::int64_t kManager = 20;
constexpr std::int64_t kSenior = 30;
constexpr std::int64_t kDirector = 40;

std::vector<ChainMember> Chain() {
  return {
      {kManager, HierarchyRole::kManager, {Pct("15"), Pct("15"), 45, Amount("20000", "EUR")}},
      {kSenior, HierarchyRole::kSeniorManager, {Pct("25"), Pct("10"), 60, Amount("100000", "EUR")}},
      {kDirector, HierarchyRole::kDirector, {Pct("40"), Pct("0"), 120, Amount("1000000", "EUR")}},
  };
}

Deviation Line(DeviationKind kind, const char* percent, const char* key = "l1") {
  return Deviation{DeviationScope::kLine, 0, key, kind, Pct(percent), Pct("0")};
}
Deviation Days(int days) {
  return Deviation{DeviationScope::kDocument, 0, {}, DeviationKind::kPaymentTerms, days, 30};
}
Deviation Value(const char* amount, const char* currency = "EUR") {
  return Deviation{
      DeviationScope::kDocument, 0, {}, DeviationKind::kValue, Amount(amount, currency),
      Amount("0", currency)};
}

constexpr auto kDisc = DeviationKind::kDiscount;
constexpr auto kMargin = DeviationKind::kMargin;

struct RouteCase {
  std::string name;
  friend void PrintTo(const RouteCase& c, std::ostream* os) { *os << c.name; }
  std::vector<Deviation> deviations;
  std::int64_t approver;
  bool exceeds;
  std::size_t uncovered = 0;
};

class ApprovalRoutingTest : public ::testing::TestWithParam<RouteCase> {};

TEST_P(ApprovalRoutingTest, RoutesToFirstCoveringPerson) {
  const RouteCase& c = GetParam();
  const std::vector<ChainMember> chain = Chain();
  auto route = RouteApproval(kRequester, chain, c.deviations);
  ASSERT_TRUE(route.ok()) << route.error().message;
  EXPECT_EQ(route->approver_id, c.approver);
  EXPECT_EQ(route->approver_role, chain[route->chain_position].role);
  EXPECT_EQ(chain[route->chain_position].person_id, c.approver);
  EXPECT_EQ(route->exceeds_every_authority, c.exceeds);
  EXPECT_EQ(route->uncovered.size(), c.uncovered);
}

INSTANTIATE_TEST_SUITE_P(
    Chains, ApprovalRoutingTest,
    ::testing::Values(
        RouteCase{"SmallDiscountToManager", {Line(kDisc, "12")}, kManager, false},
        RouteCase{"DiscountAtManagerLimit", {Line(kDisc, "15")}, kManager, false},
        RouteCase{"DiscountJustAboveManager", {Line(kDisc, "15.0001")}, kSenior, false},
        RouteCase{
            "ManagerCoversDiscountNotValue", {Line(kDisc, "12"), Value("50000")}, kSenior, false},
        RouteCase{"MarginBelowManagerFloor", {Line(kMargin, "12")}, kSenior, false},
        RouteCase{"MarginAtManagerFloor", {Line(kMargin, "15")}, kManager, false},
        RouteCase{"NegativeMarginToDirector", {Line(kMargin, "-5")}, kDirector, true, 1},
        RouteCase{"LongTermsToDirector", {Days(90)}, kDirector, false},
        RouteCase{"EveryKindMixed",
                  {Line(kDisc, "20"), Line(kMargin, "11", "l2"), Days(50), Value("90000")},
                  kSenior,
                  false},
        RouteCase{"DiscountBeyondEveryone",
                  {Line(kDisc, "50"), Line(kDisc, "12", "l2")},
                  kDirector,
                  true,
                  1},
        RouteCase{"SeveralBeyondEveryone",
                  {Line(kDisc, "50"), Days(365), Value("2000000")},
                  kDirector,
                  true,
                  3},
        RouteCase{"ValueInAnotherCurrencyIsNeverCovered", {Value("1", "USD")}, kDirector, true, 1}),
    [](const ::testing::TestParamInfo<RouteCase>& info) { return info.param.name; });

TEST(ApprovalRoutingTest, NobodyApprovesTheirOwnRequest) {
  // A senior manager's own quote; bad data puts them into their own chain with ample limits.
  std::vector<ChainMember> chain = Chain();
  chain.erase(chain.begin());
  chain.insert(chain.begin(), ChainMember{kSenior,
                                          HierarchyRole::kSeniorManager,
                                          {Pct("99"), Pct("0"), 999, Amount("9999999", "EUR")}});
  const std::vector<Deviation> deviations = {Line(kDisc, "20")};
  auto route = RouteApproval(kSenior, chain, deviations);
  ASSERT_TRUE(route.ok());
  EXPECT_NE(route->approver_id, kSenior);
  EXPECT_EQ(route->approver_id, kDirector);
}

TEST(ApprovalRoutingTest, ChainOfOnlyTheRequesterIsAConflict) {
  const std::vector<ChainMember> chain = {
      {kDirector, HierarchyRole::kDirector, {Pct("40"), Pct("0"), 120, Amount("1", "EUR")}}};
  const std::vector<Deviation> deviations = {Line(kDisc, "50")};
  auto route = RouteApproval(kDirector, chain, deviations);
  ASSERT_FALSE(route.ok());
  EXPECT_EQ(route.error().code, ErrorCode::kConflict);
}

TEST(ApprovalRoutingTest, EmptyChainIsAConflict) {
  const std::vector<Deviation> deviations = {Line(kDisc, "50")};
  auto route = RouteApproval(kRequester, {}, deviations);
  ASSERT_FALSE(route.ok());
  EXPECT_EQ(route.error().code, ErrorCode::kConflict);
}

TEST(ApprovalRoutingTest, NothingToApproveIsRefused) {
  const std::vector<ChainMember> chain = Chain();
  auto route = RouteApproval(kRequester, chain, {});
  ASSERT_FALSE(route.ok());
  EXPECT_EQ(route.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(route.error().field, "deviations");
}

TEST(ApprovalRoutingTest, InvalidApproverLimitsNameTheMember) {
  std::vector<ChainMember> chain = Chain();
  chain[1].limits.max_discount = Pct("101");
  const std::vector<Deviation> deviations = {Line(kDisc, "20")};
  auto route = RouteApproval(kRequester, chain, deviations);
  ASSERT_FALSE(route.ok());
  EXPECT_EQ(route.error().field, "chain[1].limits.max_discount");
}

TEST(ApprovalRoutingTest, UncoveredListsWhatExceedsTheTop) {
  const std::vector<ChainMember> chain = Chain();
  const std::vector<Deviation> deviations = {Line(kDisc, "30"), Line(kDisc, "45", "l2")};
  auto route = RouteApproval(kRequester, chain, deviations);
  ASSERT_TRUE(route.ok());
  EXPECT_TRUE(route->exceeds_every_authority);
  ASSERT_EQ(route->uncovered.size(), 1u);
  EXPECT_EQ(route->uncovered[0].line_key, "l2");
  EXPECT_STREQ(HierarchyRoleName(route->approver_role), "director");
}

}  // namespace
}  // namespace salesdesk::core::quotes
