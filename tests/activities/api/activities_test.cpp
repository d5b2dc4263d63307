// The activities module through the API, on SQLite and PostgreSQL: the logging rules name the
// field to fix; the timeline of an account shows what the caller may see of its activities,
// tasks and documents, newest first, keyset-paged without loss or repeats; "Today" is the
// caller's own day in the organisation's time zone (the test clock: 2024-03-01 10:00 Madrid).
#include <set>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class ActivitiesTest : public ApiTest {
 protected:
  HttpResult Log(const std::string& user, json::object body, Headers headers = {}) {
    return Call(user, "POST", "/api/v1/activities", json::serialize(body), std::move(headers));
  }
  std::int64_t LogOk(const std::string& user, json::object body) {
    HttpResult r = Log(user, std::move(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  static json::object Call_(std::int64_t account, const char* at) {
    return {{"kind", "call"}, {"subject", "Reorder"}, {"account_id", account}, {"planned_at", at}};
  }
  // Every (entity, id) of an account's timeline as `user` pages through it.
  std::vector<std::string> Timeline(const std::string& user, std::int64_t account, int limit) {
    std::vector<std::string> out;
    std::string before;
    for (int page = 0; page < 100; ++page) {
      std::string target = "/api/v1/timeline?entity=accounts&id=" + std::to_string(account) +
                           "&limit=" + std::to_string(limit);
      if (!before.empty()) target += "&before=" + before;
      HttpResult r = Call(user, "GET", target);
      EXPECT_EQ(r.status, 200) << r.Describe();
      if (r.status != 200) break;
      const json::value doc = r.Json();
      for (const auto& item : doc.at("items").as_array()) {
        out.push_back(std::string(item.at("entity").as_string()) + ":" +
                      std::to_string(item.at("record").at("id").as_int64()));
      }
      if (doc.at("next_before").is_null()) break;
      before = std::string(doc.at("next_before").as_string());
    }
    return out;
  }
};

TEST_P(ActivitiesTest, LoggingRulesNameTheFieldToFix) {
  const SeedAccount& mine = AccountOf("rep_a");
  struct Case {
    json::object body;
    const char* field;
    const char* code;
  };
  json::object done_call = Call_(mine.id, "2024-03-01T09:30:00+01:00");
  done_call["status"] = "done";
  json::object done_visit{{"kind", "visit"},
                          {"subject", "Review"},
                          {"status", "done"},
                          {"account_id", mine.id},
                          {"outcome", "meeting_held"}};
  json::object visit_direction{{"kind", "visit"}, {"subject", "Review"}, {"direction", "inbound"}};
  json::object other_contact = Call_(AccountOf("rep_b").id, "2024-03-01T09:30:00Z");
  other_contact["contact_id"] = mine.contact_id;
  other_contact["account_id"] = AccountOf("rep_a").id + 0;
  // rep_a's contact under an account of rep_a that is not the contact's: a second account.
  const std::int64_t second = SysCreate("accounts", {{"kind", "company"},
                                                     {"name", "Second Clinic"},
                                                     {"country", "ES"},
                                                     {"currency", "EUR"},
                                                     {"owner_id", UserId("rep_a")}});
  json::object wrong_account = Call_(second, "2024-03-01T09:30:00Z");
  wrong_account["contact_id"] = mine.contact_id;
  json::object not_visible = Call_(mine.id, "2024-03-01T09:30:00Z");
  not_visible["related_entity"] = "opportunities";  // the pipeline module's: none is rep_a's
  not_visible["related_id"] = 1;
  json::object bad_time = Call_(mine.id, "2024-03-01 09:30");
  for (const Case& c : {Case{done_call, "outcome", "activity.call_needs_outcome"},
                        Case{done_visit, "check_in_at", "activity.visit_needs_check_in"},
                        Case{visit_direction, "direction", "activity.direction_calls_only"},
                        Case{wrong_account, "contact_id", "activity.contact_other_account"},
                        Case{not_visible, "related_id", "reference.not_visible"},
                        Case{bad_time, "planned_at", ""}}) {
    HttpResult r = Log("rep_a", c.body);
    EXPECT_EQ(r.status, 422) << c.field << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << r.body;
    if (*c.code) {
      EXPECT_NE(r.body.find(c.code), std::string::npos) << r.body;
    }
  }
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/activities").Json(), "total"), 0);
}

TEST_P(ActivitiesTest, ALoggedCallTakesItsContactsAccountAndIsStoredOnce) {
  const SeedAccount& mine = AccountOf("rep_a");
  json::object call{
      {"kind", "call"},        {"subject", "Gloves reorder"}, {"status", "done"},
      {"outcome", "reached"},  {"direction", "outbound"},     {"contact_id", mine.contact_id},
      {"duration_minutes", 7}, {"next_step", "Send quote"},   {"next_action_on", "2024-03-04"}};
  const Headers key = {{"Idempotency-Key", "offline-7f3a"}};
  HttpResult first = Log("rep_a", call, key);
  ASSERT_EQ(first.status, 201) << first.Describe();
  const json::value a = first.Json();
  EXPECT_EQ(IntAt(a, "account_id"), mine.id) << "the contact's account";
  EXPECT_EQ(StringAt(a, "done_at"), "2024-03-01T09:00:00.000000Z") << "now, when done";
  EXPECT_EQ(StringAt(a, "planned_at"), "2024-03-01T09:00:00.000000Z");
  EXPECT_EQ(IntAt(a, "owner_id"), UserId("rep_a"));
  HttpResult again = Log("rep_a", call, key);  // the phone's queue sends it a second time
  EXPECT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "id"), IntAt(a, "id"));
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/activities").Json(), "total"), 1);

  // A planned visit given with an offset is kept as the instant it names.
  json::object visit{{"kind", "visit"},
                     {"subject", "Ward stock check"},
                     {"account_id", mine.id},
                     {"planned_at", "2024-03-05T10:30:00+01:00"},
                     {"place", "Hospital Norte"}};
  HttpResult planned = Log("rep_a", visit);
  ASSERT_EQ(planned.status, 201) << planned.Describe();
  EXPECT_EQ(StringAt(planned.Json(), "planned_at"), "2024-03-05T09:30:00.000000Z");
  EXPECT_EQ(StringAt(planned.Json(), "status"), "planned");
  // Done later: check-in first, else the rule refuses it.
  const std::int64_t id = IntAt(planned.Json(), "id");
  HttpResult no_check_in = Call("rep_a", "PATCH", "/api/v1/activities/" + std::to_string(id),
                                R"({"status":"done"})", {{"If-Match", ETagOf("activities", id)}});
  EXPECT_EQ(no_check_in.status, 422) << no_check_in.Describe();
  HttpResult done = Call("rep_a", "PATCH", "/api/v1/activities/" + std::to_string(id),
                         R"({"status":"done","check_in_at":"2024-03-05T10:25:00+01:00"})",
                         {{"If-Match", ETagOf("activities", id)}});
  EXPECT_EQ(done.status, 200) << done.Describe();
}

