// Call lists (issue 11, decision 0057) on SQLite and PostgreSQL, with the test clock at Friday
// 2024-03-01 10:00 Madrid: a list built from a saved view holds only what its builder sees;
// another person's view is not found; logging a call creates exactly one call activity even when
// retried with the same Idempotency-Key and marks the entry done; skipping and the next entry;
// the calls-per-hour and contact-rate figures, computed by hand.
#include <algorithm>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class CallListsTest : public ApiTest {
 protected:
  std::int64_t View(const std::string& user, const std::string& list, const std::string& query) {
    HttpResult r = Call(user, "POST", "/api/v1/saved-views",
                        json::serialize(json::object{
                            {"name", "To call " + list}, {"list", list}, {"query", query}}));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return IntAt(r.Json(), "id");
  }
  HttpResult Build(const std::string& user, const json::object& body, Headers headers = {}) {
    return Call(user, "POST", "/api/v1/call-lists", json::serialize(body), std::move(headers));
  }
  std::int64_t BuildFromView(const std::string& user, std::int64_t view) {
    HttpResult r = Build(user, {{"name", "Monday calls"}, {"saved_view_id", view}});
    EXPECT_EQ(r.status, 201) << r.Describe();
    return IntAt(r.Json(), "id");
  }
  // The list's entries in order: "display_name status".
  std::vector<json::value> Entries(const std::string& user, std::int64_t list) {
    HttpResult r = Call(user, "GET",
                        "/api/v1/call-list-entries?call_list_id=" + std::to_string(list) +
                            "&sort=position&limit=100");
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value body = r.Json();
    std::vector<json::value> out;
    for (const auto& e : body.at("items").as_array()) out.push_back(e);
    return out;
  }
  json::value Next(const std::string& user, std::int64_t list) {
    HttpResult r = Call(user, "GET", "/api/v1/call-lists/" + std::to_string(list) + "/next");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  HttpResult LogEntry(const std::string& user, std::int64_t entry, const json::object& body,
                      Headers headers = {}) {
    return Call(user, "POST", "/api/v1/call-list-entries/" + std::to_string(entry) + "/log",
                json::serialize(body), std::move(headers));
  }
  std::int64_t Activities(const std::string& user) {
    HttpResult r = Call(user, "GET", "/api/v1/activities?kind=call");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return IntAt(r.Json(), "total");
  }
  // A done call logged after the fact (Madrid time, +01:00 in February).
  void DoneCall(const std::string& user, const char* done_at, int minutes, const char* outcome) {
    HttpResult r = Call(user, "POST", "/api/v1/activities",
                        json::serialize(json::object{{"kind", "call"},
                                                     {"subject", "Stats"},
                                                     {"status", "done"},
                                                     {"direction", "outbound"},
                                                     {"done_at", done_at},
                                                     {"duration_minutes", minutes},
                                                     {"outcome", outcome},
                                                     {"account_id", AccountOf(user).id}}));
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  // A prospect of rep_a's, or another person's, with a phone.
  std::int64_t Prospect(const std::string& owner, const std::string& name,
                        const std::string& phone) {
    return SysCreate("accounts", {{"kind", "company"},
                                  {"name", name},
                                  {"country", "ES"},
                                  {"currency", "EUR"},
                                  {"phone", phone},
                                  {"owner_id", UserId(owner)},
                                  {"lifecycle", "prospect"}});
  }
  HttpResult Patch(const std::string& user, const std::string& entity, std::int64_t id,
                   const json::object& body) {
    return Call(user, "PATCH", "/api/v1/" + entity + "/" + std::to_string(id),
                json::serialize(body), {{"If-Match", ETagOf(entity, id)}});
  }
  HttpResult Rebuild(const std::string& user, std::int64_t list, bool with_version = true,
                     std::string body = "") {
    Headers h;
    if (with_version) h.push_back({"If-Match", ETagOf("call-lists", list)});
    return Call(user, "POST", "/api/v1/call-lists/" + std::to_string(list) + "/rebuild", body,
                std::move(h));
  }
  // "name status" of each entry in position order.
  std::vector<std::string> Shown(const std::string& user, std::int64_t list) {
    std::vector<std::string> out;
    for (const json::value& e : Entries(user, list)) {
      out.push_back(StringAt(e, "display_name") + " " + StringAt(e, "status"));
    }
    return out;
  }
};

TEST_P(CallListsTest, AListFromASavedViewHoldsOnlyWhatItsBuilderSees) {
  // The manager's view of every account: Iberia's (rep_a, rep_b) and their own, not Asia's.
  const std::int64_t view = View("manager", "accounts", "sort=name");
  const std::int64_t list = BuildFromView("manager", view);
  HttpResult visible = Call("manager", "GET", "/api/v1/accounts?sort=name&limit=100");
  ASSERT_EQ(visible.status, 200);
  std::vector<std::int64_t> expected;
  const json::value accounts = visible.Json();
  for (const auto& a : accounts.at("items").as_array()) expected.push_back(IntAt(a, "id"));
  std::vector<std::int64_t> listed;
  std::vector<std::string> names;
  for (const json::value& e : Entries("manager", list)) {
    listed.push_back(IntAt(e, "target_id"));
    names.push_back(StringAt(e, "display_name"));
    EXPECT_EQ(StringAt(e, "status"), "pending");
    EXPECT_EQ(StringAt(e, "target_entity"), "accounts");
  }
  EXPECT_EQ(listed, expected) << "the view's query, in its order, through the manager's eyes";
  EXPECT_EQ(std::count(names.begin(), names.end(), "Hospital rep_c 1"), 0) << "Asia's";
  EXPECT_EQ(std::count(names.begin(), names.end(), "Clinic rep_a 1"), 1);
  const json::value built =
      Call("manager", "GET", "/api/v1/call-lists/" + std::to_string(list)).Json();
  EXPECT_EQ(IntAt(built, "entries_total"), static_cast<std::int64_t>(expected.size()));
  EXPECT_EQ(IntAt(built, "source_view_id"), view);
  EXPECT_EQ(StringAt(built, "status"), "open");

  // rep_a's view of prospects: their one prospect.
  const std::int64_t mine = BuildFromView("rep_a", View("rep_a", "accounts", "lifecycle=prospect"));
  const std::vector<json::value> entries = Entries("rep_a", mine);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(StringAt(entries[0], "display_name"), "Hospital rep_a 2");

  // Another person's view is not found; the list reads like activities.
  HttpResult foreign = Build("rep_a", {{"name", "Theirs"}, {"saved_view_id", view}});
  EXPECT_EQ(foreign.status, 404) << foreign.Describe();
  EXPECT_EQ(StringAt(foreign.Json(), "field"), "saved_view_id") << foreign.body;
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/call-lists/" + std::to_string(mine)).status, 404);
  EXPECT_EQ(Call("manager", "GET", "/api/v1/call-lists/" + std::to_string(mine)).status, 200);
  EXPECT_EQ(Call("manager2", "GET", "/api/v1/call-lists/" + std::to_string(mine)).status, 404);

  // A view of another list, a query the list refuses, a view listing nothing.
  HttpResult of_quotes =
      Build("rep_a", {{"name", "Q"}, {"saved_view_id", View("rep_a", "quotes", "")}});
  EXPECT_EQ(of_quotes.status, 422) << of_quotes.Describe();
  EXPECT_EQ(StringAt(of_quotes.Json(), "field"), "saved_view_id");
  HttpResult bad =
      Build("rep_a", {{"name", "Bad"}, {"entity", "accounts"}, {"query", "colour=red"}});
  EXPECT_EQ(bad.status, 422) << bad.Describe();
  EXPECT_EQ(StringAt(bad.Json(), "field"), "query");
  HttpResult none = Build("rep_a", {{"name", "None"}, {"entity", "leads"}, {"query", ""}});
  EXPECT_EQ(none.status, 422) << none.Describe();
  HttpResult both =
      Build("rep_a", {{"name", "Both"}, {"saved_view_id", view}, {"entity", "leads"}});
  EXPECT_EQ(both.status, 422) << both.Describe();
}

TEST_P(CallListsTest, ARetriedBuildMakesOneList) {
  const Headers key = {{"Idempotency-Key", "build-0301"}};
  const json::object body{{"name", "Contacts"}, {"entity", "contacts"}, {"query", "sort=id"}};
  HttpResult first = Build("rep_a", body, key);
  ASSERT_EQ(first.status, 201) << first.Describe();
  HttpResult again = Build("rep_a", body, key);
  EXPECT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "id"), IntAt(first.Json(), "id"));
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/call-lists").Json(), "total"), 1);
}

