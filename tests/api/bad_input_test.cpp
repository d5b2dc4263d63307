// Malformed and invalid requests (G6): each is a 4xx problem body naming the field, never a
// 5xx. The table covers the named cases; a seeded mini-fuzz covers a thousand more.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BadInputTest : public ApiTest {};

std::string ValidAccount() {
  return R"({"kind":"company","name":"Farmacia Sol","country":"ES","currency":"EUR",)"
         R"("credit_limit":{"amount":"100.00","currency":"EUR"}})";
}

std::string Nested(int depth) {
  std::string s = R"({"kind":"company","name":"Deep","country":"ES","currency":"EUR","notes":)";
  s += std::string(depth, '[') + "1" + std::string(depth, ']') + "}";
  return s;
}

struct BadCase {
  const char* name;
  std::string user, method, path, body;
  int status;
  std::string field;  // the problem's "field"
  Headers headers = {};
};

TEST_P(BadInputTest, EachBadRequestIsA4xxProblemNamingTheField) {
  const std::string account_path = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  const std::string big_notes(1024 * 1024 + 10, 'x');
  const std::vector<BadCase> cases = {
      {"missing required", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","country":"ES","currency":"EUR"})", 422, "name"},
      {"wrong type", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":5,"country":"ES","currency":"EUR"})", 422, "name"},
      {"bool as number", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","key_account":1})", 422,
       "key_account"},
      {"unknown field", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","colour":"red"})", 422,
       "colour"},
      {"server-set field", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","version":3})", 422,
       "version"},
      {"bad currency", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUX"})", 422, "currency"},
      {"negative credit limit", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("credit_limit":{"amount":"-5.00","currency":"EUR"}})",
       422, "credit_limit.amount"},
      {"credit limit in another currency", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("credit_limit":{"amount":"5.00","currency":"USD"}})",
       422, "credit_limit.currency"},
      {"credit limit currency changed by PATCH",
       "rep_a",
       "PATCH",
       account_path,
       R"({"credit_limit":{"amount":"5.00","currency":"GBP"}})",
       422,
       "credit_limit.currency",
       {{"If-Match", "\"1\""}}},
      {"too many decimals", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("credit_limit":{"amount":"5.001","currency":"EUR"}})",
       422, "credit_limit.amount"},
      {"malformed JSON", "rep_a", "POST", "/api/v1/accounts", R"({"name": })", 400, "body"},
      {"truncated JSON", "rep_a", "POST", "/api/v1/accounts", ValidAccount().substr(0, 30), 400,
       "body"},
      {"deep nesting", "rep_a", "POST", "/api/v1/accounts", Nested(100), 400, "body"},
      {"not an object", "rep_a", "POST", "/api/v1/accounts", "[1,2,3]", 400, "body"},
      {"empty body", "rep_a", "POST", "/api/v1/accounts", "", 400, "body"},
      {"oversize body", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","notes":")" + big_notes +
           "\"}",
       413, "body"},
      {"non-JSON content type",
       "rep_a",
       "POST",
       "/api/v1/accounts",
       ValidAccount(),
       415,
       "Content-Type",
       {{"Content-Type", "text/plain"}}},
      {"form content type",
       "rep_a",
       "POST",
       "/api/v1/accounts",
       "name=A",
       415,
       "Content-Type",
       {{"Content-Type", "application/x-www-form-urlencoded"}}},
      {"bad UTF-8", "rep_a", "POST", "/api/v1/accounts",
       "{\"kind\":\"company\",\"name\":\"Caf\xc3\x28\",\"country\":\"ES\",\"currency\":\"EUR\"}",
       400, "body"},
      {"huge integer", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("payment_terms_days":123456789012345678901234567890})",
       422, "payment_terms_days"},
      {"huge exponent", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("payment_terms_days":1e400})",
       422, "payment_terms_days"},
      {"out of range", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("payment_terms_days":366})",
       422, "payment_terms_days"},
      {"huge amount", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("credit_limit":{"amount":"99999999999999999999999.00","currency":"EUR"}})",
       422, "credit_limit.amount"},
      {"bad country", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"XX","currency":"EUR"})", 422, "country"},
      {"lower-case country", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"es","currency":"EUR"})", 422, "country"},
      {"bad enum", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"alien","name":"A","country":"ES","currency":"EUR"})", 422, "kind"},
      {"invalid email", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","email":"a@b"})", 422,
       "email"},
      {"name too long", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","country":"ES","currency":"EUR","name":")" + std::string(201, 'n') +
           "\"}",
       422, "name"},
      {"null required", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":null,"country":"ES","currency":"EUR"})", 422, "name"},
      {"unknown owner", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","owner_id":999999})", 422,
       "owner_id"},
      {"empty PATCH", "rep_a", "PATCH", account_path, "{}", 400, "body", {{"If-Match", "\"1\""}}},
      // A field that always has a value (a NOT NULL column with a default) refuses null by name,
      // instead of a 409 carrying the database's words (found by the schema contract test).
      {"null fiscal position",
       "rep_a",
       "PATCH",
       account_path,
       R"({"fiscal_position":null})",
       422,
       "fiscal_position",
       {{"If-Match", "\"1\""}}},
      {"bad date", "finance", "POST", "/api/v1/exchange-rates",
       R"({"from_currency":"EUR","to_currency":"GBP","rate":"0.85","valid_on":"2024-02-30"})", 422,
       "valid_on"},
      {"date not ISO", "finance", "POST", "/api/v1/exchange-rates",
       R"({"from_currency":"EUR","to_currency":"GBP","rate":"0.85","valid_on":"30/01/2024"})", 422,
       "valid_on"},
      {"same currencies", "finance", "POST", "/api/v1/exchange-rates",
       R"({"from_currency":"EUR","to_currency":"EUR","rate":"1","valid_on":"2024-01-30"})", 422,
       "to_currency"},
      {"bad decimal", "finance", "POST", "/api/v1/exchange-rates",
       R"({"from_currency":"EUR","to_currency":"GBP","rate":"0,85","valid_on":"2024-01-30"})", 422,
       "rate"},
      {"bad time zone",
       "admin",
       "PATCH",
       "/api/v1/settings",
       R"({"time_zone":"Mars/Olympus"})",
       422,
       "time_zone",
       {{"If-Match", "\"1\""}}},
      {"HS code letters", "logistics", "POST", "/api/v1/products",
       R"({"sku":"X-1","name":"X","hs_code":"90AB12"})", 422, "hs_code"},
      {"contact without account", "rep_a", "POST", "/api/v1/contacts",
       R"({"first_name":"A","last_name":"B"})", 422, "account_id"},
      {"login with a number", "", "POST", "/api/v1/auth/login",
       R"({"email":"rep_a@example.com","password":12345678901})", 422, "password"},
      {"login unknown member", "", "POST", "/api/v1/auth/login",
       R"({"email":"a@b.c","password":"x","remember":true})", 422, "remember"},
      {"token ttl as text", "rep_a", "POST", "/api/v1/auth/tokens",
       R"({"label":"x","ttl_days":"9"})", 422, "ttl_days"},
  };
  for (const auto& c : cases) {
    HttpResult r = Call(c.user, c.method, c.path, c.body, c.headers);
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.name << ": " << r.Header("content-type");
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << c.name << ": " << r.Describe();
    EXPECT_FALSE(StringAt(r.Json(), "detail").empty()) << c.name;
    EXPECT_EQ(IntAt(r.Json(), "status"), r.status) << c.name << ": body and answer disagree";
  }
  // None of them changed the account the PATCH cases aimed at.
  EXPECT_EQ(ETagOf("accounts", AccountOf("rep_a").id), "\"1\"");
}

