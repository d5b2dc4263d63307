// DefaultTax: every regime, every class, fiscal positions, fallbacks and errors.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "modules/sales/core/tax/tax_default.h"
#include "modules/sales/core/tax/tax_rates.h"

namespace salesdesk::core::tax {
namespace {

Percent P(const char* text) { return Percent::Parse(text).value(); }

TaxQuestion Ask(const char* seller, const char* customer, bool business, const char* vat_id,
                TaxClass c = TaxClass::kStandard, FiscalPosition p = FiscalPosition::kAuto) {
  return TaxQuestion{seller, customer, business, vat_id, p, c};
}

struct Case {
  std::string name;
  TaxQuestion question;
  const char* rate;
  TaxRegime regime;
  const char* reason_part;  // a piece the reason must contain
  friend void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }
};

class DefaultTaxTest : public ::testing::TestWithParam<Case> {};

TEST_P(DefaultTaxTest, AnswersRateRegimeAndReason) {
  const Case& c = GetParam();
  auto answer = DefaultTax(c.question);
  ASSERT_TRUE(answer.ok()) << answer.error().message;
  EXPECT_EQ(answer->rate, P(c.rate)) << answer->rate.ToString();
  EXPECT_EQ(TaxRegimeName(answer->regime), std::string(TaxRegimeName(c.regime)));
  EXPECT_NE(answer->reason.find(c.reason_part), std::string::npos) << answer->reason;
  // The regime alone never depends on the class.
  auto regime = RegimeOf(c.question);
  ASSERT_TRUE(regime.ok());
  EXPECT_EQ(*regime, c.regime);
}

using C = TaxClass;
using F = FiscalPosition;
using R = TaxRegime;

INSTANTIATE_TEST_SUITE_P(
    Regimes, DefaultTaxTest,
    ::testing::Values(
        // The Spanish hospital: domestic, by class.
        Case{"EsHospitalStandard", Ask("ES", "ES", true, "ESQ2866001G"), "21", R::kDomestic,
             "standard rate 21 %"},
        Case{"EsHospitalMedicalDeviceReduced", Ask("ES", "ES", true, "ESQ2866001G", C::kReduced),
             "10", R::kDomestic, "reduced rate 10 %"},
        Case{"EsSuperReduced", Ask("ES", "ES", false, "", C::kSuperReduced), "4", R::kDomestic,
             "super-reduced rate 4 %"},
        Case{"EsZero", Ask("ES", "ES", true, "ESB1", C::kZero), "0", R::kDomestic, "zero rate"},
        Case{"EsExemptProduct", Ask("ES", "ES", true, "ESB1", C::kExempt), "0", R::kDomestic,
             "exempt product"},
        // A domestic customer's VAT id changes nothing.
        Case{"EsPersonDomestic", Ask("ES", "ES", false, ""), "21", R::kDomestic, "Domestic"},
        // Intra-EU B2B with a VAT id: reverse charge, whatever the class.
        Case{"DeDistributorWithVatId", Ask("ES", "DE", true, "DE123456789"), "0", R::kReverseCharge,
             "Art. 196 Directive 2006/112/EC"},
        Case{"DeDistributorReducedStillReverse", Ask("ES", "DE", true, "DE1", C::kReduced), "0",
             R::kReverseCharge, "reverse charge"},
        // Intra-EU without a VAT id (a business lacking one, or a person): the seller's rate.
        Case{"FrCompanyWithoutVatId", Ask("ES", "FR", true, ""), "21", R::kIntraEuB2c,
             "OSS not handled"},
        Case{"FrPersonReduced", Ask("ES", "FR", false, "", C::kReduced), "10", R::kIntraEuB2c,
             "ES VAT applies"},
        // A person with a tax id is still a consumer.
        Case{"ItPersonWithTaxId", Ask("ES", "IT", false, "RSSMRA80A01H501U"), "21", R::kIntraEuB2c,
             "consumer"},
        // Outside the EU: export, 0 %, business or not, any class.
        Case{"UsHospitalExport", Ask("ES", "US", true, "12-3456789"), "0", R::kExport,
             "Export to US"},
        Case{"ChClinicExport", Ask("ES", "CH", true, "CHE-123.456.789", C::kReduced), "0",
             R::kExport, "exempt, 0 %"},
        Case{"GbAfterBrexitExport", Ask("ES", "GB", false, ""), "0", R::kExport, "Export"},
        Case{"NoPersonExport", Ask("ES", "NO", false, ""), "0", R::kExport, "Export"},
        // Another seller country: its own table.
        Case{"DeSellerDomesticReduced", Ask("DE", "DE", true, "DE1", C::kReduced), "7",
             R::kDomestic, "reduced rate 7 %"},
        Case{"DeSellerSpanishHospitalReverse", Ask("DE", "ES", true, "ESQ1"), "0",
             R::kReverseCharge, "in ES"},
        Case{"FiSellerStandardWithDecimals", Ask("FI", "FI", false, ""), "25.5", R::kDomestic,
             "25.5 %"},
        // Fallbacks upwards when a tier is missing.
        Case{"DkHasNoReducedRate", Ask("DK", "DK", false, "", C::kReduced), "25", R::kDomestic,
             "no reduced rates"},
        Case{"DkHasNoSuperReducedRate", Ask("DK", "DK", false, "", C::kSuperReduced), "25",
             R::kDomestic, "no reduced rates"},
        Case{"DeSuperReducedFallsToReduced", Ask("DE", "DE", false, "", C::kSuperReduced), "7",
             R::kDomestic, "no super-reduced rate"},
        Case{"PtSuperReducedFallsToLowerReduced", Ask("PT", "PT", false, "", C::kSuperReduced), "6",
             R::kDomestic, "lower reduced rate"},
        Case{"FrSuperReduced", Ask("FR", "FR", false, "", C::kSuperReduced), "2.1", R::kDomestic,
             "super-reduced"},
        // Fiscal positions override the automatic regime.
        Case{"PositionExemptBeatsDomestic", Ask("ES", "ES", true, "ESQ1", C::kStandard, F::kExempt),
             "0", R::kExempt, "fiscal position"},
        Case{"PositionExportForEuCustomer", Ask("ES", "FR", true, "", C::kStandard, F::kExport),
             "0", R::kExport, "fiscal position"},
        Case{"PositionReverseChargeWithoutVatId",
             Ask("ES", "PT", true, "", C::kStandard, F::kReverseCharge), "0", R::kReverseCharge,
             "fiscal position"},
        Case{"PositionDomesticForForeignCustomer",
             Ask("ES", "DE", true, "DE1", C::kReduced, F::kDomestic), "10", R::kDomestic,
             "fiscal position"},
        Case{"PositionDomesticForExportCustomer",
             Ask("ES", "US", true, "", C::kStandard, F::kDomestic), "21", R::kDomestic,
             "Domestic sale in ES"}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(DefaultTaxErrorsTest, SellerOutsideTheTableNamesTheSetting) {
  for (const char* seller : {"", "US", "CH", "GB", "EL"}) {
    auto answer = DefaultTax(Ask(seller, "ES", true, "ESB1"));
    ASSERT_FALSE(answer.ok()) << seller;
    EXPECT_EQ(answer.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(answer.error().field, "settings.country");
    EXPECT_NE(answer.error().message.find("tax_rate_pct"), std::string::npos)
        << "says how to go on: " << answer.error().message;
  }
}

TEST(DefaultTaxErrorsTest, CustomerWithoutCountryNamesTheAccount) {
  auto answer = DefaultTax(Ask("ES", "", true, "ESB1"));
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.error().field, "account.country");
}

// Every seller in the table, every customer kind, every class: the rate is one of the seller's
// rates (or 0), and 0 exactly when the regime or the class says so.
TEST(DefaultTaxExhaustiveTest, RatesComeFromTheSellersRowOnly) {
  const std::vector<TaxClass> classes = {C::kStandard, C::kReduced, C::kSuperReduced, C::kZero,
                                         C::kExempt};
  for (const CountryRates& seller : EuCountryRates()) {
    for (const char* customer : {"ES", "DE", "US", "CH"}) {
      for (bool vat : {false, true}) {
        for (TaxClass c : classes) {
          TaxQuestion q =
              Ask(std::string(seller.country).c_str(), customer, vat, vat ? "X1" : "", c);
          auto answer = DefaultTax(q);
          ASSERT_TRUE(answer.ok()) << answer.error().message;
          const bool same = q.customer_country == q.seller_country;
          const bool zero_regime =
              !same && (!IsEuMember(customer) || vat);  // export or reverse charge
          const bool zero_class = c == C::kZero || c == C::kExempt;
          SCOPED_TRACE(std::string(seller.country) + "->" + customer + " " + TaxClassName(c));
          if (zero_regime || zero_class) {
            EXPECT_EQ(answer->rate, Percent{});
          } else {
            const bool from_row =
                answer->rate == seller.standard || answer->rate == seller.reduced ||
                answer->rate == seller.lower_reduced || answer->rate == seller.super_reduced;
            EXPECT_TRUE(from_row) << answer->rate.ToString();
            EXPECT_GT(answer->rate, Percent{});
            if (c == C::kStandard) {
              EXPECT_EQ(answer->rate, seller.standard);
            }
          }
          EXPECT_FALSE(answer->reason.empty());
        }
      }
    }
  }
}

TEST(TaxNamesTest, RoundTripAndRejectUnknown) {
  for (TaxClass c : {C::kStandard, C::kReduced, C::kSuperReduced, C::kZero, C::kExempt}) {
    EXPECT_EQ(ParseTaxClass(TaxClassName(c)), c);
  }
  for (F p : {F::kAuto, F::kDomestic, F::kReverseCharge, F::kExport, F::kExempt}) {
    EXPECT_EQ(ParseFiscalPosition(FiscalPositionName(p)), p);
  }
  for (R r : {R::kDomestic, R::kReverseCharge, R::kExport, R::kIntraEuB2c, R::kExempt}) {
    EXPECT_EQ(ParseTaxRegime(TaxRegimeName(r)), r);
  }
  EXPECT_EQ(std::string(TaxClassName(C::kSuperReduced)), "super_reduced");
  EXPECT_EQ(std::string(TaxRegimeName(R::kIntraEuB2c)), "intra_eu_b2c");
  EXPECT_FALSE(ParseTaxClass("Reduced").has_value());
  EXPECT_FALSE(ParseTaxClass("").has_value());
  EXPECT_FALSE(ParseFiscalPosition("b2b").has_value());
  EXPECT_FALSE(ParseTaxRegime("oss").has_value());
}

}  // namespace
}  // namespace salesdesk::core::tax
