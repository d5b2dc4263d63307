// Credit exposure and the hold it calls for (decision 0048), amounts in minor units with the
// limit in EUR.
#include <gtest/gtest.h>

#include "billing_test_util.h"
#include "modules/billing/core/credit_exposure.h"

namespace salesdesk::core::billing {
namespace {

using testing::C;
using testing::D;
using testing::R;

ExposureItem Eur(std::int64_t minor) {
  return {Money{minor, C("EUR")}, std::nullopt, D("2026-12-03")};
}
ExposureItem Usd(std::int64_t minor, const char* rate) {
  return {Money{minor, C("USD")}, R(rate), D("2026-12-01")};
}

// Receivables: an EUR invoice open 12,000.00 and a USD invoice carried at EUR 3,000.50 (its
// carrying base, already EUR). Orders: EUR 20,000.00 and USD 10,000.00 at 0.9 = EUR 9,000.00.
const ExposureItem kReceivables[] = {Eur(1'200'000), Eur(300'050)};
const ExposureItem kOrders[] = {Eur(2'000'000), Usd(1'000'000, "0.9")};

TEST(CreditExposure, SumsEachPartConvertedOnceInTheLimitsCurrency) {
  // New order USD 3,333.33 at 0.9213: 333333 × 0.9213 = 307099.6929 → 307100.
  auto e = ExposureOf(C("EUR"), 5'000'000, kReceivables, kOrders, Usd(333'333, "0.9213"));
  ASSERT_TRUE(e.ok()) << e.error().message;
  EXPECT_EQ(e->receivables, 1'500'050);  // 1,200,000 + 300,050
  EXPECT_EQ(e->orders, 2'900'000);       // 2,000,000 + 900,000
  EXPECT_EQ(e->new_order, 307'100);
  EXPECT_EQ(e->total, 4'707'150);    // 1,500,050 + 2,900,000 + 307,100
  EXPECT_EQ(e->available, 599'950);  // 5,000,000 − 1,500,050 − 2,900,000
  EXPECT_EQ(e->excess, 0);
  EXPECT_EQ(DecideHold(*e, "open_account", false).reason, HoldReason::kNone);
}

TEST(CreditExposure, OneCentOverTheLimitIsHeldForThatCent) {
  // Available 599,950: an order of exactly that is within the limit, one cent more is not.
  auto at = ExposureOf(C("EUR"), 5'000'000, kReceivables, kOrders, Eur(599'950));
  ASSERT_TRUE(at.ok());
  EXPECT_EQ(at->total, 5'000'000);
  EXPECT_EQ(at->excess, 0);
  EXPECT_EQ(DecideHold(*at, "open_account", false).reason, HoldReason::kNone);
  auto over = ExposureOf(C("EUR"), 5'000'000, kReceivables, kOrders, Eur(599'951));
  ASSERT_TRUE(over.ok());
  EXPECT_EQ(over->excess, 1);
  const HoldDecision d = DecideHold(*over, "open_account", false);
  EXPECT_EQ(d.reason, HoldReason::kOverLimit);
  EXPECT_EQ(d.at_risk, 1);
  // A letter of credit is judged like an open account within the limit.
  EXPECT_EQ(DecideHold(*over, "letter_of_credit", false).reason, HoldReason::kOverLimit);
  EXPECT_EQ(DecideHold(*at, "letter_of_credit", false).reason, HoldReason::kNone);
}

TEST(CreditExposure, ConversionRoundsHalfUpOncePerItem) {
  // USD 0.05 at 0.9 = 4.5 cents → 5; USD 0.05 twice is 5 + 5 = 10, not round(9.0) = 9:
  // each order is an amount of its own, converted once.
  const ExposureItem orders[] = {Usd(5, "0.9"), Usd(5, "0.9")};
  auto e = ExposureOf(C("EUR"), 100, {}, orders, std::nullopt);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->orders, 10);
  EXPECT_EQ(e->new_order, 0);
  EXPECT_EQ(e->available, 90);
}

TEST(CreditExposure, AMissingRateIsNamedAndHoldsTheOrder) {
  const ExposureItem orders[] = {Eur(100'000),
                                 {Money{50'000, C("GBP")}, std::nullopt, D("2026-11-30")}};
  auto e = ExposureOf(C("EUR"), 5'000'000, kReceivables, orders, Eur(10'000));
  ASSERT_TRUE(e.ok());
  ASSERT_TRUE(e->missing_rate.has_value());
  EXPECT_EQ(e->missing_rate->from, "GBP");
  EXPECT_EQ(e->missing_rate->to, "EUR");
  EXPECT_EQ(e->missing_rate->on, D("2026-11-30"));
  EXPECT_EQ(e->orders, 100'000);  // the GBP order is not guessed into the sum
  const HoldDecision d = DecideHold(*e, "open_account", false);
  EXPECT_EQ(d.reason, HoldReason::kMissingRate);
  EXPECT_FALSE(d.at_risk.has_value());  // only finance releases it
}

TEST(CreditExposure, PrepaymentAndDunningHoldTheWholeOrderWithinTheLimit) {
  auto e = ExposureOf(C("EUR"), 5'000'000, {}, {}, Eur(250'000));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->excess, 0);
  HoldDecision pre = DecideHold(*e, "prepayment", false);
  EXPECT_EQ(pre.reason, HoldReason::kPrepayment);
  EXPECT_EQ(pre.at_risk, 250'000);
  // A dunning hold comes before the sales method.
  HoldDecision dun = DecideHold(*e, "prepayment", true);
  EXPECT_EQ(dun.reason, HoldReason::kDunning);
  EXPECT_EQ(dun.at_risk, 250'000);
  EXPECT_EQ(HoldReasonCode(dun.reason), "dunning");
}

TEST(CreditExposure, NoLimitMeansNoLimitTest) {
  auto e = ExposureOf(C("EUR"), std::nullopt, kReceivables, kOrders, Eur(99'999'999));
  ASSERT_TRUE(e.ok());
  EXPECT_FALSE(e->available.has_value());
  EXPECT_EQ(e->excess, 0);
  EXPECT_EQ(DecideHold(*e, "open_account", false).reason, HoldReason::kNone);
}

TEST(CreditExposure, OverflowIsAnErrorNeverAWrongSum) {
  const ExposureItem huge[] = {Eur(INT64_MAX), Eur(1)};
  auto e = ExposureOf(C("EUR"), 0, huge, {}, std::nullopt);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().code, ErrorCode::kOverflow);
}

}  // namespace
}  // namespace salesdesk::core::billing
