// Documents are dated on the company's day (RULES 0.5), not UTC's: at 23:30 UTC on 31 December
// it is already 00:30 on 1 January in Madrid (the test company's zone), so an invoice, a credit
// note and a write-off made then without a date carry 2026-01-01 and the new year's number.
#include "billing/api/receivables_api_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingCompanyDayTest : public ReceivablesApiTest {};

TEST_P(BillingCompanyDayTest, UndatedDocumentsAfterUtcMidnightEveTakeTheCompanysNewYearDay) {
  // 2025-12-31T23:30:00Z = 2026-01-01T00:30:00+01:00.
  clock().Set(*core::Timestamp::FromMicros(1'767'223'800'000'000));
  const std::int64_t order = Order("rep_a", 119000, "EUR", 30);

  HttpResult draft = Call("finance", "POST", "/api/v1/invoices",
                          json::serialize(json::object{{"sales_order_id", order}}));
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  EXPECT_EQ(StringAt(draft.Json(), "invoice_date"), "2026-01-01");
  HttpResult posted = PostInvoice(id);
  ASSERT_EQ(posted.status, 200) << posted.Describe();
  EXPECT_EQ(StringAt(posted.Json(), "number"), "INV-2026-000001");

  const std::int64_t line = [&] {
    HttpResult r = Call("finance", "GET", "/api/v1/invoice-lines?invoice_id=" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value body = r.Json();
    return body.at("items").as_array().at(0).at("id").as_int64();
  }();
  HttpResult note =
      Call("finance", "POST", "/api/v1/invoices/" + std::to_string(id) + "/credit-notes",
           json::serialize(json::object{
               {"reason", "One unit damaged"},
               {"lines", json::array{json::object{{"invoice_line_id", line}, {"net", "10.00"}}}}}));
  ASSERT_EQ(note.status, 201) << note.Describe();
  EXPECT_EQ(StringAt(note.Json(), "credit_date"), "2026-01-01");

  HttpResult written = Call(
      "finance", "POST", "/api/v1/invoices/" + std::to_string(id) + "/write-off",
      R"({"amount":"5.00","reason":"Goodwill remainder"})", {{"If-Match", ETagOf("invoices", id)}});
  ASSERT_EQ(written.status, 201) << written.Describe();
  EXPECT_EQ(StringAt(written.Json(), "written_off_on"), "2026-01-01");
}

SD_INSTANTIATE_API_TEST(BillingCompanyDayTest);

}  // namespace
}  // namespace salesdesk::api_test
