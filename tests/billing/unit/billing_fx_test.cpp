// E-R6: realised FX and carrying base, amounts in minor units (EUR base, USD invoices).
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/fx.h"

namespace salesdesk::core::billing {
namespace {

using testing::C;
using testing::R;

TEST(BillingFx, ThreePartialPaymentsAtDifferentRates) {
  // USD 1,000.00 at 0.9 → B0 = EUR 900.00 (90000).
  const FxSettlement s[] = {{33333, R("0.92")}, {33333, R("0.88")}, {33334, R("0.91")}};
  auto r = SettleFx(Money{100000, C("USD")}, R("0.9"), C("EUR"), s);
  ASSERT_TRUE(r.ok()) << r.error().message;
  // 1: relieves round(33333 × 0.9 = 29999.7) = 30000; base round(30666.36) = 30666; FX +666.
  EXPECT_EQ((*r)[0].relieved_base, 30000);
  EXPECT_EQ((*r)[0].settlement_base, 30666);
  EXPECT_EQ((*r)[0].realised, 666);
  // 2: relieves 30000; base round(33333 × 0.88 = 29333.04) = 29333; FX −667.
  EXPECT_EQ((*r)[1].realised, -667);
  // 3 clears the invoice: relieves the remaining 90000 − 60000 = 30000, not
  // round(33334 × 0.9 = 30000.6) = 30001; base round(30333.94) = 30334; FX +334.
  EXPECT_EQ((*r)[2].relieved_base, 30000);
  EXPECT_EQ((*r)[2].settlement_base, 30334);
  EXPECT_EQ((*r)[2].realised, 334);
  EXPECT_EQ((*r)[2].outstanding, 0);
  EXPECT_EQ((*r)[2].carrying, 0);
}

TEST(BillingFx, LastSettlementLeavesNoBaseResidue) {
  // USD 0.03 at 1.5 → B0 = round(4.5) = 5. Three 0.01 payments at the same rate: 2 + 2, then
  // the last relieves 5 − 4 = 1 (round-each would relieve 6 and leave −1 carried).
  const FxSettlement s[] = {{1, R("1.5")}, {1, R("1.5")}, {1, R("1.5")}};
  auto r = SettleFx(Money{3, C("USD")}, R("1.5"), C("EUR"), s);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].relieved_base, 2);
  EXPECT_EQ((*r)[1].relieved_base, 2);
  EXPECT_EQ((*r)[2].relieved_base, 1);
  EXPECT_EQ((*r)[2].realised, 2 - 1);  // payment base round(1.5) = 2
  EXPECT_EQ((*r)[2].carrying, 0);
}

TEST(BillingFx, CreditNoteRelievesAtTheInvoiceRateWithoutFx) {
  // USD 1,000.00 at 0.9 (B0 90000); credit note USD 100.00 relieves 9000, FX 0; payment of the
  // remaining USD 900.00 at 0.95 relieves 81000, base 85500, FX +4500.
  const FxSettlement s[] = {{10000, std::nullopt}, {90000, R("0.95")}};
  auto r = SettleFx(Money{100000, C("USD")}, R("0.9"), C("EUR"), s);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].relieved_base, 9000);
  EXPECT_EQ((*r)[0].realised, 0);
  EXPECT_EQ((*r)[1].relieved_base, 81000);
  EXPECT_EQ((*r)[1].realised, 4500);
}

TEST(BillingFx, MoreThanOutstandingIsRefused) {
  const FxSettlement s[] = {{60000, R("1")}, {50000, R("1")}};
  auto r = SettleFx(Money{100000, C("USD")}, R("0.9"), C("EUR"), s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "settlements/1/amount");
  EXPECT_EQ(r.error().message_code, "billing.settlement_exceeds_outstanding");
  EXPECT_NE(r.error().message.find("400.00"), std::string::npos);
  const FxSettlement zero[] = {{0, R("1")}};
  EXPECT_EQ(SettleFx(Money{100, C("USD")}, R("1"), C("EUR"), zero).error().field,
            "settlements/0/amount");
}

TEST(BillingFx, InvoiceBaseAcrossExponents) {
  // JPY 10,000 at 0.0061234 EUR/JPY = EUR 61.234 → 6123 cents.
  EXPECT_EQ(*InvoiceBase(Money{10000, C("JPY")}, R("0.0061234"), C("EUR")), 6123);
  // EUR 0.05 at 1.1 = 0.055 → half-up 0.06.
  EXPECT_EQ(*InvoiceBase(Money{5, C("EUR")}, R("1.1"), C("USD")), 6);
}

}  // namespace
}  // namespace salesdesk::core::billing
