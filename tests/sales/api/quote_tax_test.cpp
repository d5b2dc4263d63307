// Tax rates of quote lines default from the product's tax class and the customer (country, VAT
// id, fiscal position), are shown per line, and a rate other than the default is a tax_rate
// deviation that goes up the chain like a discount (docs/tax.md).
#include "sales/api/eur_price_list_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class QuoteTaxTest : public EurPriceListTest {
 protected:
  void SetUp() override {
    EurPriceListTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    device_id_ = SysCreate("products", {{"sku", "MED-10"},
                                        {"name", "Blood glucose meter"},
                                        {"tax_class", "reduced"},
                                        {"cost", {{"amount", "40.00"}, {"currency", "EUR"}}}});
    SysCreate("price-list-items",
              {{"price_list_id", list_id_}, {"product_id", device_id_}, {"price", "100.00"}});
    // Only the director may override tax; the senior manager has wide limits but not that.
    SysCreate("authority-rules",
              {{"role", "senior_manager"},
               {"max_discount_pct", "25"},
               {"min_margin_pct", "0"},
               {"max_payment_term_days", 90},
               {"max_contract_value", {{"amount", "500000"}, {"currency", "EUR"}}}});
    SysCreate("authority-rules",
              {{"role", "director"},
               {"max_discount_pct", "40"},
               {"min_margin_pct", "0"},
               {"max_payment_term_days", 120},
               {"max_contract_value", {{"amount", "5000000"}, {"currency", "EUR"}}},
               {"may_override_tax", true}});
    hospital_ = Customer("Hospital Clínic de Barcelona", "ES", "ESQ0802070C");
    distributor_ = Customer("MedVertrieb GmbH", "DE", "DE123456789");
    us_hospital_ = Customer("Boston General", "US", "04-1234567");
    swiss_clinic_ = Customer("Klinik Zürich AG", "CH", "CHE-123.456.789");
    french_no_vat_ = Customer("Cabinet Dupont", "FR", nullptr);
  }

  std::int64_t Customer(const char* name, const char* country, const char* tax_id) {
    json::object body{{"kind", "company"},
                      {"name", name},
                      {"country", country},
                      {"currency", "EUR"},
                      {"owner_id", UserId("rep_a")}};
    if (tax_id != nullptr) body["tax_id"] = tax_id;
    return SysCreate("accounts", body);
  }

  // A line of `product`: no tax_rate_pct unless `tax` is given.
  static json::object Line(std::int64_t product, const char* quantity, const char* tax = nullptr) {
    json::object line{{"product_id", product}, {"quantity", quantity}};
    if (tax != nullptr) line["tax_rate_pct"] = tax;
    return line;
  }
  std::string Body(std::int64_t account, json::array lines) const {
    return json::serialize(json::object{
        {"account_id", account}, {"price_list_id", list_id_}, {"lines", std::move(lines)}});
  }
  static std::string Q(std::int64_t id, const char* tail = "") {
    return "/api/v1/quotes/" + std::to_string(id) + tail;
  }
  static std::string Amount(const json::value& quote, const char* field) {
    return StringAt(quote.at(field), "amount");
  }

  std::int64_t device_id_ = 0;
  std::int64_t hospital_ = 0, distributor_ = 0, us_hospital_ = 0, swiss_clinic_ = 0,
               french_no_vat_ = 0;
};

TEST_P(QuoteTaxTest, SpanishHospitalGetsTheDomesticRateOfEachProductsClass) {
  HttpResult created = Call("rep_a", "POST", "/api/v1/quotes",
                            Body(hospital_, {Line(product_id(), "10"), Line(device_id_, "5")}));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value doc = created.Json();
  const json::value& standard = doc.at("lines").at(0);
  const json::value& reduced = doc.at("lines").at(1);
  EXPECT_EQ(StringAt(standard, "tax_rate_pct"), "21");
  EXPECT_EQ(StringAt(standard, "tax_regime"), "domestic");
  EXPECT_EQ(StringAt(standard, "tax_rate_source"), "default");
  EXPECT_EQ(StringAt(standard, "tax_default_pct"), "21");
  EXPECT_NE(StringAt(standard, "tax_note").find("standard rate 21 %"), std::string::npos)
      << StringAt(standard, "tax_note");
  EXPECT_EQ(StringAt(reduced, "tax_rate_pct"), "10") << "a medical device: reduced rate in ES";
  EXPECT_EQ(StringAt(reduced, "tax_regime"), "domestic");
  // 10 x 20.00 = 200.00 at 21 % (42.00); 5 x 100.00 = 500.00 at 10 % (50.00).
  EXPECT_EQ(Amount(doc.at("quote"), "untaxed"), "700.00");
  EXPECT_EQ(Amount(doc.at("quote"), "tax"), "92.00") << "never 'Tax EUR 0.00' again";
  EXPECT_EQ(Amount(doc.at("quote"), "total"), "792.00");
  EXPECT_TRUE(doc.at("deviations").as_array().empty()) << created.body;

  // The same rate typed is not an override.
  HttpResult typed = Call("rep_a", "POST", "/api/v1/quotes/preview",
                          Body(hospital_, {Line(product_id(), "10", "21")}));
  ASSERT_EQ(typed.status, 200) << typed.Describe();
  EXPECT_EQ(StringAt(typed.Json().at("lines").at(0), "tax_rate_source"), "default");
  EXPECT_TRUE(typed.Json().at("deviations").as_array().empty());
}

