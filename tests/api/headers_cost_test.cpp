// Security headers on API answers (G12) and the cost field hidden from reps (G5).
#include "api/api_test_server.h"
#include "support/gunzip.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class HeadersCostTest : public ApiTest {};

TEST_P(HeadersCostTest, ApiAnswersCarryTheSecurityHeaders) {
  const std::string account = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  struct Case {
    const char* name;
    HttpResult result;
    const char* type;
  };
  const Case cases[] = {
      {"list", Call("rep_a", "GET", "/api/v1/accounts"), "application/json"},
      {"get", Call("rep_a", "GET", account), "application/json"},
      {"create",
       Call("rep_a", "POST", "/api/v1/accounts",
            R"({"kind":"person","name":"H","country":"FR","currency":"EUR"})"),
       "application/json"},
      {"not found", Call("rep_a", "GET", "/api/v1/accounts/999999"), "application/problem+json"},
      {"unauthenticated", Call("", "GET", "/api/v1/accounts"), "application/problem+json"},
      {"bad input", Call("rep_a", "POST", "/api/v1/accounts", "{"), "application/problem+json"},
  };
  for (const auto& c : cases) {
    const HttpResult& r = c.result;
    ASSERT_NE(r.status, 0) << c.name << ": " << r.error;
    EXPECT_EQ(r.Header("content-type"), std::string(c.type) + "; charset=utf-8") << c.name;
    EXPECT_EQ(r.Header("x-content-type-options"), "nosniff") << c.name;
    EXPECT_NE(r.Header("content-security-policy").find("frame-ancestors"), std::string::npos)
        << c.name << ": " << r.Header("content-security-policy");
    EXPECT_FALSE(r.Header("referrer-policy").empty()) << c.name;
    EXPECT_EQ(r.Header("cache-control"), "no-store") << c.name;
  }
}

TEST_P(HeadersCostTest, RepsNeverSeeCost) {
  const std::string path = "/api/v1/products/" + std::to_string(product_id());
  HttpResult rep = Call("rep_a", "GET", path);
  ASSERT_EQ(rep.status, 200) << rep.Describe();
  EXPECT_FALSE(rep.Json().as_object().contains("cost")) << rep.body;
  EXPECT_EQ(rep.body.find("12.50"), std::string::npos) << rep.body;
  HttpResult rep_list = Call("rep_a", "GET", "/api/v1/products?q=pump");
  ASSERT_EQ(IntAt(rep_list.Json(), "total"), 1) << rep_list.body;
  const boost::json::value rep_list_json = rep_list.Json();
  for (const auto& item : rep_list_json.at("items").as_array()) {
    EXPECT_FALSE(item.as_object().contains("cost")) << item;
  }
  EXPECT_EQ(rep_list.body.find("cost"), std::string::npos) << rep_list.body;

  for (const char* user : {"manager", "senior", "director", "finance", "logistics"}) {
    HttpResult r = Call(user, "GET", path);
    ASSERT_EQ(r.status, 200) << user << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json().at("cost"), "amount"), "12.50") << user << ": " << r.body;
    HttpResult list = Call(user, "GET", "/api/v1/products");
    EXPECT_EQ(StringAt(list.Json().at("items").at(0).at("cost"), "amount"), "12.50") << user;
  }
}

TEST_P(HeadersCostTest, RepsCannotProbeCostThroughSortOrFilter) {
  const char* queries[] = {"sort=cost",  "sort=-cost",       "cost=12.50",
                           "cost__gt=1", "cost__null=false", "cost_minor=1250"};
  for (const char* q : queries) {
    HttpResult r = Call("rep_a", "GET", std::string("/api/v1/products?") + q);
    EXPECT_EQ(r.status, 400) << q << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field").rfind("query.", 0), 0u) << q << ": " << r.body;
  }
  // Non-cost filters keep working for reps.
  HttpResult ok = Call("rep_a", "GET", "/api/v1/products?sku=SKU-1&sort=-name");
  EXPECT_EQ(ok.status, 200) << ok.Describe();
  EXPECT_EQ(IntAt(ok.Json(), "total"), 1);
}

TEST_P(HeadersCostTest, LargeAnswersComeGzippedToClientsThatAskAndPlainToOthers) {
  const std::string list = "/api/v1/accounts?limit=100&sort=name";
  HttpResult plain = Call("director", "GET", list);
  HttpResult zipped = Call("director", "GET", list, {}, {{"Accept-Encoding", "gzip, br"}});
  ASSERT_EQ(plain.status, 200);
  ASSERT_EQ(zipped.status, 200);
  EXPECT_EQ(plain.Header("content-encoding"), "");
  EXPECT_EQ(zipped.Header("content-encoding"), "gzip");
  EXPECT_EQ(zipped.Header("vary"), "Accept-Encoding");
  EXPECT_LT(zipped.body.size(), plain.body.size() / 3);
  EXPECT_EQ(testing_support::Gunzip(zipped.body), plain.body);
  // A small answer (one record) is not worth compressing.
  const std::string one = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  EXPECT_EQ(
      Call("director", "GET", one, {}, {{"Accept-Encoding", "gzip"}}).Header("content-encoding"),
      "");
}

SD_INSTANTIATE_API_TEST(HeadersCostTest);

}  // namespace
}  // namespace salesdesk::api_test