TEST_P(CallListsTest, LoggingCreatesExactlyOneCallAndWorksTheListThrough) {
  // rep_a's two contacts (Ana rep_a on each of their accounts).
  HttpResult built =
      Build("rep_a", {{"name", "Contacts"}, {"entity", "contacts"}, {"query", "sort=id"}});
  ASSERT_EQ(built.status, 201) << built.Describe();
  const std::int64_t list = IntAt(built.Json(), "id");
  EXPECT_EQ(IntAt(built.Json(), "entries_total"), 2);
  const json::value next = Next("rep_a", list);
  const std::int64_t first = IntAt(next.at("entry"), "id");
  EXPECT_EQ(IntAt(next.at("entry"), "position"), 1);
  EXPECT_EQ(StringAt(next.at("entry"), "display_name"), "Ana rep_a");
  const std::int64_t contact = IntAt(next.at("entry"), "target_id");

  const std::int64_t calls_before = Activities("rep_a");
  // Problems name their field; nothing is written.
  HttpResult bad_outcome = LogEntry("rep_a", first, {{"outcome", "meeting_held"}});
  EXPECT_EQ(bad_outcome.status, 422) << bad_outcome.Describe();
  EXPECT_EQ(StringAt(bad_outcome.Json(), "field"), "outcome");
  HttpResult past =
      LogEntry("rep_a", first, {{"outcome", "voicemail"}, {"next_call_on", "2024-02-29"}});
  EXPECT_EQ(past.status, 422) << past.Describe();
  EXPECT_EQ(StringAt(past.Json(), "field"), "next_call_on");
  EXPECT_EQ(Activities("rep_a"), calls_before);

  const Headers key = {{"Idempotency-Key", "call-7f3a"}};
  const json::object body{{"outcome", "voicemail"},
                          {"duration_minutes", 1},
                          {"note", "Left a message about the glove offer"},
                          {"next_call_on", "2024-03-04"}};
  HttpResult logged = LogEntry("rep_a", first, body, key);
  ASSERT_EQ(logged.status, 201) << logged.Describe();
  const json::value out = logged.Json();
  const json::value& call = out.at("activity");
  EXPECT_EQ(StringAt(call, "kind"), "call");
  EXPECT_EQ(StringAt(call, "status"), "done");
  EXPECT_EQ(StringAt(call, "outcome"), "voicemail");
  EXPECT_EQ(IntAt(call, "contact_id"), contact);
  EXPECT_EQ(IntAt(call, "account_id"), AccountOf("rep_a").id) << "the contact's account";
  EXPECT_EQ(StringAt(call, "next_action_on"), "2024-03-04");
  EXPECT_EQ(StringAt(call, "report"), "Left a message about the glove offer");
  EXPECT_EQ(StringAt(out.at("entry"), "status"), "done");
  EXPECT_EQ(IntAt(out.at("entry"), "activity_id"), IntAt(call, "id"));
  EXPECT_EQ(StringAt(out.at("entry"), "next_call_on"), "2024-03-04");

  // The phone sends it again: the same answer, still one call.
  HttpResult again = LogEntry("rep_a", first, body, key);
  EXPECT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(again.Json().at("activity"), "id"), IntAt(call, "id"));
  EXPECT_EQ(Activities("rep_a"), calls_before + 1);
  // Without the key, a done entry is not logged twice.
  EXPECT_EQ(LogEntry("rep_a", first, body).status, 409);

  // Another team's manager cannot work it; the next entry is the second; skip it.
  const json::value second = Next("rep_a", list);
  const std::int64_t second_id = IntAt(second.at("entry"), "id");
  EXPECT_EQ(IntAt(second.at("entry"), "position"), 2);
  EXPECT_EQ(LogEntry("manager2", second_id, {{"outcome", "reached"}}).status, 404);
  HttpResult skipped =
      Call("rep_a", "POST", "/api/v1/call-list-entries/" + std::to_string(second_id) + "/skip");
  ASSERT_EQ(skipped.status, 200) << skipped.Describe();
  EXPECT_EQ(StringAt(skipped.Json(), "status"), "skipped");
  const json::value end = Next("rep_a", list);
  EXPECT_TRUE(end.at("entry").is_null()) << end;
  EXPECT_EQ(StringAt(end.at("list"), "status"), "closed") << "worked through";
  EXPECT_EQ(IntAt(end.at("list"), "entries_done"), 1);
  EXPECT_EQ(IntAt(end.at("list"), "entries_skipped"), 1);
}

