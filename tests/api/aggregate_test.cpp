// GET /api/v1/{entity}/aggregate (decision 0019): a role's grouped counts are its list's
// totals, cost stays hidden from reps here too, and bad group_by / sum parameters are named.
#include <map>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class AggregateTest : public ApiTest {};

TEST_P(AggregateTest, EachRolesAccountsByLifecycleAddUpToTheTotalOfItsList) {
  // Credit limits in two currencies, one without: sums come per currency.
  SysCreate("accounts", {{"kind", "company"},
                         {"name", "Agg USD"},
                         {"country", "US"},
                         {"currency", "USD"},
                         {"owner_id", UserId("rep_a")},
                         {"lifecycle", "active"},
                         {"credit_limit", {{"amount", "1000.50"}, {"currency", "USD"}}}});
  SysCreate("accounts", {{"kind", "company"},
                         {"name", "Agg EUR"},
                         {"country", "DE"},
                         {"currency", "EUR"},
                         {"owner_id", UserId("rep_a")},
                         {"lifecycle", "active"},
                         {"credit_limit", {{"amount", "200.25"}, {"currency", "EUR"}}}});
  for (const char* user : {"rep_a", "rep_c", "manager", "director"}) {
    SCOPED_TRACE(user);
    HttpResult list = Call(user, "GET", "/api/v1/accounts?limit=500");
    ASSERT_EQ(list.status, 200) << list.Describe();
    std::map<std::string, std::int64_t> want;
    std::map<std::string, std::int64_t> want_cents;  // active accounts' limits per currency
    const json::value list_json = list.Json();
    for (const auto& item : list_json.at("items").as_array()) {
      const std::string lifecycle = StringAt(item, "lifecycle");
      ++want[lifecycle];
      const json::value& limit = item.at("credit_limit");
      if (lifecycle == "active" && limit.is_object()) {
        const std::string amount = StringAt(limit, "amount");
        const auto dot = amount.find('.');
        want_cents[StringAt(limit, "currency")] +=
            std::stoll(amount.substr(0, dot)) * 100 +
            (dot == std::string::npos ? 0 : std::stoll(amount.substr(dot + 1)));
      }
    }
    HttpResult agg =
        Call(user, "GET", "/api/v1/accounts/aggregate?group_by=lifecycle&sum=credit_limit");
    ASSERT_EQ(agg.status, 200) << agg.Describe();
    const json::value v = agg.Json();
    EXPECT_EQ(IntAt(v, "total_count"), IntAt(list_json, "total"));
    EXPECT_FALSE(v.at("truncated").as_bool());
    std::map<std::string, std::int64_t> got;
    std::map<std::string, std::int64_t> got_cents;
    for (const auto& g : v.at("groups").as_array()) {
      const std::string lifecycle = StringAt(g.at("key"), "lifecycle");
      got[lifecycle] = IntAt(g, "count");
      if (lifecycle != "active") continue;
      for (const auto& m : g.at("sums").at("credit_limit").as_array()) {
        const std::string amount = StringAt(m, "amount");
        const auto dot = amount.find('.');
        got_cents[StringAt(m, "currency")] =
            std::stoll(amount.substr(0, dot)) * 100 +
            (dot == std::string::npos ? 0 : std::stoll(amount.substr(dot + 1)));
      }
    }
    EXPECT_EQ(got, want) << agg.body;
    EXPECT_EQ(got_cents, want_cents) << agg.body;
    // The filters of the list apply as they are.
    HttpResult mine = Call(user, "GET", "/api/v1/accounts/aggregate?lifecycle=active&q=agg");
    HttpResult mine_list = Call(user, "GET", "/api/v1/accounts?lifecycle=active&q=agg&limit=1");
    ASSERT_EQ(mine.status, 200) << mine.Describe();
    EXPECT_EQ(IntAt(mine.Json(), "total_count"), IntAt(mine_list.Json(), "total"));
    EXPECT_EQ(IntAt(mine.Json().at("groups").at(0), "count"), IntAt(mine_list.Json(), "total"));
  }
  // rep_a owns both new accounts; rep_c (another team) sees neither.
  HttpResult rep_c = Call("rep_c", "GET", "/api/v1/accounts/aggregate?q=agg");
  EXPECT_EQ(IntAt(rep_c.Json(), "total_count"), 0) << rep_c.body;
  HttpResult rep_a = Call("rep_a", "GET", "/api/v1/accounts/aggregate?q=agg&sum=credit_limit");
  EXPECT_EQ(IntAt(rep_a.Json(), "total_count"), 2) << rep_a.body;
  EXPECT_EQ(json::serialize(rep_a.Json().at("groups").at(0).at("sums")),
            R"({"credit_limit":[{"amount":"200.25","currency":"EUR"},)"
            R"({"amount":"1000.50","currency":"USD"}]})");
}

