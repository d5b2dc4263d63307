// Bad-debt write-offs through the API on both engines (decision 0056), figures worked by hand:
// only finance and the director write off, on a posted invoice, under If-Match and
// Idempotency-Key, at most the open principal and with a reason; the amount takes instalments
// oldest due first, and the ageing, the DSO and the invoice's open figure count it from its date.
#include "billing/api/receivables_api_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingWriteOffsTest : public ReceivablesApiTest {
 protected:
  HttpResult WriteOff(std::int64_t invoice, const std::string& body, Headers headers,
                      const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/invoices/" + std::to_string(invoice) + "/write-off", body,
                std::move(headers));
  }
  Headers Current(std::int64_t invoice, const std::string& key = "") {
    Headers h{{"If-Match", ETagOf("invoices", invoice)}};
    if (!key.empty()) h.emplace_back("Idempotency-Key", key);
    return h;
  }
  json::value Ageing(const std::string& as_of) {
    HttpResult r = Call("rep_a", "GET", "/api/v1/receivables/ageing?as_of=" + as_of);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  std::string Dso(const std::string& as_of) {
    HttpResult r = Call("rep_a", "GET", "/api/v1/receivables/dso?as_of=" + as_of);
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value body = r.Json();
    return json::serialize(body.at("total").at("dso_days"));
  }
};