// A rep off sick: their manager takes the list over and works it on; a rep cannot give a list
// away, nor a manager to another team or to a colleague who cannot see the records to call; the
// manager then closes it by hand and its last entry is no longer called.
TEST_P(CallListsTest, AManagerTakesAListOverAndClosesItByHand) {
  HttpResult built =
      Build("rep_a", {{"name", "Contacts"}, {"entity", "contacts"}, {"query", "sort=id"}});
  ASSERT_EQ(built.status, 201) << built.Describe();
  const std::int64_t list = IntAt(built.Json(), "id");
  const std::string path = "/api/v1/call-lists/" + std::to_string(list);
  auto hand = [&](const std::string& user, std::int64_t to, Headers headers) {
    return Call(user, "POST", path + "/hand-over", json::serialize(json::object{{"owner_id", to}}),
                std::move(headers));
  };
  // The version one saw, or the change is refused.
  EXPECT_EQ(hand("manager", UserId("manager"), {}).status, 428);
  EXPECT_EQ(hand("manager", UserId("manager"), {{"If-Match", "\"99\""}}).status, 412);
  // A rep keeps their own work; a manager gives only to someone they lead.
  HttpResult by_rep = hand("rep_a", UserId("rep_b"), {{"If-Match", ETagOf("call-lists", list)}});
  EXPECT_EQ(by_rep.status, 422) << by_rep.Describe();
  EXPECT_EQ(StringAt(by_rep.Json(), "field"), "owner_id");
  HttpResult outside = hand("manager", UserId("rep_c"), {{"If-Match", ETagOf("call-lists", list)}});
  EXPECT_EQ(outside.status, 422) << outside.Describe();
  // rep_b leads no one and sees only their own customers: rep_a's two contacts are hidden.
  HttpResult blind = hand("manager", UserId("rep_b"), {{"If-Match", ETagOf("call-lists", list)}});
  ASSERT_EQ(blind.status, 422) << blind.Describe();
  EXPECT_EQ(StringAt(blind.Json(), "code"), "call_list.worker_cannot_see");
  EXPECT_NE(blind.body.find("2 of the 2 records"), std::string::npos) << blind.body;
  HttpResult odd = Call("manager", "POST", path + "/hand-over", R"({"owner_id":5,"note":"x"})",
                        {{"If-Match", ETagOf("call-lists", list)}});
  EXPECT_EQ(odd.status, 422);
  EXPECT_EQ(StringAt(odd.Json(), "field"), "note");

  HttpResult handed =
      hand("manager", UserId("manager"), {{"If-Match", ETagOf("call-lists", list)}});
  ASSERT_EQ(handed.status, 200) << handed.Describe();
  EXPECT_EQ(IntAt(handed.Json(), "owner_id"), UserId("manager"));
  EXPECT_EQ(handed.Header("ETag"), ETagOf("call-lists", list));
  // The entries went with it: the manager works it, rep_a no longer sees it.
  const json::value next = Next("manager", list);
  const std::int64_t first = IntAt(next.at("entry"), "id");
  EXPECT_EQ(LogEntry("rep_a", first, {{"outcome", "reached"}}).status, 404);
  HttpResult logged = LogEntry("manager", first, {{"outcome", "reached"}});
  ASSERT_EQ(logged.status, 201) << logged.Describe();
  // The hand-over is in the list's audit trail.
  HttpResult audit = Call(
      "manager", "GET", "/api/v1/audit-events?entity=call-lists&entity_id=" + std::to_string(list));
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  EXPECT_NE(audit.body.find("\"owner_id\":" + std::to_string(UserId("manager"))), std::string::npos)
      << audit.body;

  // Closed by hand: its last entry is not called any more, and closing twice is a conflict.
  HttpResult closed =
      Call("manager", "POST", path + "/close", "", {{"If-Match", ETagOf("call-lists", list)}});
  ASSERT_EQ(closed.status, 200) << closed.Describe();
  EXPECT_EQ(StringAt(closed.Json(), "status"), "closed");
  EXPECT_EQ(IntAt(closed.Json(), "entries_done"), 1);
  const json::value after = Next("manager", list);
  EXPECT_TRUE(after.at("entry").is_null()) << after;
  HttpResult listed =
      Call("manager", "GET",
           "/api/v1/call-list-entries?status=pending&call_list_id=" + std::to_string(list));
  ASSERT_EQ(listed.status, 200) << listed.Describe();
  const json::value pending = listed.Json();
  ASSERT_EQ(pending.at("items").as_array().size(), 1u);
  const std::int64_t last = IntAt(pending.at("items").at(0), "id");
  HttpResult late = LogEntry("manager", last, {{"outcome", "reached"}});
  EXPECT_EQ(late.status, 409) << late.Describe();
  EXPECT_EQ(StringAt(late.Json(), "code"), "call_list.closed");
  EXPECT_EQ(Call("manager", "POST", path + "/close", "", {{"If-Match", ETagOf("call-lists", list)}})
                .status,
            409);
}

