// The morning meeting through the API, on SQLite and PostgreSQL (decision 0059). The test clock
// is Friday 2024-03-01 10:00 Madrid; the meeting is asked for Monday 4 March, whose yesterday is
// Friday 1 March (nobody has a schedule: Monday to Friday). The manager leads Iberia: rep_a and
// rep_b, with the hand-placed work below.
//
// Yesterday, Friday 1 March (Madrid: 2024-02-29T23:00Z .. 2024-03-01T23:00Z):
//   rep_a: calls reached 08:00 and 12:00, no answer 09:00 → 3 calls, 2 connected; a visit 11:00;
//          a reached call on Thursday 23:30 (not counted); quotes made 09:00Z and 14:00Z → 2;
//          orders confirmed: EUR 1,500.00 and USD 200.00; report submitted.
//   rep_b: a reached call 00:30 Madrid (29 Feb 23:30Z: still Friday in Madrid) → 1 call, 1
//          connected; visits 10:00 and 15:00 → 2; a lead made → 1; a quote of Thursday (not
//          counted); orders confirmed: EUR 2,500.50 on Friday, EUR 700.00 on Thursday (not
//          counted), an open EUR 999.00 (not counted); report a draft.
//   totals: calls 3 + 1 = 4, connected 2 + 1 = 3, visits 1 + 2 = 3, quotes 2, leads 1,
//           orders 2 + 1 = 3: EUR 1,500.00 + 2,500.50 = 4,000.50 and USD 200.00; reports in 1.
// Today, Monday 4 March:
//   rep_a: visit 09:30 and call 11:00 planned (plus a meeting, a visit on Tuesday and a
//          cancelled call: not counted); tasks open due 1 Mar (overdue) and 4 Mar (due today,
//          not overdue), one done due 28 Feb; quotes sent valid until 10 Mar (the window's last
//          day: 4 Mar + 6) and 11 Mar (outside), accepted until 5 Mar (closed), draft until 6 Mar
//          (not out) → 1 expiring.
//   rep_b: call 16:00 planned; a task open due 3 Mar (overdue); approved until 4 Mar and in
//          approval until 8 Mar → 2 expiring.
//   totals: visits 1, calls 2, overdue tasks 2, expiring 3.
#include "api/api_test_server.h"
#include "app/records/record_fields.h"
#include "core/time/timestamp.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;

std::int64_t At(const char* iso) { return core::ParseTimestamp(iso)->micros_since_epoch(); }