TEST_P(ActivitiesTest, TheTimelineShowsWhatEachRoleMaySeeNewestFirst) {
  const SeedAccount& mine = AccountOf("rep_a");
  const std::int64_t own = LogOk("rep_a", Call_(mine.id, "2024-02-20T10:00:00Z"));
  const std::int64_t later = LogOk("rep_a", Call_(mine.id, "2024-02-27T10:00:00Z"));
  json::object by_director = Call_(mine.id, "2024-02-25T10:00:00Z");
  by_director["owner_id"] = UserId("director");
  const std::int64_t director = LogOk("director", by_director);
  HttpResult task = Call(
      "rep_a", "POST", "/api/v1/tasks",
      json::serialize(json::object{
          {"title", "Send samples"}, {"related_entity", "accounts"}, {"related_id", mine.id}}));
  ASSERT_EQ(task.status, 201) << task.Describe();
  const std::string task_key = "tasks:" + std::to_string(IntAt(task.Json(), "id"));
  auto key = [](std::int64_t id) { return "activities:" + std::to_string(id); };

  // The task was created now (2024-03-01), after every activity.
  EXPECT_EQ(Timeline("rep_a", mine.id, 10),
            (std::vector<std::string>{task_key, key(later), key(own)}))
      << "the director's own call is not the rep's to see";
  EXPECT_EQ(Timeline("manager", mine.id, 10),
            (std::vector<std::string>{task_key, key(later), key(own)}));
  EXPECT_EQ(Timeline("director", mine.id, 10),
            (std::vector<std::string>{task_key, key(later), key(director), key(own)}));
  EXPECT_EQ(Timeline("finance", mine.id, 10),
            (std::vector<std::string>{task_key, key(later), key(director), key(own)}));
  // The record itself hidden answers as a missing one; a role without accounts is refused.
  const std::string path = "/api/v1/timeline?entity=accounts&id=" + std::to_string(mine.id);
  EXPECT_EQ(Call("rep_c", "GET", path).status, 404);
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/timeline?entity=accounts&id=987654").status, 404);
  EXPECT_EQ(Call("admin", "GET", path).status, 403);
  // A contact's timeline: the call made with that contact.
  json::object with_contact = Call_(mine.id, "2024-02-21T10:00:00Z");
  with_contact["contact_id"] = mine.contact_id;
  const std::int64_t contact_call = LogOk("rep_a", with_contact);
  HttpResult contact = Call(
      "rep_a", "GET", "/api/v1/timeline?entity=contacts&id=" + std::to_string(mine.contact_id));
  ASSERT_EQ(contact.status, 200) << contact.Describe();
  ASSERT_EQ(contact.Json().at("items").as_array().size(), 1u) << contact.body;
  EXPECT_EQ(contact.Json().at("items").at(0).at("record").at("id").as_int64(), contact_call);
}

