// The audit trail and stored record blobs under the access layer (issue 9): an admin who may not
// read an account cannot read it through its audit rows either; a rep reads the trail of their
// own records only; cost and margin never reach a rep through a revision snapshot or an audit
// row's before/after.
#include <set>

#include "sales/api/eur_price_list_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class AuditAccessTest : public EurPriceListTest {
 protected:
  // rep_a's quote, sent, rejected and revised: revision 1 is kept as a snapshot.
  std::int64_t RevisedQuote() {
    const json::object line{{"product_id", product_id()}, {"quantity", "10"}};
    HttpResult created = Call("rep_a", "POST", "/api/v1/quotes",
                              json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                                           {"price_list_id", list_id_},
                                                           {"lines", json::array{line}}}));
    EXPECT_EQ(created.status, 201) << created.Describe();
    const std::int64_t id = IntAt(created.Json().at("quote"), "id");
    for (const char* action : {"submit", "send", "reject", "revise"}) {
      const std::string path = "/api/v1/quotes/" + std::to_string(id) + "/" + action;
      HttpResult r = Call("rep_a", "POST", path, "", {{"If-Match", ETagOf("quotes", id)}});
      EXPECT_EQ(r.status, 200) << action << ": " << r.Describe();
    }
    return id;
  }
};

TEST_P(AuditAccessTest, AnAdminCannotReadCustomerDataThroughTheAuditTrail) {
  const std::int64_t account = AccountOf("rep_a").id;
  const std::string trail =
      "/api/v1/audit-events?entity=accounts&entity_id=" + std::to_string(account);
  ASSERT_EQ(Call("admin", "GET", "/api/v1/accounts/" + std::to_string(account)).status, 403);

  HttpResult admin = Call("admin", "GET", trail);
  ASSERT_EQ(admin.status, 200) << admin.Describe();
  EXPECT_EQ(IntAt(admin.Json(), "total"), 0) << admin.body;
  EXPECT_EQ(admin.body.find("Clinic rep_a"), std::string::npos) << admin.body;
  // Nor any other business data: the product's cost, quotes, accounts.
  HttpResult everything = Call("admin", "GET", "/api/v1/audit-events?limit=500");
  ASSERT_EQ(everything.status, 200);
  const json::value all = everything.Json();
  EXPECT_EQ(IntAt(all, "total"), static_cast<std::int64_t>(all.at("items").as_array().size()));
  std::set<std::string> entities;
  for (const auto& item : all.at("items").as_array()) entities.insert(StringAt(item, "entity"));
  EXPECT_EQ(entities, (std::set<std::string>{"users", "teams", "authority-rules", "saved-views"}));
  EXPECT_EQ(everything.body.find("12.50"), std::string::npos) << "the product's cost";

  // The director reads the account and its trail; the owner too; another team's rep neither.
  HttpResult director = Call("director", "GET", trail);
  ASSERT_EQ(IntAt(director.Json(), "total"), 1) << director.body;
  EXPECT_EQ(StringAt(director.Json().at("items").at(0).at("after"), "name"), "Clinic rep_a 1");
  EXPECT_EQ(IntAt(Call("rep_a", "GET", trail).Json(), "total"), 1);
  EXPECT_EQ(IntAt(Call("rep_c", "GET", trail).Json(), "total"), 0);
  const std::int64_t row = IntAt(director.Json().at("items").at(0), "id");
  const std::string one = "/api/v1/audit-events/" + std::to_string(row);
  EXPECT_EQ(Call("rep_a", "GET", one).status, 200);
  for (const char* user : {"admin", "rep_c", "rep_b"}) {
    HttpResult r = Call(user, "GET", one);
    EXPECT_EQ(r.status, 404) << user << ": " << r.Describe();
  }
}

TEST_P(AuditAccessTest, RevisionSnapshotsAndAuditRowsCarryNoCostForReps) {
  const std::int64_t id = RevisedQuote();
  const std::string revisions = "/api/v1/quote-revisions?quote_id=" + std::to_string(id);
  HttpResult manager = Call("manager", "GET", revisions);
  ASSERT_EQ(IntAt(manager.Json(), "total"), 1) << manager.body;
  const json::value kept = manager.Json().at("items").at(0).at("snapshot");
  ASSERT_TRUE(kept.at("quote").as_object().contains("margin")) << kept;
  ASSERT_TRUE(kept.at("lines").at(0).as_object().contains("unit_cost")) << kept;
  EXPECT_TRUE(kept.at("lines").at(0).as_object().contains("margin_pct")) << kept;

  HttpResult rep = Call("rep_a", "GET", revisions);
  ASSERT_EQ(IntAt(rep.Json(), "total"), 1) << rep.body;
  const json::value snapshot = rep.Json().at("items").at(0).at("snapshot");
  EXPECT_EQ(StringAt(snapshot.at("quote"), "number"), StringAt(kept.at("quote"), "number"));
  EXPECT_FALSE(snapshot.at("quote").as_object().contains("margin")) << snapshot;
  for (const auto& line : snapshot.at("lines").as_array()) {
    for (const char* field : {"unit_cost", "margin_pct", "cost_explanation"}) {
      EXPECT_FALSE(line.as_object().contains(field)) << field << " in " << line;
    }
    EXPECT_EQ(StringAt(line, "unit_price"), "20");  // the rest of the line is there
  }
  const std::string one =
      "/api/v1/quote-revisions/" + std::to_string(IntAt(manager.Json().at("items").at(0), "id"));
  HttpResult rep_one = Call("rep_a", "GET", one);
  ASSERT_EQ(rep_one.status, 200);
  EXPECT_EQ(rep_one.body.find("unit_cost"), std::string::npos) << rep_one.body;
  EXPECT_EQ(rep_one.body.find("margin"), std::string::npos) << rep_one.body;

  // The quote's audit rows: the owner reads them, without margin; the leader with it.
  for (const char* entity : {"quotes"}) {
    HttpResult trail =
        Call("rep_a", "GET", std::string("/api/v1/audit-events?limit=500&entity=") + entity);
    ASSERT_EQ(trail.status, 200);
    EXPECT_GT(IntAt(trail.Json(), "total"), 0) << entity;
    EXPECT_EQ(trail.body.find("margin"), std::string::npos) << trail.body;
    EXPECT_EQ(trail.body.find("unit_cost"), std::string::npos) << trail.body;
    HttpResult lead =
        Call("manager", "GET", std::string("/api/v1/audit-events?limit=500&entity=") + entity);
    EXPECT_EQ(IntAt(lead.Json(), "total"), IntAt(trail.Json(), "total")) << entity;
    EXPECT_NE(lead.body.find("margin"), std::string::npos) << entity << ": " << lead.body;
  }
}

SD_INSTANTIATE_API_TEST(AuditAccessTest);

}  // namespace
}  // namespace salesdesk::api_test
