// Credit holds through the API (decision 0048): confirming an order over the account's credit
// limit, for a prepayment customer, or under a credit-hold dunning letter confirms it on hold;
// a held order is neither delivered nor invoiced; finance or a role whose credit_override_limit
// covers what is at risk releases it, a payment releases a prepayment hold, and each caller
// sees the holds and exposure of the accounts they see. An order taken without a quote and
// confirmed at once (decision 0075) is held the same way.
#include "billing/api/receivables_api_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingCreditHoldTest : public ReceivablesApiTest {
 protected:
  // The owner's first account with a credit limit (EUR) and a risk profile (which sets the
  // sales method: low → open account, medium → letter of credit, high → prepayment).
  std::int64_t Credit(const std::string& owner, const char* limit, const char* risk) {
    const std::int64_t id = AccountOf(owner).id;
    json::object body{{"credit_limit", {{"amount", limit}, {"currency", "EUR"}}},
                      {"risk_profile", risk}};
    HttpResult r = Call("director", "PATCH", "/api/v1/accounts/" + std::to_string(id),
                        json::serialize(body), {{"If-Match", ETagOf("accounts", id)}});
    EXPECT_EQ(r.status, 200) << r.Describe();
    return id;
  }
  void OverrideLimit(const std::string& role, const char* amount) {
    const std::int64_t id = Seeded("authority:" + role);
    json::object body{{"credit_override_limit", {{"amount", amount}, {"currency", "EUR"}}}};
    HttpResult r = Call("director", "PATCH", "/api/v1/authority-rules/" + std::to_string(id),
                        json::serialize(body), {{"If-Match", ETagOf("authority-rules", id)}});
    ASSERT_EQ(r.status, 200) << r.Describe();
  }
  HttpResult Confirm(std::int64_t order, const std::string& user) {
    return Call(user, "POST", "/api/v1/sales-orders/" + std::to_string(order) + "/confirm");
  }
  HttpResult Release(std::int64_t order, const std::string& user, const char* reason) {
    json::object body{{"reason", reason}};
    return Call(user, "POST", "/api/v1/sales-orders/" + std::to_string(order) + "/credit-release",
                json::serialize(body));
  }
  json::value OrderAs(const std::string& user, std::int64_t order) {
    HttpResult r = Call(user, "GET", "/api/v1/sales-orders/" + std::to_string(order));
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  std::vector<std::int64_t> Holds(const std::string& user) {
    HttpResult r = Call(user, "GET", "/api/v1/credit-holds");
    EXPECT_EQ(r.status, 200) << r.Describe();
    std::vector<std::int64_t> ids;
    const json::value v = r.Json();
    for (const auto& o : v.at("items").as_array()) ids.push_back(IntAt(o, "id"));
    return ids;
  }
};

