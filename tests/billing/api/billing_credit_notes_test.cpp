// Credit notes through the API (RULES E-R2, E-R6, E-R7, E-R11): a partial note credits a line's
// net at its tax rate and takes principal oldest due first; a later payment sees what the note
// took; the full note takes exactly what the invoice has left; the ageing, the DSO's sales and
// the cost snapshot on invoice lines follow. Figures are worked by hand in the comments.
#include "billing/api/receivables_api_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingCreditNotesTest : public ReceivablesApiTest {
 protected:
  HttpResult Credit(std::int64_t invoice, json::object body, Headers headers = {},
                    const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/invoices/" + std::to_string(invoice) + "/credit-notes",
                json::serialize(body), std::move(headers));
  }
  HttpResult PostNote(std::int64_t id) {
    return Call("finance", "POST", "/api/v1/credit-notes/" + std::to_string(id) + "/post", "",
                {{"If-Match", ETagOf("credit-notes", id)}});
  }
  std::vector<std::int64_t> LineIds(std::int64_t invoice) {
    HttpResult r =
        Call("finance", "GET",
             "/api/v1/invoice-lines?sort=position&invoice_id=" + std::to_string(invoice));
    std::vector<std::int64_t> out;
    const json::value page = r.Json();
    for (const auto& l : page.at("items").as_array()) out.push_back(IntAt(l, "id"));
    return out;
  }
  json::value AgeingRow(const std::string& as_of) {
    HttpResult r = Call("rep_a", "GET", "/api/v1/receivables/ageing?as_of=" + as_of);
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value body = r.Json();
    const auto& rows = body.at("rows").as_array();
    EXPECT_EQ(rows.size(), 1u) << r.body;
    return rows.empty() ? json::value() : rows[0];
  }
};

