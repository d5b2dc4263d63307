// E-R1: instalments from payment terms, with the arithmetic written beside each case.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/instalments.h"

namespace salesdesk::core::billing {
namespace {

using testing::D;

TEST(BillingInstalments, ThreeEqualPortionsAddUpToTheGross) {
  // 1,000.00 over 1,1,1: 100000/3 = 33333⅓ → floors 33333 ×3 = 99999, L = 1 → first line.
  const TermLine lines[] = {{{1, 1}, DueRule::kDaysAfterInvoice, 30},
                            {{1, 1}, DueRule::kEndOfMonthPlus, 0},
                            {{1, 1}, DueRule::kEndOfMonthPlus, 10}};
  auto r = PlanInstalments(100000, D("2026-01-15"), lines);
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].amount, 33334);
  EXPECT_EQ((*r)[1].amount, 33333);
  EXPECT_EQ((*r)[2].amount, 33333);
  EXPECT_EQ((*r)[0].due, D("2026-02-14"));  // 15 Jan + 30 days: 16 left in Jan, 14 Feb
  EXPECT_EQ((*r)[1].due, D("2026-01-31"));  // end of January
  EXPECT_EQ((*r)[2].due, D("2026-02-10"));  // 31 Jan + 10
}

TEST(BillingInstalments, ThirtySeventyPortionsRoundByLargestRemainder) {
  // 999.99 over 30,70: quotas 29999.7 and 69999.3 → floors 29999 + 69999 = 99998, L = 1,
  // largest remainder .7 → 30000 / 69999 (not 30000 / 70000 as rounding each would give).
  const TermLine lines[] = {{{30, 1}, DueRule::kDaysAfterInvoice, 0},
                            {{70, 1}, DueRule::kDaysAfterInvoice, 60}};
  auto r = PlanInstalments(99999, D("2026-03-01"), lines);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].amount, 30000);
  EXPECT_EQ((*r)[1].amount, 69999);
  EXPECT_EQ((*r)[0].due, D("2026-03-01"));
  EXPECT_EQ((*r)[1].due, D("2026-04-30"));  // 1 Mar + 60: 30 to 31 Mar, 30 more to 30 Apr
}

TEST(BillingInstalments, DueRulesAcrossLeapFebruaryAndYearEnd) {
  EXPECT_EQ(*DueDate(D("2028-02-10"), DueRule::kEndOfMonthPlus, 0), D("2028-02-29"));
  // 10 Feb 2028 + 30: 19 days to 29 Feb, 11 more → 11 Mar.
  EXPECT_EQ(*DueDate(D("2028-02-10"), DueRule::kDaysAfterInvoice, 30), D("2028-03-11"));
  EXPECT_EQ(*DueDate(D("2026-12-05"), DueRule::kEndOfMonthPlus, 15), D("2027-01-15"));
  EXPECT_EQ(*DueDate(D("2026-01-31"), DueRule::kEndOfMonthPlus, 0), D("2026-01-31"));
}

TEST(BillingInstalments, ErrorsNameTheField) {
  auto none = PlanInstalments(100, D("2026-01-01"), {});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().field, "lines");
  EXPECT_EQ(none.error().message_code, "money.allocation_basis_empty");
  const TermLine zero[] = {{{0, 1}, DueRule::kDaysAfterInvoice, 0}};
  EXPECT_EQ(PlanInstalments(100, D("2026-01-01"), zero).error().message_code,
            "money.allocation_basis_empty");
  const TermLine bad_days[] = {{{1, 1}, DueRule::kDaysAfterInvoice, 0},
                               {{1, 1}, DueRule::kDaysAfterInvoice, -1}};
  EXPECT_EQ(PlanInstalments(100, D("2026-01-01"), bad_days).error().field, "lines/1/days");
  const TermLine bad_portion[] = {{{1, 1}, DueRule::kDaysAfterInvoice, 0},
                                  {{-1, 1}, DueRule::kDaysAfterInvoice, 0}};
  EXPECT_EQ(PlanInstalments(100, D("2026-01-01"), bad_portion).error().field, "lines/1/portion");
}

TEST(BillingInstalments, CreditNoteGrossSplitsNegatively) {
  // -100.00 over 1,1,1 → -(3334, 3333, 3333).
  const TermLine lines[] = {{{1, 1}}, {{1, 1}}, {{1, 1}}};
  auto r = PlanInstalments(-10000, D("2026-01-01"), lines);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].amount, -3334);
  EXPECT_EQ((*r)[2].amount, -3333);
}

}  // namespace
}  // namespace salesdesk::core::billing
