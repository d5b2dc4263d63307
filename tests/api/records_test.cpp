// Record life cycle through the API: create, read, conditional update and delete (G3),
// idempotent creation, and list paging, sorting, filtering and search.
#include <algorithm>
#include <set>
#include <thread>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class RecordsTest : public ApiTest {
 protected:
  static std::string Account(const std::string& name) {
    return ToJson(json::object{{"kind", "company"},
                               {"name", name},
                               {"country", "ES"},
                               {"currency", "EUR"},
                               {"credit_limit", {{"amount", "1000.00"}, {"currency", "EUR"}}}});
  }
  static std::vector<std::int64_t> Ids(const HttpResult& list) {
    std::vector<std::int64_t> ids;
    const boost::json::value list_json = list.Json();
    for (const auto& item : list_json.at("items").as_array()) ids.push_back(IntAt(item, "id"));
    return ids;
  }
  std::vector<std::int64_t> SeededIds(bool (*keep)(const SeedAccount&)) {
    std::vector<std::int64_t> ids;
    for (const auto& a : accounts()) {
      if (keep(a)) ids.push_back(a.id);
    }
    return ids;
  }
};

TEST_P(RecordsTest, CreateReturns201LocationAndETagAndGetReadsItBack) {
  HttpResult created = Call("rep_a", "POST", "/api/v1/accounts", Account("Farmacia Sol"));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const std::int64_t id = IntAt(created.Json(), "id");
  ASSERT_GT(id, 0);
  EXPECT_EQ(created.Header("location"), "/api/v1/accounts/" + std::to_string(id));
  EXPECT_EQ(created.Header("etag"), "\"1\"");
  EXPECT_EQ(IntAt(created.Json(), "owner_id"), UserId("rep_a")) << "owner defaults to caller";
  EXPECT_EQ(StringAt(created.Json(), "sales_method"), "letter_of_credit") << created.body;
  EXPECT_EQ(StringAt(created.Json().at("credit_limit"), "amount"), "1000.00");

  HttpResult got = Call("rep_a", "GET", created.Header("location"));
  ASSERT_EQ(got.status, 200) << got.Describe();
  EXPECT_EQ(got.Json(), created.Json());
  EXPECT_EQ(got.Header("etag"), "\"1\"");
  HttpResult head = Call("rep_a", "HEAD", created.Header("location"));
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
}

TEST_P(RecordsTest, PatchNeedsTheCurrentVersion) {
  const std::string path = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  const std::string change = R"({"notes":"called on Monday"})";
  HttpResult missing = Call("rep_a", "PATCH", path, change);
  EXPECT_EQ(missing.status, 428) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "If-Match");
  HttpResult stale = Call("rep_a", "PATCH", path, change, {{"If-Match", "\"7\""}});
  EXPECT_EQ(stale.status, 412) << stale.Describe();
  EXPECT_TRUE(stale.IsProblem());
  HttpResult garbage = Call("rep_a", "PATCH", path, change, {{"If-Match", "seven"}});
  EXPECT_GE(garbage.status, 400);
  EXPECT_LT(garbage.status, 500);
  EXPECT_EQ(StringAt(garbage.Json(), "field"), "If-Match") << garbage.body;

  HttpResult ok = Call("rep_a", "PATCH", path, change, {{"If-Match", "\"1\""}});
  ASSERT_EQ(ok.status, 200) << ok.Describe();
  EXPECT_EQ(IntAt(ok.Json(), "version"), 2);
  EXPECT_EQ(ok.Header("etag"), "\"2\"");
  EXPECT_EQ(StringAt(ok.Json(), "notes"), "called on Monday");
  EXPECT_EQ(StringAt(ok.Json(), "name"), "Clinic rep_a 1") << "untouched fields kept";
  HttpResult again = Call("rep_a", "PATCH", path, change, {{"If-Match", "\"1\""}});
  EXPECT_EQ(again.status, 412) << "the old version must not be accepted twice";
  HttpResult weak = Call("rep_a", "PATCH", path, R"({"notes":"weak"})", {{"If-Match", "W/\"2\""}});
  EXPECT_EQ(weak.status, 200) << weak.Describe();
}

