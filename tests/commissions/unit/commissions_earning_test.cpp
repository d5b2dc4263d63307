// C-R7 to C-R10 golden cases: earning on payment in three payments, clawback into a closed
// statement against recomputing an open period, carrying a negative total forward, and the
// payout currency converted once per line.
#include <gtest/gtest.h>

#include "core/money/currency.h"
#include "modules/commissions/core/cumulative.h"
#include "modules/commissions/core/earning.h"
#include "modules/commissions/core/statement_totals.h"

namespace salesdesk::core::commissions {
namespace {

using V = std::vector<std::int64_t>;

TEST(CommissionsEarning, OnPaymentInThreePaymentsReleasesTheExactRemainder) {
  // Commission 50.00 on an invoice of 1,190.00 gross, paid 400.00, 400.00, 390.00:
  // earned to date round(5,000 × 40,000 / 119,000) = round(1,680.67) = 1,681;
  // round(5,000 × 80,000 / 119,000) = round(3,361.34) = 3,361 → +1,680;
  // the last payment: 5,000 → +1,639. 16.81 + 16.80 + 16.39 = 50.00.
  EXPECT_EQ(*EarnedOnPayments(5'000, 119'000, V{40'000, 40'000, 39'000}), (V{1'681, 1'680, 1'639}));
  // The last 390.00 written off instead: it never earns; 33.61 stays all that was earned.
  EXPECT_EQ(*EarnedOnPayments(5'000, 119'000, V{40'000, 40'000}), (V{1'681, 1'680}));
  // A credit note lowers the commissionable gross (it is not a payment): 1,000.00 left of the
  // invoice, commission recomputed 42.02, paid in thirds 333.33, 333.33, 333.34:
  // round(4,202 × 33,333 / 100,000) = round(1,400.65) = 1,401; round(2,801.31) = 2,801 → 1,400;
  // last 4,202 → 1,401.
  EXPECT_EQ(*EarnedOnPayments(4'202, 100'000, V{33'333, 33'333, 33'334}), (V{1'401, 1'400, 1'401}));
  // More settled than can be: refused, naming the settlement.
  auto over = EarnedOnPayments(5'000, 119'000, V{100'000, 20'000});
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().field, "settlements/1");
}

TEST(CommissionsEarning, ClawbackClosedPeriodAgainstOpenPeriodRecompute) {
  // Marginal 2 % to 10,000.00, 4 % above. Invoices A 6,000.00 and B 5,000.00 earn 120.00 and
  // 120.00 (C(11,000) = 200 + 40 = 240.00). A credit note of 2,000.00 against B:
  const Schedule s = *OnAmount({{0, 20'000}, {1'000'000, 40'000}}, TierMode::kMarginal);
  // Closed: a negative line at B's own effective rate (120.00 on 5,000.00 = 2.4 %):
  // −round(12,000 × 200,000 / 500,000) = −48.00.
  EXPECT_EQ(*Clawback(12'000, 500'000, 200'000), -4'800);
  // Open: the period is recomputed with the credit note on the cumulative base: C(9,000.00) =
  // 180.00, so the credit note's line is 180 − 240 = −60.00 (it removes 1,000 at 4 % and
  // 1,000 at 2 %).
  const auto open = ByInvoice(s, 0, V{600'000, 500'000, -200'000});
  EXPECT_EQ(open[0].commission, 12'000);
  EXPECT_EQ(open[1].commission, 12'000);
  EXPECT_EQ(open[2].commission, -6'000);
  // Credit notes always give negative commission; a credit above the invoice is refused.
  // Half of an invoice that earned 123.45: −61.725 → −61.73 (half-up, away from zero).
  EXPECT_EQ(*Clawback(12'345, 100'000, 50'000), -6'173);
  EXPECT_FALSE(Clawback(12'000, 500'000, 500'001).ok());
}

TEST(CommissionsEarning, NegativeTotalsAreCarriedForward) {
  // November: a clawback of −50.00 and a sale earning 12.00 → −38.00, nothing payable, −38.00
  // carried into December; December's 100.00 pays 62.00.
  const auto nov = Totals(V{-5'000, 1'200}, 0);
  EXPECT_EQ(nov.total, -3'800);
  EXPECT_EQ(nov.payable, 0);
  EXPECT_EQ(nov.carried_out, -3'800);
  const auto dec = Totals(V{10'000}, nov.carried_out);
  EXPECT_EQ(dec.total, 6'200);
  EXPECT_EQ(dec.payable, 6'200);
  EXPECT_EQ(dec.carried_out, 0);
}

TEST(CommissionsEarning, PayoutCurrencyConvertedOncePerLine) {
  const Currency usd = *ParseCurrency("USD"), eur = *ParseCurrency("EUR");
  // USD 43.21 at 0.9 EUR = 38.889 → EUR 38.89.
  EXPECT_EQ(*ToPayout(Money{4'321, usd}, *Rate::Parse("0.9"), eur), 3'889);
  // The payout currency itself: unchanged.
  EXPECT_EQ(*ToPayout(Money{4'321, eur}, *Rate::Parse("0.9"), eur), 4'321);
}

}  // namespace
}  // namespace salesdesk::core::commissions
