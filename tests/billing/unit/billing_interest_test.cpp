// E-R9: simple interest, actual/365, on the principal of each interval.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/interest.h"

namespace salesdesk::core::billing {
namespace {

using testing::D;
using testing::P;

TEST(BillingInterest, WholePrincipalOverAllDays) {
  // 10,000.00 due 31 Jan 2026, 8 %, at 2 Mar: 28 days of February + 2 = 30 days.
  // 1,000,000 × 0.08 × 30 / 365 = 6575.34 → 6575.
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), {}, {P("8")}, D("2026-03-02")), 6575);
}

TEST(BillingInterest, PartialPaymentSplitsTheInterval) {
  // 5,000.00 paid 10 Feb (10 days after due): 1,000,000 × 10 + 500,000 × 20 = 20,000,000
  // principal-days × 0.08 / 365 = 4383.56 → 4384 (ERPNext's 500,000 × 30 would give 3288).
  const PrincipalReduction paid[] = {{D("2026-02-10"), 500000}};
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), paid, {P("8")}, D("2026-03-02")), 4384);
  // Less 10.00 of interest already paid.
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), paid, {P("8")}, D("2026-03-02"), 1000),
            3384);
}

TEST(BillingInterest, PaymentOnOrBeforeTheDueDateNeverAccrues) {
  // 5,000.00 paid 20 Jan: only 500,000 × 30 = 15,000,000 × 0.08 / 365 = 3287.67 → 3288.
  const PrincipalReduction early[] = {{D("2026-01-20"), 500000}};
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), early, {P("8")}, D("2026-03-02")), 3288);
  // Paid in full on the due date: nothing.
  const PrincipalReduction full[] = {{D("2026-01-31"), 1000000}};
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), full, {P("8")}, D("2026-03-02")), 0);
  // Paid in full on 1 Feb: one day, 1,000,000 × 0.08 / 365 = 219.18 → 219.
  const PrincipalReduction next_day[] = {{D("2026-02-01"), 1000000}};
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), next_day, {P("8")}, D("2026-03-02")), 219);
}

TEST(BillingInterest, ReductionsAfterTheCalculationDateAreIgnored) {
  const PrincipalReduction later[] = {{D("2026-03-10"), 1000000}};
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), later, {P("8")}, D("2026-03-02")), 6575);
}

TEST(BillingInterest, LeapYearStillDividesBy365) {
  // 3,650.00 due 28 Feb 2028, 10 %, at 1 Mar: 29 Feb and 1 Mar = 2 days.
  // 365,000 × 0.10 × 2 / 365 = 200 exactly.
  EXPECT_EQ(*AccruedInterest(365000, D("2028-02-28"), {}, {P("10")}, D("2028-03-01")), 200);
}

TEST(BillingInterest, RoundsHalfUpOnceAndNeverBeforeTheDueDate) {
  // 3.65 × 50 % × 1 / 365 = 0.005 → 1 cent (half-up).
  EXPECT_EQ(*AccruedInterest(365, D("2026-01-01"), {}, {P("50")}, D("2026-01-02")), 1);
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), {}, {P("8")}, D("2026-01-20")), 0);
  // More interest paid than accrued never goes negative.
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), {}, {P("8")}, D("2026-03-02"), 9999), 0);
}

TEST(BillingInterest, OptionFromTheFirstReminder) {
  // Reminder 14 Feb, at 2 Mar: 14 + 2 = 16 days. 1,000,000 × 0.08 × 16 / 365 = 3506.85 → 3507.
  const InterestTerms terms{P("8"), D("2026-02-14")};
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), {}, terms, D("2026-03-02"), 0, true), 3507);
  // No reminder yet: nothing accrues under the option.
  EXPECT_EQ(*AccruedInterest(1000000, D("2026-01-31"), {}, {P("8")}, D("2026-03-02"), 0, true), 0);
}

}  // namespace
}  // namespace salesdesk::core::billing
