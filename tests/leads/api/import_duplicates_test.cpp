// Duplicate candidates in an import's dry run (decisions 0034 and 0054), on both engines: the
// leads module lends its check to the platform's import, so each good row of an accounts or
// leads file names the records it looks like — those the caller may see, with the kinds that
// matched; rows of other entities are not checked.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class ImportDuplicatesTest : public ApiTest {
 protected:
  json::value DryRun(const std::string& user, const std::string& entity, const std::string& file) {
    HttpResult up = Call(user, "POST", "/api/v1/imports?entity=" + entity, file,
                         {{"Content-Type", "text/csv"}});
    EXPECT_EQ(up.status, 201) << up.Describe();
    HttpResult dry = Call(user, "POST",
                          "/api/v1/imports/" + std::to_string(IntAt(up.Json(), "id")) + "/dry-run");
    EXPECT_EQ(dry.status, 200) << dry.Describe();
    return dry.Json();
  }
};

TEST_P(ImportDuplicatesTest, GoodRowsNameTheRecordsTheyLookLike) {
  const std::int64_t mine = SysCreate("accounts", {{"kind", "company"},
                                                   {"name", "Müller Medizintechnik GmbH"},
                                                   {"tax_id", "DE123456789"},
                                                   {"country", "DE"},
                                                   {"currency", "EUR"},
                                                   {"owner_id", UserId("rep_a")}});
  // Row 2: another legal form of the same name and its VAT id; row 3: nothing alike; row 4:
  // a bad row (no country) is reported as bad, not checked.
  const std::string file =
      "kind,name,tax_id,country,currency\r\n"
      "company,Müller Medizintechnik AG,de 123.456.789,DE,EUR\r\n"
      "company,Zeta Optics,,FR,EUR\r\n"
      "company,Müller Medizintechnik,,,EUR\r\n";
  const json::value v = DryRun("rep_a", "accounts", file);
  EXPECT_EQ(IntAt(v, "rows_ok"), 2);
  EXPECT_EQ(IntAt(v, "rows_bad"), 1);
  EXPECT_EQ(IntAt(v, "duplicates_checked"), 2);
  const json::array& dups = v.at("duplicates").as_array();
  ASSERT_EQ(dups.size(), 1u) << v;
  EXPECT_EQ(IntAt(dups[0], "row"), 2);
  const json::value& match = dups[0].at("matches").at(0);
  EXPECT_EQ(StringAt(match, "entity"), "accounts");
  EXPECT_EQ(IntAt(match, "id"), mine);
  EXPECT_EQ(StringAt(match, "label"), "Müller Medizintechnik GmbH");
  EXPECT_EQ(json::serialize(match.at("matched")), R"(["vat","name"])");

  // rep_c (another team) does not see rep_a's account: nothing is named to them.
  const json::value other = DryRun("rep_c", "accounts", file);
  EXPECT_TRUE(other.at("duplicates").as_array().empty()) << other;
  // A lead file is checked against accounts too.
  const json::value leads =
      DryRun("rep_a", "leads", "company,country\r\nMÜLLER MEDIZINTECHNIK,DE\r\n");
  ASSERT_EQ(leads.at("duplicates").as_array().size(), 1u) << leads;
  EXPECT_EQ(IntAt(leads.at("duplicates").at(0).at("matches").at(0), "id"), mine);
  // Products have no duplicate check: nothing checked.
  const json::value products = DryRun("director", "products", "sku,name\r\nX-1,Gauze\r\n");
  EXPECT_EQ(IntAt(products, "rows_ok"), 1) << products;
  EXPECT_EQ(IntAt(products, "duplicates_checked"), 0);
}

// Two rows of one file alike are flagged too (before, only rows like stored records were): each
// row names the earlier rows it looks like, once each, with the kinds they share; a bad row is
// neither compared nor remembered.
TEST_P(ImportDuplicatesTest, RowsAlikeInOneFileNameTheEarlierRow) {
  const std::string file =
      "kind,name,tax_id,country,currency\r\n"
      "company,Alpha Clinic S.L.,B12345678,ES,EUR\r\n"  // row 2
      "company,Beta Labs,,ES,EUR\r\n"                   // row 3
      "company,ALPHA CLINIC,b-12345678,ES,EUR\r\n"      // row 4: like row 2
      "company,Beta Labs,,,EUR\r\n"                     // row 5: bad (no country)
      "company,Alpha Clinic,,ES,EUR\r\n";               // row 6: like rows 2 and 4
  const json::value v = DryRun("rep_a", "accounts", file);
  EXPECT_EQ(IntAt(v, "rows_ok"), 4);
  const json::array& dups = v.at("duplicates").as_array();
  ASSERT_EQ(dups.size(), 2u) << v;
  EXPECT_EQ(IntAt(dups[0], "row"), 4);
  EXPECT_TRUE(dups[0].at("matches").as_array().empty());
  EXPECT_EQ(json::serialize(dups[0].at("same_file")), R"([{"row":2,"matched":["name","vat"]}])");
  EXPECT_EQ(IntAt(dups[1], "row"), 6);
  EXPECT_EQ(json::serialize(dups[1].at("same_file")), R"([{"row":2,"matched":["name"]}])");
}

SD_INSTANTIATE_API_TEST(ImportDuplicatesTest);

}  // namespace
}  // namespace salesdesk::api_test
