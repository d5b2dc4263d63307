// E-R3 / E-R4 / E-R5: ageing at an as-of date, every bucket edge hit by hand-counted days.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/ageing.h"

namespace salesdesk::core::billing {
namespace {

using testing::C;
using testing::D;
using testing::R;

// One EUR invoice posted 1 Jan 2026 with an instalment on each side of every edge, aged at
// 30 Jun 2026: d = 30 Jun − due.
AgedInvoice EdgeInvoice() {
  return AgedInvoice{C("EUR"),
                     D("2026-01-01"),
                     R("1"),
                     {{D("2026-07-01"), 100},    // d = −1  → not due
                      {D("2026-06-30"), 200},    // d = 0   → 0–30 (due today)
                      {D("2026-05-31"), 300},    // d = 30  → 0–30 (upper bound inclusive)
                      {D("2026-05-30"), 400},    // d = 31  → 31–60
                      {D("2026-05-01"), 500},    // d = 30 + 30 = 60 → 31–60
                      {D("2026-04-30"), 600},    // d = 61  → 61–90
                      {D("2026-04-01"), 700},    // d = 29 + 31 + 30 = 90 → 61–90
                      {D("2026-03-31"), 800}}};  // d = 91  → > 90
}

AgedSettlement Pay(const char* date, std::int64_t amount, std::optional<std::size_t> invoice,
                   const char* currency = "EUR", const char* rate = "1",
                   SettlementKind kind = SettlementKind::kPayment) {
  return AgedSettlement{kind, D(date), C(currency), amount, invoice, R(rate)};
}

TEST(BillingAgeing, EveryEdgeFallsInItsBucket) {
  const AgedInvoice inv[] = {EdgeInvoice()};
  auto r = AgeAt(D("2026-06-30"), C("EUR"), inv, {});
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->size(), 1u);
  const AgeingRow& row = (*r)[0];
  EXPECT_EQ(row.not_due, 100);
  EXPECT_EQ(row.buckets, (std::vector<std::int64_t>{200 + 300, 400 + 500, 600 + 700, 800}));
  EXPECT_EQ(row.open, 3600);
  EXPECT_EQ(row.carrying_base, 3600);
  EXPECT_EQ(row.unapplied, 0);
}

TEST(BillingAgeing, PaymentDatedAfterTheAsOfDateDoesNotCount) {
  const AgedInvoice inv[] = {EdgeInvoice()};
  const AgedSettlement pay[] = {Pay("2026-07-05", 250, 0)};
  // At 30 Jun the payment does not exist yet.
  EXPECT_EQ((*AgeAt(D("2026-06-30"), C("EUR"), inv, pay))[0].open, 3600);
  // At 5 Jul every d grows by 5 and the 250 goes to the oldest (due 31 Mar, 800 → 550):
  // 100 d4, 200 d5 → 0–30 = 300; 300 d35, 400 d36 → 700; 500 d65, 600 d66 → 1100;
  // 700 d95 + 550 d96 → 1250.
  const AgeingRow row = (*AgeAt(D("2026-07-05"), C("EUR"), inv, pay))[0];
  EXPECT_EQ(row.not_due, 0);
  EXPECT_EQ(row.buckets, (std::vector<std::int64_t>{300, 700, 1100, 1250}));
  EXPECT_EQ(row.open, 3350);
}

TEST(BillingAgeing, PaymentReducesTheOldestInstalmentsFirst) {
  const AgedInvoice inv[] = {EdgeInvoice()};
  // 1,000 on 15 Jun: 800 (due 31 Mar) cleared, 200 of the 700 due 1 Apr.
  const AgedSettlement pay[] = {Pay("2026-06-15", 1000, 0)};
  const AgeingRow row = (*AgeAt(D("2026-06-30"), C("EUR"), inv, pay))[0];
  EXPECT_EQ(row.buckets, (std::vector<std::int64_t>{500, 900, 600 + 500, 0}));
  EXPECT_EQ(row.open, 2600);
}

TEST(BillingAgeing, UnappliedIsAColumnApartAndNeverNetted) {
  const AgedInvoice inv[] = {EdgeInvoice()};
  const AgedSettlement pay[] = {Pay("2026-06-01", 150, std::nullopt)};
  const AgeingRow row = (*AgeAt(D("2026-06-30"), C("EUR"), inv, pay))[0];
  EXPECT_EQ(row.open, 3600);
  EXPECT_EQ(row.unapplied, -150);
  EXPECT_EQ(row.unapplied_base, -150);
}

TEST(BillingAgeing, InvoicePostedAfterTheAsOfDateIsLeftOut) {
  AgedInvoice later = EdgeInvoice();
  later.posted = D("2026-07-01");
  const AgedInvoice inv[] = {later};
  EXPECT_TRUE(AgeAt(D("2026-06-30"), C("EUR"), inv, {})->empty());
}

TEST(BillingAgeing, CurrenciesStayApartWithTheirCarryingBase) {
  // USD 1,000.00 posted 1 Jun at 0.9 (B0 EUR 900.00), due 1 Jul.
  const AgedInvoice inv[] = {
      EdgeInvoice(), AgedInvoice{C("USD"), D("2026-06-01"), R("0.9"), {{D("2026-07-01"), 100000}}}};
  // USD 300.00 on 20 Jun at 0.95 relieves round(30000 × 0.9) = 27000 of carrying base.
  std::vector<AgedSettlement> pay = {Pay("2026-06-20", 30000, 1, "USD", "0.95")};
  auto r = AgeAt(D("2026-06-30"), C("EUR"), inv, pay);
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].currency, C("EUR"));
  const AgeingRow& usd = (*r)[1];
  EXPECT_EQ(usd.currency, C("USD"));
  EXPECT_EQ(usd.not_due, 70000);
  EXPECT_EQ(usd.carrying_base, 90000 - 27000);
  // USD 800.00 on 25 Jun at 0.92: 700.00 clears the invoice (relieves exactly 63000), 100.00
  // stays unapplied, at base round(10000 × 0.92) = 9200.
  pay.push_back(Pay("2026-06-25", 80000, 1, "USD", "0.92"));
  r = AgeAt(D("2026-06-30"), C("EUR"), inv, pay);
  const AgeingRow& after = (*r)[1];
  EXPECT_EQ(after.open, 0);
  EXPECT_EQ(after.carrying_base, 0);
  EXPECT_EQ(after.unapplied, -10000);
  EXPECT_EQ(after.unapplied_base, -9200);
}