TEST_P(ActivitiesTest, KeysetPagesNeitherLoseNorRepeatItemsAtEqualTimes) {
  const SeedAccount& mine = AccountOf("rep_a");
  // Seven calls at one instant, three at another, and tasks created at the clock's instant.
  for (int i = 0; i < 7; ++i) LogOk("rep_a", Call_(mine.id, "2024-02-10T08:00:00Z"));
  for (int i = 0; i < 3; ++i) LogOk("rep_a", Call_(mine.id, "2024-03-01T09:00:00Z"));
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(Call("rep_a", "POST", "/api/v1/tasks",
                   json::serialize(json::object{{"title", "T" + std::to_string(i)},
                                                {"related_entity", "accounts"},
                                                {"related_id", mine.id}}))
                  .status,
              201);
  }
  const std::vector<std::string> whole = Timeline("rep_a", mine.id, 100);
  ASSERT_EQ(whole.size(), 12u);
  for (int limit : {1, 2, 3, 5}) {
    EXPECT_EQ(Timeline("rep_a", mine.id, limit), whole) << "limit " << limit;
  }
  EXPECT_EQ(std::set<std::string>(whole.begin(), whole.end()).size(), whole.size());
}

TEST_P(ActivitiesTest, BadTimelineParametersAreNamed) {  // 400: the query is the request
  const std::string id = std::to_string(AccountOf("rep_a").id);
  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"entity=products&id=" + id, "query.entity"},
           {"entity=accounts", "query.id"},
           {"entity=accounts&id=x", "query.id"},
           {"entity=accounts&id=" + id + "&before=yesterday", "query.before"},
           {"entity=accounts&id=" + id + "&limit=0", "query.limit"},
           {"entity=accounts&id=" + id + "&limit=101", "query.limit"},
           {"entity=accounts&id=" + id + "&sort=at", "query.sort"}}) {
    HttpResult r = Call("rep_a", "GET", "/api/v1/timeline?" + query);
    EXPECT_EQ(r.status, 400) << query << ": " << r.Describe();  // the request itself
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << query << ": " << r.body;
  }
}