class MorningMeetingTest : public ApiTest {
 protected:
  std::int64_t Insert(std::string_view entity, const Record& r, std::int64_t created_at) {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    auto inserted = (*uow)->Insert(Spec(entity), r, created_at);
    EXPECT_TRUE(inserted.ok()) << inserted.error().message;
    EXPECT_TRUE((*uow)->Commit().ok());
    return inserted.ok() ? app::RecordId(*inserted) : 0;
  }
  void Post(const std::string& user, const char* entity, json::object body) {
    HttpResult r = Call(user, "POST", std::string("/api/v1/") + entity, json::serialize(body));
    ASSERT_EQ(r.status, 201) << entity << ": " << r.Describe();
  }
  void Done(const std::string& user, const char* kind, const char* at,
            const char* outcome = nullptr) {
    json::object body{{"kind", kind},
                      {"subject", "Log"},
                      {"status", "done"},
                      {"account_id", AccountOf(user).id},
                      {"done_at", at}};
    if (outcome != nullptr) body["outcome"] = outcome;
    if (std::string(kind) == "visit") body["check_in_at"] = at;
    Post(user, "activities", body);
  }
  void Planned(const std::string& user, const char* kind, const char* at,
               const char* status = "planned") {
    Post(user, "activities",
         {{"kind", kind},
          {"subject", std::string("Plan ") + kind},
          {"status", status},
          {"account_id", AccountOf(user).id},
          {"planned_at", at}});
  }
  void Task(const std::string& user, const char* due_on, bool done = false) {
    Post(user, "tasks", {{"title", "Follow up"}, {"due_on", due_on}, {"done", done}});
  }
  std::int64_t Quote(const std::string& owner, const char* status, const char* valid_until,
                     const char* created_at = "2024-02-20T09:00:00Z") {
    if (price_list_ == 0) {
      price_list_ = SysCreate("price-lists", {{"name", "EUR 2024"}, {"currency", "EUR"}});
    }
    return Insert("quotes",
                  {{"number", "Q-MM-" + std::to_string(++documents_)},
                   {"account_id", AccountOf(owner).id},
                   {"price_list_id", price_list_},
                   {"currency", std::string("EUR")},
                   {"status", std::string(status)},
                   {"valid_until", std::string(valid_until)},
                   {"rules_as_of", At(created_at)},
                   {"owner_id", UserId(owner)}},
                  At(created_at));
  }
  void Order(const std::string& owner, const char* status, const char* on, std::int64_t minor,
             const char* currency) {
    Insert("sales-orders",
           {{"number", "SO-MM-" + std::to_string(++documents_)},
            {"account_id", AccountOf(owner).id},
            {"currency", std::string(currency)},
            {"status", std::string(status)},
            {"ordered_on", std::string(on)},
            {"untaxed", MoneyValue{minor, currency}},
            {"owner_id", UserId(owner)}},
           At("2024-03-01T09:00:00Z"));
  }
  json::value Meeting(const std::string& user, const std::string& query) {
    HttpResult r = Call(user, "GET", "/api/v1/morning-meeting" + query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json() : json::value();
  }
  static const json::value& PersonOf(const json::value& m, std::int64_t id) {
    for (const auto& p : m.at("people").as_array()) {
      if (p.at("user_id").as_int64() == id) return p;
    }
    static const json::value kNone;
    ADD_FAILURE() << "no person " << id << " in " << m;
    return kNone;
  }
  // "EUR 4000.50, USD 200.00"
  static std::string Amounts(const json::value& figures) {
    std::string out;
    for (const auto& a : figures.at("orders_amounts").as_array()) {
      if (!out.empty()) out += ", ";
      out +=
          std::string(a.at("currency").as_string()) + " " + std::string(a.at("amount").as_string());
    }
    return out;
  }
  // The counts of a figures object in a fixed order, for one comparison per person.
  static std::vector<std::int64_t> Counts(const json::value& f) {
    std::vector<std::int64_t> out;
    for (const char* k : {"calls", "connected_calls", "visits", "meetings", "new_leads", "quotes",
                          "orders", "reports_in", "planned_visits", "planned_calls",
                          "overdue_tasks", "quotes_expiring", "approvals_waiting"}) {
      out.push_back(f.at(k).as_int64());
    }
    return out;
  }
  std::int64_t price_list_ = 0;
  int documents_ = 0;
};

TEST_P(MorningMeetingTest, YesterdayAndTodayOfEachRepWithTeamTotals) {
  Done("rep_a", "call", "2024-03-01T08:00:00+01:00", "reached");
  Done("rep_a", "call", "2024-03-01T09:00:00+01:00", "no_answer");
  Done("rep_a", "call", "2024-03-01T12:00:00+01:00", "reached");
  Done("rep_a", "visit", "2024-03-01T11:00:00+01:00");
  Done("rep_a", "call", "2024-02-29T23:30:00+01:00", "reached");  // Thursday
  Done("rep_b", "call", "2024-03-01T00:30:00+01:00", "reached");
  Done("rep_b", "visit", "2024-03-01T10:00:00+01:00");
  Done("rep_b", "visit", "2024-03-01T15:00:00+01:00");
  Post("rep_b", "leads", {{"last_name", "Weber"}, {"company", "Klinik Nord GmbH"}});  // now: Fri
  Quote("rep_a", "sent", "2024-03-10", "2024-03-01T09:00:00Z");
  Quote("rep_a", "sent", "2024-03-11", "2024-03-01T14:00:00Z");
  Quote("rep_b", "draft", "2024-04-01", "2024-02-29T12:00:00Z");  // Thursday's
  Order("rep_a", "confirmed", "2024-03-01", 150000, "EUR");
  Order("rep_a", "confirmed", "2024-03-01", 20000, "USD");
  Order("rep_b", "confirmed", "2024-03-01", 250050, "EUR");
  Order("rep_b", "confirmed", "2024-02-29", 70000, "EUR");
  Order("rep_b", "open", "2024-03-01", 99900, "EUR");
  Post("rep_a", "daily-reports", {{"report_date", "2024-03-01"}, {"status", "submitted"}});
  Post("rep_b", "daily-reports", {{"report_date", "2024-03-01"}});

  Planned("rep_a", "call", "2024-03-04T11:00:00+01:00");
  Planned("rep_a", "visit", "2024-03-04T09:30:00+01:00");
  Planned("rep_a", "meeting", "2024-03-04T14:00:00+01:00");
  Planned("rep_a", "visit", "2024-03-05T09:30:00+01:00");
  Planned("rep_a", "call", "2024-03-04T12:00:00+01:00", "cancelled");
  Planned("rep_b", "call", "2024-03-04T16:00:00+01:00");
  Task("rep_a", "2024-03-01");
  Task("rep_a", "2024-03-04");
  Task("rep_a", "2024-02-28", true);
  Task("rep_b", "2024-03-03");
  Quote("rep_a", "accepted", "2024-03-05");
  Quote("rep_a", "draft", "2024-03-06");
  Quote("rep_b", "approved", "2024-03-04");
  Quote("rep_b", "pending_approval", "2024-03-08");

  const json::value m = Meeting("manager", "?date=2024-03-04");
  EXPECT_EQ(StringAt(m.at("team"), "name"), "Iberia");
  EXPECT_EQ(StringAt(m, "date"), "2024-03-04");
  EXPECT_EQ(StringAt(m, "yesterday"), "2024-03-01") << "Monday looks back at Friday";
  ASSERT_EQ(m.at("people").as_array().size(), 2u) << m;

  const json::value& a = PersonOf(m, UserId("rep_a"));
  EXPECT_EQ(StringAt(a, "report"), "submitted");
  //                 calls conn visits meet leads quotes orders in  pv pc ovd exp appr
  EXPECT_EQ(Counts(a.at("figures")),
            (std::vector<std::int64_t>{3, 2, 1, 0, 0, 2, 2, 1, 1, 1, 1, 1, 0}));
  EXPECT_EQ(Amounts(a.at("figures")), "EUR 1500.00, USD 200.00");
  const json::array& plan = a.at("planned").as_array();
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(StringAt(plan[0], "kind"), "visit") << "by planned time";
  EXPECT_EQ(StringAt(plan[0], "planned_at"), "2024-03-04T08:30:00.000000Z");
  EXPECT_EQ(StringAt(plan[0], "account_name"), AccountOf("rep_a").name);
  EXPECT_EQ(StringAt(plan[1], "kind"), "call");

  const json::value& b = PersonOf(m, UserId("rep_b"));
  EXPECT_EQ(StringAt(b, "report"), "draft");
  EXPECT_EQ(Counts(b.at("figures")),
            (std::vector<std::int64_t>{1, 1, 2, 0, 1, 0, 1, 0, 0, 1, 1, 2, 0}));
  EXPECT_EQ(Amounts(b.at("figures")), "EUR 2500.50");

  EXPECT_EQ(Counts(m.at("totals")),
            (std::vector<std::int64_t>{4, 3, 3, 0, 1, 2, 3, 1, 1, 2, 2, 3, 0}));
  EXPECT_EQ(Amounts(m.at("totals")), "EUR 4000.50, USD 200.00");

  // Without a date, today is the test clock's Friday and yesterday Thursday: rep_a's late call.
  const json::value friday = Meeting("manager", "");
  EXPECT_EQ(StringAt(friday, "date"), "2024-03-01");
  EXPECT_EQ(StringAt(friday, "yesterday"), "2024-02-29");
  EXPECT_EQ(IntAt(PersonOf(friday, UserId("rep_a")).at("figures"), "calls"), 1);
  EXPECT_EQ(StringAt(PersonOf(friday, UserId("rep_a")), "report"), "missing");
  EXPECT_EQ(Amounts(PersonOf(friday, UserId("rep_b")).at("figures")), "EUR 700.00");
}

TEST_P(MorningMeetingTest, ApprovalsWaitingForALeaderInTheTeamAbove) {
  // The senior manager leads Europe, whose member is the manager of Iberia: the requests the
  // manager is to decide are on the senior's meeting; a decided one is not.
  const std::int64_t quote = Quote("rep_a", "pending_approval", "2024-04-01");
  for (const char* status : {"pending", "approved"}) {
    Insert("approval-requests",
           {{"quote_id", quote},
            {"revision", std::int64_t{1}},
            {"requester_id", UserId("rep_a")},
            {"approver_id", UserId("manager")},
            {"status", std::string(status)}},
           At("2024-03-01T08:00:00Z"));
  }
  const json::value m = Meeting("senior", "");
  EXPECT_EQ(StringAt(m.at("team"), "name"), "Europe");
  const json::value& manager = PersonOf(m, UserId("manager"));
  EXPECT_EQ(IntAt(manager.at("figures"), "approvals_waiting"), 1);
  EXPECT_EQ(IntAt(m.at("totals"), "approvals_waiting"), 1);
  // The senior may also hold Iberia's meeting (below Europe), but not Asia's.
  std::vector<std::string> teams;
  for (const auto& t : m.at("teams").as_array()) teams.emplace_back(t.at("name").as_string());
  EXPECT_EQ(teams, (std::vector<std::string>{"Europe", "Iberia"}));
}

TEST_P(MorningMeetingTest, YesterdaySkipsAPublicHolidayOfTheTeamsCountry) {
  // Thursday 29 February a (made-up) Spanish holiday: Friday's meeting looks back at Wednesday,
  // and counts Wednesday's call, not Thursday's.
  HttpResult holiday = Call("admin", "POST", "/api/v1/public-holidays",
                            R"({"country":"ES","date":"2024-02-29","name":"Fiesta"})");
  ASSERT_EQ(holiday.status, 201) << holiday.Describe();
  Done("rep_a", "call", "2024-02-28T10:00:00+01:00", "reached");
  Done("rep_a", "call", "2024-02-29T10:00:00+01:00", "reached");
  const json::value m = Meeting("manager", "");
  EXPECT_EQ(StringAt(m, "yesterday"), "2024-02-28");
  EXPECT_EQ(IntAt(PersonOf(m, UserId("rep_a")).at("figures"), "calls"), 1);
}

TEST_P(MorningMeetingTest, OnlyLeadersAndOnlyTheirTeams) {
  const std::string asia = "?team_id=" + std::to_string(Seeded("team:Asia"));
  HttpResult other = Call("manager", "GET", "/api/v1/morning-meeting" + asia);
  EXPECT_EQ(other.status, 403) << other.Describe();
  EXPECT_EQ(StringAt(other.Json(), "field"), "query.team_id");
  EXPECT_NE(other.body.find("morning_meeting.team_outside_scope"), std::string::npos);
  // manager2 leads Asia: rep_c only.
  const json::value m = Meeting("manager2", "");
  ASSERT_EQ(m.at("people").as_array().size(), 1u);
  EXPECT_EQ(IntAt(m.at("people").as_array()[0], "user_id"), UserId("rep_c"));
  // The director holds any team's meeting.
  EXPECT_EQ(StringAt(Meeting("director", asia).at("team"), "name"), "Asia");
  for (const char* user : {"rep_a", "finance", "admin"}) {
    HttpResult r = Call(user, "GET", "/api/v1/morning-meeting");
    EXPECT_EQ(r.status, 403) << user;
    EXPECT_NE(r.body.find("morning_meeting.for_leaders"), std::string::npos) << r.body;
  }
}

TEST_P(MorningMeetingTest, QueryProblemsNameTheParameter) {  // 400: the query is the request
  HttpResult bad = Call("manager", "GET", "/api/v1/morning-meeting?team_id=x&date=2024-13-01&y=1");
  EXPECT_EQ(bad.status, 400) << bad.Describe();
  const json::value problem = bad.Json();
  std::set<std::string> fields;
  for (const auto& e : problem.at("errors").as_array()) {
    fields.insert(std::string(e.at("field").as_string()));
  }
  EXPECT_EQ(fields, (std::set<std::string>{"query.team_id", "query.date", "query.y"}));
  HttpResult missing = Call("director", "GET", "/api/v1/morning-meeting?team_id=999999");
  EXPECT_EQ(missing.status, 400) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "query.team_id");
  EXPECT_NE(missing.body.find("morning_meeting.no_team"), std::string::npos);
}

SD_INSTANTIATE_API_TEST(MorningMeetingTest);

}  // namespace
}  // namespace salesdesk::api_test
