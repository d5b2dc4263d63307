// Imports through the API on both engines: upload (CSV and XLSX), the proposed and remembered
// mapping, the dry run naming every bad row's row, column and code, the background run (good
// rows land with the caller as owner, bad rows reported), re-runs that never double, access,
// and export -> import round trips in both formats.
#include <chrono>
#include <thread>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

class ImportTest : public ApiTest {
 protected:
  HttpResult Upload(const std::string& user, const std::string& entity, const std::string& file,
                    const char* type = "text/csv", Headers extra = {}) {
    extra.emplace_back("Content-Type", type);
    return Call(user, "POST", "/api/v1/imports?entity=" + entity, file, extra);
  }

  // Polls the import until its run is over (done or failed), at most 60 s.
  json::value WaitForRun(const std::string& user, std::int64_t id) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
      HttpResult r = Call(user, "GET", "/api/v1/imports/" + std::to_string(id));
      EXPECT_EQ(r.status, 200) << r.Describe();
      const json::value v = r.Json();
      const std::string status = StringAt(v, "status");
      if (status != "running" || std::chrono::steady_clock::now() > deadline) return v;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  std::int64_t CountAccounts(const std::string& q) {
    HttpResult r = Call("director", "GET", "/api/v1/accounts?count=exact&limit=1&q=" + q);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return IntAt(r.Json(), "total");
  }
};

// Row 2 good; row 3 without the required country and with a bad e-mail; row 4 with a currency
// that is not ISO 4217; row 5 good, its name holding the delimiter (quoted); row 6 a negative
// credit limit. The file is semicolon-separated with a BOM.
const std::string kAccounts =
    "\xEF\xBB\xBFkind;name;country;currency;email;credit_limit_amount;credit_limit_currency\r\n"
    "company;Importe Alfa;ES;EUR;alfa@example.com;1000.00;EUR\r\n"
    "company;Importe Beta;;EUR;not-an-email;;\r\n"
    "company;Importe Gamma;PT;EUX;;;\r\n"
    "company;\"Importe Delta; S.L.\";DE;EUR;;250.50;EUR\r\n"
    "company;Importe Epsilon;FR;EUR;;-1.00;EUR\r\n";

TEST_P(ImportTest, DryRunNamesEveryBadRowThenTheRunLandsTheGoodOnes) {
  HttpResult up = Upload("rep_a", "accounts", kAccounts, "text/csv", {{"Idempotency-Key", "u1"}});
  ASSERT_EQ(up.status, 201) << up.Describe();
  const json::value v = up.Json();
  const std::int64_t id = IntAt(v, "id");
  EXPECT_EQ(up.Header("location"), "/api/v1/imports/" + std::to_string(id));
  EXPECT_EQ(IntAt(v, "rows_total"), 5);
  EXPECT_EQ(v.at("columns").as_array().size(), 7u);
  EXPECT_EQ(v.at("preview").as_array().at(3).as_array().at(1).as_string(), "Importe Delta; S.L.");
  // The export's headers map themselves.
  EXPECT_EQ(v.at("mapping").at("credit_limit_amount").as_string(), "credit_limit_amount");
  EXPECT_EQ(v.at("mapping").at("country").as_string(), "country");
  EXPECT_FALSE(v.at("mapping_remembered").as_bool());

  // The same key answers the same import.
  HttpResult again =
      Upload("rep_a", "accounts", kAccounts, "text/csv", {{"Idempotency-Key", "u1"}});
  ASSERT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "id"), id);

  HttpResult dry = Call("rep_a", "POST", "/api/v1/imports/" + std::to_string(id) + "/dry-run");
  ASSERT_EQ(dry.status, 200) << dry.Describe();
  const json::value d = dry.Json();
  EXPECT_EQ(IntAt(d, "rows_total"), 5);
  EXPECT_EQ(IntAt(d, "rows_ok"), 2);
  EXPECT_EQ(IntAt(d, "rows_bad"), 3);
  std::set<std::string> seen;  // "row column code"
  for (const auto& e : d.at("errors").as_array()) {
    seen.insert(std::to_string(IntAt(e, "row")) + " " + StringAt(e, "column") + " " +
                StringAt(e, "code"));
  }
  EXPECT_TRUE(seen.count("3 country field.required")) << dry.body;
  EXPECT_TRUE(seen.count("3 email field.not_email")) << dry.body;
  EXPECT_EQ(std::count_if(seen.begin(), seen.end(),
                          [](const std::string& s) { return s.rfind("4 currency ", 0) == 0; }),
            1)
      << dry.body;
  EXPECT_TRUE(seen.count("6 credit_limit_amount field.negative")) << dry.body;
  EXPECT_EQ(CountAccounts("Importe"), 0) << "a dry run writes nothing";

  HttpResult run = Call("rep_a", "POST", "/api/v1/imports/" + std::to_string(id) + "/run");
  ASSERT_EQ(run.status, 202) << run.Describe();
  const json::value done = WaitForRun("rep_a", id);
  EXPECT_EQ(StringAt(done, "status"), "done") << ToJson(done);
  EXPECT_EQ(IntAt(done, "rows_done"), 5);
  EXPECT_EQ(IntAt(done, "rows_created"), 2);
  EXPECT_EQ(IntAt(done, "rows_failed"), 3);
  // Row 3's bad e-mail stops it at the decoder, so the run names one of its two problems (the
  // dry run, which checks every stage, named both): 1 + 1 + 1 + 1.
  EXPECT_EQ(IntAt(done, "errors_total"), 4);
  EXPECT_FALSE(StringAt(done, "progress_at").empty());
  EXPECT_EQ(CountAccounts("Importe"), 2);

  // The good rows are rep_a's own (the owner defaults to the caller), money exact.
  HttpResult list = Call("rep_a", "GET", "/api/v1/accounts?q=Importe%20Alfa");
  const json::value items = list.Json().at("items");
  ASSERT_EQ(items.as_array().size(), 1u) << list.body;
  EXPECT_EQ(IntAt(items.at(0), "owner_id"), UserId("rep_a"));
  EXPECT_EQ(items.at(0).at("credit_limit").at("amount").as_string(), "1000.00");

  // Running it again is refused; uploading the same file again and running it doubles nothing.
  EXPECT_EQ(Call("rep_a", "POST", "/api/v1/imports/" + std::to_string(id) + "/run").status, 409);
  HttpResult second = Upload("rep_a", "accounts", kAccounts);
  ASSERT_EQ(second.status, 201) << second.Describe();
  const std::int64_t id2 = IntAt(second.Json(), "id");
  ASSERT_EQ(Call("rep_a", "POST", "/api/v1/imports/" + std::to_string(id2) + "/run").status, 202);
  const json::value rerun = WaitForRun("rep_a", id2);
  EXPECT_EQ(IntAt(rerun, "rows_created"), 0) << ToJson(rerun);
  EXPECT_EQ(IntAt(rerun, "rows_replayed"), 2);
  EXPECT_EQ(CountAccounts("Importe"), 2);
}