TEST_P(ActivitiesTest, TodayIsTheCallersOwnDayInTheOrganisationsTimeZone) {
  const SeedAccount& mine = AccountOf("rep_a");
  // 00:30 in Madrid on 1 March is still 29 February in UTC: it is today.
  const std::int64_t early = LogOk("rep_a", Call_(mine.id, "2024-03-01T00:30:00+01:00"));
  const std::int64_t visit = LogOk("rep_a", {{"kind", "visit"},
                                             {"subject", "Ward"},
                                             {"account_id", mine.id},
                                             {"planned_at", "2024-03-01T15:00:00+01:00"}});
  const std::int64_t overdue = LogOk("rep_a", Call_(mine.id, "2024-02-28T11:00:00+01:00"));
  LogOk("rep_a", Call_(mine.id, "2024-03-02T00:30:00+01:00"));  // tomorrow in Madrid
  json::object followed{{"kind", "meeting"},
                        {"subject", "Budget"},
                        {"status", "done"},
                        {"account_id", mine.id},
                        {"planned_at", "2024-02-26T10:00:00Z"},
                        {"next_step", "Call back"},
                        {"next_action_on", "2024-03-01"}};
  const std::int64_t next = LogOk("rep_a", followed);
  json::object others = Call_(AccountOf("rep_b").id, "2024-03-01T11:00:00+01:00");
  LogOk("rep_b", others);
  ASSERT_EQ(
      Call("rep_a", "POST", "/api/v1/tasks", R"({"title":"Overdue offer","due_on":"2024-02-28"})")
          .status,
      201);
  ASSERT_EQ(
      Call("rep_a", "POST", "/api/v1/tasks", R"({"title":"Later","due_on":"2024-03-08"})").status,
      201);

  HttpResult r = Call("rep_a", "GET", "/api/v1/me/today");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value doc = r.Json();
  EXPECT_EQ(StringAt(doc, "date"), "2024-03-01");
  EXPECT_EQ(StringAt(doc, "time_zone"), "Europe/Madrid");
  auto ids = [&](const char* list) {
    std::vector<std::int64_t> out;
    for (const auto& a : doc.at(list).as_array()) out.push_back(a.at("id").as_int64());
    return out;
  };
  EXPECT_EQ(ids("planned"), (std::vector<std::int64_t>{early, visit}));
  EXPECT_EQ(ids("overdue"), (std::vector<std::int64_t>{overdue}));
  EXPECT_EQ(ids("next_actions"), (std::vector<std::int64_t>{next}));
  ASSERT_EQ(doc.at("tasks").as_array().size(), 1u);
  EXPECT_EQ(StringAt(doc.at("tasks").at(0), "title"), "Overdue offer");
  // The report card's figures: nothing done today yet (planned calls and visits do not count).
  EXPECT_EQ(IntAt(doc.at("report_figures"), "calls"), 0);
  EXPECT_EQ(IntAt(doc.at("report_figures"), "visits"), 0);
  EXPECT_TRUE(Call("admin", "GET", "/api/v1/me/today").Json().at("report_figures").is_null());
  // The manager sees the rep's activities in lists, but Today is one's own day.
  HttpResult manager = Call("manager", "GET", "/api/v1/me/today");
  ASSERT_EQ(manager.status, 200);
  EXPECT_TRUE(manager.Json().at("planned").as_array().empty());
  EXPECT_EQ(Call("admin", "GET", "/api/v1/me/today").status, 200);
}

// A lead's calls before its conversion belong to the customer it became: they take the new
// account and contact and show on the account's timeline, still about the lead.
TEST_P(ActivitiesTest, ALeadsActivitiesFollowItsConversion) {
  HttpResult lead = Call("rep_a", "POST", "/api/v1/leads",
                         R"({"first_name":"Anna","last_name":"Weber","company":"Klinik Ost GmbH",)"
                         R"("country":"DE","status":"qualified"})");
  ASSERT_EQ(lead.status, 201) << lead.Describe();
  const std::int64_t lead_id = IntAt(lead.Json(), "id");
  const std::int64_t call = LogOk("rep_a", {{"kind", "call"},
                                            {"subject", "First call"},
                                            {"status", "done"},
                                            {"outcome", "reached"},
                                            {"related_entity", "leads"},
                                            {"related_id", lead_id}});
  // One already about another customer keeps its account.
  const SeedAccount& other = AccountOf("rep_a");
  const std::int64_t elsewhere = LogOk("rep_a", {{"kind", "meeting"},
                                                 {"subject", "Met at their partner's"},
                                                 {"account_id", other.id},
                                                 {"related_entity", "leads"},
                                                 {"related_id", lead_id}});
  HttpResult converted =
      Call("rep_a", "POST", "/api/v1/leads/" + std::to_string(lead_id) + "/convert", "",
           {{"If-Match", ETagOf("leads", lead_id)}});
  ASSERT_EQ(converted.status, 200) << converted.Describe();
  const std::int64_t account = IntAt(converted.Json(), "converted_account_id");
  const json::value moved =
      Call("rep_a", "GET", "/api/v1/activities/" + std::to_string(call)).Json();
  EXPECT_EQ(IntAt(moved, "account_id"), account);
  EXPECT_EQ(IntAt(moved, "contact_id"), IntAt(converted.Json(), "converted_contact_id"));
  EXPECT_EQ(IntAt(moved, "related_id"), lead_id);
  EXPECT_EQ(Timeline("rep_a", account, 30),
            (std::vector<std::string>{"activities:" + std::to_string(call)}));
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/activities/" + std::to_string(elsewhere)).Json(),
                  "account_id"),
            other.id);
}

SD_INSTANTIATE_API_TEST(ActivitiesTest);

}  // namespace
}  // namespace salesdesk::api_test