TEST_P(RecordsTest, TwoClientsEditingTheSameVersionGetOne200AndOne412) {
  struct Target {
    std::string path, user, body_a, body_b;
  };
  const std::vector<Target> targets = {
      {"/api/v1/accounts/" + std::to_string(AccountOf("rep_b").id), "manager",
       R"({"credit_limit":{"amount":"500.00","currency":"EUR"}})",
       R"({"credit_limit":{"amount":"900.00","currency":"EUR"}})"},
      {"/api/v1/products/" + std::to_string(product_id()), "director",
       R"({"cost":{"amount":"10.00","currency":"EUR"}})",
       R"({"cost":{"amount":"11.00","currency":"EUR"}})"},
  };
  for (const auto& t : targets) {
    for (int round = 0; round < 5; ++round) {
      const std::string etag = Call(t.user, "GET", t.path).Header("etag");
      ASSERT_FALSE(etag.empty());
      HttpResult a, b;
      std::thread ta([&] { a = Call(t.user, "PATCH", t.path, t.body_a, {{"If-Match", etag}}); });
      std::thread tb([&] { b = Call(t.user, "PATCH", t.path, t.body_b, {{"If-Match", etag}}); });
      ta.join();
      tb.join();
      std::multiset<int> statuses{a.status, b.status};
      EXPECT_EQ(statuses, (std::multiset<int>{200, 412}))
          << t.path << " round " << round << ": " << a.Describe() << " | " << b.Describe();
      // The stored value is the winner's.
      HttpResult now = Call(t.user, "GET", t.path);
      const HttpResult& winner = a.status == 200 ? a : b;
      EXPECT_EQ(now.Json(), winner.Json()) << t.path;
    }
  }
}

TEST_P(RecordsTest, DeleteNeedsIfMatchAndRemoves) {
  const std::int64_t contact = AccountOf("rep_a").contact_id;
  const std::string path = "/api/v1/contacts/" + std::to_string(contact);
  EXPECT_EQ(Call("rep_a", "DELETE", path).status, 428);
  EXPECT_EQ(Call("rep_a", "DELETE", path, {}, {{"If-Match", "\"2\""}}).status, 412);
  HttpResult gone = Call("rep_a", "DELETE", path, {}, {{"If-Match", "\"1\""}});
  ASSERT_EQ(gone.status, 204) << gone.Describe();
  EXPECT_TRUE(gone.body.empty());
  EXPECT_EQ(Call("rep_a", "GET", path).status, 404);
  EXPECT_EQ(Call("rep_a", "DELETE", path, {}, {{"If-Match", "\"1\""}}).status, 404);
  // An account still referenced by a contact cannot go: 409, not a 5xx.
  const std::string account = "/api/v1/accounts/" + std::to_string(AccountOf("rep_b").id);
  HttpResult referenced = Call("rep_b", "DELETE", account, {}, {{"If-Match", "\"1\""}});
  EXPECT_EQ(referenced.status, 409) << referenced.Describe();
}

TEST_P(RecordsTest, IdempotencyKeyReplaysTheFirstResponse) {
  const Headers key{{"Idempotency-Key", "order-7f3a"}};
  HttpResult first = Call("rep_a", "POST", "/api/v1/accounts", Account("Idem Clinic"), key);
  ASSERT_EQ(first.status, 201) << first.Describe();
  EXPECT_EQ(first.Header("idempotent-replayed"), "");
  HttpResult replay = Call("rep_a", "POST", "/api/v1/accounts", Account("Idem Clinic"), key);
  ASSERT_EQ(replay.status, 201) << replay.Describe();
  EXPECT_EQ(replay.body, first.body);
  EXPECT_EQ(replay.Header("location"), first.Header("location"));
  EXPECT_EQ(first.HeaderValues("location").size(), 1u);
  EXPECT_EQ(replay.Header("idempotent-replayed"), "true");
  HttpResult list = Call("rep_a", "GET", "/api/v1/accounts?name=Idem%20Clinic");
  EXPECT_EQ(IntAt(list.Json(), "total"), 1) << "a replay must not create a second record";

  HttpResult other = Call("rep_a", "POST", "/api/v1/accounts", Account("Other Clinic"), key);
  EXPECT_EQ(other.status, 422) << other.Describe();
  EXPECT_EQ(StringAt(other.Json(), "field"), "Idempotency-Key");
  // Keys belong to their user: the same key from someone else is a new request.
  HttpResult someone = Call("rep_b", "POST", "/api/v1/accounts", Account("Idem Clinic"), key);
  EXPECT_EQ(someone.status, 201) << someone.Describe();
  EXPECT_NE(IntAt(someone.Json(), "id"), IntAt(first.Json(), "id"));
  HttpResult long_key = Call("rep_a", "POST", "/api/v1/accounts", Account("Long key"),
                             {{"Idempotency-Key", std::string(256, 'k')}});
  EXPECT_EQ(long_key.status, 422) << long_key.Describe();
}