TEST_P(CallListsTest, CallsPerHourAndContactRateByHand) {
  // rep_a, Wednesday 28 February (Madrid): calls ending 09:10 (10 min, reached), 09:40
  // (5 min, no answer) and 10:00 (20 min, reached): on the phone from 09:00 to 10:00, 60 min.
  DoneCall("rep_a", "2024-02-28T09:10:00+01:00", 10, "reached");
  DoneCall("rep_a", "2024-02-28T09:40:00+01:00", 5, "no_answer");
  DoneCall("rep_a", "2024-02-28T10:00:00+01:00", 20, "reached");
  // Thursday 29: 15:30 (30 min, voicemail) and 15:45 (0 min, busy): 15:00 to 15:45, 45 min.
  DoneCall("rep_a", "2024-02-29T15:30:00+01:00", 30, "voicemail");
  DoneCall("rep_a", "2024-02-29T15:45:00+01:00", 0, "busy");
  // Outside the period: Friday 1 March, and 23:50 on Tuesday 27 (Madrid; 22:50 UTC).
  DoneCall("rep_a", "2024-03-01T09:30:00+01:00", 5, "reached");
  DoneCall("rep_b", "2024-02-27T23:50:00+01:00", 5, "reached");
  // rep_b, Wednesday 28: 10:00 (15 min, reached): 09:45 to 10:00, 15 min.
  DoneCall("rep_b", "2024-02-28T10:00:00+01:00", 15, "reached");
  // rep_c (Asia): not in the Iberia manager's figures.
  DoneCall("rep_c", "2024-02-28T11:00:00+01:00", 5, "reached");

  const std::string period = "/api/v1/call-lists/stats?from=2024-02-28&to=2024-02-29";
  HttpResult r = Call("manager", "GET", period);
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value stats = r.Json();
  const json::array& people = stats.at("people").as_array();
  ASSERT_EQ(people.size(), 2u) << stats;
  const json::value& a = people[0];
  const json::value& b = people[1];
  ASSERT_EQ(IntAt(a, "owner_id"), UserId("rep_a"));
  // rep_a: 5 calls, 2 reached: 2 ÷ 5 = 0.4000 = 4000 bp. 60 + 45 = 105 min = 1.75 h on the
  // phone: 5 ÷ 1.75 = 2.857142… calls an hour = 285.71… hundredths → 286.
  EXPECT_EQ(IntAt(a, "calls"), 5);
  EXPECT_EQ(IntAt(a, "connected"), 2);
  EXPECT_EQ(IntAt(a, "contact_rate_bp"), 4000);
  EXPECT_EQ(IntAt(a, "calling_minutes"), 105);
  EXPECT_EQ(IntAt(a, "calls_per_hour_centi"), 286);
  // rep_b: 1 call, reached: 10000 bp; 15 min = 0.25 h: 1 ÷ 0.25 = 4.00 → 400.
  ASSERT_EQ(IntAt(b, "owner_id"), UserId("rep_b"));
  EXPECT_EQ(IntAt(b, "calls"), 1);
  EXPECT_EQ(IntAt(b, "contact_rate_bp"), 10000);
  EXPECT_EQ(IntAt(b, "calling_minutes"), 15);
  EXPECT_EQ(IntAt(b, "calls_per_hour_centi"), 400);

  // A rep sees their own figures only; owner_id narrows a leader's.
  const json::value own = Call("rep_b", "GET", period).Json();
  ASSERT_EQ(own.at("people").as_array().size(), 1u) << own;
  EXPECT_EQ(IntAt(own.at("people").as_array()[0], "owner_id"), UserId("rep_b"));
  const json::value one =
      Call("director", "GET", period + "&owner_id=" + std::to_string(UserId("rep_c"))).Json();
  ASSERT_EQ(one.at("people").as_array().size(), 1u) << one;
  EXPECT_EQ(IntAt(one.at("people").as_array()[0], "calls"), 1);

  HttpResult backwards =
      Call("manager", "GET", "/api/v1/call-lists/stats?from=2024-03-01&to=2024-02-01");
  EXPECT_EQ(backwards.status, 400) << "a bad query string";
  EXPECT_EQ(StringAt(backwards.Json(), "field"), "query.to");
  HttpResult missing = Call("manager", "GET", "/api/v1/call-lists/stats?to=2024-02-01");
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(StringAt(missing.Json(), "field"), "query.from");
}