// An unknown member with an empty name is still an unknown member: the answer must name
// something (the body), as for every other invalid member (G6).
TEST_P(BadInputTest, UnknownMemberWithAnEmptyNameNamesAField) {
  HttpResult r = Call("rep_a", "POST", "/api/v1/accounts",
                      R"({"kind":"company","name":"A","country":"ES","currency":"EUR","":1})");
  EXPECT_GE(r.status, 400);
  EXPECT_LT(r.status, 500);
  EXPECT_TRUE(r.IsProblem());
  EXPECT_FALSE(StringAt(r.Json(), "field").empty()) << r.Describe();
}

TEST_P(BadInputTest, MalformedPathsAndMethodsAreProblems) {
  struct Case {
    const char* method;
    const char* path;
    int status;
  };
  const Case cases[] = {
      {"GET", "/api/v1/accounts/0", 404},
      {"GET", "/api/v1/accounts/abc", 404},
      {"GET", "/api/v1/accounts/-1", 404},
      {"GET", "/api/v1/accounts/99999999", 404},
      {"GET", "/api/v1/accounts/9999999999999999999999", 404},
      {"GET", "/api/v1/nothing", 404},
      {"PUT", "/api/v1/accounts", 405},
      {"DELETE", "/api/v1/accounts", 405},
      {"GET", "/api/v1/accounts/1%00", 400},
  };
  for (const auto& c : cases) {
    HttpResult r = Call("director", c.method, c.path);
    EXPECT_EQ(r.status, c.status) << c.method << " " << c.path << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.path;
    EXPECT_EQ(IntAt(r.Json(), "status"), r.status) << c.method << " " << c.path;
  }
}