TEST_P(RecordsTest, ListPagesSortsAndCounts) {
  std::vector<std::string> names;
  for (const auto& a : accounts()) names.push_back(a.name);
  std::sort(names.begin(), names.end());
  std::vector<std::string> paged;
  std::int64_t total = -1;
  for (int offset = 0; offset < 12; offset += 3) {
    HttpResult page = Call("director", "GET",
                           "/api/v1/accounts?sort=name&limit=3&offset=" + std::to_string(offset));
    ASSERT_EQ(page.status, 200) << page.Describe();
    total = IntAt(page.Json(), "total");
    EXPECT_EQ(IntAt(page.Json(), "limit"), 3);
    EXPECT_EQ(IntAt(page.Json(), "offset"), offset);
    const boost::json::value page_json = page.Json();
    for (const auto& item : page_json.at("items").as_array()) {
      paged.push_back(StringAt(item, "name"));
    }
  }
  EXPECT_EQ(total, static_cast<std::int64_t>(accounts().size()));
  EXPECT_EQ(paged, names);
  HttpResult desc = Call("director", "GET", "/api/v1/accounts?sort=-name&limit=1");
  EXPECT_EQ(StringAt(desc.Json().at("items").at(0), "name"), names.back());
  HttpResult past = Call("director", "GET", "/api/v1/accounts?offset=100");
  EXPECT_EQ(IntAt(past.Json(), "total"), total);
  EXPECT_TRUE(past.Json().at("items").as_array().empty());
}

TEST_P(RecordsTest, ListFiltersAndSearches) {
  struct Case {
    std::string query;
    std::vector<std::int64_t> expected;
  };
  const std::vector<Case> cases = {
      {"lifecycle=active", SeededIds([](const SeedAccount& a) { return a.lifecycle == "active"; })},
      {"lifecycle__in=active,prospect", SeededIds([](const SeedAccount& a) {
         return a.lifecycle == "active" || a.lifecycle == "prospect";
       })},
      {"lifecycle__ne=active",
       SeededIds([](const SeedAccount& a) { return a.lifecycle != "active"; })},
      {"q=HOSPITAL", SeededIds([](const SeedAccount& a) { return a.name.find("Hospital") == 0; })},
      {"owner_id=" + std::to_string(UserId("rep_a")),
       SeededIds([](const SeedAccount& a) { return a.owner == "rep_a"; })},
      {"lifecycle=active&q=clinic", SeededIds([](const SeedAccount& a) {
         return a.lifecycle == "active" && a.name.find("Clinic") == 0;
       })},
      {"id__gt=" + std::to_string(accounts().back().id), {}},
      // A screen's references in one request: the named ids that exist, nothing else.
      {"id__in=" + std::to_string(accounts()[0].id) + "," + std::to_string(accounts()[2].id) +
           ",999999",
       {accounts()[0].id, accounts()[2].id}},
  };
  for (const auto& c : cases) {
    HttpResult r = Call("director", "GET", "/api/v1/accounts?limit=500&" + c.query);
    ASSERT_EQ(r.status, 200) << c.query << ": " << r.Describe();
    std::vector<std::int64_t> ids = Ids(r);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, c.expected) << c.query;
    EXPECT_EQ(IntAt(r.Json(), "total"), static_cast<std::int64_t>(c.expected.size())) << c.query;
  }
  // id__in reads through the caller's visibility like every list: another rep's ids are absent.
  std::string all_ids;
  for (const auto& a : accounts()) all_ids += (all_ids.empty() ? "" : ",") + std::to_string(a.id);
  HttpResult own = Call("rep_b", "GET", "/api/v1/accounts?limit=500&id__in=" + all_ids);
  ASSERT_EQ(own.status, 200) << own.Describe();
  std::vector<std::int64_t> own_ids = Ids(own);
  std::sort(own_ids.begin(), own_ids.end());
  EXPECT_EQ(own_ids, SeededIds([](const SeedAccount& a) { return a.owner == "rep_b"; }));
}