TEST_P(ImportTest, MappingIsRememberedPerFileShape) {
  const std::string file = "Firma,Land,Währung,Art\r\nHaus Nord,DE,EUR,company\r\n";
  HttpResult up = Upload("rep_a", "accounts", file);
  ASSERT_EQ(up.status, 201) << up.Describe();
  const std::int64_t id = IntAt(up.Json(), "id");
  EXPECT_TRUE(up.Json().at("mapping").as_object().empty());
  const std::string path = "/api/v1/imports/" + std::to_string(id);
  // A mapping naming an unknown column and a field twice is refused, naming each.
  HttpResult bad = Call("rep_a", "PUT", path + "/mapping",
                        R"({"mapping":{"Firma":"name","Land":"name","Nope":"city"}})");
  ASSERT_EQ(bad.status, 422) << bad.Describe();
  EXPECT_NE(bad.body.find("mapping.Nope"), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("import.field_twice"), std::string::npos) << bad.body;
  HttpResult ok =
      Call("rep_a", "PUT", path + "/mapping",
           R"({"mapping":{"Firma":"name","Land":"country","Währung":"currency","Art":"kind"}})");
  ASSERT_EQ(ok.status, 200) << ok.Describe();
  // The next file of the same header (another user, other rows) gets the mapping proposed.
  HttpResult next =
      Upload("manager", "accounts", "firma,LAND,Währung,Art\r\nHaus Süd,AT,EUR,company\r\n");
  ASSERT_EQ(next.status, 201) << next.Describe();
  EXPECT_TRUE(next.Json().at("mapping_remembered").as_bool()) << next.body;
  EXPECT_EQ(next.Json().at("mapping").at("LAND").as_string(), "country") << next.body;
  EXPECT_EQ(next.Json().at("mapping").at("firma").as_string(), "name") << next.body;
  const std::string next_path = "/api/v1/imports/" + std::to_string(IntAt(next.Json(), "id"));
  HttpResult checked = Call("manager", "POST", next_path + "/dry-run");
  ASSERT_EQ(checked.status, 200) << checked.Describe();
  EXPECT_EQ(IntAt(checked.Json(), "rows_ok"), 1) << checked.body;
  // Another entity's file of the same header is another shape.
  HttpResult leads = Upload("director", "leads", file);
  ASSERT_EQ(leads.status, 201) << leads.Describe();
  EXPECT_FALSE(leads.Json().at("mapping_remembered").as_bool());
}

