// The normalisers behind duplicate detection: names folded and stripped of legal forms, VAT ids
// compacted, free-mail domains ignored, phones as digits with the country calling code.
#include <gtest/gtest.h>

#include "modules/leads/core/duplicate_keys.h"

namespace salesdesk::core::leads {
namespace {

TEST(DuplicateKeysTest, NamesFoldCaseAccentsPunctuationAndLegalForms) {
  EXPECT_EQ(NameKey("Müller Medizintechnik GmbH & Co. KG"), "muller medizintechnik");
  EXPECT_EQ(NameKey("MULLER MEDIZINTECHNIK"), "muller medizintechnik");
  EXPECT_EQ(NameKey("Clínica Santa Ana, S.L."), "clinica santa ana");
  EXPECT_EQ(NameKey("Clinica Santa Ana SL"), "clinica santa ana");
  EXPECT_EQ(NameKey("Acme Ltd."), "acme");
  EXPECT_EQ(NameKey("Acme, Inc"), "acme");
  EXPECT_EQ(NameKey("Lumen Labs B.V."), "lumen labs");
  EXPECT_EQ(NameKey("Dupont SARL"), "dupont");
  EXPECT_EQ(NameKey("Hospital Clínic S.A."), "hospital clinic");
  EXPECT_EQ(NameKey("Nordklinik AG"), "nordklinik");
  // A name that is only a legal form keeps it; words inside a name stay.
  EXPECT_EQ(NameKey("AG"), "ag");
  EXPECT_EQ(NameKey("Co-Med Supplies"), "co med supplies");
  EXPECT_EQ(NameKey("  "), "");
}

TEST(DuplicateKeysTest, VatIdsAreUpperCaseWithoutSeparators) {
  EXPECT_EQ(VatKey("de 123.456-789"), "DE123456789");
  EXPECT_EQ(VatKey("DE123456789"), "DE123456789");
  EXPECT_EQ(VatKey("CHE-123.456.789 MWST"), "CHE123456789MWST");
  EXPECT_EQ(VatKey("-"), "");
}

TEST(DuplicateKeysTest, EmailDomainsExceptFreeMail) {
  EXPECT_EQ(DomainKey("Ana@Hospital-Clinic.es"), "hospital-clinic.es");
  EXPECT_EQ(DomainKey("someone@gmail.com"), "");
  EXPECT_EQ(DomainKey("x@qq.com"), "");
  EXPECT_EQ(DomainKey("x@163.com"), "");
  EXPECT_EQ(DomainKey("x@gmx.de"), "");
  EXPECT_EQ(DomainKey("no address"), "");
}

TEST(DuplicateKeysTest, PhonesAreDigitsWithTheCountryCode) {
  EXPECT_EQ(PhoneKey("+34 91 123 45 67", "ES"), "34911234567");
  EXPECT_EQ(PhoneKey("0034 911 234 567", "ES"), "34911234567");
  EXPECT_EQ(PhoneKey("911 23 45 67", "ES"), "34911234567");
  EXPECT_EQ(PhoneKey("030 1234567", "DE"), "49301234567");
  EXPECT_EQ(PhoneKey("+49 (30) 123-4567", "FR"), "49301234567");
  EXPECT_EQ(PhoneKey("06 1234 5678", "IT"), "390612345678");  // Italy keeps its leading 0
  EXPECT_EQ(PhoneKey("12", "DE"), "");
  EXPECT_EQ(PhoneKey("", "DE"), "");
}

}  // namespace
}  // namespace salesdesk::core::leads