// EUR 1,190.00 (untaxed 1,000.00 as lines of 333.33 and 666.67 at 19 %, tax 190.00), invoiced
// 15 Jan 2026 in halves due 14 Feb and 16 Mar (595.00 each).
TEST_P(BillingCreditNotesTest, PartialAndFullCreditNotesReduceTheInvoiceAndTheAgeing) {
  HttpResult terms = Call("finance", "POST", "/api/v1/payment-terms",
                          R"({"name":"Halves","lines":[
                              {"portion":1,"rule":"days_after_invoice","days":30},
                              {"portion":1,"rule":"days_after_invoice","days":60}]})");
  ASSERT_EQ(terms.status, 201) << terms.Describe();
  const json::value invoice =
      Posted(Order("rep_a", 119000, "EUR", 30), "2026-01-15", IntAt(terms.Json(), "id"));
  const std::int64_t id = IntAt(invoice, "id");
  ASSERT_EQ(Instalments(id), (std::vector<std::string>{"2026-02-14 595.00", "2026-03-16 595.00"}));
  const std::vector<std::int64_t> lines = LineIds(id);
  ASSERT_EQ(lines.size(), 2u);

  // Partial: 100.00 net of the second line; tax 100.00 × 19 % = 19.00 → total 119.00.
  const json::object partial{
      {"credit_date", "2026-02-01"},
      {"reason", "Two units returned damaged"},
      {"lines", json::array{json::object{{"invoice_line_id", lines[1]}, {"net", "100.00"}}}}};
  HttpResult draft = Credit(id, partial, {{"Idempotency-Key", "cn-1"}});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t cn1 = IntAt(draft.Json(), "id");
  EXPECT_EQ(StringAt(draft.Json(), "status"), "draft");
  EXPECT_EQ(Amount(draft.Json(), "untaxed"), "100.00");
  EXPECT_EQ(Amount(draft.Json(), "tax"), "19.00");
  EXPECT_EQ(Amount(draft.Json(), "total"), "119.00");
  EXPECT_EQ(IntAt(Credit(id, partial, {{"Idempotency-Key", "cn-1"}}).Json(), "id"), cn1);
  HttpResult edited = Call("finance", "PATCH", "/api/v1/credit-notes/" + std::to_string(cn1),
                           R"({"reason":"Two units returned damaged in transit"})",
                           {{"If-Match", ETagOf("credit-notes", cn1)}});
  EXPECT_EQ(edited.status, 200) << edited.Describe();

  HttpResult posted = PostNote(cn1);
  ASSERT_EQ(posted.status, 200) << posted.Describe();
  EXPECT_EQ(StringAt(posted.Json(), "number"), "CN-2026-000001");
  // Principal only, oldest due first: all of it on the 14 Feb instalment (E-R2).
  EXPECT_EQ(Amount(posted.Json(), "applied"), "119.00");
  EXPECT_EQ(Amount(posted.Json(), "unapplied"), "0.00");
  EXPECT_EQ(Amount(posted.Json(), "relieved_base"), "119.00");
  // Posted is final: no edit (422 naming the field), no second post (409).
  HttpResult edit_posted =
      Call("finance", "PATCH", "/api/v1/credit-notes/" + std::to_string(cn1),
           R"({"reason":"changed"})", {{"If-Match", ETagOf("credit-notes", cn1)}});
  EXPECT_EQ(edit_posted.status, 422) << edit_posted.Describe();
  EXPECT_EQ(StringAt(edit_posted.Json(), "field"), "reason");
  EXPECT_EQ(StringAt(edit_posted.Json(), "code"), "billing.credit_note_posted");
  EXPECT_EQ(PostNote(cn1).status, 409);

  // At 20 Feb: 14 Feb's 595.00 − 119.00 = 476.00 is 6 days past due (0–30); 16 Mar's not due.
  const json::value feb = AgeingRow("2026-02-20");
  EXPECT_EQ(Amount(feb, "d0_30"), "476.00");
  EXPECT_EQ(Amount(feb, "not_due"), "595.00");
  EXPECT_EQ(Amount(feb, "open"), "1071.00");
  EXPECT_EQ(Amount(feb, "carrying_base"), "1071.00");
  // DSO at 10 Feb over 90 days: AR 1,071.00; sales 1,190.00 − 119.00 = 1,071.00 → 90.0 days.
  HttpResult dso = Call("rep_a", "GET", "/api/v1/receivables/dso?as_of=2026-02-10");
  ASSERT_EQ(dso.status, 200) << dso.Describe();
  EXPECT_EQ(Amount(dso.Json().at("total"), "credit_sales"), "1071.00") << dso.body;
  EXPECT_EQ(StringAt(dso.Json().at("total"), "dso_days"), "90.0");

  // A payment after the note finds 476.00 open on the first instalment, not 595.00.
  HttpResult paid = Pay(AccountOf("rep_a").id, "476.00", "EUR", "2026-02-20", id);
  ASSERT_EQ(paid.status, 201) << paid.Describe();
  EXPECT_EQ(Amount(paid.Json(), "applied"), "476.00");

  // More than the line has left (666.67 − 100.00 = 566.67), a foreign line, an early date.
  HttpResult over = Credit(
      id, {{"reason", "x"},
           {"credit_date", "2026-03-01"},
           {"lines", json::array{json::object{{"invoice_line_id", lines[1]}, {"net", "566.68"}}}}});
  EXPECT_EQ(over.status, 422) << over.Describe();
  EXPECT_EQ(StringAt(over.Json(), "field"), "lines/0/net");
  EXPECT_EQ(StringAt(over.Json(), "code"), "billing.credit_exceeds_line");
  HttpResult foreign = Credit(
      id, {{"reason", "x"},
           {"credit_date", "2026-03-01"},
           {"lines", json::array{json::object{{"invoice_line_id", 987654}, {"net", "1.00"}}}}});
  EXPECT_EQ(StringAt(foreign.Json(), "field"), "lines/0/invoice_line_id") << foreign.body;
  HttpResult early = Credit(id, {{"reason", "x"}, {"credit_date", "2026-01-14"}});
  EXPECT_EQ(StringAt(early.Json(), "field"), "credit_date") << early.body;
  HttpResult no_reason = Credit(id, {{"reason", " "}, {"credit_date", "2026-03-01"}});
  EXPECT_EQ(StringAt(no_reason.Json(), "field"), "reason") << no_reason.body;

  // Full: everything left (333.33 + 566.67 net) takes exactly what the invoice has left:
  // untaxed 1,000.00 − 100.00 = 900.00, tax 190.00 − 19.00 = 171.00, total 1,071.00.
  HttpResult full = Credit(id, {{"credit_date", "2026-03-01"}, {"reason", "Order cancelled"}});
  ASSERT_EQ(full.status, 201) << full.Describe();
  EXPECT_EQ(Amount(full.Json(), "untaxed"), "900.00");
  EXPECT_EQ(Amount(full.Json(), "tax"), "171.00");
  EXPECT_EQ(Amount(full.Json(), "total"), "1071.00");
  HttpResult full_posted = PostNote(IntAt(full.Json(), "id"));
  ASSERT_EQ(full_posted.status, 200) << full_posted.Describe();
  EXPECT_EQ(StringAt(full_posted.Json(), "number"), "CN-2026-000002");
  // Open was 1,190.00 − 119.00 − 476.00 = 595.00 (16 Mar); the paid 476.00 becomes credit.
  EXPECT_EQ(Amount(full_posted.Json(), "applied"), "595.00");
  EXPECT_EQ(Amount(full_posted.Json(), "unapplied"), "476.00");
  const json::value march = AgeingRow("2026-03-01");
  EXPECT_EQ(Amount(march, "open"), "0.00");
  EXPECT_EQ(Amount(march, "unapplied"), "-476.00");
  EXPECT_EQ(Amount(march, "carrying_base"), "0.00");
  // Nothing open, but credit left on it: not settled (decision 0081), so every ageing reads it.
  EXPECT_TRUE(Call("finance", "GET", "/api/v1/invoices/" + std::to_string(id))
                  .Json()
                  .at("settled_on")
                  .is_null());
  // Before the full note's date it does not count (E-R3).
  EXPECT_EQ(Amount(AgeingRow("2026-02-28"), "open"), "595.00");
  HttpResult nothing_left = Credit(id, {{"reason", "again"}, {"credit_date", "2026-03-02"}});
  EXPECT_EQ(nothing_left.status, 422) << nothing_left.Describe();
  EXPECT_EQ(StringAt(nothing_left.Json(), "code"), "billing.credit_note_empty");

  // Who: reps neither credit nor see other teams' notes (hidden looks like missing).
  EXPECT_EQ(Credit(id, {{"reason", "x"}}, {}, "rep_a").status, 403);
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/credit-notes").Json(), "total"), 2);
  EXPECT_EQ(IntAt(Call("rep_c", "GET", "/api/v1/credit-notes").Json(), "total"), 0);
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/credit-notes/" + std::to_string(cn1)).status, 404);
  EXPECT_EQ(Call("logistics", "GET", "/api/v1/credit-notes").status, 403);
}

