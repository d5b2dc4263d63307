// Problem bodies carry a stable code and its parameters beside the English words, on the problem
// and on each field error, so a client words them in its user's language (docs/sales-desk-api.md).
#include "api/api_test_server.h"
#include "core/message_catalog.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class ProblemCodesTest : public ApiTest {};

// Every coded member: a code the server's catalog knows, and params an object of strings.
void ExpectCoded(const json::value& v, const std::string& what) {
  const json::object* o = v.if_object();
  ASSERT_NE(o, nullptr) << what;
  const std::string code = StringAt(v, "code");
  EXPECT_FALSE(code.empty()) << what << " has no code: " << json::serialize(v);
  EXPECT_FALSE(core::EnglishTemplate(code).empty()) << what << ": unknown code " << code;
  const json::value* params = o->if_contains("params");
  ASSERT_TRUE(params != nullptr && params->is_object()) << what << ": " << json::serialize(v);
  for (const auto& p : params->as_object()) EXPECT_TRUE(p.value().is_string()) << what;
}

TEST_P(ProblemCodesTest, FieldErrorsCarryCodeAndParamsBesideTheEnglishDetail) {
  HttpResult r = Call("rep_a", "POST", "/api/v1/accounts",
                      R"({"kind":"company","country":"XX","currency":"EUR"})");
  ASSERT_EQ(r.status, 422) << r.Describe();
  const json::value body = r.Json();
  const json::array& errors = body.at("errors").as_array();
  bool saw_country = false, saw_name = false;
  for (const auto& e : errors) {
    ExpectCoded(e, "errors[]");
    if (StringAt(e, "field") == "country") {
      saw_country = true;
      EXPECT_EQ(StringAt(e, "code"), "field.unknown_country");
      EXPECT_EQ(StringAt(e.at("params"), "value"), "XX");
      // The English words stay what API clients read.
      EXPECT_EQ(StringAt(e, "detail"),
                "unknown country code 'XX'; use an ISO 3166-1 alpha-2 code such as ES or DE");
    }
    if (StringAt(e, "field") == "name") {
      saw_name = true;
      EXPECT_EQ(StringAt(e, "code"), "field.required");
      EXPECT_EQ(StringAt(e.at("params"), "field"), "name");
      EXPECT_EQ(StringAt(e, "detail"), "name is required");
    }
  }
  EXPECT_TRUE(saw_country && saw_name) << r.Describe();
  // The problem itself carries its first error's code.
  ExpectCoded(body, "problem");
}

TEST_P(ProblemCodesTest, EveryKindOfProblemIsCoded) {
  const std::string quote_path = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  struct Case {
    const char* name;
    std::string user, method, path, body;
    Headers headers = {};
  };
  const std::vector<Case> cases = {
      {"not JSON", "rep_a", "POST", "/api/v1/accounts", "{"},
      {"duplicate key", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","name":"B","country":"ES","currency":"EUR"})"},
      {"no If-Match", "rep_a", "PATCH", quote_path, R"({"city":"Madrid"})"},
      {"stale If-Match",
       "rep_a",
       "PATCH",
       quote_path,
       R"({"city":"Madrid"})",
       {{"If-Match", "\"99\""}}},
      {"not signed in", "", "GET", "/api/v1/accounts", ""},
      {"not allowed", "rep_a", "DELETE", "/api/v1/users/1", ""},
      {"no such record", "director", "GET", "/api/v1/accounts/999999", ""},
      {"no such route", "director", "GET", "/api/v1/nothing-here", ""},
      {"method not allowed", "director", "PUT", "/api/v1/accounts", "{}"},
      {"bad query", "director", "GET", "/api/v1/accounts?limit=0", ""},
      {"bad quote line", "rep_a", "POST", "/api/v1/quotes",
       R"({"account_id":1,"lines":[{"product_id":1,"quantity":"0"}]})"},
  };
  for (const auto& c : cases) {
    HttpResult r = Call(c.user, c.method, c.path, c.body, c.headers);
    EXPECT_GE(r.status, 400) << c.name;
    ASSERT_TRUE(r.IsProblem()) << c.name << ": " << r.Describe();
    const json::value body = r.Json();
    ExpectCoded(body, c.name);
    if (const json::value* errors = body.as_object().if_contains("errors")) {
      for (const auto& e : errors->as_array()) ExpectCoded(e, c.name);
    }
  }
}

SD_INSTANTIATE_API_TEST(ProblemCodesTest);

}  // namespace
}  // namespace salesdesk::api_test
