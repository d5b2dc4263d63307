// Split credit and clawback in a statement's lines (RULES C-R2, C-R6, C-R8; decision 0045),
// hand-computed: each rep's base is their Allocate share; a credit note in an open month lowers
// the cumulative base, one against a closed month claws back at the invoice's own rate in the
// month it is dated; on margin, the credited line's cost comes from the invoice line.
#include <gtest/gtest.h>

#include "commissions/unit/earning_test_util.h"

namespace salesdesk::modules::commissions {
namespace {

using test_util::D;
using test_util::Input;
using test_util::Sum;

constexpr const char* kMarginal =
    R"([{"name":"Tiered","base":"net","structure":"marginal","period":"month",)"
    R"("trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"10000.00","rate":"4"}]}])";

// May: A 6,000.00 on the 5th, B 5,000.00 (lines 3,000.00 / 2,000.00) on the 20th; a credit
// note of 2,000.00 on B's second line, dated `credit_date`.
EarningInput Clawback(const char* first, const char* last, const char* credit_date) {
  EarningInput in = Input(kMarginal, first, last);
  in.invoices = {
      {.id = 1,
       .date = D("2026-05-05"),
       .number = "INV-1",
       .currency = "EUR",
       .net = 600'000,
       .lines = {{11, 600'000}}},
      {.id = 2,
       .date = D("2026-05-20"),
       .number = "INV-2",
       .currency = "EUR",
       .net = 500'000,
       .lines = {{21, 300'000}, {22, 200'000}},
       .credit_notes = {
           {.id = 9, .date = D(credit_date), .net = 200'000, .lines = {{22, 200'000}}}}}};
  return in;
}

TEST(CommissionsClawback, ACreditNoteInTheOpenMonthRecomputesItCumulatively) {
  // Without the credit note B earns C(11,000) − C(6,000) = (200.00 + 40.00) − 120.00 = 120.00.
  // May is open: B's base is 5,000.00 − 2,000.00 = 3,000.00, C(9,000.00) = 180.00, so B earns
  // 60.00 (−60.00 against 120.00), split 3,000 : 1,000 over its lines' net → 36.00 / 24.00.
  const auto lines = *EarnLines(Clawback("2026-05-01", "2026-05-31", "2026-05-25"));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].amount, 12'000);  // A: 2 % × 6,000.00
  EXPECT_EQ(lines[1].amount, 3'600);
  EXPECT_EQ(lines[2].amount, 2'400);
  EXPECT_EQ(Sum(lines), 18'000);
  EXPECT_FALSE(lines[2].clawback);
}

TEST(CommissionsClawback, AfterTheMonthClosedItClawsBackAtTheInvoicesRateWhenDated) {
  // May approved with B's 120.00; the credit note dated 10 June gives June −round(120.00 ×
  // 2,000.00 ÷ 5,000.00) = −48.00, on the credited line 22, dated 10 June.
  EarningInput june = Clawback("2026-06-01", "2026-06-30", "2026-06-10");
  june.closed_months = {202605};
  const auto lines = *EarnLines(june);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].clawback);
  EXPECT_EQ(lines[0].amount, -4'800);
  EXPECT_EQ(lines[0].payout, -4'800);
  EXPECT_EQ(lines[0].invoice_id, 2);
  EXPECT_EQ(lines[0].invoice_line_id, 22);
  EXPECT_EQ(lines[0].base, 200'000);
  EXPECT_EQ(lines[0].earned_on, D("2026-06-10"));
  // Still open in June: May is recomputed instead (the credit note lowers nothing in June), and
  // a May statement computed before 10 June does not see the June credit note.
  EXPECT_TRUE(EarnLines(Clawback("2026-06-01", "2026-06-30", "2026-06-10"))->empty());
  EXPECT_EQ(Sum(*EarnLines(Clawback("2026-05-01", "2026-05-31", "2026-06-10"))), 24'000);
  // Dated in May, when May was still open and took it in: June claws back nothing again.
  EarningInput again = Clawback("2026-06-01", "2026-06-30", "2026-05-25");
  again.closed_months = {202605};
  EXPECT_TRUE(EarnLines(again)->empty());
}

TEST(CommissionsClawback, MarginClawbackTakesTheCostFromTheCreditedInvoiceLine) {
  // Flat 10 % on margin. Invoice of May: line 31, 4 × 250.00 = net 1,000.00 at unit cost 150.00
  // (cost 600.00, margin 400.00); line 32, net 500.00 at cost 100.00 (margin 400.00): margin
  // 800.00 → 80.00. One unit of line 31 credited (net 250.00): its cost is round(600.00 ×
  // 250.00 ÷ 1,000.00) = 150.00, the credited margin 100.00.
  auto margin_input = [](const char* first, const char* last, const char* credit_date) {
    EarningInput in = Input(R"([{"name":"Margin","base":"margin","structure":"flat",)"
                            R"("period":"month","trigger":"invoice","rate":"10"}])",
                            first, last);
    SourceInvoice inv{.id = 3,
                      .date = D("2026-05-12"),
                      .number = "INV-3",
                      .currency = "EUR",
                      .net = 150'000,
                      .lines = {{.id = 31,
                                 .net = 100'000,
                                 .position = 1,
                                 .quantity_milli = 4'000,
                                 .unit_cost = 15'000,
                                 .cost_currency = "EUR"},
                                {.id = 32,
                                 .net = 50'000,
                                 .position = 2,
                                 .quantity_milli = 1'000,
                                 .unit_cost = 10'000,
                                 .cost_currency = "EUR"}}};
    inv.credit_notes = {{.id = 8, .date = D(credit_date), .net = 25'000, .lines = {{31, 25'000}}}};
    in.invoices = {inv};
    return in;
  };
  // Closed May, credited 3 June: −round(80.00 × 100.00 ÷ 800.00) = −10.00 (on net it would be
  // −round(80.00 × 250.00 ÷ 1,500.00) = −13.33; ignoring the cost, 250.00 of 800.00: −25.00).
  EarningInput june = margin_input("2026-06-01", "2026-06-30", "2026-06-03");
  june.closed_months = {202605};
  const auto claw = *EarnLines(june);
  ASSERT_EQ(claw.size(), 1u);
  EXPECT_EQ(claw[0].amount, -1'000);
  EXPECT_EQ(claw[0].invoice_line_id, 31);
  // Open May, credited on the 20th: margin 800.00 − 100.00 = 700.00 → 70.00, over the lines by
  // net 1,000 : 500 → 46.67 / 23.33.
  const auto may = *EarnLines(margin_input("2026-05-01", "2026-05-31", "2026-05-20"));
  ASSERT_EQ(may.size(), 2u);
  EXPECT_EQ(may[0].amount, 4'667);
  EXPECT_EQ(may[1].amount, 2'333);
}

TEST(CommissionsSplitCredit, EachRepEarnsOnTheirAllocateShareRoundedOnce) {
  // Flat 10 % on an invoice of 100.01 owned by rep 7, split 3,334 / 3,333 / 3,333 bp between
  // reps 7, 8 and 9: credited 33.35 / 33.33 / 33.33 (Allocate), commissions round(3.335) = 3.34
  // and round(3.333) = 3.33 twice. Rep 5, not named, earns nothing on it.
  auto earn = [](std::int64_t user) {
    EarningInput in = Input(R"([{"name":"Flat","base":"net","structure":"flat",)"
                            R"("period":"month","trigger":"invoice","rate":"10"}])",
                            "2026-05-01", "2026-05-31");
    in.user = user;
    in.invoices = {{.id = 4,
                    .date = D("2026-05-07"),
                    .number = "INV-4",
                    .currency = "EUR",
                    .net = 10'001,
                    .lines = {{41, 10'001}},
                    .owner_id = 7,
                    .shares = {{7, 3334}, {8, 3333}, {9, 3333}}}};
    return Sum(*EarnLines(in));
  };
  EXPECT_EQ(earn(7), 334);
  EXPECT_EQ(earn(8), 333);
  EXPECT_EQ(earn(9), 333);
  EXPECT_EQ(earn(5), 0);
}

}  // namespace
}  // namespace salesdesk::modules::commissions
