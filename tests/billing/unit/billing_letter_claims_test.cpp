// E-R10: a letter is resolved only when principal, interest and fees are settled or waived.
#include <gtest/gtest.h>

#include "modules/billing/core/letter_claims.h"

namespace salesdesk::core::billing {
namespace {

TEST(BillingLetterClaims, PayingThePrincipalDoesNotResolveTheLetter) {
  // Principal 1,000.00 paid in full; interest 43.84 and a 5.00 fee still open.
  LetterClaims open{0, 4384, 500};
  EXPECT_FALSE(LetterResolved(open));
  // A payment of 43.84 + 5.00 clears the claims (E-R11 order: interest then fees).
  const OpenItem item{Date(), open.principal, open.interest, open.fees};
  const Application a = ApplyPayment(4884, std::span<const OpenItem>(&item, 1));
  EXPECT_EQ(a.unapplied, 0);
  for (const Applied& x : a.applied)
    (x.claim == Claim::kInterest ? open.interest : open.fees) -= x.amount;
  EXPECT_TRUE(LetterResolved(open));
}

TEST(BillingLetterClaims, AWaiverWithAReasonResolvesWhatIsLeft) {
  LetterClaims open{0, 4384, 500};
  auto fees = ApplyWaiver(open, {Claim::kFees, 500, "Goodwill: first delay in ten years"});
  ASSERT_TRUE(fees.ok()) << fees.error().message;
  EXPECT_EQ(fees->fees, 0);
  EXPECT_FALSE(LetterResolved(*fees));  // interest still open
  auto interest = ApplyWaiver(*fees, {Claim::kInterest, 4384, "Agreed with the customer"});
  ASSERT_TRUE(interest.ok());
  EXPECT_TRUE(LetterResolved(*interest));
  // Part of a claim may be waived: 43.84 − 20.00 = 23.84 left.
  EXPECT_EQ(ApplyWaiver(open, {Claim::kInterest, 2000, "Half"})->interest, 2384);
}

TEST(BillingLetterClaims, WaiversAreRefusedWithoutReasonBeyondTheClaimOrOnPrincipal) {
  const LetterClaims open{10000, 4384, 500};
  auto no_reason = ApplyWaiver(open, {Claim::kFees, 500, "  "});
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "reason");
  EXPECT_EQ(no_reason.error().message_code, "billing.waiver_reason");
  auto principal = ApplyWaiver(open, {Claim::kPrincipal, 100, "No"});
  ASSERT_FALSE(principal.ok());
  EXPECT_EQ(principal.error().field, "claim");
  EXPECT_EQ(principal.error().message_code, "billing.waiver_principal");
  EXPECT_EQ(ApplyWaiver(open, {Claim::kFees, 501, "Too much"}).error().field, "amount");
  EXPECT_EQ(ApplyWaiver(open, {Claim::kFees, 0, "Nothing"}).error().field, "amount");
  EXPECT_FALSE(LetterResolved(open));
}

}  // namespace
}  // namespace salesdesk::core::billing