TEST_P(RecordsTest, BadListQueriesAre400NamingTheParameter) {
  struct Case {
    std::string query;
    const char* field;
  };
  const Case cases[] = {
      {"sort=colour", "query.sort"},
      {"sort=-owner", "query.sort"},
      {"bogus=1", "query.bogus"},
      {"limit=0", "query.limit"},
      {"limit=501", "query.limit"},
      {"offset=-1", "query.offset"},
      {"lifecycle=dormant", "query.lifecycle"},
      {"credit_limit=5", "query.credit_limit"},
      {"owner_id=abc", "query.owner_id"},
      {"created_at__in=1,2", "query.created_at__in"},
      {"id__in=1,x", "query.id__in"},
      {"id__in=" +
           [] {
             std::string ids = "1";
             for (int i = 2; i <= 101; ++i) ids += "," + std::to_string(i);
             return ids;
           }(),
       "query.id__in"},
  };
  for (const auto& c : cases) {
    HttpResult r = Call("director", "GET", std::string("/api/v1/accounts?") + c.query);
    EXPECT_EQ(r.status, 400) << c.query << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.query;
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << c.query << ": " << r.body;
  }
  HttpResult bad_escape = Call("director", "GET", "/api/v1/accounts?q=%ZZ");
  EXPECT_EQ(bad_escape.status, 400) << bad_escape.Describe();
}

TEST_P(RecordsTest, EveryChangeIsAuditedAndReadLikeTheRecord) {
  HttpResult created = Call("rep_a", "POST", "/api/v1/accounts", Account("Audited"));
  ASSERT_EQ(created.status, 201);
  const std::string id = std::to_string(IntAt(created.Json(), "id"));
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/accounts/" + id, R"({"city":"Vigo"})",
                 {{"If-Match", "\"1\""}})
                .status,
            200);
  HttpResult audit =
      Call("director", "GET", "/api/v1/audit-events?entity=accounts&sort=id&entity_id=" + id);
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  ASSERT_EQ(IntAt(audit.Json(), "total"), 2) << audit.body;
  const boost::json::value audit_json = audit.Json();
  const auto& items = audit_json.at("items").as_array();
  EXPECT_EQ(StringAt(items[0], "action"), "create");
  EXPECT_EQ(StringAt(items[1], "action"), "update");
  EXPECT_EQ(IntAt(items[1], "actor_id"), UserId("rep_a"));
  EXPECT_EQ(StringAt(items[1].at("after"), "city"), "Vigo") << items[1];
  // The trail follows the account: its owner's manager reads it, another team's rep does not.
  const std::string trail = "/api/v1/audit-events?entity=accounts&entity_id=" + id;
  EXPECT_EQ(IntAt(Call("manager", "GET", trail).Json(), "total"), 2);
  EXPECT_EQ(IntAt(Call("rep_c", "GET", trail).Json(), "total"), 0);
}

TEST_P(RecordsTest, NamesSortIgnoringCaseAndAccentsOnBothEngines) {
  // Byte order would put "Análisis" after "Antoine" and "anouk" after both.
  for (const char* name : {"Zz Antoine Richard", "Zz anouk Mulder", "Zz Análisis Clínicos"}) {
    ASSERT_EQ(Call("rep_a", "POST", "/api/v1/accounts", Account(name)).status, 201);
  }
  HttpResult list = Call("rep_a", "GET", "/api/v1/accounts?q=Zz%20&sort=name");
  ASSERT_EQ(list.status, 200) << list.Describe();
  std::vector<std::string> names;
  const boost::json::value list_json = list.Json();
  for (const auto& item : list_json.at("items").as_array()) names.push_back(StringAt(item, "name"));
  EXPECT_EQ(names, (std::vector<std::string>{"Zz Análisis Clínicos", "Zz anouk Mulder",
                                             "Zz Antoine Richard"}));
  // The key follows renames.
  const std::int64_t id = Ids(list)[2];
  const std::string path = "/api/v1/accounts/" + std::to_string(id);
  ASSERT_EQ(
      Call("rep_a", "PATCH", path, R"({"name":"Zz Ábaco"})", {{"If-Match", ETagOf("accounts", id)}})
          .status,
      200);
  HttpResult again = Call("rep_a", "GET", "/api/v1/accounts?q=Zz%20&sort=-name&limit=1");
  EXPECT_EQ(Ids(again), (std::vector<std::int64_t>{Ids(list)[1]})) << again.body;
}

