// Orders taken without a quote through the API on both databases (issue 13, decision 0075):
// POST /sales-orders prices each line as a quote of the same account would be priced (the totals
// agree to the cent), numbers the order and stores it with its lines in one transaction; a retry
// with the same Idempotency-Key makes one order; every problem names its member and nothing is
// stored; an account the caller cannot see answers as a missing one; finance and logistics may
// not take orders; `confirm` confirms in the same request.
#include <set>
#include <string>

#include "sales/api/eur_price_list_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class OrderIntakeTest : public EurPriceListTest {
 protected:
  json::object Line(const char* quantity) {
    return {{"product_id", product_id()}, {"quantity", quantity}};
  }
  json::object Body(const std::string& owner, const json::array& lines) {
    return {{"account_id", AccountOf(owner).id}, {"price_list_id", list_id_}, {"lines", lines}};
  }
  HttpResult Take(const std::string& user, const json::object& body, Headers headers = {}) {
    return Call(user, "POST", "/api/v1/sales-orders", json::serialize(body), std::move(headers));
  }
  std::int64_t Orders() {
    return IntAt(Call("director", "GET", "/api/v1/sales-orders").Json(), "total");
  }
  static std::string Money(const json::value& v, const char* field) {
    return StringAt(v.at(field), "amount") + " " + StringAt(v.at(field), "currency");
  }
};

TEST_P(OrderIntakeTest, AnOrderIsPricedAsAQuoteOfTheAccountWouldBeAndStoredWithItsLines) {
  HttpResult taken = Take("rep_a", Body("rep_a", {Line("10"), Line("2.5")}));
  ASSERT_EQ(taken.status, 201) << taken.Describe();
  const json::value order = taken.Json();
  const std::int64_t id = IntAt(order, "id");
  EXPECT_EQ(taken.Header("location"), "/api/v1/sales-orders/" + std::to_string(id));
  EXPECT_EQ(StringAt(order, "status"), "open");
  EXPECT_EQ(StringAt(order, "number").rfind("SO-", 0), 0u) << order;
  EXPECT_EQ(StringAt(order, "ordered_on"), "2024-03-01");  // the company's today (test clock)
  EXPECT_EQ(IntAt(order, "owner_id"), UserId("rep_a"));
  EXPECT_TRUE(order.at("quote_id").is_null());
  EXPECT_EQ(Money(order, "untaxed"), "250.00 EUR");

  // The same lines as a quote of the same account: the same totals, to the cent.
  json::object quote_body = Body("rep_a", {Line("10"), Line("2.5")});
  HttpResult quote = Call("rep_a", "POST", "/api/v1/quotes", json::serialize(quote_body));
  ASSERT_EQ(quote.status, 201) << quote.Describe();
  for (const char* f : {"untaxed", "tax", "total"}) {
    EXPECT_EQ(Money(order, f), Money(quote.Json().at("quote"), f)) << f;
  }

  HttpResult lines =
      Call("rep_a", "GET",
           "/api/v1/sales-order-lines?sales_order_id=" + std::to_string(id) + "&sort=position");
  ASSERT_EQ(lines.status, 200) << lines.Describe();
  const json::value listed = lines.Json();
  const json::array& items = listed.at("items").as_array();
  ASSERT_EQ(items.size(), 2u) << lines.body;
  EXPECT_EQ(StringAt(items[0], "unit_price"), "20");
  EXPECT_EQ(StringAt(items[0].at("net"), "amount"), "200.00");
  EXPECT_EQ(StringAt(items[1], "quantity"), "2.5");
  EXPECT_EQ(StringAt(items[1].at("net"), "amount"), "50.00");

  // Audited as created by the rep.
  HttpResult audit =
      Call("director", "GET",
           "/api/v1/audit-events?entity=sales-orders&entity_id=" + std::to_string(id));
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  EXPECT_EQ(IntAt(audit.Json(), "total"), 1) << audit.body;
}

TEST_P(OrderIntakeTest, ARetryWithTheSameKeyMakesOneOrder) {
  const Headers key{{"Idempotency-Key", "phone-order-0412"}};
  const json::object body = Body("rep_a", {Line("3")});
  HttpResult first = Take("rep_a", body, key);
  ASSERT_EQ(first.status, 201) << first.Describe();
  HttpResult again = Take("rep_a", body, key);
  ASSERT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(again.Header("idempotent-replayed"), "true");
  EXPECT_EQ(IntAt(again.Json(), "id"), IntAt(first.Json(), "id"));
  EXPECT_EQ(again.Header("location"), first.Header("location"));
  EXPECT_EQ(Orders(), 1);
  HttpResult other = Take("rep_a", Body("rep_a", {Line("4")}), key);
  EXPECT_EQ(other.status, 422) << "the key was used for another body";
  EXPECT_EQ(StringAt(other.Json(), "field"), "Idempotency-Key");
  EXPECT_EQ(Orders(), 1);
}

