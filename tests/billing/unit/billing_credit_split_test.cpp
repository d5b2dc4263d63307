// Credit shares on documents (decision 0045): checked as a set, and each rep's part of an amount
// through Allocate (RULES 0.4), hand-computed.
#include <gtest/gtest.h>

#include "modules/billing/core/credit_split.h"

namespace salesdesk::core::billing {
namespace {

const std::vector<CreditShare> kThirds{{7, 3334}, {8, 3333}, {9, 3333}};

std::int64_t Part(std::int64_t amount, std::int64_t user) {
  return *CreditedPart(amount, 7, kThirds, user);
}

TEST(BillingCreditSplit, ThirdsOfAnOddAmountAddUpThroughAllocate) {
  // 100.01 = 10,001 cents over 3,334 / 3,333 / 3,333 bp: quotas 3,334.3334 / 3,333.3333 /
  // 3,333.3333, floors 3,334 + 3,333 + 3,333 = 10,000, one cent left to the largest remainder
  // (0.3334, the first): 33.35 / 33.33 / 33.33 = 100.01 (ERPNext's per-row rounding: 100.00).
  EXPECT_EQ(Part(10'001, 7), 3'335);
  EXPECT_EQ(Part(10'001, 8), 3'333);
  EXPECT_EQ(Part(10'001, 9), 3'333);
  // One cent: quotas 0.3334 / 0.3333 / 0.3333, all floors 0, the cent to the first.
  EXPECT_EQ(Part(1, 7) + Part(1, 8) + Part(1, 9), 1);
  EXPECT_EQ(Part(1, 7), 1);
  // A credit note's −100.01 is split as 100.01 and negated (0.4 step 6).
  EXPECT_EQ(Part(-10'001, 7), -3'335);
  EXPECT_EQ(Part(-10'001, 9), -3'333);
}

TEST(BillingCreditSplit, WithoutSharesTheOwnerHasAllAndOthersNothing) {
  EXPECT_EQ(*CreditedPart(10'001, 7, {}, 7), 10'001);
  EXPECT_EQ(*CreditedPart(10'001, 7, {}, 8), 0);
  // Split away from the owner: the owner is credited with nothing.
  const std::vector<CreditShare> away{{8, 10'000}};
  EXPECT_EQ(*CreditedPart(10'001, 7, away, 7), 0);
  EXPECT_EQ(*CreditedPart(10'001, 7, away, 8), 10'001);
}

TEST(BillingCreditSplit, SharesAreCheckedAsASetNamingEachMember) {
  EXPECT_TRUE(CheckCreditShares(kThirds).ok());
  EXPECT_TRUE(CheckCreditShares({}).ok());
  const std::vector<CreditShare> short_by_one{{7, 5000}, {8, 4999}};
  auto sum = CheckCreditShares(short_by_one);
  ASSERT_FALSE(sum.ok());
  EXPECT_EQ(sum.error().field, "credit_splits");
  EXPECT_EQ(sum.error().message_code, "billing.credit_splits_total");
  const std::vector<CreditShare> bad{{7, 0}, {7, 10'000}};
  auto members = CheckCreditShares(bad);
  ASSERT_FALSE(members.ok());
  ASSERT_EQ(members.error().issues.size(), 2u);
  EXPECT_EQ(members.error().issues[0].field, "credit_splits/0/share_bp");
  EXPECT_EQ(members.error().issues[1].field, "credit_splits/1/user_id");  // named twice
}

}  // namespace
}  // namespace salesdesk::core::billing