// EUR 1,190.00 invoiced 15 Jan 2026 in halves of 595.00 due 14 Feb and 16 Mar; 476.00 paid on
// 20 Feb (first half: 119.00 left).
TEST_P(BillingWriteOffsTest, AWriteOffTakesTheOldestInstalmentFirstAndCountsFromItsDate) {
  HttpResult terms = Call("finance", "POST", "/api/v1/payment-terms",
                          R"({"name":"Halves","lines":[
                              {"portion":1,"rule":"days_after_invoice","days":30},
                              {"portion":1,"rule":"days_after_invoice","days":60}]})");
  ASSERT_EQ(terms.status, 201) << terms.Describe();
  const std::int64_t order = Order("rep_a", 119000, "EUR", 30);
  const json::value invoice = Posted(order, "2026-01-15", IntAt(terms.Json(), "id"));
  const std::int64_t id = IntAt(invoice, "id"), account = IntAt(invoice, "account_id");
  ASSERT_EQ(Pay(account, "476.00", "EUR", "2026-02-20", id).status, 201);

  // Who and how: a rep may not; If-Match is required; a stale one is refused.
  const std::string body =
      R"({"amount":"200.00","reason":"Customer insolvent","written_off_on":"2026-03-01"})";
  EXPECT_EQ(WriteOff(id, body, Current(id), "rep_a").status, 403);
  EXPECT_EQ(WriteOff(id, body, {}).status, 428);
  EXPECT_EQ(WriteOff(id, body, {{"If-Match", "\"999\""}}).status, 412);
  // What: at most the open principal 1,190.00 − 476.00 = 714.00, a reason, a posted invoice.
  HttpResult above = WriteOff(
      id, R"({"amount":"714.01","reason":"Customer insolvent","written_off_on":"2026-03-01"})",
      Current(id));
  ASSERT_EQ(above.status, 422) << above.Describe();
  EXPECT_EQ(StringAt(above.Json(), "code"), "billing.write_off_exceeds_open");
  EXPECT_NE(above.body.find("\"amount\""), std::string::npos) << above.body;
  EXPECT_NE(above.body.find("714.00"), std::string::npos) << above.body;
  HttpResult no_reason = WriteOff(id, R"({"amount":"10.00"})", Current(id));
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_NE(no_reason.body.find("\"reason\""), std::string::npos) << no_reason.body;
  HttpResult blank = WriteOff(id, R"({"amount":"10.00","reason":"  "})", Current(id));
  EXPECT_EQ(StringAt(blank.Json(), "code"), "billing.write_off_reason") << blank.body;
  HttpResult early =
      WriteOff(id, R"({"amount":"10.00","reason":"x","written_off_on":"2026-01-14"})", Current(id));
  EXPECT_EQ(StringAt(early.Json(), "code"), "billing.write_off_before_invoice") << early.body;
  const std::int64_t draft =
      IntAt(NewInvoice(Order("rep_a", 100, "EUR", 0), "2026-01-15").Json(), "id");
  HttpResult of_draft = WriteOff(draft, R"({"amount":"0.50","reason":"x"})", Current(draft));
  EXPECT_EQ(of_draft.status, 422) << of_draft.Describe();
  EXPECT_EQ(StringAt(of_draft.Json(), "code"), "billing.write_off_draft_invoice");

  // 200.00 on 1 Mar: 119.00 closes the first half, 81.00 of the second (E-R2, oldest first).
  const Headers first = Current(id, "wo-1");
  HttpResult done = WriteOff(id, body, first);
  ASSERT_EQ(done.status, 201) << done.Describe();
  const std::int64_t wo = IntAt(done.Json(), "id");
  EXPECT_EQ(Amount(done.Json(), "amount"), "200.00");
  EXPECT_EQ(Amount(done.Json(), "relieved_base"), "200.00");
  EXPECT_EQ(IntAt(done.Json(), "written_off_by"), UserId("finance"));
  // The same key answers the same write-off, though the invoice's version has moved since.
  HttpResult replay = WriteOff(id, body, first);
  EXPECT_EQ(replay.status, 201) << replay.Describe();
  EXPECT_EQ(IntAt(replay.Json(), "id"), wo);
  EXPECT_EQ(WriteOff(id, body, {{"If-Match", first[0].second}}).status, 412);
  HttpResult allocations =
      Call("finance", "GET",
           "/api/v1/invoice-write-off-allocations?sort=id&write_off_id=" + std::to_string(wo));
  {
    const json::value page = allocations.Json();
    const auto& items = page.at("items").as_array();
    ASSERT_EQ(items.size(), 2u) << allocations.body;
    EXPECT_EQ(Amount(items[0], "amount"), "119.00");
    EXPECT_EQ(Amount(items[1], "amount"), "81.00");
  }
  HttpResult open = Call("rep_a", "GET", "/api/v1/invoices/" + std::to_string(id) + "/open");
  ASSERT_EQ(open.status, 200) << open.Describe();
  EXPECT_EQ(Amount(open.Json(), "open"), "514.00");
  EXPECT_EQ(Amount(open.Json(), "written_off"), "200.00");
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/invoices/" + std::to_string(id) + "/open").status, 404);
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/invoice-write-offs/" + std::to_string(wo)).status, 404);
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/invoice-write-offs").Json(), "total"), 1);

  // The ageing at 28 Feb does not see it (E-R3): 119.00 in 0–30 (d 14), 595.00 not due. At
  // 1 Mar: the first half is gone, 514.00 not due.
  const json::value feb = Ageing("2026-02-28");
  EXPECT_EQ(Amount(feb.at("rows").at(0), "d0_30"), "119.00");
  EXPECT_EQ(Amount(feb.at("rows").at(0), "open"), "714.00");
  const json::value mar = Ageing("2026-03-01");
  EXPECT_EQ(Amount(mar.at("rows").at(0), "d0_30"), "0.00");
  EXPECT_EQ(Amount(mar.at("rows").at(0), "not_due"), "514.00");
  EXPECT_EQ(Amount(mar.at("rows").at(0), "carrying_base"), "514.00");
  // DSO over 90 days, sales 1,190.00 either way (a write-off is not a credit note): 28 Feb AR
  // 714.00 × 90 ÷ 1,190.00 = 54.0; 1 Mar AR 514.00 × 90 ÷ 1,190.00 = 38.87 → 38.9.
  EXPECT_EQ(Dso("2026-02-28"), "\"54.0\"");
  EXPECT_EQ(Dso("2026-03-01"), "\"38.9\"");

  // The rest written off on 2 Mar: nothing open, no ageing row, the credit exposure drops it.
  HttpResult rest = WriteOff(
      id, R"({"amount":"514.00","reason":"Insolvency closed","written_off_on":"2026-03-02"})",
      Current(id, "wo-2"));
  ASSERT_EQ(rest.status, 201) << rest.Describe();
  const json::value after = Call("finance", "GET", "/api/v1/invoices/" + std::to_string(id)).Json();
  EXPECT_EQ(Amount(after, "written_off"), "714.00");
  // Settled by the last write-off (decision 0081): the ageing reads it only before that day.
  EXPECT_EQ(StringAt(after, "settled_on"), "2026-03-02");
  EXPECT_EQ(Amount(Call("rep_a", "GET", "/api/v1/invoices/" + std::to_string(id) + "/open").Json(),
                   "open"),
            "0.00");
  EXPECT_TRUE(Ageing("2026-03-05").at("rows").as_array().empty());
  HttpResult nothing_left =
      WriteOff(id, R"({"amount":"0.01","reason":"x","written_off_on":"2026-03-03"})", Current(id));
  EXPECT_EQ(StringAt(nothing_left.Json(), "code"), "billing.write_off_exceeds_open");
}

SD_INSTANTIATE_API_TEST(BillingWriteOffsTest);

}  // namespace
}  // namespace salesdesk::api_test
