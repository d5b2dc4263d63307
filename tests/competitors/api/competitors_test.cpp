// The competitors module through the API: a rep records a rival and a price seen in a tender,
// everyone in sales finds it, finance reads it, admins and logistics do not; bad input names
// its field; a repeated create with one Idempotency-Key stores one record.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class CompetitorsTest : public ApiTest {
 protected:
  std::int64_t CreateRival(const std::string& user, const std::string& name) {
    HttpResult r = Call(user, "POST", "/api/v1/competitors",
                        json::serialize(json::object{{"name", name},
                                                     {"country", "DE"},
                                                     {"website", "https://example.de"},
                                                     {"strengths", "Price on small orders"}}));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  json::object PriceSeen(std::int64_t competitor, const char* amount, const char* currency) {
    return {
        {"competitor_id", competitor}, {"name", "Infusion pump IP-7"},
        {"product_id", product_id()},  {"price_seen", {{"amount", amount}, {"currency", currency}}},
        {"seen_on", "2026-11-20"},     {"source", "tender"}};
  }
};

TEST_P(CompetitorsTest, ARepRecordsARivalsPriceAndTheWholeSalesTeamFindsIt) {
  const std::int64_t rival = CreateRival("rep_a", "MedTech Rival GmbH");
  ASSERT_GT(rival, 0);
  HttpResult seen = Call("rep_a", "POST", "/api/v1/competitor-products",
                         json::serialize(PriceSeen(rival, "912.40", "EUR")));
  ASSERT_EQ(seen.status, 201) << seen.Describe();
  EXPECT_EQ(StringAt(seen.Json().at("price_seen"), "amount"), "912.40");

  const std::string filter = "/api/v1/competitor-products?competitor_id=" + std::to_string(rival);
  for (const char* user : {"rep_c", "manager2", "senior", "director", "finance"}) {
    HttpResult list = Call(user, "GET", filter);
    ASSERT_EQ(list.status, 200) << user << ": " << list.Describe();
    EXPECT_EQ(IntAt(list.Json(), "total"), 1) << user;
    HttpResult search = Call(user, "GET", "/api/v1/competitors?q=MedTech");
    EXPECT_EQ(IntAt(search.Json(), "total"), 1) << user << ": " << search.body;
  }
  for (const char* user : {"admin", "logistics"}) {
    EXPECT_EQ(Call(user, "GET", filter).status, 403) << user;
    EXPECT_EQ(Call(user, "GET", "/api/v1/competitors/" + std::to_string(rival)).status, 403)
        << user;
  }
  // Finance reads market prices but does not write them.
  HttpResult finance = Call("finance", "POST", "/api/v1/competitor-products",
                            json::serialize(PriceSeen(rival, "1.00", "EUR")));
  EXPECT_EQ(finance.status, 403) << finance.Describe();
  // Another rep corrects the record: every seller maintains the shared knowledge.
  HttpResult patched =
      Call("rep_c", "PATCH", "/api/v1/competitors/" + std::to_string(rival),
           R"({"weaknesses":"Eight-week delivery"})", {{"If-Match", ETagOf("competitors", rival)}});
  EXPECT_EQ(patched.status, 200) << patched.Describe();
  EXPECT_EQ(StringAt(patched.Json(), "weaknesses"), "Eight-week delivery");
}

TEST_P(CompetitorsTest, BadInputNamesTheFieldAndStoresNothing) {
  const std::int64_t rival = CreateRival("rep_a", "Rival SA");
  struct Case {
    json::object body;
    const char* field;
  };
  json::object no_rival = PriceSeen(rival, "10.00", "EUR");
  no_rival.erase("competitor_id");
  json::object missing_rival = PriceSeen(987654, "10.00", "EUR");
  json::object bad_money = PriceSeen(rival, "ten", "EUR");
  json::object bad_currency = PriceSeen(rival, "10.00", "EURO");
  json::object bad_source = PriceSeen(rival, "10.00", "EUR");
  bad_source["source"] = "rumour";
  json::object bad_date = PriceSeen(rival, "10.00", "EUR");
  bad_date["seen_on"] = "20.11.2026";
  for (const Case& c : {Case{no_rival, "competitor_id"}, Case{missing_rival, "competitor_id"},
                        Case{bad_money, "price_seen"}, Case{bad_currency, "price_seen"},
                        Case{bad_source, "source"}, Case{bad_date, "seen_on"}}) {
    HttpResult r = Call("rep_a", "POST", "/api/v1/competitor-products", json::serialize(c.body));
    EXPECT_EQ(r.status, 422) << c.field << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.field;
    EXPECT_EQ(StringAt(r.Json(), "field").rfind(c.field, 0), 0u) << c.field << ": " << r.body;
    EXPECT_FALSE(StringAt(r.Json(), "detail").empty()) << c.field;
  }
  HttpResult bad_country =
      Call("rep_a", "POST", "/api/v1/competitors", R"({"name":"Nowhere Ltd","country":"XX"})");
  EXPECT_EQ(bad_country.status, 422);
  EXPECT_EQ(StringAt(bad_country.Json(), "field"), "country") << bad_country.body;
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/competitor-products").Json(), "total"), 0);
}

TEST_P(CompetitorsTest, ARetriedCreateWithOneIdempotencyKeyStoresOneRecord) {
  const std::int64_t rival = CreateRival("rep_a", "Rival SpA");
  const std::string body = json::serialize(PriceSeen(rival, "15.00", "EUR"));
  HttpResult first = Call("rep_a", "POST", "/api/v1/competitor-products", body,
                          {{"Idempotency-Key", "tender-2026-11-20"}});
  HttpResult again = Call("rep_a", "POST", "/api/v1/competitor-products", body,
                          {{"Idempotency-Key", "tender-2026-11-20"}});
  ASSERT_EQ(first.status, 201) << first.Describe();
  EXPECT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(first.Json(), "id"), IntAt(again.Json(), "id"));
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/competitor-products").Json(), "total"), 1);
}

SD_INSTANTIATE_API_TEST(CompetitorsTest);

}  // namespace
}  // namespace salesdesk::api_test