// A problem body's "status" is the answer's status, whatever produced it (a 415 said 422 and a
// 405 said 400 when the status was changed after the body was built).
TEST_P(BadInputTest, EveryProblemBodySaysTheStatusItIsAnsweredWith) {
  const std::string account_path = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  struct Case {
    const char* name;
    std::string user, method, path, body;
    Headers headers;
    int status;
  };
  const Case cases[] = {
      {"method not allowed", "rep_a", "PUT", "/api/v1/accounts", "", {}, 405},
      {"unsupported media type",
       "rep_a",
       "POST",
       "/api/v1/accounts",
       ValidAccount(),
       {{"Content-Type", "text/plain"}},
       415},
      {"bad JSON", "rep_a", "POST", "/api/v1/accounts", "{", {}, 400},
      {"invalid field", "rep_a", "POST", "/api/v1/accounts", "{}", {}, 422},
      {"anonymous", "", "GET", "/api/v1/accounts", "", {}, 401},
      {"forbidden", "admin", "GET", account_path, "", {}, 403},
      {"not found", "rep_a", "GET", "/api/v1/nothing", "", {}, 404},
      {"stale version",
       "rep_a",
       "PATCH",
       account_path,
       R"({"name":"X"})",
       {{"If-Match", "\"99\""}},
       412},
      {"missing version", "rep_a", "PATCH", account_path, R"({"name":"X"})", {}, 428},
  };
  for (const auto& c : cases) {
    HttpResult r = Call(c.user, c.method, c.path, c.body, c.headers);
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.name;
    EXPECT_EQ(IntAt(r.Json(), "status"), r.status) << c.name << ": " << r.Describe();
    EXPECT_NE(StringAt(r.Json(), "title"), "Internal Server Error") << c.name;
  }
}

