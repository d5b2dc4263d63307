// The EU VAT table: complete, sorted, plausible, and the rows the demo and the issue rely on.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "modules/sales/core/tax/tax_rates.h"

namespace salesdesk::core::tax {
namespace {

Percent P(const char* text) { return Percent::Parse(text).value(); }

TEST(TaxRatesTest, HoldsTheTwentySevenMemberStatesSortedOnce) {
  const std::set<std::string> expected = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                          "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                          "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
  std::set<std::string> seen;
  std::string previous;
  for (const CountryRates& r : EuCountryRates()) {
    EXPECT_LT(previous, std::string(r.country)) << "sorted, no duplicates";
    previous = std::string(r.country);
    seen.insert(previous);
  }
  EXPECT_EQ(seen, expected);
}

TEST(TaxRatesTest, EveryRowIsOrderedAndWithinTheDirectivesBounds) {
  for (const CountryRates& r : EuCountryRates()) {
    SCOPED_TRACE(std::string(r.country));
    // Art. 97: standard at least 15 %; Art. 99: reduced at least 5 %; nobody above 27 %.
    EXPECT_GE(r.standard, P("15"));
    EXPECT_LE(r.standard, P("27"));
    if (r.reduced) {
      EXPECT_LT(*r.reduced, r.standard);
      EXPECT_GE(*r.reduced, P("5"));
    }
    if (r.lower_reduced) {
      ASSERT_TRUE(r.reduced) << "a lower reduced rate needs a main one";
      EXPECT_LT(*r.lower_reduced, *r.reduced);
      EXPECT_GE(*r.lower_reduced, P("5"));
    }
    if (r.super_reduced) {
      EXPECT_LT(*r.super_reduced, P("5"));
      EXPECT_GT(*r.super_reduced, Percent{});
    }
  }
}

TEST(TaxRatesTest, KnownRows) {
  const CountryRates* es = FindCountryRates("ES");
  ASSERT_NE(es, nullptr);
  EXPECT_EQ(es->standard, P("21"));
  EXPECT_EQ(es->reduced, P("10"));
  EXPECT_EQ(es->super_reduced, P("4"));
  EXPECT_EQ(FindCountryRates("DE")->standard, P("19"));
  EXPECT_EQ(FindCountryRates("DE")->reduced, P("7"));
  EXPECT_EQ(FindCountryRates("FR")->super_reduced, P("2.1"));
  EXPECT_EQ(FindCountryRates("FR")->lower_reduced, P("5.5"));
  EXPECT_EQ(FindCountryRates("FI")->standard, P("25.5"));
  EXPECT_EQ(FindCountryRates("IE")->reduced, P("13.5"));
  EXPECT_EQ(FindCountryRates("IT")->standard, P("22"));
  EXPECT_EQ(FindCountryRates("PT")->standard, P("23"));
  EXPECT_EQ(FindCountryRates("NL")->reduced, P("9"));
  EXPECT_EQ(FindCountryRates("BE")->standard, P("21"));
  EXPECT_EQ(FindCountryRates("AT")->standard, P("20"));
  EXPECT_EQ(FindCountryRates("PL")->standard, P("23"));
  EXPECT_EQ(FindCountryRates("SE")->standard, P("25"));
  EXPECT_EQ(FindCountryRates("HU")->standard, P("27"));
  EXPECT_FALSE(FindCountryRates("DK")->reduced.has_value());
}

TEST(TaxRatesTest, MembershipIsByIsoCodeOnly) {
  for (const char* eu : {"ES", "DE", "FR", "IT", "PT", "NL", "BE", "AT", "PL", "SE", "IE", "DK"}) {
    EXPECT_TRUE(IsEuMember(eu)) << eu;
  }
  // Demo countries outside the EU, and codes that are not ISO country codes.
  for (const char* other :
       {"CH", "NO", "GB", "US", "CN", "JP", "BR", "AE", "KW", "EL", "XI", "", "es", "ESP"}) {
    EXPECT_FALSE(IsEuMember(other)) << other;
    EXPECT_EQ(FindCountryRates(other), nullptr) << other;
  }
}

}  // namespace
}  // namespace salesdesk::core::tax