TEST_P(OrderIntakeTest, EveryProblemNamesItsMemberAndNothingIsStored) {
  json::object manual = Line("1");
  manual["manual_unit_price"] = "1.00";
  json::object odd = Line("1");
  odd["foo"] = true;
  HttpResult bad = Take("rep_a", json::object{{"price_list_id", "x"},
                                              {"confirm", "yes"},
                                              {"note", "call back"},
                                              {"lines", {Line("0"), manual, odd}}});
  ASSERT_EQ(bad.status, 422) << bad.Describe();
  std::set<std::string> fields;
  const json::value problem = bad.Json();
  for (const json::value& e : problem.at("errors").as_array()) {
    EXPECT_TRUE(fields.insert(StringAt(e, "field")).second) << "named twice: " << e;
  }
  EXPECT_EQ(fields, (std::set<std::string>{"account_id", "price_list_id", "confirm", "note",
                                           "lines[0].quantity", "lines[1].manual_unit_price",
                                           "lines[2].foo"}))
      << bad.body;
  HttpResult none = Take("rep_a", json::object{{"account_id", AccountOf("rep_a").id}});
  EXPECT_EQ(none.status, 422);
  EXPECT_EQ(StringAt(none.Json(), "field"), "lines");
  HttpResult empty = Take("rep_a", Body("rep_a", {}));
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(StringAt(empty.Json(), "field"), "lines");
  // A product without a price on the list: the engine's problem, on the line's product.
  HttpResult unpriced =
      Take("rep_a", Body("rep_a", {json::object{{"product_id", 987654}, {"quantity", "1"}}}));
  EXPECT_EQ(unpriced.status, 422) << unpriced.Describe();
  EXPECT_EQ(StringAt(unpriced.Json(), "field"), "lines[0].product_id") << unpriced.body;
  EXPECT_EQ(Orders(), 0);
}

TEST_P(OrderIntakeTest, AnAccountTheCallerCannotSeeAnswersAsAMissingOne) {
  HttpResult hidden = Take("rep_a", Body("rep_b", {Line("1")}));
  ASSERT_EQ(hidden.status, 422) << hidden.Describe();
  EXPECT_EQ(StringAt(hidden.Json(), "field"), "account_id");
  json::object missing_body = Body("rep_a", {Line("1")});
  missing_body["account_id"] = 987654;
  HttpResult missing = Take("rep_a", missing_body);
  ASSERT_EQ(missing.status, 422) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "account_id");
  EXPECT_EQ(StringAt(missing.Json(), "type"), StringAt(hidden.Json(), "type"));
  for (const char* role : {"finance", "logistics"}) {
    EXPECT_EQ(Take(role, Body("rep_a", {Line("1")})).status, 403) << role;
  }
  EXPECT_EQ(Orders(), 0);
  // The team's manager takes it for the rep's customer: the order is the account owner's.
  HttpResult by_manager = Take("manager", Body("rep_a", {Line("1")}));
  ASSERT_EQ(by_manager.status, 201) << by_manager.Describe();
  EXPECT_EQ(IntAt(by_manager.Json(), "owner_id"), UserId("rep_a"));
}

TEST_P(OrderIntakeTest, ConfirmConfirmsInTheSameRequest) {
  json::object body = Body("rep_a", {Line("5")});
  body["confirm"] = true;
  HttpResult taken = Take("rep_a", body);
  ASSERT_EQ(taken.status, 201) << taken.Describe();
  EXPECT_EQ(StringAt(taken.Json(), "status"), "confirmed");
  EXPECT_FALSE(taken.Json().at("confirmed_at").is_null());
  HttpResult again =
      Call("rep_a", "POST",
           "/api/v1/sales-orders/" + std::to_string(IntAt(taken.Json(), "id")) + "/confirm");
  EXPECT_EQ(again.status, 409) << again.Describe();
}

SD_INSTANTIATE_API_TEST(OrderIntakeTest);

}  // namespace
}  // namespace salesdesk::api_test