TEST_P(BillingCreditHoldTest, AnOrderOverTheLimitIsHeldUntilSomeoneWhoseOverrideCoversItReleases) {
  const std::int64_t account = Credit("rep_a", "1000.00", "low");
  Order("rep_a", 60000, "EUR", 30);  // confirmed, not invoiced: 600.00
  const std::int64_t order = Order("rep_a", 50000, "EUR", 30, "open");
  // Exposure with it: 600.00 + 500.00 = 1,100.00 against 1,000.00 → 100.00 over.
  HttpResult confirmed = Confirm(order, "rep_a");
  ASSERT_EQ(confirmed.status, 200) << confirmed.Describe();
  const json::value held = confirmed.Json();
  EXPECT_EQ(StringAt(held, "status"), "confirmed");
  EXPECT_EQ(StringAt(held, "credit_hold"), "held");
  EXPECT_EQ(StringAt(held, "credit_hold_reason"), "over_limit");
  EXPECT_EQ(Amount(held, "credit_exposure"), "1100.00");
  EXPECT_EQ(Amount(held, "credit_limit_at_hold"), "1000.00");
  EXPECT_EQ(Amount(held, "credit_at_risk"), "100.00");

  // The account's exposure now counts both orders: available 1,000.00 − 1,100.00 = −100.00.
  HttpResult exposure =
      Call("rep_a", "GET", "/api/v1/accounts/" + std::to_string(account) + "/credit-exposure");
  ASSERT_EQ(exposure.status, 200) << exposure.Describe();
  EXPECT_EQ(Amount(exposure.Json(), "open_orders"), "1100.00");
  EXPECT_EQ(Amount(exposure.Json(), "open_receivables"), "0.00");
  EXPECT_EQ(Amount(exposure.Json(), "available"), "-100.00");
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/accounts/" + std::to_string(account) + "/credit-exposure")
                .status,
            404);

  // Held: neither invoiced nor delivered, and the problem says how to release it.
  HttpResult invoice = NewInvoice(order, "2026-01-15");
  EXPECT_EQ(invoice.status, 409) << invoice.Describe();
  EXPECT_EQ(StringAt(invoice.Json(), "code"), "billing.order_on_credit_hold");
  EXPECT_EQ(StringAt(invoice.Json(), "field"), "sales_order_id");
  HttpResult lines =
      Call("logistics", "GET", "/api/v1/sales-order-lines?sales_order_id=" + std::to_string(order));
  const json::value line_page = lines.Json();
  const std::int64_t line = IntAt(line_page.at("items").as_array().at(0), "id");
  json::object delivery{{"lines", json::array{{{"sales_order_line_id", line}, {"quantity", "1"}}}},
                        {"shipped_on", "2026-02-02"}};
  HttpResult shipped =
      Call("logistics", "POST", "/api/v1/sales-orders/" + std::to_string(order) + "/deliveries",
           json::serialize(delivery));
  EXPECT_EQ(shipped.status, 409) << shipped.Describe();
  EXPECT_EQ(StringAt(shipped.Json(), "code"), "billing.order_on_credit_hold");

  // A release needs a reason, and an override limit covering the 100.00 at risk.
  EXPECT_EQ(Release(order, "manager", " ").status, 422);
  HttpResult rep = Release(order, "rep_a", "good customer");
  EXPECT_EQ(rep.status, 403) << rep.Describe();
  EXPECT_EQ(StringAt(rep.Json(), "field"), "credit_override_limit");
  OverrideLimit("manager", "99.99");
  EXPECT_EQ(Release(order, "manager", "good customer").status, 403);
  OverrideLimit("manager", "100.00");
  HttpResult released = Release(order, "manager", "good customer, pays on time");
  ASSERT_EQ(released.status, 200) << released.Describe();
  EXPECT_EQ(StringAt(released.Json(), "credit_hold"), "released");
  EXPECT_EQ(IntAt(released.Json(), "credit_released_by_id"), UserId("manager"));
  EXPECT_EQ(StringAt(released.Json(), "credit_release_reason"), "good customer, pays on time");
  EXPECT_EQ(Release(order, "finance", "again").status, 409);
  // Audited: the update names the release's figures and reason.
  HttpResult audit =
      Call("director", "GET",
           "/api/v1/audit-events?entity=sales-orders&entity_id=" + std::to_string(order));
  EXPECT_NE(audit.body.find("good customer, pays on time"), std::string::npos) << audit.body;
  EXPECT_EQ(NewInvoice(order, "2026-01-15").status, 201);
}