TEST_P(CallListsTest, ARebuildFollowsTheViewAndKeepsWhatWasWorked) {
  // rep_a's prospects by name: Apotheke, Dental and their seeded Hospital rep_a 2.
  Prospect("rep_a", "Apotheke A3", "+34 600 000 003");
  const std::int64_t dental = Prospect("rep_a", "Dental A4", "+34 600 000 004");
  const std::int64_t view = View("rep_a", "accounts", "lifecycle=prospect&sort=name");
  const std::int64_t list = BuildFromView("rep_a", view);
  ASSERT_EQ(Shown("rep_a", list),
            (std::vector<std::string>{"Apotheke A3 pending", "Dental A4 pending",
                                      "Hospital rep_a 2 pending"}));
  const std::int64_t first = IntAt(Next("rep_a", list).at("entry"), "id");
  ASSERT_EQ(LogEntry("rep_a", first, {{"outcome", "reached"}}).status, 201);

  // Since: Dental became a customer, Hospital's phone changed, Bodega is a new prospect and the
  // seeded Clinic rep_a 1 went back to prospecting. rep_b's new prospect is not rep_a's to call.
  ASSERT_EQ(Patch("rep_a", "accounts", dental, {{"lifecycle", "active"}}).status, 200);
  const std::int64_t hospital = accounts()[1].id;
  ASSERT_EQ(Patch("rep_a", "accounts", hospital, {{"phone", "+34 911 222 333"}}).status, 200);
  Prospect("rep_a", "Bodega A5", "+34 600 000 005");
  ASSERT_EQ(Patch("rep_a", "accounts", AccountOf("rep_a").id, {{"lifecycle", "prospect"}}).status,
            200);
  Prospect("rep_b", "Zafiro B1", "+34 600 000 009");

  // At the version seen only.
  EXPECT_EQ(Rebuild("rep_a", list, false).status, 428);
  HttpResult stale =
      Call("rep_a", "POST", "/api/v1/call-lists/" + std::to_string(list) + "/rebuild", "",
           {{"If-Match", "\"1\""}});
  EXPECT_EQ(stale.status, 412) << stale.Describe();
  HttpResult fields = Rebuild("rep_a", list, true, R"({"query":"sort=id"})");
  EXPECT_EQ(fields.status, 422) << fields.Describe();
  EXPECT_EQ(StringAt(fields.Json(), "field"), "query");
  EXPECT_EQ(Rebuild("rep_b", list).status, 404) << "another rep's list";
  EXPECT_EQ(Rebuild("finance", list).status, 403);

  // The manager rebuilds it: with rep_a's eyes, not the manager's (no Zafiro).
  HttpResult r = Rebuild("manager", list, true, "{}");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value rebuilt = r.Json();
  EXPECT_EQ(IntAt(rebuilt, "added"), 2) << "Bodega and Clinic";
  EXPECT_EQ(IntAt(rebuilt, "dropped"), 1) << "Dental";
  EXPECT_EQ(IntAt(rebuilt, "refreshed"), 1) << "Hospital's phone";
  EXPECT_EQ(IntAt(rebuilt, "kept"), 1) << "Hospital";
  EXPECT_TRUE(rebuilt.at("from_view").as_bool());
  const json::value& after = rebuilt.at("list");
  EXPECT_EQ(IntAt(after, "entries_total"), 4) << "Apotheke (done), Hospital, Bodega, Clinic";
  EXPECT_EQ(IntAt(after, "entries_done"), 1);
  EXPECT_EQ(StringAt(after, "status"), "open");
  EXPECT_EQ(r.Header("ETag"), ETagOf("call-lists", list));
  EXPECT_EQ(
      Shown("rep_a", list),
      (std::vector<std::string>{"Apotheke A3 done", "Dental A4 dropped", "Hospital rep_a 2 pending",
                                "Bodega A5 pending", "Clinic rep_a 1 pending"}))
      << "the called one stays and is not listed twice; new ones follow in the view's order";
  const json::value next = Next("rep_a", list);
  EXPECT_EQ(StringAt(next.at("entry"), "display_name"), "Hospital rep_a 2");
  EXPECT_EQ(StringAt(next.at("entry"), "phone"), "+34 911 222 333");
  EXPECT_EQ(IntAt(next.at("entry"), "target_id"), hospital) << "the kept entry, not a new one";
  // A dropped entry is neither logged nor skipped.
  std::int64_t dropped_id = 0;
  for (const json::value& e : Entries("rep_a", list)) {
    if (StringAt(e, "status") == "dropped") dropped_id = IntAt(e, "id");
  }
  HttpResult late = LogEntry("rep_a", dropped_id, {{"outcome", "reached"}});
  EXPECT_EQ(late.status, 409) << late.Describe();

  // The rebuild is in the list's audit trail.
  HttpResult audit = Call(
      "rep_a", "GET", "/api/v1/audit-events?entity=call-lists&entity_id=" + std::to_string(list));
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  EXPECT_NE(audit.body.find("\"entries_total\":4"), std::string::npos) << audit.body;

  // The view narrowed to nothing: every pending entry is dropped and the list closes; a closed
  // list is not rebuilt.
  ASSERT_EQ(Patch("rep_a", "saved-views", view, {{"query", "lifecycle=lost"}}).status, 200);
  HttpResult emptied = Rebuild("rep_a", list);
  ASSERT_EQ(emptied.status, 200) << emptied.Describe();
  const json::value closed = emptied.Json();
  EXPECT_EQ(IntAt(closed, "dropped"), 3);
  EXPECT_EQ(IntAt(closed.at("list"), "entries_total"), 1);
  EXPECT_EQ(StringAt(closed.at("list"), "status"), "closed");
  EXPECT_EQ(StringAt(closed.at("list"), "source_query"), "lifecycle=lost");
  HttpResult again = Rebuild("rep_a", list);
  EXPECT_EQ(again.status, 409) << again.Describe();
  EXPECT_EQ(StringAt(again.Json(), "code"), "call_list.closed");
}

