// The duplicate check (issue 11, decision 0034): a lead or account being entered is compared by
// normalised name, VAT id, e-mail/website domain and phone with the stored keys of every account
// and lead; the caller sees the matches they may see, strongest first, and only a count of the
// others. Keys follow every write (edits change them, a deleted record stops matching).
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class DuplicateCheckTest : public ApiTest {
 protected:
  HttpResult Check(const std::string& user, const json::object& body) {
    return Call(user, "POST", "/api/v1/duplicate-checks", json::serialize(body));
  }
  std::int64_t Create(const std::string& user, const std::string& plural, json::object body) {
    HttpResult r = Call(user, "POST", "/api/v1/" + plural, json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  static json::object Mueller() {
    return {{"kind", "company"},          {"name", "Müller Medizintechnik GmbH & Co. KG"},
            {"tax_id", "DE 123.456-789"}, {"email", "einkauf@mueller-med.de"},
            {"phone", "+49 40 1234567"},  {"country", "DE"},
            {"currency", "EUR"}};
  }
  // (entity, id) -> matched kinds, in the answer's order.
  static std::vector<std::string> Found(const HttpResult& r) {
    std::vector<std::string> out;
    const json::value answer = r.Json();
    for (const auto& c : answer.at("candidates").as_array()) {
      std::string line = std::string(c.at("entity").as_string()) + "#" +
                         std::to_string(c.at("id").as_int64()) + ":";
      for (const auto& m : c.at("matched").as_array()) line += " " + std::string(m.as_string());
      out.push_back(line);
    }
    return out;
  }
  static std::string Id(const char* entity, std::int64_t id, const char* kinds) {
    return std::string(entity) + "#" + std::to_string(id) + ":" + kinds;
  }
};

TEST_P(DuplicateCheckTest, ALeadLikeAnAccountFindsItByEveryKeyStrongestFirst) {
  const std::int64_t account = Create("rep_a", "accounts", Mueller());
  const std::int64_t same_name =
      Create("rep_a", "leads", {{"company", "MÜLLER MEDIZINTECHNIK"}, {"country", "DE"}});
  json::object form{{"company", "Mueller Medizin GmbH"},   // another name
                    {"vat_id", "de123456789"},             // the account's VAT id
                    {"email", "t.krause@mueller-med.de"},  // its domain
                    {"phone", "0049 40 1234567"},          // its phone
                    {"country", "DE"}};
  HttpResult r = Check("rep_a", {{"entity", "leads"}, {"fields", form}});
  ASSERT_EQ(r.status, 200) << r.Describe();
  EXPECT_EQ(Found(r), (std::vector<std::string>{Id("accounts", account, " vat domain phone")}));
  EXPECT_EQ(IntAt(r.Json(), "hidden_matches"), 0);
  EXPECT_EQ(StringAt(r.Json().at("candidates").at(0).at("record"), "name"),
            "Müller Medizintechnik GmbH & Co. KG");

  // The legal form and the case do not hide a name; a website shares the e-mail's domain.
  r = Check("rep_a", {{"entity", "accounts"},
                      {"fields",
                       {{"name", "Müller Medizintechnik AG"},
                        {"website", "https://www.mueller-med.de/kontakt"},
                        {"country", "DE"}}}});
  ASSERT_EQ(r.status, 200) << r.Describe();
  EXPECT_EQ(Found(r), (std::vector<std::string>{Id("accounts", account, " domain name"),
                                                Id("leads", same_name, " name")}));
  // Editing the account itself: it is not its own duplicate.
  r = Check("rep_a", {{"entity", "accounts"}, {"id", account}, {"fields", Mueller()}});
  EXPECT_EQ(Found(r), (std::vector<std::string>{Id("leads", same_name, " name")})) << r.body;
  // Nothing alike: nothing found.
  r = Check("rep_a",
            {{"entity", "leads"}, {"fields", {{"company", "Zeta Optics"}, {"country", "FR"}}}});
  EXPECT_TRUE(r.Json().at("candidates").as_array().empty()) << r.body;
}

TEST_P(DuplicateCheckTest, MatchesTheCallerCannotSeeAreOnlyCounted) {
  Create("rep_a", "accounts", Mueller());
  Create("rep_a", "leads", {{"company", "Müller Medizintechnik"}, {"country", "DE"}});
  const json::object body{{"entity", "leads"}, {"fields", {{"company", "Müller Medizintechnik"}}}};
  // rep_c (another team) sees neither: two matches, no details.
  HttpResult r = Check("rep_c", body);
  ASSERT_EQ(r.status, 200) << r.Describe();
  EXPECT_TRUE(r.Json().at("candidates").as_array().empty()) << r.body;
  EXPECT_EQ(IntAt(r.Json(), "hidden_matches"), 2);
  EXPECT_EQ(r.body.find("Medizintechnik GmbH"), std::string::npos);
  // The director sees both.
  r = Check("director", body);
  EXPECT_EQ(r.Json().at("candidates").as_array().size(), 2u) << r.body;
  EXPECT_EQ(IntAt(r.Json(), "hidden_matches"), 0);
  // Roles that create neither leads nor accounts have no forms to check.
  EXPECT_EQ(Check("finance", body).status, 403);
  EXPECT_EQ(Check("admin", body).status, 403);
  // The stored keys are for the director only.
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/duplicate-keys").status, 403);
  EXPECT_EQ(Call("director", "GET", "/api/v1/duplicate-keys?kind=vat").status, 200);
}

TEST_P(DuplicateCheckTest, KeysFollowEditsAndDeletes) {
  const std::int64_t account = Create("rep_a", "accounts", Mueller());
  const json::object by_vat{{"entity", "leads"}, {"fields", {{"vat_id", "DE123456789"}}}};
  ASSERT_EQ(Check("rep_a", by_vat).Json().at("candidates").as_array().size(), 1u);
  const std::string path = "/api/v1/accounts/" + std::to_string(account);
  HttpResult edited = Call("rep_a", "PATCH", path, R"({"tax_id":"DE987654321"})",
                           {{"If-Match", ETagOf("accounts", account)}});
  ASSERT_EQ(edited.status, 200) << edited.Describe();
  EXPECT_TRUE(Check("rep_a", by_vat).Json().at("candidates").as_array().empty());
  HttpResult now = Check("rep_a", {{"entity", "leads"}, {"fields", {{"vat_id", "DE-987654321"}}}});
  EXPECT_EQ(Found(now), (std::vector<std::string>{Id("accounts", account, " vat")}));
  ASSERT_EQ(Call("rep_a", "DELETE", path, "", {{"If-Match", ETagOf("accounts", account)}}).status,
            204);
  now = Check("rep_a", {{"entity", "leads"}, {"fields", {{"vat_id", "DE987654321"}}}});
  EXPECT_TRUE(now.Json().at("candidates").as_array().empty()) << now.body;
  EXPECT_EQ(IntAt(now.Json(), "hidden_matches"), 0) << "a deleted record is no hidden match";
}

TEST_P(DuplicateCheckTest, BadRequestsNameTheField) {
  auto expect = [&](const std::string& body, const char* field, const char* code) {
    HttpResult r = Call("rep_a", "POST", "/api/v1/duplicate-checks", body);
    EXPECT_EQ(r.status, 422) << body << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  };
  expect(R"({"fields":{}})", "entity", "field.required");
  expect(R"({"entity":"contacts"})", "entity", "field.not_in_enum");
  expect(R"({"entity":"leads","id":-3})", "id", "field.not_an_id");
  expect(R"({"entity":"leads","fields":[]})", "fields", "field.not_json");
  expect(R"({"entity":"leads","fields":{"email":42}})", "fields.email", "field.not_string");
  expect(R"({"entity":"leads","colour":"red"})", "colour", "field.unknown");
  // The rest of a form is welcome and ignored.
  HttpResult r = Call("rep_a", "POST", "/api/v1/duplicate-checks",
                      R"({"entity":"leads","fields":{"status":"new","score":3,"company":null}})");
  EXPECT_EQ(r.status, 200) << r.Describe();
}

SD_INSTANTIATE_API_TEST(DuplicateCheckTest);

}  // namespace
}  // namespace salesdesk::api_test