TEST_P(BillingCreditHoldTest, APrepaymentHoldGoesWhenThePaymentsCoverTheOrder) {
  const std::int64_t account = Credit("rep_b", "10000.00", "high");
  const std::int64_t order = Order("rep_b", 25000, "EUR", 0, "open");
  HttpResult confirmed = Confirm(order, "rep_b");
  ASSERT_EQ(confirmed.status, 200) << confirmed.Describe();
  EXPECT_EQ(StringAt(confirmed.Json(), "credit_hold_reason"), "prepayment");
  EXPECT_EQ(Amount(confirmed.Json(), "credit_at_risk"), "250.00");
  // 200.00 on account is not enough; 50.00 more covers the 250.00 in the same transaction.
  ASSERT_EQ(Pay(account, "200.00", "EUR", "2026-01-05").status, 201);
  EXPECT_EQ(StringAt(OrderAs("rep_b", order), "credit_hold"), "held");
  ASSERT_EQ(Pay(account, "50.00", "EUR", "2026-01-06").status, 201);
  const json::value after = OrderAs("rep_b", order);
  EXPECT_EQ(StringAt(after, "credit_hold"), "released");
  EXPECT_TRUE(after.at("credit_released_by_id").is_null());
  // The same credit does not release a second order.
  const std::int64_t second = Order("rep_b", 100, "EUR", 0, "open");
  ASSERT_EQ(Confirm(second, "rep_b").status, 200);
  ASSERT_EQ(Pay(account, "0.99", "EUR", "2026-01-07").status, 201);
  EXPECT_EQ(StringAt(OrderAs("rep_b", second), "credit_hold"), "held");
  ASSERT_EQ(Pay(account, "0.01", "EUR", "2026-01-07").status, 201);
  EXPECT_EQ(StringAt(OrderAs("rep_b", second), "credit_hold"), "released");
}

TEST_P(BillingCreditHoldTest, ACreditHoldDunningLetterHoldsTheAccountsNextOrder) {
  Credit("rep_a", "100000.00", "low");
  HttpResult level = Call("finance", "POST", "/api/v1/dunning-levels",
                          R"({"level":1,"name":"Stop","min_days_past_due":7,)"
                          R"("texts":{"en":"Dear {customer}"},"credit_hold":true})");
  ASSERT_EQ(level.status, 201) << level.Describe();
  // EUR 100.00 invoiced 15 Jan 2026 at 16 days: due 31 Jan; at 10 Feb d = 10 ≥ 7 → level 1.
  Posted(Order("rep_a", 10000, "EUR", 16), "2026-01-15");
  HttpResult run = Call("finance", "POST", "/api/v1/dunning-runs", R"({"as_of":"2026-02-10"})");
  ASSERT_EQ(run.status, 201) << run.Describe();
  const std::int64_t run_id = IntAt(run.Json(), "id");
  ASSERT_EQ(Call("finance", "POST", "/api/v1/dunning-runs/" + std::to_string(run_id) + "/approve",
                 "", {{"If-Match", ETagOf("dunning-runs", run_id)}})
                .status,
            200);
  const std::int64_t order = Order("rep_a", 5000, "EUR", 30, "open");
  HttpResult confirmed = Confirm(order, "rep_a");
  ASSERT_EQ(confirmed.status, 200) << confirmed.Describe();
  EXPECT_EQ(StringAt(confirmed.Json(), "credit_hold_reason"), "dunning");
  EXPECT_EQ(StringAt(confirmed.Json(), "credit_hold_detail"), "level 1");
  EXPECT_EQ(Amount(confirmed.Json(), "credit_at_risk"), "50.00");
  // 100.00 open + 50.00 new = 150.00, far within the limit: the letter alone holds it.
  EXPECT_EQ(Amount(confirmed.Json(), "credit_exposure"), "150.00");
  EXPECT_EQ(Release(order, "finance", "paid by phone, transfer on its way").status, 200);
}