TEST_P(CallListsTest, AListWhoseViewIsGoneIsRebuiltFromTheQueryItWasBuiltWith) {
  const std::int64_t view = View("rep_a", "accounts", "lifecycle=prospect");
  const std::int64_t list = BuildFromView("rep_a", view);
  ASSERT_EQ(Entries("rep_a", list).size(), 1u);
  ASSERT_EQ(Call("rep_a", "DELETE", "/api/v1/saved-views/" + std::to_string(view), "",
                 {{"If-Match", ETagOf("saved-views", view)}})
                .status,
            204);
  Prospect("rep_a", "Apotheke A3", "");
  HttpResult r = Rebuild("rep_a", list);
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value rebuilt = r.Json();
  EXPECT_FALSE(rebuilt.at("from_view").as_bool());
  EXPECT_EQ(IntAt(rebuilt, "added"), 1);
  EXPECT_EQ(IntAt(rebuilt.at("list"), "entries_total"), 2);

  // A view changed to another kind of record is refused, naming the view.
  const std::int64_t other = View("rep_a", "accounts", "sort=name");
  const std::int64_t second = BuildFromView("rep_a", other);
  ASSERT_EQ(Patch("rep_a", "saved-views", other, {{"list", "contacts"}}).status, 200);
  HttpResult changed = Rebuild("rep_a", second);
  EXPECT_EQ(changed.status, 422) << changed.Describe();
  EXPECT_EQ(StringAt(changed.Json(), "field"), "source_view_id");
}

SD_INSTANTIATE_API_TEST(CallListsTest);

}  // namespace
}  // namespace salesdesk::api_test