TEST_P(RecordsTest, OwnersAndParentsCanOnlyBeSetWithinWhatTheCallerSees) {
  const std::string rep_a_account = "/api/v1/accounts/" + std::to_string(AccountOf("rep_a").id);
  const std::string rep_a_contact =
      "/api/v1/contacts/" + std::to_string(AccountOf("rep_a").contact_id);
  auto owner = [&](const std::string& key) {
    return R"({"owner_id":)" + std::to_string(UserId(key)) + "}";
  };
  struct Case {
    const char* name;
    std::string user, path, body;
    int status;
    const char* field;
  };
  const std::vector<Case> cases = {
      {"contact to a foreign account", "rep_a", rep_a_contact,
       R"({"account_id":)" + std::to_string(AccountOf("rep_c").id) + "}", 422, "account_id"},
      {"rep gives away", "rep_a", rep_a_account, owner("rep_b"), 422, "owner_id"},
      {"manager to other team", "manager", rep_a_account, owner("rep_c"), 422, "owner_id"},
      {"manager within team", "manager", rep_a_account, owner("rep_b"), 200, ""},
      {"team under its own descendant", "director",
       "/api/v1/teams/" + std::to_string(Seeded("team:Sales")),
       R"({"parent_id":)" + std::to_string(Seeded("team:Iberia")) + "}", 422, "parent_id"},
  };
  for (const auto& c : cases) {
    const std::string etag = Call("director", "GET", c.path).Header("etag");
    HttpResult r = Call(c.user, "PATCH", c.path, c.body, {{"If-Match", etag}});
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << c.name;
  }
  // After the reassignment the account left rep_a's view and entered rep_b's.
  EXPECT_EQ(Call("rep_a", "GET", rep_a_account).status, 404);
  EXPECT_EQ(Call("rep_b", "GET", rep_a_account).status, 200);
}

SD_INSTANTIATE_API_TEST(RecordsTest);

}  // namespace
}  // namespace salesdesk::api_test

namespace salesdesk::api_test {
namespace {

class UserAdminTest : public ApiTest {};

TEST_P(UserAdminTest, OnlyAnAdminGrantsOrRemovesTheAdminRole) {
  const std::string path = "/api/v1/users/" + std::to_string(UserId("rep_a"));
  HttpResult by_director = Call("director", "PATCH", path, R"({"role":"admin"})",
                                {{"If-Match", ETagOf("users", UserId("rep_a"))}});
  EXPECT_EQ(by_director.status, 422) << by_director.Describe();
  EXPECT_EQ(StringAt(by_director.Json(), "field"), "role");

  // Directors still manage their people otherwise.
  HttpResult promote = Call("director", "PATCH", path, R"({"role":"manager"})",
                            {{"If-Match", ETagOf("users", UserId("rep_a"))}});
  EXPECT_EQ(promote.status, 200) << promote.Describe();

  const std::string admin_path = "/api/v1/users/" + std::to_string(UserId("admin"));
  HttpResult demote_admin = Call("director", "PATCH", admin_path, R"({"role":"rep"})",
                                 {{"If-Match", ETagOf("users", UserId("admin"))}});
  EXPECT_EQ(demote_admin.status, 422) << demote_admin.Describe();

  HttpResult by_admin = Call("admin", "PATCH", path, R"({"role":"admin"})",
                             {{"If-Match", ETagOf("users", UserId("rep_a"))}});
  EXPECT_EQ(by_admin.status, 200) << by_admin.Describe();
}

SD_INSTANTIATE_API_TEST(UserAdminTest);

}  // namespace
}  // namespace salesdesk::api_test
