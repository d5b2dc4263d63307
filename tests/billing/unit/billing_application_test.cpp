// E-R2 / E-R11: applying payments and credit notes to open items.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/application.h"

namespace salesdesk::core::billing {
namespace {

using testing::D;

bool Has(const Application& a, std::size_t item, Claim claim, std::int64_t amount) {
  for (const Applied& x : a.applied) {
    if (x.item == item && x.claim == claim && x.amount == amount) return true;
  }
  return false;
}

TEST(BillingApplication, PaymentGoesToTheOldestDueFirst) {
  const OpenItem items[] = {{D("2026-03-01"), 300}, {D("2026-02-01"), 200}, {D("2026-04-01"), 500}};
  // 350: 200 to the February instalment (index 1), then 150 of March's.
  const Application a = ApplyPayment(350, items);
  ASSERT_EQ(a.applied.size(), 2u);
  EXPECT_TRUE(Has(a, 1, Claim::kPrincipal, 200));
  EXPECT_TRUE(Has(a, 0, Claim::kPrincipal, 150));
  EXPECT_EQ(a.applied[0].item, 1u);
  EXPECT_EQ(a.unapplied, 0);
  // 1,200 clears 200 + 300 + 500 = 1,000 and leaves 200 unapplied on the customer.
  const Application over = ApplyPayment(1200, items);
  EXPECT_EQ(over.unapplied, 200);
  EXPECT_TRUE(Has(over, 2, Claim::kPrincipal, 500));
}

TEST(BillingApplication, EqualDueDatesKeepTheGivenOrder) {
  const OpenItem items[] = {{D("2026-02-01"), 100}, {D("2026-02-01"), 100}};
  const Application a = ApplyPayment(150, items);
  EXPECT_TRUE(Has(a, 0, Claim::kPrincipal, 100));
  EXPECT_TRUE(Has(a, 1, Claim::kPrincipal, 50));
}

TEST(BillingApplication, PrincipalThenInterestThenFeesByDefault) {
  // A: principal 100, interest 5, fees 10 (due Feb); B: principal 100 (due Mar).
  const OpenItem items[] = {{D("2026-02-01"), 100, 5, 10}, {D("2026-03-01"), 100, 0, 0}};
  // 210 = principal 100 (A) + 100 (B), interest 5 (A), fees 5 of 10 (A).
  const Application a = ApplyPayment(210, items);
  EXPECT_TRUE(Has(a, 0, Claim::kPrincipal, 100));
  EXPECT_TRUE(Has(a, 1, Claim::kPrincipal, 100));
  EXPECT_TRUE(Has(a, 0, Claim::kInterest, 5));
  EXPECT_TRUE(Has(a, 0, Claim::kFees, 5));
  EXPECT_EQ(a.unapplied, 0);
}

TEST(BillingApplication, Bgb367FeesThenInterestThenPrincipal) {
  const OpenItem items[] = {{D("2026-02-01"), 100, 5, 10}, {D("2026-03-01"), 100, 0, 0}};
  // 210 = fees 10, interest 5, principal 100 (A), 95 of B's 100.
  const Application a = ApplyPayment(210, items, ApplicationOrder::kFeesFirst);
  ASSERT_EQ(a.applied.size(), 4u);
  EXPECT_EQ(a.applied[0].claim, Claim::kFees);
  EXPECT_EQ(a.applied[1].claim, Claim::kInterest);
  EXPECT_TRUE(Has(a, 0, Claim::kPrincipal, 100));
  EXPECT_TRUE(Has(a, 1, Claim::kPrincipal, 95));
}

TEST(BillingApplication, CreditNoteReducesPrincipalOnly) {
  const OpenItem items[] = {{D("2026-02-01"), 100, 5, 10}, {D("2026-03-01"), 100, 0, 0}};
  // 250 against 200 principal: 50 stays unapplied, interest and fees untouched.
  const Application a = ApplyCreditNote(250, items);
  EXPECT_EQ(a.applied.size(), 2u);
  EXPECT_EQ(a.unapplied, 50);
  for (const Applied& x : a.applied) EXPECT_EQ(x.claim, Claim::kPrincipal);
}

TEST(BillingApplication, NothingOpenLeavesEverythingUnapplied) {
  EXPECT_EQ(ApplyPayment(500, {}).unapplied, 500);
  EXPECT_EQ(ApplyPayment(0, {}).applied.size(), 0u);
}

}  // namespace
}  // namespace salesdesk::core::billing