TEST_P(QuoteTaxTest, GermanDistributorWithAVatIdIsReverseCharged) {
  HttpResult created = Call("rep_a", "POST", "/api/v1/quotes",
                            Body(distributor_, {Line(product_id(), "10"), Line(device_id_, "1")}));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value doc = created.Json();
  for (const json::value& line : doc.at("lines").as_array()) {
    EXPECT_EQ(StringAt(line, "tax_rate_pct"), "0");
    EXPECT_EQ(StringAt(line, "tax_regime"), "reverse_charge");
    EXPECT_EQ(StringAt(line, "tax_rate_source"), "default");
    EXPECT_NE(StringAt(line, "tax_note").find("Art. 196 Directive 2006/112/EC"), std::string::npos);
  }
  EXPECT_EQ(Amount(doc.at("quote"), "tax"), "0.00");
  EXPECT_TRUE(doc.at("deviations").as_array().empty());
  // The PDF names the regime.
  HttpResult pdf = Call("rep_a", "GET", Q(IntAt(doc.at("quote"), "id"), "/pdf"));
  ASSERT_EQ(pdf.status, 200) << pdf.Describe();
}

TEST_P(QuoteTaxTest, CustomersOutsideTheEuAreExportsAtZero) {
  for (std::int64_t account : {us_hospital_, swiss_clinic_}) {
    HttpResult created = Call("rep_a", "POST", "/api/v1/quotes",
                              Body(account, {Line(product_id(), "10"), Line(device_id_, "1")}));
    ASSERT_EQ(created.status, 201) << created.Describe();
    const json::value doc = created.Json();
    for (const json::value& line : doc.at("lines").as_array()) {
      EXPECT_EQ(StringAt(line, "tax_rate_pct"), "0");
      EXPECT_EQ(StringAt(line, "tax_regime"), "export");
    }
    EXPECT_EQ(Amount(doc.at("quote"), "tax"), "0.00");
  }
}

TEST_P(QuoteTaxTest, EuBusinessWithoutVatIdPaysTheSellersRate) {
  HttpResult preview = Call("rep_a", "POST", "/api/v1/quotes/preview",
                            Body(french_no_vat_, {Line(device_id_, "1")}));
  ASSERT_EQ(preview.status, 200) << preview.Describe();
  EXPECT_EQ(StringAt(preview.Json().at("lines").at(0), "tax_rate_pct"), "10");
  EXPECT_EQ(StringAt(preview.Json().at("lines").at(0), "tax_regime"), "intra_eu_b2c");
}

TEST_P(QuoteTaxTest, TheAccountsFiscalPositionOverridesTheAutomaticRegime) {
  const std::string path = "/api/v1/accounts/" + std::to_string(hospital_);
  HttpResult patched = Call("director", "PATCH", path, R"({"fiscal_position":"exempt"})",
                            {{"If-Match", ETagOf("accounts", hospital_)}});
  ASSERT_EQ(patched.status, 200) << patched.Describe();
  HttpResult preview =
      Call("rep_a", "POST", "/api/v1/quotes/preview", Body(hospital_, {Line(device_id_, "1")}));
  ASSERT_EQ(preview.status, 200) << preview.Describe();
  EXPECT_EQ(StringAt(preview.Json().at("lines").at(0), "tax_rate_pct"), "0");
  EXPECT_EQ(StringAt(preview.Json().at("lines").at(0), "tax_regime"), "exempt");
  HttpResult bad = Call("director", "PATCH", path, R"({"fiscal_position":"b2b"})",
                        {{"If-Match", ETagOf("accounts", hospital_)}});
  EXPECT_EQ(bad.status, 422) << bad.Describe();
  EXPECT_EQ(StringAt(bad.Json(), "field"), "fiscal_position") << bad.body;
}

