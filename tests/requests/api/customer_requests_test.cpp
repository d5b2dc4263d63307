// Customer requests through the API on both databases (decision 0066): the SLA's due instant,
// the status and the on-time mark kept by the server, the owner defaulting to the customer's rep,
// the times checked against each other and the clock, and who may read and write them.
#include "api/api_test_server.h"
#include "core/time/timestamp.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class CustomerRequestsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (HasFatalFailure()) return;
    clock().Set(*core::ParseTimestamp("2026-11-16T08:00:00Z"));
    for (const char* key : {"manager", "rep_a", "rep_b", "rep_c", "finance", "admin"}) {
      tokens_[key] = NewToken(key);
    }
  }
  HttpResult As(const std::string& user, std::string_view method, std::string_view target,
                std::string_view body = {}, Headers headers = {}) const {
    headers.emplace_back("Authorization", "Bearer " + tokens_.at(user));
    return Call("", method, target, body, std::move(headers));
  }
  HttpResult Create(const std::string& user, json::object body) {
    body.emplace("subject", "Samples of the new dressings");
    body.emplace("kind", "sample");
    return As(user, "POST", "/api/v1/customer-requests", json::serialize(body));
  }
  std::map<std::string, std::string> tokens_;
};

TEST_P(CustomerRequestsTest, TheServerKeepsTheSlaAndTheOwnerIsTheCustomersRep) {
  const std::int64_t account = AccountOf("rep_a").id;
  // Logged by the manager without an owner or a time: rep_a's (the account's), received now,
  // due in 24 hours, open.
  HttpResult r = Create("manager", {{"account_id", account}, {"channel", "phone"}});
  ASSERT_EQ(r.status, 201) << r.Describe();
  const json::value created = r.Json();
  EXPECT_EQ(IntAt(created, "owner_id"), UserId("rep_a"));
  EXPECT_EQ(StringAt(created, "received_at"), "2026-11-16T08:00:00.000000Z");
  EXPECT_EQ(StringAt(created, "due_at"), "2026-11-17T08:00:00.000000Z");
  EXPECT_EQ(StringAt(created, "status"), "open");
  EXPECT_FALSE(created.at("answered_on_time").as_bool());
  const std::int64_t id = IntAt(created, "id");
  const std::string path = "/api/v1/customer-requests/" + std::to_string(id);
  // The due instant is the server's.
  HttpResult forged = As("rep_a", "PATCH", path, R"({"due_at":"2026-12-31T00:00:00Z"})",
                         {{"If-Match", ETagOf("customer-requests", id)}});
  EXPECT_EQ(forged.status, 422) << forged.Describe();
  // rep_a answers the next morning, within the 24 hours.
  clock().Set(*core::ParseTimestamp("2026-11-17T07:30:00Z"));
  HttpResult answered = As("rep_a", "PATCH", path, R"({"answer":"Five samples sent"})",
                           {{"If-Match", ETagOf("customer-requests", id)}});
  ASSERT_EQ(answered.status, 200) << answered.Describe();
  EXPECT_EQ(StringAt(answered.Json(), "status"), "answered");
  EXPECT_EQ(StringAt(answered.Json(), "answered_at"), "2026-11-17T07:30:00.000000Z");
  EXPECT_TRUE(answered.Json().at("answered_on_time").as_bool());
  // Moving the receipt back a day makes the same answer late.
  HttpResult moved = As("rep_a", "PATCH", path, R"({"received_at":"2026-11-15T08:00:00Z"})",
                        {{"If-Match", ETagOf("customer-requests", id)}});
  ASSERT_EQ(moved.status, 200) << moved.Describe();
  EXPECT_EQ(StringAt(moved.Json(), "due_at"), "2026-11-16T08:00:00.000000Z");
  EXPECT_FALSE(moved.Json().at("answered_on_time").as_bool());
}

TEST_P(CustomerRequestsTest, TimesAreCheckedAgainstEachOtherAndTheClock) {
  const std::int64_t account = AccountOf("rep_a").id;
  HttpResult future =
      Create("rep_a", {{"account_id", account}, {"received_at", "2026-11-16T09:00:00Z"}});
  EXPECT_EQ(future.status, 422);
  EXPECT_EQ(StringAt(future.Json(), "code"), "request.received_in_future") << future.body;
  EXPECT_NE(future.body.find("\"received_at\""), std::string::npos) << future.body;
  HttpResult before = Create("rep_a", {{"account_id", account},
                                       {"received_at", "2026-11-16T07:00:00Z"},
                                       {"answered_at", "2026-11-16T06:00:00Z"}});
  EXPECT_EQ(before.status, 422);
  EXPECT_NE(before.body.find("request.answered_before_received"), std::string::npos) << before.body;
  EXPECT_NE(before.body.find("\"answered_at\""), std::string::npos) << before.body;
  HttpResult answered_later =
      Create("rep_a", {{"account_id", account}, {"answered_at", "2026-11-17T06:00:00Z"}});
  EXPECT_EQ(answered_later.status, 422);
  EXPECT_EQ(StringAt(answered_later.Json(), "code"), "request.answered_in_future");
  // A contact of another customer.
  const std::int64_t other_contact = AccountOf("rep_b").contact_id;
  HttpResult contact = Create("manager", {{"account_id", account}, {"contact_id", other_contact}});
  EXPECT_EQ(contact.status, 422) << contact.Describe();
  EXPECT_NE(contact.body.find("\"contact_id\""), std::string::npos) << contact.body;
  HttpResult kind = As(
      "rep_a", "POST", "/api/v1/customer-requests",
      json::serialize(json::object{{"account_id", account}, {"subject", "x"}, {"kind", "gossip"}}));
  EXPECT_EQ(kind.status, 422);
  EXPECT_NE(kind.body.find("\"kind\""), std::string::npos) << kind.body;
}

TEST_P(CustomerRequestsTest, ARepSeesTheirOwnAndFinanceReadsWithoutWriting) {
  HttpResult r = Create("rep_a", {{"account_id", AccountOf("rep_a").id}});
  ASSERT_EQ(r.status, 201) << r.Describe();
  const std::string path = "/api/v1/customer-requests/" + std::to_string(IntAt(r.Json(), "id"));
  EXPECT_EQ(As("rep_a", "GET", path).status, 200);
  EXPECT_EQ(As("manager", "GET", path).status, 200);
  EXPECT_EQ(As("rep_b", "GET", path).status, 404);  // hidden reads as missing
  EXPECT_EQ(As("rep_c", "GET", path).status, 404);
  EXPECT_EQ(As("finance", "GET", path).status, 200);
  EXPECT_EQ(Create("finance", {{"account_id", AccountOf("rep_a").id}}).status, 403);
  EXPECT_EQ(As("admin", "GET", "/api/v1/customer-requests").status, 403);
  // A rep cannot log one for a customer they do not see.
  EXPECT_EQ(Create("rep_c", {{"account_id", AccountOf("rep_a").id}}).status, 422);
  HttpResult list = As("rep_b", "GET", "/api/v1/customer-requests");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.Json().at("items").as_array().size(), 0u);
}

SD_INSTANTIATE_API_TEST(CustomerRequestsTest);

}  // namespace
}  // namespace salesdesk::api_test