TEST(BillingAgeing, RevaluedAtTheAsOfRateWithTheUnrealisedDifferenceApart) {
  // USD 1,000.00 at 0.9 (carrying 900.00), USD 300.00 paid: open 700.00, carrying 630.00.
  // At D's rate 0.95: revalued round(70000 × 0.95) = 66500, unrealised 66500 − 63000 = 3500.
  const AgedInvoice inv[] = {
      AgedInvoice{C("USD"), D("2026-06-01"), R("0.9"), {{D("2026-07-01"), 100000}}}};
  const AgedSettlement pay[] = {Pay("2026-06-20", 30000, 0, "USD", "0.95")};
  auto r = AgeAt(D("2026-06-30"), C("EUR"), inv, pay, {}, {{"USD", R("0.95")}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].revalued_base, 66500);
  EXPECT_EQ((*r)[0].unrealised, 3500);
  EXPECT_EQ((*AgeAt(D("2026-06-30"), C("EUR"), inv, pay))[0].revalued_base, std::nullopt);
}

TEST(BillingAgeing, CreditNoteReducesTheOldestToo) {
  const AgedInvoice inv[] = {EdgeInvoice()};
  const AgedSettlement cn[] = {Pay("2026-06-01", 900, 0, "EUR", "1", SettlementKind::kCreditNote)};
  const AgeingRow row = (*AgeAt(D("2026-06-30"), C("EUR"), inv, cn))[0];
  // 800 (d91) cleared, 100 of the 700 (d90).
  EXPECT_EQ(row.buckets, (std::vector<std::int64_t>{500, 900, 600 + 600, 0}));
}

TEST(BillingAgeing, ConfigurableEdgesAreInclusiveUpperBounds) {
  const AgeingEdges edges{{15, 45}};
  EXPECT_EQ(BucketOf(-1, edges), -1);
  EXPECT_EQ(BucketOf(0, edges), 0);
  EXPECT_EQ(BucketOf(15, edges), 0);
  EXPECT_EQ(BucketOf(16, edges), 1);
  EXPECT_EQ(BucketOf(45, edges), 1);
  EXPECT_EQ(BucketOf(46, edges), 2);
  const AgedInvoice inv[] = {EdgeInvoice()};
  auto r = AgeAt(D("2026-06-30"), C("EUR"), inv, {}, edges);
  // d 0,30 | d 31 ... 0–15: 200; 16–45: 300 + 400 = 700; > 45: 500 + 600 + 700 + 800.
  EXPECT_EQ((*r)[0].buckets, (std::vector<std::int64_t>{200, 700, 2600}));
}

TEST(BillingAgeing, BadInputNamesTheField) {
  const AgedInvoice inv[] = {EdgeInvoice()};
  EXPECT_EQ(AgeAt(D("2026-06-30"), C("EUR"), inv, {}, AgeingEdges{{30, 30}}).error().field,
            "edges");
  EXPECT_EQ(AgeAt(D("2026-06-30"), C("EUR"), inv, {}, AgeingEdges{{-1}}).error().field, "edges");
  const AgedSettlement wrong[] = {Pay("2026-06-01", 10, 0, "USD")};
  auto r = AgeAt(D("2026-06-30"), C("EUR"), inv, wrong);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "settlements/0/currency");
  EXPECT_EQ(r.error().message_code, "billing.settlement_currency");
}

}  // namespace
}  // namespace salesdesk::core::billing
