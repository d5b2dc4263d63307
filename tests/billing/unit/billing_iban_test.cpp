// ISO 13616 IBAN check digits and the ISO 9362 BIC shape (decision 0049).
#include <gtest/gtest.h>

#include "modules/billing/core/iban.h"

namespace salesdesk::core::billing {
namespace {

// DE89 3704 0044 0532 0130 00: 370400440532013000 + "DE" (13 14) + "89" → 370400440532013000131489
// mod 97 = 1 (the standard's own example); changing the last digit breaks it.
TEST(BillingIban, TheStandardsExamplesPassAndATypoFails) {
  EXPECT_EQ(CompactIban("de89 3704 0044 0532 0130 00"), "DE89370400440532013000");
  EXPECT_TRUE(IbanValid("DE89370400440532013000"));
  EXPECT_TRUE(IbanValid("GB82WEST12345698765432"));
  EXPECT_TRUE(IbanValid("ES9121000418450200051332"));
  EXPECT_FALSE(IbanValid("DE89370400440532013001"));
  EXPECT_FALSE(IbanValid("DE8937040044"));             // too short
  EXPECT_FALSE(IbanValid("1E89370400440532013000"));   // no country
  EXPECT_FALSE(IbanValid("DE89-370400440532013000"));  // not a letter or digit
}

TEST(BillingIban, ABicHasEightOrElevenCharacters) {
  EXPECT_TRUE(BicValid("COBADEFF"));
  EXPECT_TRUE(BicValid("COBADEFFXXX"));
  EXPECT_FALSE(BicValid("COBADEF"));
  EXPECT_FALSE(BicValid("C0BADEFF"));  // a digit in the bank code
}

}  // namespace
}  // namespace salesdesk::core::billing