TEST_P(BillingCreditNotesTest, InvoiceLinesKeepTheUnitCostHiddenFromReps) {
  const std::int64_t id = IntAt(Posted(Order("rep_a", 11900, "EUR", 30), "2026-01-15"), "id");
  const std::string lines = "/api/v1/invoice-lines?invoice_id=" + std::to_string(id);
  const json::value finance = Call("finance", "GET", lines).Json();
  ASSERT_EQ(finance.at("items").as_array().size(), 2u);
  EXPECT_EQ(Amount(finance.at("items").as_array()[0], "cost"), "12.50");
  const json::value rep = Call("rep_a", "GET", lines).Json();
  ASSERT_EQ(rep.at("items").as_array().size(), 2u);
  EXPECT_FALSE(rep.at("items").as_array()[0].as_object().contains("cost"));
  // A draft invoice is not credited.
  HttpResult draft = NewInvoice(Order("rep_a", 100, "EUR", 0), "2026-01-15");
  HttpResult refused =
      Call("finance", "POST",
           "/api/v1/invoices/" + std::to_string(IntAt(draft.Json(), "id")) + "/credit-notes",
           R"({"reason":"x"})");
  EXPECT_EQ(refused.status, 422) << refused.Describe();
  EXPECT_EQ(StringAt(refused.Json(), "code"), "billing.credit_draft_invoice");
}

SD_INSTANTIATE_API_TEST(BillingCreditNotesTest);

}  // namespace
}  // namespace salesdesk::api_test
