// Credit notes on on-payment components and bad-debt write-offs in a statement's lines (RULES
// C-R7, C-R8, C-R9; decision 0056), hand-computed. On payment, C' (the commission on the
// credited-down invoice) is earned over the gross less its credit notes; written-off money is
// never settled, so it never earns. On invoice, a write-off claws back like a credit note of the
// same share of the gross: recomputed in an open month, a negative line in a closed one.
#include <gtest/gtest.h>

#include <set>

#include "commissions/unit/earning_test_util.h"

namespace salesdesk::modules::commissions {
namespace {

using test_util::D;
using test_util::Input;
using test_util::Sum;

constexpr const char* kFlatOnPayment =
    R"([{"name":"Collected","base":"net","structure":"flat","period":"month",)"
    R"("trigger":"payment","rate":"10"}])";
constexpr const char* kFlatOnInvoice =
    R"([{"name":"Flat","base":"net","structure":"flat","period":"month",)"
    R"("trigger":"invoice","rate":"10"}])";
constexpr const char* kMarginal =
    R"([{"name":"Tiered","base":"net","structure":"marginal","period":"month",)"
    R"("trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"10000.00","rate":"4"}]}])";

// 1,000.00 net + 19 % = 1,190.00 gross, invoiced 5 May, lines 600.00 / 400.00.
SourceInvoice Invoice() {
  return {.id = 1,
          .date = D("2026-05-05"),
          .number = "INV-1",
          .currency = "EUR",
          .net = 100'000,
          .gross = 119'000,
          .lines = {{11, 60'000}, {12, 40'000}}};
}

// One invoice paid on payment (10 % flat): the lines of the month first..last.
struct OnPayment {
  SourceInvoice invoice = Invoice();
  std::vector<SourcePayment> payments;
  std::set<std::int64_t> closed_months;

  std::vector<EarnedLine> Month(const char* first, const char* last) const {
    EarningInput in = Input(kFlatOnPayment, first, last);
    in.invoices = {invoice};
    in.payments = payments;
    in.closed_months = closed_months;
    return *EarnLines(in);
  }
};