// A member given twice would be read as one of the two, silently: refused everywhere a JSON
// body is read (records, quote bodies, small bodies such as sign-in), naming the member.
TEST_P(BadInputTest, DuplicateMembersAreRefusedNamingTheField) {
  const std::string rep_a_account = std::to_string(AccountOf("rep_a").id);
  const std::vector<BadCase> cases = {
      {"record", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","name":"B"})", 422, "name"},
      {"nested money", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR",)"
       R"("credit_limit":{"amount":"1.00","currency":"EUR","amount":"9.00"}})",
       422, "credit_limit.amount"},
      {"quote line", "rep_a", "POST", "/api/v1/quotes",
       R"({"account_id":)" + rep_a_account +
           R"(,"lines":[{"product_id":1,"quantity":"1"},)"
           R"({"product_id":1,"quantity":"1","quantity":"5"}]})",
       422, "lines[1].quantity"},
      {"sign-in", "", "POST", "/api/v1/auth/login",
       R"({"email":"rep_a@example.com","password":"x","email":"admin@example.com"})", 422, "email"},
      {"escaped spelling", "rep_a", "POST", "/api/v1/accounts",
       R"({"kind":"company","name":"A","country":"ES","currency":"EUR","n\u0061me":"B"})", 422,
       "name"},
  };
  for (const auto& c : cases) {
    HttpResult r = Call(c.user, c.method, c.path, c.body, c.headers);
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.name;
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << c.name << ": " << r.Describe();
  }
  // The same member in two different objects is not a duplicate.
  HttpResult ok = Call("rep_a", "POST", "/api/v1/accounts",
                       R"({"kind":"company","name":"Two Amounts","country":"ES","currency":"EUR",)"
                       R"("credit_limit":{"amount":"1.00","currency":"EUR"}})");
  EXPECT_EQ(ok.status, 201) << ok.Describe();
}

// NUL, ANSI escapes and other control characters corrupt logs, terminals, CSV and PDFs: refused
// in every text, naming the field. Tab and line breaks only where a text may span lines.
TEST_P(BadInputTest, ControlCharactersInTextAreRefusedNamingTheField) {
  const std::string account = R"("kind":"company","country":"ES","currency":"EUR")";
  const std::vector<BadCase> cases = {
      {"NUL", "rep_a", "POST", "/api/v1/accounts", "{" + account + R"(,"name":"A\u0000B"})", 422,
       "name"},
      {"ANSI escape", "rep_a", "POST", "/api/v1/accounts",
       "{" + account + R"(,"name":"\u001b[31mRed\u001b[0m"})", 422, "name"},
      {"raw ESC byte", "rep_a", "POST", "/api/v1/accounts", "{" + account + ",\"name\":\"A\x1b\"}",
       400, "body"},  // unescaped: not JSON at all
      {"bell in notes", "rep_a", "POST", "/api/v1/accounts",
       "{" + account + R"(,"name":"A","notes":"ding\u0007"})", 422, "notes"},
      {"DEL", "rep_a", "POST", "/api/v1/accounts", "{" + account + R"(,"name":"A\u007f"})", 422,
       "name"},
      {"C1 CSI", "rep_a", "POST", "/api/v1/accounts", "{" + account + R"(,"name":"A\u009b2J"})",
       422, "name"},
      {"line break in a name", "rep_a", "POST", "/api/v1/accounts",
       "{" + account + R"(,"name":"Two\nLines"})", 422, "name"},
      {"tab in a city", "rep_a", "POST", "/api/v1/accounts",
       "{" + account + R"(,"name":"A","city":"Ma\tdrid"})", 422, "city"},
      {"quote line description", "rep_a", "POST", "/api/v1/quotes",
       R"({"account_id":1,"lines":[{"product_id":1,"quantity":"1","description":"x\u001b[2J"}]})",
       422, "lines[0].description"},
      {"sign-in e-mail", "", "POST", "/api/v1/auth/login",
       R"({"email":"rep_a@example.com\u0000","password":"correct-horse-battery"})", 422, "email"},
  };
  for (const auto& c : cases) {
    HttpResult r = Call(c.user, c.method, c.path, c.body, c.headers);
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.name;
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << c.name << ": " << r.Describe();
  }
  // Long texts may span lines and hold tabs.
  HttpResult notes = Call("rep_a", "POST", "/api/v1/accounts",
                          "{" + account + R"(,"name":"Multi","notes":"line 1\r\nline 2\tend"})");
  ASSERT_EQ(notes.status, 201) << notes.Describe();
  EXPECT_EQ(StringAt(notes.Json(), "notes"), "line 1\r\nline 2\tend");
}

SD_INSTANTIATE_API_TEST(BadInputTest);

}  // namespace
}  // namespace salesdesk::api_test