TEST_P(QuoteTaxTest, ARepOverridingTaxNeedsApprovalFromSomeoneWhoMay) {
  HttpResult created =
      Call("rep_a", "POST", "/api/v1/quotes", Body(hospital_, {Line(product_id(), "10", "0")}));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value doc = created.Json();
  const std::int64_t id = IntAt(doc.at("quote"), "id");
  const json::value& line = doc.at("lines").at(0);
  EXPECT_EQ(StringAt(line, "tax_rate_pct"), "0");
  EXPECT_EQ(StringAt(line, "tax_rate_source"), "manual");
  EXPECT_EQ(StringAt(line, "tax_default_pct"), "21");
  EXPECT_EQ(Amount(doc.at("quote"), "tax"), "0.00");
  ASSERT_EQ(doc.at("deviations").as_array().size(), 1u) << created.body;
  const json::value& deviation = doc.at("deviations").at(0);
  EXPECT_EQ(StringAt(deviation, "kind"), "tax_rate");
  EXPECT_EQ(StringAt(deviation, "scope"), "line");
  EXPECT_EQ(StringAt(deviation, "requested"), "0");
  EXPECT_EQ(StringAt(deviation, "allowed"), "21");

  // Workflow actions act on the version of the quote the caller saw (If-Match).
  auto seen = [&] { return Headers{{"If-Match", ETagOf("quotes", id)}}; };
  HttpResult submitted = Call("rep_a", "POST", Q(id, "/submit"), "", seen());
  ASSERT_EQ(submitted.status, 200) << submitted.Describe();
  EXPECT_EQ(StringAt(submitted.Json().at("quote"), "status"), "pending_approval");
  // Neither the manager nor the senior manager may override tax: the director decides.
  const json::value approval = submitted.Json().at("approval");
  EXPECT_EQ(IntAt(approval, "approver_id"), UserId("director"));
  EXPECT_FALSE(approval.at("exceeds_every_authority").as_bool());
  const std::string decide = "/api/v1/approval-requests/" + std::to_string(IntAt(approval, "id"));
  EXPECT_EQ(Call("senior", "POST", decide + "/approve", "", seen()).status, 403);
  HttpResult approved = Call("director", "POST", decide + "/approve", "", seen());
  ASSERT_EQ(approved.status, 200) << approved.Describe();
  EXPECT_EQ(StringAt(approved.Json().at("quote"), "status"), "approved");

  // The approved override survives an edit with the same rate; another rate asks again.
  auto put = [&](const char* tax) {
    const json::value now = Call("rep_a", "GET", Q(id, "/document")).Json();
    json::object l = Line(product_id(), "10", tax);
    l["line_key"] = StringAt(now.at("lines").at(0), "line_key");
    return Call("rep_a", "PUT", Q(id), json::serialize(json::object{{"lines", json::array{l}}}),
                {{"If-Match", "\"" + std::to_string(IntAt(now.at("quote"), "version")) + "\""}});
  };
  HttpResult same = put("0");
  ASSERT_EQ(same.status, 200) << same.Describe();
  EXPECT_EQ(StringAt(same.Json().at("quote"), "status"), "approved");
  HttpResult other = put("4");
  ASSERT_EQ(other.status, 200) << other.Describe();
  EXPECT_EQ(StringAt(other.Json().at("quote"), "status"), "draft");
}

TEST_P(QuoteTaxTest, TheDirectorMayOverrideTaxAlone) {
  const std::int64_t own = AccountOf("director").id;
  HttpResult created =
      Call("director", "POST", "/api/v1/quotes", Body(own, {Line(product_id(), "1", "4")}));
  ASSERT_EQ(created.status, 201) << created.Describe();
  EXPECT_EQ(StringAt(created.Json().at("lines").at(0), "tax_rate_source"), "manual");
  EXPECT_TRUE(created.Json().at("deviations").as_array().empty()) << created.body;
}

TEST_P(QuoteTaxTest, WithoutTheCompanysCountryALineMustGiveItsRate) {
  {
    auto done = db().BeginWrite();
    ASSERT_TRUE(done.ok());
    ASSERT_TRUE((*done)->ExecScript("UPDATE settings SET country = NULL").ok());
    ASSERT_TRUE((*done)->Commit().ok());
  }
  HttpResult missing =
      Call("rep_a", "POST", "/api/v1/quotes/preview", Body(hospital_, {Line(product_id(), "1")}));
  EXPECT_EQ(missing.status, 422) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "lines[0].tax_rate_pct") << missing.body;
  EXPECT_NE(missing.body.find("settings"), std::string::npos) << missing.body;
  HttpResult typed = Call("rep_a", "POST", "/api/v1/quotes/preview",
                          Body(hospital_, {Line(product_id(), "1", "21")}));
  ASSERT_EQ(typed.status, 200) << typed.Describe();
  EXPECT_EQ(StringAt(typed.Json().at("lines").at(0), "tax_rate_source"), "manual");
  EXPECT_TRUE(typed.Json().at("deviations").as_array().empty()) << "no default to deviate from";
}

TEST_P(QuoteTaxTest, ProductTaxClassIsACheckedEnumDefaultingToStandard) {
  HttpResult product = Call("director", "GET", "/api/v1/products/" + std::to_string(product_id()));
  ASSERT_EQ(product.status, 200);
  EXPECT_EQ(StringAt(product.Json(), "tax_class"), "standard");
  HttpResult bad =
      Call("director", "PATCH", "/api/v1/products/" + std::to_string(product_id()),
           R"({"tax_class":"medical"})", {{"If-Match", ETagOf("products", product_id())}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "tax_class") << bad.body;
}

SD_INSTANTIATE_API_TEST(QuoteTaxTest);

}  // namespace
}  // namespace salesdesk::api_test