TEST(CommissionsOnPayment, ACreditNoteLowersTheCommissionAndTheGrossItIsEarnedOver) {
  // 10 % of 1,000.00 = C 100.00. A credit note of 100.00 net (119.00 gross) on line 12, 6 May:
  // C' = round(10 % × 900.00) = 90.00 over gross' = 1,190.00 − 119.00 = 1,071.00. Paid 535.50
  // on 10 May: round(90.00 × 535.50 ÷ 1,071.00) = 45.00; 535.50 on 20 May: 90.00 − 45.00 =
  // 45.00. Together 90.00 (not 50.00 + 50.00: that would pay on the goods credited).
  EarningInput in = Input(kFlatOnPayment, "2026-05-01", "2026-05-31");
  SourceInvoice inv = Invoice();
  inv.credit_notes = {{.id = 7,
                       .date = D("2026-05-06"),
                       .net = 10'000,
                       .lines = {{12, 10'000}},
                       .gross = 11'900,
                       .number = "CN-2026-000001"}};
  in.invoices = {inv};
  in.payments = {{.id = 21, .invoice_id = 1, .paid_on = D("2026-05-10"), .applied = 53'550},
                 {.id = 22, .invoice_id = 1, .paid_on = D("2026-05-20"), .applied = 53'550}};
  const auto lines = *EarnLines(in);
  ASSERT_EQ(lines.size(), 4u);  // two payments × two invoice lines
  EXPECT_EQ(lines[0].amount + lines[1].amount, 4'500);
  EXPECT_EQ(lines[0].amount, 2'700);  // 45.00 by net 600 : 400 → 27.00 / 18.00
  EXPECT_EQ(lines[2].amount + lines[3].amount, 4'500);
  EXPECT_EQ(Sum(lines), 9'000);
  for (const auto& l : lines) EXPECT_FALSE(l.clawback);
}

TEST(CommissionsOnPayment, ACreditNoteAtAnotherTaxRateMovesTheEffectiveRate) {
  // The case above is proportional (the note has the invoice's tax ratio), so C × settled ÷
  // gross would give the same 45.00 twice. Here line 11 is 600.00 at 19 % (714.00) and line 12
  // 400.00 at 0 %: gross 1,114.00, C 100.00. 100.00 of line 12 credited (gross 100.00): C' =
  // 90.00 over 1,014.00; paid 507.00 twice: round(90.00 × 507.00 ÷ 1,014.00) = 45.00, then
  // 45.00. On the uncredited figures it would be round(100.00 × 507.00 ÷ 1,114.00) = 45.51 twice.
  EarningInput in = Input(kFlatOnPayment, "2026-05-01", "2026-05-31");
  SourceInvoice inv = Invoice();
  inv.gross = 111'400;
  inv.credit_notes = {
      {.id = 7, .date = D("2026-05-06"), .net = 10'000, .lines = {{12, 10'000}}, .gross = 10'000}};
  in.invoices = {inv};
  in.payments = {{.id = 21, .invoice_id = 1, .paid_on = D("2026-05-10"), .applied = 50'700},
                 {.id = 22, .invoice_id = 1, .paid_on = D("2026-05-20"), .applied = 50'700}};
  const auto lines = *EarnLines(in);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].amount + lines[1].amount, 4'500);
  EXPECT_EQ(Sum(lines), 9'000);
}

TEST(CommissionsOnPayment, AWriteOffOfTheLastFifthNeverEarns) {
  // C 100.00 on 1,190.00 gross. Paid 476.00 in May: round(100.00 × 476.00 ÷ 1,190.00) = 40.00;
  // 476.00 in June: 80.00 − 40.00 = 40.00; the last 238.00 (20 %) written off 1 July: nothing,
  // ever — July has no line and the 20.00 left stays unearned.
  OnPayment p;
  p.invoice.write_offs = {{.id = 5, .date = D("2026-07-01"), .amount = 23'800}};
  p.payments = {{.id = 21, .invoice_id = 1, .paid_on = D("2026-05-10"), .applied = 47'600},
                {.id = 22, .invoice_id = 1, .paid_on = D("2026-06-10"), .applied = 47'600}};
  EXPECT_EQ(Sum(p.Month("2026-05-01", "2026-05-31")), 4'000);
  EXPECT_EQ(Sum(p.Month("2026-06-01", "2026-06-30")), 4'000);
  EXPECT_TRUE(p.Month("2026-07-01", "2026-07-31").empty());
}

// A note of 100.00 net (119.00 gross) on line 12, dated 10 June, the invoice of the fixture.
SourceCreditNote JuneNote() {
  return {.id = 7,
          .date = D("2026-06-10"),
          .net = 10'000,
          .lines = {{12, 10'000}},
          .gross = 11'900,
          .number = "CN-2026-000007"};
}

TEST(CommissionsOnPayment, ANoteAfterTheInvoiceWasPaidClawsBackInItsOwnMonth) {
  // Paid in full (1,190.00) on 20 May: May earns C = 100.00 and is approved. The note of 10 June
  // lowers C to 90.00 over 1,071.00 with 1,071.00 counted as settled (the rest is the customer's
  // credit): June gets −10.00 = −round(100.00 × 100.00 ÷ 1,000.00), on line 12 only, naming the
  // note. Before, a paid invoice's note took nothing back: C-R8 says a note always does.
  OnPayment p;
  p.invoice.credit_notes = {JuneNote()};
  p.payments = {{.id = 21, .invoice_id = 1, .paid_on = D("2026-05-20"), .applied = 119'000}};
  p.closed_months = {202605};
  EXPECT_EQ(Sum(p.Month("2026-05-01", "2026-05-31")), 10'000);
  const auto june = p.Month("2026-06-01", "2026-06-30");
  ASSERT_EQ(june.size(), 1u);
  EXPECT_EQ(june[0].amount, -1'000);
  EXPECT_TRUE(june[0].clawback);
  EXPECT_TRUE(june[0].on_payment);
  EXPECT_EQ(june[0].invoice_line_id, 12);
  EXPECT_EQ(june[0].source, "CN-2026-000007");
  EXPECT_EQ(june[0].earned_on, D("2026-06-10"));
  EXPECT_FALSE(june[0].payment_id.has_value());
}

TEST(CommissionsOnPayment, ANoteBetweenPaymentsTakesBackOnlyWhatWasEarnedOnTheGoodsCredited) {
  // 595.00 paid 20 May: round(100.00 × 595.00 ÷ 1,190.00) = 50.00. The note of 10 June: C' 90.00
  // over 1,071.00, round(90.00 × 595.00 ÷ 1,071.00) = 50.00, so June takes nothing back (the
  // half paid was on goods kept). 476.00 paid 5 July releases the rest: 90.00 − 50.00 = 40.00.
  // May + June + July = 90.00 = C'.
  OnPayment p;
  p.invoice.credit_notes = {JuneNote()};
  p.payments = {{.id = 21, .invoice_id = 1, .paid_on = D("2026-05-20"), .applied = 59'500},
                {.id = 22, .invoice_id = 1, .paid_on = D("2026-07-05"), .applied = 47'600}};
  EXPECT_EQ(Sum(p.Month("2026-05-01", "2026-05-31")), 5'000);
  EXPECT_TRUE(p.Month("2026-06-01", "2026-06-30").empty());
  EXPECT_EQ(Sum(p.Month("2026-07-01", "2026-07-31")), 4'000);
}

TEST(CommissionsOnPayment, ANoteNeverPays) {
  // Line 11 600.00 at 19 % (714.00), line 12 400.00 at 0 %: gross 1,114.00, C 100.00. 1,000.00
  // paid 20 May: round(100.00 × 1,000.00 ÷ 1,114.00) = 89.77. A note of 100.00 on line 11 (119.00
  // gross) on 10 June: C' 90.00 over 995.00, all of it settled: 90.00, 0.23 more than earned. A
  // credit note always gives a negative line (C-R8) or none: June has none.
  OnPayment p;
  p.invoice.gross = 111'400;
  p.invoice.credit_notes = {{.id = 8,
                             .date = D("2026-06-10"),
                             .net = 10'000,
                             .lines = {{11, 10'000}},
                             .gross = 11'900,
                             .number = "CN-2026-000008"}};
  p.payments = {{.id = 21, .invoice_id = 1, .paid_on = D("2026-05-20"), .applied = 100'000}};
  EXPECT_EQ(Sum(p.Month("2026-05-01", "2026-05-31")), 8'977);
  EXPECT_TRUE(p.Month("2026-06-01", "2026-06-30").empty());
}

TEST(CommissionsWriteOff, InAClosedMonthItClawsBackAtTheInvoicesRateNamingItsSource) {
  // May approved with 100.00 (60.00 / 40.00). 238.00 written off 10 June: −round(100.00 ×
  // 238.00 ÷ 1,190.00) = −20.00, on both lines by net: −12.00 / −8.00, dated 10 June.
  EarningInput june = Input(kFlatOnInvoice, "2026-06-01", "2026-06-30");
  SourceInvoice inv = Invoice();
  inv.write_offs = {{.id = 5, .date = D("2026-06-10"), .amount = 23'800}};
  june.invoices = {inv};
  june.closed_months = {202605};
  const auto lines = *EarnLines(june);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].amount, -1'200);
  EXPECT_EQ(lines[1].amount, -800);
  EXPECT_EQ(lines[0].invoice_line_id, 11);
  EXPECT_TRUE(lines[0].clawback);
  EXPECT_TRUE(lines[0].write_off);
  EXPECT_EQ(lines[0].source, "write-off 5");
  EXPECT_EQ(lines[0].earned_on, D("2026-06-10"));
  // A credit note's clawback names its number: 119.00 gross (100.00 net on line 12) credited
  // 12 June: −round(100.00 × 100.00 ÷ 1,000.00) = −10.00.
  inv.write_offs.clear();
  inv.credit_notes = {{.id = 7,
                       .date = D("2026-06-12"),
                       .net = 10'000,
                       .lines = {{12, 10'000}},
                       .gross = 11'900,
                       .number = "CN-2026-000001"}};
  june.invoices = {inv};
  const auto credited = *EarnLines(june);
  ASSERT_EQ(credited.size(), 1u);
  EXPECT_EQ(credited[0].amount, -1'000);
  EXPECT_FALSE(credited[0].write_off);
  EXPECT_EQ(credited[0].source, "CN-2026-000001");
}

// The marginal schedule (2 % to 10,000.00, 4 % above): A 6,000.00 on 5 May; B 5,000.00 net,
// 5,950.00 gross, on 20 May; 1,190.00 of B (a fifth of its gross) written off on `date`.
EarningInput Tiered(const char* first, const char* last, const char* date) {
  EarningInput in = Input(kMarginal, first, last);
  in.invoices = {{.id = 1,
                  .date = D("2026-05-05"),
                  .number = "INV-1",
                  .currency = "EUR",
                  .net = 600'000,
                  .gross = 714'000,
                  .lines = {{11, 600'000}}},
                 {.id = 2,
                  .date = D("2026-05-20"),
                  .number = "INV-2",
                  .currency = "EUR",
                  .net = 500'000,
                  .gross = 595'000,
                  .lines = {{21, 500'000}},
                  .write_offs = {{.id = 6, .date = D(date), .amount = 119'000}}}};
  return in;
}

TEST(CommissionsWriteOff, InAnOpenMonthTheTieredMonthIsRecomputed) {
  // Without it B earns C(11,000) − C(6,000) = 240.00 − 120.00 = 120.00. May open, written off
  // 25 May: B's base 5,000.00 − round(5,000.00 × 1,190.00 ÷ 5,950.00) = 4,000.00, C(10,000.00)
  // = 200.00 (the 4 % band has no width at its threshold), so B earns 80.00; May 200.00.
  const auto may = *EarnLines(Tiered("2026-05-01", "2026-05-31", "2026-05-25"));
  ASSERT_EQ(may.size(), 2u);
  EXPECT_EQ(may[0].amount, 12'000);
  EXPECT_EQ(may[1].amount, 8'000);
  EXPECT_FALSE(may[1].clawback);
  // May closed with B's 120.00, written off 3 June: −round(120.00 × 1,190.00 ÷ 5,950.00) =
  // −24.00 in June (the tiers are not re-run: the invoice's own effective rate, C-R8).
  EarningInput june = Tiered("2026-06-01", "2026-06-30", "2026-06-03");
  june.closed_months = {202605};
  const auto claw = *EarnLines(june);
  ASSERT_EQ(claw.size(), 1u);
  EXPECT_EQ(claw[0].amount, -2'400);
  EXPECT_EQ(claw[0].invoice_id, 2);
}

}  // namespace
}  // namespace salesdesk::modules::commissions
