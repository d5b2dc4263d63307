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
  // Equal remainders go to the larger share, then the first listed: 0.03 at 50 / 50 gives the
  // primary owner 0.02; at 40 / 60 the quotas 1.2 and 1.8 give 0.01 and 0.02.
  const std::vector<CreditShare> halves{{7, 5000}, {8, 5000}};
  EXPECT_EQ(*CreditedPart(3, 7, halves, 7), 2);
  EXPECT_EQ(*CreditedPart(3, 7, halves, 8), 1);
  const std::vector<CreditShare> forty_sixty{{7, 4000}, {8, 6000}};
  EXPECT_EQ(*CreditedPart(3, 7, forty_sixty, 7), 1);
  EXPECT_EQ(*CreditedPart(3, 7, forty_sixty, 8), 2);
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

TEST(BillingCreditSplit, AnOverlayIsItsOwnShareOfTheWholeAndReducesNobody) {
  // rep 7 owns the invoice with no revenue split; rep 9 has a 20 % overlay (C-R2). 1,000.01:
  // rep 7 keeps 1,000.01, rep 9 gets round(200.002) = 200.00 on top; a credit note's −1,000.01
  // mirrors it; a tie rounds away from zero (0.25 % of ±2.00 = ±0.005 → ±0.01).
  const std::vector<CreditShare> overlay{{9, 2'000, true}};
  EXPECT_EQ(*CreditedPart(100'001, 7, overlay, 7), 100'001);
  EXPECT_EQ(*CreditedPart(100'001, 7, overlay, 9), 0);
  EXPECT_EQ(OverlayPart(100'001, overlay, 9), 20'000);
  EXPECT_EQ(OverlayPart(-100'001, overlay, 9), -20'000);
  EXPECT_EQ(OverlayPart(100'001, overlay, 7), 0);
  const std::vector<CreditShare> quarter{{9, 25, true}};
  EXPECT_EQ(OverlayPart(200, quarter, 9), 1);
  EXPECT_EQ(OverlayPart(-200, quarter, 9), -1);
  // With a revenue split beside it the revenue shares alone are allocated.
  const std::vector<CreditShare> both{{7, 6'000}, {8, 4'000}, {9, 2'000, true}};
  EXPECT_EQ(*CreditedPart(100'001, 7, both, 7) + *CreditedPart(100'001, 7, both, 8), 100'001);
  EXPECT_EQ(*CreditedPart(100'001, 7, both, 9), 0);
  EXPECT_EQ(RevenueShares(both).size(), 2u);
}

TEST(BillingCreditSplit, OverlaysAreNotCountedInTheRevenueTotal) {
  EXPECT_TRUE(CheckCreditShares(std::vector<CreditShare>{{9, 2'000, true}}).ok());
  EXPECT_TRUE(CheckCreditShares(std::vector<CreditShare>{{7, 10'000}, {9, 2'000, true}}).ok());
  auto over = CheckCreditShares(std::vector<CreditShare>{{7, 8'000}, {9, 2'000, true}});
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().message_code, "billing.credit_splits_total");
  // A rep is named once, whatever the kind; an overlay above 100 % is refused.
  auto twice = CheckCreditShares(std::vector<CreditShare>{{7, 10'000}, {7, 2'000, true}});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().field, "credit_splits/1/user_id");
  auto big = CheckCreditShares(std::vector<CreditShare>{{9, 10'001, true}});
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().field, "credit_splits/0/share_bp");
}

}  // namespace
}  // namespace salesdesk::core::billing