TEST_P(ImportTest, AccessFollowsCreateRightsAndImportsAreTheirUploaders) {
  // Finance reads accounts but may not create them; quotes have no generic create.
  EXPECT_EQ(Upload("finance", "accounts", "name\r\nX\r\n").status, 403);
  HttpResult quotes = Upload("director", "quotes", "name\r\nX\r\n");
  EXPECT_EQ(quotes.status, 422) << quotes.Describe();
  EXPECT_EQ(Upload("director", "accounts", "name\r\nX\r\n", "application/json").status, 415);
  HttpResult up = Upload("rep_a", "accounts", "name,country\r\nMine,ES\r\n");
  ASSERT_EQ(up.status, 201) << up.Describe();
  const std::string path = "/api/v1/imports/" + std::to_string(IntAt(up.Json(), "id"));
  EXPECT_EQ(Call("rep_b", "GET", path).status, 404);
  EXPECT_EQ(Call("director", "POST", path + "/run").status, 404);
  EXPECT_EQ(Call("rep_a", "GET", path).status, 200);
}

TEST_P(ImportTest, BrokenFilesAreNamedByRow) {
  HttpResult quote = Upload("rep_a", "accounts", "name,country\r\nok,ES\r\n\"open,ES\r\n");
  ASSERT_EQ(quote.status, 400) << quote.Describe();
  EXPECT_NE(quote.body.find("import.csv_unclosed_quote"), std::string::npos) << quote.body;
  EXPECT_NE(quote.body.find("row 3"), std::string::npos) << quote.body;
  HttpResult zip = Upload("rep_a", "accounts", std::string("PK\x03\x04garbage", 11), kXlsx);
  ASSERT_EQ(zip.status, 400) << zip.Describe();
  EXPECT_NE(zip.body.find("import.xlsx_broken"), std::string::npos) << zip.body;
}

// Export rep_a's accounts, import the file as rep_a: every exported record comes back a second
// time with the same values (id, version and timestamps aside), in both formats.
TEST_P(ImportTest, ExportThenImportRoundTripsInCsvAndXlsx) {
  for (const std::string format : {"csv", "xlsx"}) {
    SCOPED_TRACE(format);
    HttpResult before = Call("rep_a", "GET", "/api/v1/accounts?limit=500&sort=id");
    ASSERT_EQ(before.status, 200);
    const json::value originals = before.Json().at("items");
    HttpResult file = Call("rep_a", "GET", "/api/v1/accounts/export?format=" + format + "&sort=id");
    ASSERT_EQ(file.status, 200) << file.Describe();
    HttpResult up = Upload("rep_a", "accounts", file.body, format == "csv" ? "text/csv" : kXlsx);
    ASSERT_EQ(up.status, 201) << up.Describe();
    const std::int64_t id = IntAt(up.Json(), "id");
    EXPECT_EQ(IntAt(up.Json(), "rows_total"),
              static_cast<std::int64_t>(originals.as_array().size()));
    ASSERT_EQ(Call("rep_a", "POST", "/api/v1/imports/" + std::to_string(id) + "/run").status, 202);
    const json::value done = WaitForRun("rep_a", id);
    ASSERT_EQ(StringAt(done, "status"), "done") << ToJson(done);
    EXPECT_EQ(IntAt(done, "rows_failed"), 0) << ToJson(done);
    HttpResult after = Call("rep_a", "GET", "/api/v1/accounts?limit=500&sort=id");
    const json::array all = after.Json().at("items").as_array();
    ASSERT_EQ(all.size(), 2 * originals.as_array().size());
    for (std::size_t i = 0; i < originals.as_array().size(); ++i) {
      json::object a = originals.as_array()[i].as_object();
      json::object b = all[originals.as_array().size() + i].as_object();  // created in file order
      for (const char* meta : {"id", "version", "created_at", "updated_at"}) {
        a.erase(meta);
        b.erase(meta);
      }
      EXPECT_EQ(ToJson(a), ToJson(b));
    }
    // Remove the copies so the next format starts from the originals.
    for (std::size_t i = originals.as_array().size(); i < all.size(); ++i) {
      const std::int64_t copy = IntAt(all[i], "id");
      Headers h{{"If-Match", ETagOf("accounts", copy)}};
      ASSERT_EQ(
          Call("director", "DELETE", "/api/v1/accounts/" + std::to_string(copy), "", h).status,
          204);
    }
  }
}

SD_INSTANTIATE_API_TEST(ImportTest);

}  // namespace
}  // namespace salesdesk::api_test