TEST_P(BillingCreditHoldTest, EachCallerSeesTheHoldsOfTheAccountsTheySee) {
  Credit("rep_a", "10.00", "low");
  Credit("rep_b", "1000.00", "high");
  const std::int64_t a = Order("rep_a", 5000, "EUR", 30, "open");
  const std::int64_t b = Order("rep_b", 5000, "EUR", 30, "open");
  ASSERT_EQ(Confirm(a, "rep_a").status, 200);
  ASSERT_EQ(Confirm(b, "rep_b").status, 200);
  EXPECT_EQ(Holds("finance"), (std::vector<std::int64_t>{a, b}));  // oldest hold first
  EXPECT_EQ(Holds("manager"), (std::vector<std::int64_t>{a, b}));  // leads both reps' team
  EXPECT_EQ(Holds("rep_a"), (std::vector<std::int64_t>{a}));
  EXPECT_EQ(Holds("rep_b"), (std::vector<std::int64_t>{b}));
  EXPECT_TRUE(Holds("rep_c").empty());
  EXPECT_EQ(Call("admin", "GET", "/api/v1/credit-holds").status, 403);
  // Another team's rep cannot release what they cannot see.
  EXPECT_EQ(Release(a, "rep_c", "mine").status, 404);
}

TEST_P(BillingCreditHoldTest, AnOrderInACurrencyWithoutARateIsHeldNamingTheRate) {
  Credit("rep_a", "1000.00", "low");
  OverrideLimit("manager", "1000000.00");
  const std::int64_t order =
      Order("rep_a", 5000, "GBP", 30, "open");  // the fixture has no GBP rate
  HttpResult confirmed = Confirm(order, "rep_a");
  ASSERT_EQ(confirmed.status, 200) << confirmed.Describe();
  EXPECT_EQ(StringAt(confirmed.Json(), "credit_hold_reason"), "missing_rate");
  EXPECT_EQ(StringAt(confirmed.Json(), "credit_hold_detail"), "GBP→EUR on 2026-01-02");
  // Nothing at risk can be judged without the rate: only finance releases it.
  EXPECT_EQ(Release(order, "manager", "fine").status, 403);
  EXPECT_EQ(Release(order, "finance", "rate agreed at 0.92").status, 200);
}

TEST_P(BillingCreditHoldTest, WithinTheLimitOnOpenAccountNothingIsHeld) {
  Credit("rep_a", "1000.00", "medium");  // letter of credit: judged like open account
  const std::int64_t order = Order("rep_a", 100000, "EUR", 30, "open");  // exactly 1,000.00
  HttpResult confirmed = Confirm(order, "rep_a");
  ASSERT_EQ(confirmed.status, 200) << confirmed.Describe();
  EXPECT_TRUE(confirmed.Json().at("credit_hold").is_null());
  EXPECT_EQ(NewInvoice(order, "2026-01-15").status, 201);
}

TEST_P(BillingCreditHoldTest, AnOrderTakenWithConfirmIsHeldAsAConfirmedOneWouldBe) {
  Credit("rep_a", "100.00", "low");
  const std::int64_t list = SysCreate("price-lists", {{"name", "EUR list"}, {"currency", "EUR"}});
  SysCreate("price-list-items",
            {{"price_list_id", list}, {"product_id", product_id()}, {"price", "20.00"}});
  // 10 x 20.00 = 200.00 untaxed: over the limit of 100.00 whatever the tax.
  json::object body{{"account_id", AccountOf("rep_a").id},
                    {"price_list_id", list},
                    {"confirm", true},
                    {"lines", json::array{{{"product_id", product_id()}, {"quantity", "10"}}}}};
  HttpResult taken = Call("rep_a", "POST", "/api/v1/sales-orders", json::serialize(body));
  ASSERT_EQ(taken.status, 201) << taken.Describe();
  EXPECT_EQ(StringAt(taken.Json(), "status"), "confirmed");
  EXPECT_EQ(StringAt(taken.Json(), "credit_hold"), "held");
  EXPECT_EQ(StringAt(taken.Json(), "credit_hold_reason"), "over_limit");
  EXPECT_EQ(Holds("finance"), std::vector<std::int64_t>{IntAt(taken.Json(), "id")});
}

}  // namespace

SD_INSTANTIATE_API_TEST(BillingCreditHoldTest);

}  // namespace salesdesk::api_test
