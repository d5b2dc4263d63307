// The billing module through the API: finance sets up payment terms whose lines split an
// invoice (E-R1), every role reads them, only finance and the director write them; malformed
// lines are refused naming the member; a retried create stores one record.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

json::object Line(json::value portion, const char* rule, json::value days) {
  return {{"portion", portion}, {"rule", rule}, {"days", days}};
}

json::object Terms(const std::string& name, json::array lines) {
  return {{"name", name}, {"lines", std::move(lines)}};
}

class BillingTest : public ApiTest {};

TEST_P(BillingTest, FinanceSetsUpPaymentTermsThatEveryoneReads) {
  HttpResult created = Call(
      "finance", "POST", "/api/v1/payment-terms",
      json::serialize(Terms("30 % now, 70 % in 60 days", {Line(30, "days_after_invoice", 0),
                                                          Line(70, "end_of_month_plus", 60)})));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const std::int64_t id = IntAt(created.Json(), "id");
  EXPECT_EQ(created.Json().at("lines").as_array().size(), 2u);
  for (const char* user : {"rep_a", "manager2", "senior", "director", "admin", "logistics"}) {
    HttpResult read = Call(user, "GET", "/api/v1/payment-terms/" + std::to_string(id));
    EXPECT_EQ(read.status, 200) << user << ": " << read.Describe();
  }
  for (const char* user : {"rep_a", "manager2", "senior", "admin", "logistics"}) {
    HttpResult write = Call(user, "POST", "/api/v1/payment-terms",
                            json::serialize(Terms("Net 10", {Line(1, "days_after_invoice", 10)})));
    EXPECT_EQ(write.status, 403) << user << ": " << write.Describe();
  }
  HttpResult patched =
      Call("director", "PATCH", "/api/v1/payment-terms/" + std::to_string(id),
           json::serialize(json::object{{"lines", json::array{Line(1, "days_after_invoice", 30),
                                                              Line(1, "days_after_invoice", 60),
                                                              Line(1, "days_after_invoice", 90)}}}),
           {{"If-Match", ETagOf("payment-terms", id)}});
  EXPECT_EQ(patched.status, 200) << patched.Describe();
  EXPECT_EQ(patched.Json().at("lines").as_array().size(), 3u);
}

TEST_P(BillingTest, MalformedLinesAreRefusedNamingTheMember) {
  struct Case {
    json::value lines;
    const char* field;
    const char* code;
  };
  const Case cases[] = {
      {json::array{}, "lines", "money.allocation_basis_empty"},
      {json::array{Line(0, "days_after_invoice", 30), Line(0, "end_of_month_plus", 0)}, "lines",
       "money.allocation_basis_empty"},
      {json::array{Line(1, "days_after_invoice", 30), Line(-1, "days_after_invoice", 0)},
       "lines/1/portion", "field.out_of_range"},
      {json::array{Line("1", "days_after_invoice", 30)}, "lines/0/portion", "field.not_integer"},
      {json::array{Line(1, "net_days", 30)}, "lines/0/rule", "field.not_in_enum"},
      {json::array{Line(1, "days_after_invoice", -5)}, "lines/0/days", "field.out_of_range"},
      {json::array{json::object{{"portion", 1}, {"rule", "days_after_invoice"}}}, "lines/0/days",
       "field.required"},
      {json::array{json::object{
           {"portion", 1}, {"rule", "days_after_invoice"}, {"days", 1}, {"discount", 2}}},
       "lines/0/discount", "field.unknown"},
      {json::object{{"portion", 1}}, "lines", "billing.term_lines_shape"},
      {json::array{1, 2}, "lines", "billing.term_lines_shape"},
  };
  for (const Case& c : cases) {
    json::object body{{"name", "Bad terms"}, {"lines", c.lines}};
    HttpResult r = Call("finance", "POST", "/api/v1/payment-terms", json::serialize(body));
    EXPECT_EQ(r.status, 422) << c.field << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << c.field;
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << r.body;
    EXPECT_EQ(StringAt(r.Json(), "code"), c.code) << r.body;
    EXPECT_FALSE(StringAt(r.Json(), "detail").empty()) << c.field;
  }
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/payment-terms").Json(), "total"), 0);
}

TEST_P(BillingTest, ARetriedCreateWithOneIdempotencyKeyStoresOneRecord) {
  const std::string body = json::serialize(Terms("Net 45", {Line(1, "days_after_invoice", 45)}));
  HttpResult first =
      Call("finance", "POST", "/api/v1/payment-terms", body, {{"Idempotency-Key", "terms-net-45"}});
  HttpResult again =
      Call("finance", "POST", "/api/v1/payment-terms", body, {{"Idempotency-Key", "terms-net-45"}});
  ASSERT_EQ(first.status, 201) << first.Describe();
  EXPECT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(first.Json(), "id"), IntAt(again.Json(), "id"));
  EXPECT_EQ(IntAt(Call("finance", "GET", "/api/v1/payment-terms?q=Net").Json(), "total"), 1);
}

SD_INSTANTIATE_API_TEST(BillingTest);

}  // namespace
}  // namespace salesdesk::api_test