TEST_P(AggregateTest, ARepSummingOrGroupingACostFieldIsRefusedNamingTheField) {
  for (const char* query :
       {"sum=cost", "min=cost", "max=cost", "group_by=cost", "sum=weight_kg,cost"}) {
    SCOPED_TRACE(query);
    HttpResult r = Call("rep_a", "GET", std::string("/api/v1/products/aggregate?") + query);
    ASSERT_EQ(r.status, 400) << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field").rfind("query.", 0), 0u) << r.body;
    EXPECT_NE(StringAt(r.Json(), "detail").find("'cost'"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("12.50"), std::string::npos) << r.body;
  }
  HttpResult rep = Call("rep_a", "GET", "/api/v1/products/aggregate?sum=weight_kg");
  EXPECT_EQ(rep.status, 200) << rep.Describe();
  EXPECT_EQ(rep.body.find("cost"), std::string::npos) << rep.body;
  // Roles that see cost get it, per currency.
  HttpResult manager =
      Call("manager", "GET", "/api/v1/products/aggregate?sum=cost&q=pump&group_by=active");
  ASSERT_EQ(manager.status, 200) << manager.Describe();
  EXPECT_EQ(json::serialize(manager.Json().at("groups").at(0).at("sums")),
            R"({"cost":[{"amount":"12.50","currency":"EUR"}]})")
      << manager.body;
}

TEST_P(AggregateTest, BadGroupByAndMeasuresAreNamedWithWhatIsAllowed) {
  struct Case {
    const char* query;
    const char* field;
    const char* says;
  };
  const Case cases[] = {
      {"group_by=nope", "query.group_by", "lifecycle"},
      {"group_by=email", "query.group_by", "'email'"},
      {"group_by=lifecycle,kind,country", "query.group_by", "at most 2"},
      {"group_by=lifecycle:month", "query.group_by", "only dates"},
      {"group_by=created_at", "query.group_by", "created_at:month"},
      {"group_by=created_at:week", "query.group_by", "created_at:month"},
      {"group_by=lifecycle,lifecycle", "query.group_by", "twice"},
      {"sum=name", "query.sum", "payment_terms_days"},
      {"max=lifecycle", "query.max", "credit_limit"},
      {"limit=10", "query.limit", "no limit"},
      {"sort=name", "query.sort", "no sort"},
      {"nope=1", "query.nope", "unknown query parameter"},
  };
  for (const auto& c : cases) {
    HttpResult r = Call("director", "GET", std::string("/api/v1/accounts/aggregate?") + c.query);
    EXPECT_EQ(r.status, 400) << c.query << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << c.query << ": " << r.body;
    EXPECT_NE(StringAt(r.Json(), "detail").find(c.says), std::string::npos)
        << c.query << ": " << r.body;
  }
  HttpResult ok = Call("director", "GET",
                       "/api/v1/accounts/aggregate?group_by=created_at:month,key_account"
                       "&sum=payment_terms_days&min=credit_limit&max=payment_terms_days");
  ASSERT_EQ(ok.status, 200) << ok.Describe();
  const json::value v = ok.Json();
  EXPECT_EQ(json::serialize(v.at("group_by")), R"(["created_at:month","key_account"])");
  const json::value& g = v.at("groups").at(0);
  EXPECT_TRUE(g.at("key").at("created_at:month").is_string()) << ok.body;
  EXPECT_TRUE(g.at("key").at("key_account").is_bool()) << ok.body;
  EXPECT_TRUE(g.at("sums").at("payment_terms_days").is_int64()) << ok.body;
  EXPECT_TRUE(g.at("mins").at("credit_limit").is_array()) << ok.body;
  EXPECT_TRUE(g.at("maxs").at("payment_terms_days").is_int64()) << ok.body;
}

SD_INSTANTIATE_API_TEST(AggregateTest);

}  // namespace
}  // namespace salesdesk::api_test
