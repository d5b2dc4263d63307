// Leads through the API (issue 11, docs/leads.md): a lead is scored on every write by the
// documented rule, owned like an account, moves through its statuses with problems naming the
// field, is assigned round-robin by the rules of its territory or country, and is converted into
// an account and a contact once (idempotent, audited, refusing an account the caller cannot see).
#include <map>
#include <thread>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class LeadsTest : public ApiTest {
 protected:
  HttpResult Create(const std::string& user, const json::object& body, Headers headers = {}) {
    return Call(user, "POST", "/api/v1/leads", json::serialize(body), std::move(headers));
  }
  std::int64_t Lead(const std::string& user, json::object body) {
    HttpResult r = Create(user, body);
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  HttpResult Patch(const std::string& user, std::int64_t id, const json::object& body) {
    return Call(user, "PATCH", "/api/v1/leads/" + std::to_string(id), json::serialize(body),
                {{"If-Match", ETagOf("leads", id)}});
  }
  HttpResult Convert(const std::string& user, std::int64_t id, const std::string& body,
                     Headers extra = {}) {
    extra.push_back({"If-Match", ETagOf("leads", id)});
    return Call(user, "POST", "/api/v1/leads/" + std::to_string(id) + "/convert", body, extra);
  }
  std::int64_t Rule(const json::object& body) {
    HttpResult r = Call("director", "POST", "/api/v1/lead-assignment-rules", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  static json::object Nord() {
    return {{"first_name", "Anna"},
            {"last_name", "Weber"},
            {"company", "Klinik Nord GmbH"},
            {"job_title", "Head of Purchasing"},
            {"email", "a.weber@klinik-nord.de"},
            {"phone", "+49 40 1234567"},
            {"country", "DE"},
            {"vat_id", "DE123456789"},
            {"source", "referral"},
            {"campaign", "MEDICA 2026"}};
  }
  void ExpectProblem(const HttpResult& r, int status, const char* field, const char* code) {
    EXPECT_EQ(r.status, status) << field << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << r.Describe();
    if (field != nullptr) {
      EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    }
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  }
};

TEST_P(LeadsTest, ALeadIsScoredOnEveryWriteAndSeenLikeAnAccount) {
  HttpResult created = Create("rep_a", Nord());
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value lead = created.Json();
  const std::int64_t id = IntAt(lead, "id");
  EXPECT_EQ(StringAt(lead, "status"), "new");
  EXPECT_EQ(IntAt(lead, "owner_id"), UserId("rep_a"));
  // Fit: company 10, seniority 10, VAT id 10, business e-mail 10 (DE is served by no rule);
  // engagement: new 0, referral 15, e-mail 5, phone 5.
  EXPECT_EQ(IntAt(lead, "score"), 65);
  HttpResult contacted = Patch("rep_a", id, {{"status", "contacted"}});
  ASSERT_EQ(contacted.status, 200) << contacted.Describe();
  EXPECT_EQ(IntAt(contacted.Json(), "score"), 75);
  HttpResult free_mail = Patch("rep_a", id, {{"email", "anna.weber@gmail.com"}});
  EXPECT_EQ(IntAt(free_mail.Json(), "score"), 65) << free_mail.body;
  // The score is the server's.
  json::object scored = Nord();
  scored["score"] = 100;
  ExpectProblem(Create("rep_a", scored), 422, "score", "field.read_only");

  const std::string path = "/api/v1/leads/" + std::to_string(id);
  for (const char* user : {"rep_a", "manager", "senior", "director"}) {
    EXPECT_EQ(Call(user, "GET", path).status, 200) << user;
  }
  EXPECT_EQ(Call("rep_b", "GET", path).status, 404);
  EXPECT_EQ(Call("manager2", "GET", path).status, 404);
  for (const char* user : {"finance", "logistics", "admin"}) {
    EXPECT_EQ(Call(user, "GET", path).status, 403) << user;
  }
}

TEST_P(LeadsTest, StatusRulesAnswerProblemsNamingTheField) {
  const std::int64_t id = Lead("rep_a", Nord());
  ASSERT_EQ(Patch("rep_a", id, {{"status", "qualified"}}).status, 200);
  ExpectProblem(Patch("rep_a", id, {{"status", "new"}}), 422, "status", "lead.status_backwards");
  ExpectProblem(Patch("rep_a", id, {{"status", "converted"}}), 422, "status",
                "lead.convert_by_action");
  ExpectProblem(Patch("rep_a", id, {{"status", "disqualified"}}), 422, "disqualify_reason",
                "lead.disqualify_reason_required");
  ExpectProblem(Patch("rep_a", id, {{"disqualify_reason", "no_budget"}}), 422, "disqualify_reason",
                "lead.reason_only_disqualified");
  ExpectProblem(Patch("rep_a", id, {{"status", "lost"}}), 422, "status", "field.not_in_enum");

  HttpResult out = Patch("rep_a", id,
                         {{"status", "disqualified"},
                          {"disqualify_reason", "no_budget"},
                          {"disqualify_note", "Budget frozen until 2028"}});
  ASSERT_EQ(out.status, 200) << out.Describe();
  EXPECT_EQ(StringAt(out.Json(), "disqualify_reason"), "no_budget");
  // Reopened: the reason no longer applies and is cleared.
  HttpResult reopened = Patch("rep_a", id, {{"status", "contacted"}});
  ASSERT_EQ(reopened.status, 200) << reopened.Describe();
  EXPECT_TRUE(reopened.Json().at("disqualify_reason").is_null()) << reopened.body;
  EXPECT_TRUE(reopened.Json().at("disqualify_note").is_null()) << reopened.body;

  ExpectProblem(Create("rep_a", {{"first_name", "Only"}, {"email", "x@example.org"}}), 422,
                "company", "lead.person_or_company");
  ExpectProblem(Create("rep_a", {{"last_name", "Ruiz"}, {"status", "converted"}}), 422, "status",
                "lead.convert_by_action");
  ExpectProblem(Create("rep_a", {{"last_name", "Ruiz"}, {"source", "tv"}}), 422, "source",
                "field.not_in_enum");
}

TEST_P(LeadsTest, NewLeadsGoRoundRobinToTheTeamOfTheirTerritoryOrCountry) {
  const std::int64_t spain =
      Rule({{"name", "Spain"}, {"country", "ES"}, {"team_id", Seeded("team:Iberia")}});
  ASSERT_GT(spain, 0);
  std::vector<std::int64_t> owners;
  for (int i = 0; i < 4; ++i) {
    HttpResult r = Create(
        "director",
        {{"company", "Hospital " + std::to_string(i)}, {"country", "ES"}, {"source", "web"}});
    ASSERT_EQ(r.status, 201) << r.Describe();
    owners.push_back(IntAt(r.Json(), "owner_id"));
    EXPECT_EQ(IntAt(r.Json(), "assignment_rule_id"), spain);
    // Company 10, a served country 10; web 10.
    EXPECT_EQ(IntAt(r.Json(), "score"), 30) << r.body;
  }
  const std::int64_t a = UserId("rep_a"), b = UserId("rep_b");
  const std::int64_t first = std::min(a, b), second = std::max(a, b);
  EXPECT_EQ(owners, (std::vector<std::int64_t>{first, second, first, second}));

  // A named owner is kept; a country no rule serves stays with its creator.
  HttpResult named =
      Create("director", {{"company", "Named"}, {"country", "ES"}, {"owner_id", UserId("rep_c")}});
  EXPECT_EQ(IntAt(named.Json(), "owner_id"), UserId("rep_c")) << named.body;
  EXPECT_TRUE(named.Json().at("assignment_rule_id").is_null()) << named.body;
  HttpResult france = Create("manager", {{"company", "Clinique"}, {"country", "FR"}});
  EXPECT_EQ(IntAt(france.Json(), "owner_id"), UserId("manager")) << france.body;

  // A territory's rule wins over the country's.
  const std::int64_t asia = Rule({{"name", "Iberia desk"},
                                  {"territory_id", Seeded("territory")},
                                  {"team_id", Seeded("team:Asia")}});
  HttpResult territorial = Create(
      "director",
      {{"company", "Territorial"}, {"country", "ES"}, {"territory_id", Seeded("territory")}});
  EXPECT_EQ(IntAt(territorial.Json(), "owner_id"), UserId("rep_c")) << territorial.body;
  EXPECT_EQ(IntAt(territorial.Json(), "assignment_rule_id"), asia);

  // The rotation is stored, not counted from the leads: the next Spanish lead is the fifth turn.
  HttpResult fifth = Create("director", {{"company", "Fifth"}, {"country", "ES"}});
  EXPECT_EQ(IntAt(fifth.Json(), "owner_id"), first) << fifth.body;

  // Rules are the director's and the admin's; a rule needs something to match.
  HttpResult by_rep =
      Call("rep_a", "POST", "/api/v1/lead-assignment-rules",
           json::serialize(json::object{
               {"name", "Mine"}, {"country", "PT"}, {"team_id", Seeded("team:Iberia")}}));
  EXPECT_EQ(by_rep.status, 403) << by_rep.Describe();
  HttpResult empty =
      Call("admin", "POST", "/api/v1/lead-assignment-rules",
           json::serialize(json::object{{"name", "Nothing"}, {"team_id", Seeded("team:Iberia")}}));
  ExpectProblem(empty, 422, "country", "lead_rule.country_or_territory");
}

TEST_P(LeadsTest, ConcurrentCreatesNeverTakeTheSameTurn) {
  ASSERT_GT(Rule({{"name", "Spain"}, {"country", "ES"}, {"team_id", Seeded("team:Iberia")}}), 0);
  constexpr int kLeads = 8;
  std::vector<std::int64_t> owners(kLeads, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kLeads; ++i) {
    threads.emplace_back([this, i, &owners] {
      HttpResult r =
          Create("director", {{"company", "Race " + std::to_string(i)}, {"country", "ES"}});
      if (r.status == 201) owners[i] = IntAt(r.Json(), "owner_id");
    });
  }
  for (auto& t : threads) t.join();
  std::map<std::int64_t, int> per_rep;
  for (std::int64_t o : owners) ++per_rep[o];
  // Eight turns between two reps: four each, whatever the interleaving.
  EXPECT_EQ(per_rep, (std::map<std::int64_t, int>{{UserId("rep_a"), 4}, {UserId("rep_b"), 4}}));
}

TEST_P(LeadsTest, AQualifiedLeadConvertsOnceIntoAnAccountAndAContact) {
  const std::int64_t id = Lead("rep_a", Nord());
  ExpectProblem(Convert("rep_a", id, ""), 409, nullptr, "lead.convert_needs_qualified");
  ASSERT_EQ(Patch("rep_a", id, {{"status", "qualified"}}).status, 200);
  HttpResult stale = Call("rep_a", "POST", "/api/v1/leads/" + std::to_string(id) + "/convert", "",
                          {{"If-Match", "\"1\""}});
  EXPECT_EQ(stale.status, 412) << stale.Describe();

  const Headers key = {{"Idempotency-Key", "convert-nord-1"}};
  HttpResult converted = Convert("rep_a", id, R"({"currency":"EUR"})", key);
  ASSERT_EQ(converted.status, 200) << converted.Describe();
  const json::value lead = converted.Json();
  EXPECT_EQ(StringAt(lead, "status"), "converted");
  EXPECT_EQ(IntAt(lead, "converted_by_id"), UserId("rep_a"));
  EXPECT_FALSE(StringAt(lead, "converted_at").empty());
  const std::int64_t account_id = IntAt(lead, "converted_account_id");
  const std::int64_t contact_id = IntAt(lead, "converted_contact_id");
  EXPECT_EQ(converted.Header("Location"), "/api/v1/accounts/" + std::to_string(account_id));

  HttpResult account = Call("rep_a", "GET", "/api/v1/accounts/" + std::to_string(account_id));
  ASSERT_EQ(account.status, 200) << account.Describe();
  EXPECT_EQ(StringAt(account.Json(), "name"), "Klinik Nord GmbH");
  EXPECT_EQ(StringAt(account.Json(), "kind"), "company");
  EXPECT_EQ(StringAt(account.Json(), "tax_id"), "DE123456789");
  EXPECT_EQ(StringAt(account.Json(), "country"), "DE");
  EXPECT_EQ(StringAt(account.Json(), "currency"), "EUR");
  EXPECT_EQ(IntAt(account.Json(), "owner_id"), UserId("rep_a"));
  HttpResult contact = Call("rep_a", "GET", "/api/v1/contacts/" + std::to_string(contact_id));
  ASSERT_EQ(contact.status, 200) << contact.Describe();
  EXPECT_EQ(StringAt(contact.Json(), "last_name"), "Weber");
  EXPECT_EQ(IntAt(contact.Json(), "account_id"), account_id);
  EXPECT_EQ(StringAt(contact.Json(), "job_title"), "Head of Purchasing");

  // The retry with the same key answers as the first did and makes nothing more.
  HttpResult again = Call("rep_a", "POST", "/api/v1/leads/" + std::to_string(id) + "/convert",
                          R"({"currency":"EUR"})", {key[0], {"If-Match", "\"3\""}});
  EXPECT_EQ(again.status, 200) << again.Describe();
  EXPECT_EQ(again.body, converted.body);
  EXPECT_EQ(again.Header("Idempotent-Replayed"), "true");
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/accounts?q=Klinik%20Nord").Json(), "total"), 1);
  // Without the key, a second conversion is refused; the converted lead is read-only.
  ExpectProblem(Convert("rep_a", id, ""), 409, nullptr, "lead.already_converted");
  ExpectProblem(Patch("rep_a", id, {{"notes", "late edit"}}), 409, nullptr,
                "lead.converted_read_only");
  // The conversion is in the audit trail of the lead and of what it made.
  HttpResult audit =
      Call("rep_a", "GET", "/api/v1/audit-events?entity=leads&entity_id=" + std::to_string(id));
  // Created, qualified, converted.
  EXPECT_EQ(IntAt(audit.Json(), "total"), 3) << audit.body;
  HttpResult made =
      Call("director", "GET",
           "/api/v1/audit-events?entity=accounts&entity_id=" + std::to_string(account_id));
  EXPECT_EQ(IntAt(made.Json(), "total"), 1) << made.body;
}

TEST_P(LeadsTest, ConversionOntoAnAccountTheCallerCannotSeeIsRefusedLikeAMissingOne) {
  const std::int64_t id = Lead("rep_a", Nord());
  ASSERT_EQ(Patch("rep_a", id, {{"status", "qualified"}}).status, 200);
  const std::int64_t hidden = AccountOf("rep_c").id;
  HttpResult other = Convert("rep_a", id, json::serialize(json::object{{"account_id", hidden}}));
  HttpResult missing = Convert("rep_a", id, R"({"account_id":987654})");
  ExpectProblem(other, 422, "account_id", "reference.not_visible");
  ExpectProblem(missing, 422, "account_id", "reference.not_visible");
  EXPECT_EQ(StringAt(Call("rep_a", "GET", "/api/v1/leads/" + std::to_string(id)).Json(), "status"),
            "qualified");
  ExpectProblem(Convert("rep_a", id, R"({"account_id":1,"kind":"person"})"), 422, "kind",
                "lead.convert_existing_account_only");
  ExpectProblem(Convert("rep_a", id, R"({"kind":"robot"})"), 422, "kind", "field.not_in_enum");

  // Onto the rep's own account: a contact is added there, no account is made.
  const std::int64_t own = AccountOf("rep_a").id;
  HttpResult onto = Convert("rep_a", id, json::serialize(json::object{{"account_id", own}}));
  ASSERT_EQ(onto.status, 200) << onto.Describe();
  EXPECT_EQ(IntAt(onto.Json(), "converted_account_id"), own);
  HttpResult contact =
      Call("rep_a", "GET",
           "/api/v1/contacts/" + std::to_string(IntAt(onto.Json(), "converted_contact_id")));
  EXPECT_EQ(IntAt(contact.Json(), "account_id"), own) << contact.body;
}

TEST_P(LeadsTest, APersonWithoutACompanyBecomesAPersonAccount) {
  json::object body{{"first_name", "Lucía"},
                    {"last_name", "Gómez"},
                    {"country", "ES"},
                    {"status", "qualified"},
                    {"email", "lucia@gmail.com"}};
  const std::int64_t id = Lead("rep_a", body);
  HttpResult converted = Convert("rep_a", id, "");
  ASSERT_EQ(converted.status, 200) << converted.Describe();
  HttpResult account =
      Call("rep_a", "GET",
           "/api/v1/accounts/" + std::to_string(IntAt(converted.Json(), "converted_account_id")));
  EXPECT_EQ(StringAt(account.Json(), "kind"), "person");
  EXPECT_EQ(StringAt(account.Json(), "name"), "Lucía Gómez");
  // No country, no account: the problem says which field of the lead to fill.
  const std::int64_t nowhere = Lead("rep_a", {{"last_name", "Nowhere"}, {"status", "qualified"}});
  ExpectProblem(Convert("rep_a", nowhere, ""), 422, "country", "lead.country_needed_for_account");
}

// With the pipeline installed, the conversion may open the first opportunity on the account:
// the lead is its source, the new contact its person, the lead's owner its owner; a bad deal
// refuses the whole conversion, naming the deal's field.
TEST_P(LeadsTest, ConversionMayOpenAnOpportunityFromTheLead) {
  auto make = [&](const std::string& plural, const json::object& body) {
    HttpResult r = Call("director", "POST", "/api/v1/" + plural, json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  };
  const std::int64_t pipeline = make("pipelines", {{"name", "New business"}});
  const std::int64_t first = make("pipeline-stages", {{"pipeline_id", pipeline},
                                                      {"position", 1},
                                                      {"name", "Qualified"},
                                                      {"probability", 25},
                                                      {"forecast_category", "pipeline"}});
  const std::int64_t id = Lead("manager", [] {
    json::object b = Nord();
    b["status"] = "qualified";
    return b;
  }());
  ASSERT_EQ(Patch("manager", id, {{"owner_id", UserId("rep_a")}}).status, 200);
  json::object deal{{"title", "Infusion pumps"},
                    {"amount", {{"amount", "48000"}, {"currency", "EUR"}}},
                    {"expected_close", "2024-06-30"},
                    {"pipeline_id", pipeline}};
  json::object bad = deal;
  bad.erase("title");
  ExpectProblem(Convert("manager", id, json::serialize(json::object{{"opportunity", bad}})), 422,
                "opportunity.title", "field.required");
  json::object set = deal;
  set["account_id"] = AccountOf("rep_a").id;
  ExpectProblem(Convert("manager", id, json::serialize(json::object{{"opportunity", set}})), 422,
                "opportunity.account_id", "field.read_only");
  EXPECT_EQ(
      StringAt(Call("manager", "GET", "/api/v1/leads/" + std::to_string(id)).Json(), "status"),
      "qualified");

  HttpResult converted =
      Convert("manager", id, json::serialize(json::object{{"opportunity", deal}}));
  ASSERT_EQ(converted.status, 200) << converted.Describe();
  HttpResult deals = Call("rep_a", "GET", "/api/v1/opportunities?lead_id=" + std::to_string(id));
  ASSERT_EQ(deals.status, 200) << deals.Describe();
  const json::value list = deals.Json();
  ASSERT_EQ(list.at("items").as_array().size(), 1u) << deals.body;
  const json::value& opened = list.at("items").at(0);
  EXPECT_EQ(IntAt(opened, "account_id"), IntAt(converted.Json(), "converted_account_id"));
  EXPECT_EQ(IntAt(opened, "contact_id"), IntAt(converted.Json(), "converted_contact_id"));
  EXPECT_EQ(IntAt(opened, "owner_id"), UserId("rep_a"));
  EXPECT_EQ(IntAt(opened, "stage_id"), first);
  EXPECT_EQ(IntAt(opened, "probability"), 25);
  EXPECT_EQ(StringAt(opened.at("amount"), "amount"), "48000.00");
}

SD_INSTANTIATE_API_TEST(LeadsTest);

}  // namespace
}  // namespace salesdesk::api_test
