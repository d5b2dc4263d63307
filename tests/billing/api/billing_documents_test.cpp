// The customer's invoice and credit note as PDF through the API, on SQLite and PostgreSQL: read
// like the record (hidden and missing both 404), in the customer's language (their contact's)
// unless ?lang= says otherwise, and the customer's document whoever downloads it: finance, who
// sees the invoice lines' cost, gets no cost or margin either.
//   The order: EUR 1,190.00, lines 333.33 and 666.67 net at 19 %, tax 190.00 (one rounding on
//   1,000.00 × 19 %); a credit note of 100.00 net on the second line: tax 19.00, total 119.00.
#include "billing/api/receivables_api_test.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class BillingDocumentsTest : public ReceivablesApiTest {
 protected:
  std::string PdfText(const std::string& user, const std::string& target) {
    HttpResult r = Call(user, "GET", target);
    EXPECT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(r.Header("content-type"), "application/pdf");
    return r.status == 200 ? pdf::testing::RenderedPdf(r.body).Text() : "";
  }
  static void ExpectNoCostOrMargin(const std::string& text) {
    for (const char* hidden : {"Cost", "cost", "Margin", "margin", "INTERN", "Kosten", "Marge"}) {
      EXPECT_EQ(text.find(hidden), std::string::npos) << hidden << "\n" << text;
    }
  }
};

TEST_P(BillingDocumentsTest, TheInvoicePdfIsTheCustomersInTheirLanguageForWhoeverReadsIt) {
  const std::int64_t order = Order("rep_a", 119000, "EUR", 30);
  HttpResult draft = NewInvoice(order, "2026-01-15");
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  const std::string path = "/api/v1/invoices/" + std::to_string(id) + "/pdf";
  // Before posting it has no number and says it is a draft.
  EXPECT_NE(PdfText("finance", path).find("DRAFT"), std::string::npos);

  HttpResult posted = PostInvoice(id);
  ASSERT_EQ(posted.status, 200) << posted.Describe();
  const std::string number = StringAt(posted.Json(), "number");
  HttpResult file = Call("rep_a", "GET", path);
  ASSERT_EQ(file.status, 200) << file.Describe();
  EXPECT_EQ(file.Header("content-disposition"), "attachment; filename=\"" + number + ".pdf\"");
  // 30 days after 15 Jan 2026: one instalment of the whole total due 14 Feb.
  const std::string text = pdf::testing::RenderedPdf(file.body).Text();
  for (const std::string& expected :
       {std::string("Invoice"), number, std::string("15 Jan 2026"), std::string("SO-T-1"),
        std::string("333.33"), std::string("666.67"), std::string("Tax 19% on EUR 1,000.00"),
        std::string("EUR 190.00"), std::string("EUR 1,190.00"), std::string("14 Feb 2026")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  EXPECT_EQ(text.find("DRAFT"), std::string::npos);
  // Finance reads the lines' cost on screen, never on the customer's document.
  ExpectNoCostOrMargin(PdfText("finance", path));

  // The customer reads German (their contact's language); ?lang= prints another.
  const std::int64_t contact = AccountOf("rep_a").contact_id;
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/contacts/" + std::to_string(contact),
                 R"({"language":"de"})", {{"If-Match", ETagOf("contacts", contact)}})
                .status,
            200);
  const std::string german = PdfText("rep_a", path);
  for (const char* expected :
       {"Rechnung", "15.01.2026", "USt. 19 % auf 1.000,00 EUR", "1.190,00 EUR", "14.02.2026"}) {
    EXPECT_NE(german.find(expected), std::string::npos) << expected << "\n" << german;
  }
  ExpectNoCostOrMargin(german);
  EXPECT_NE(PdfText("rep_a", path + "?lang=es").find("Factura"), std::string::npos);
  HttpResult bad_lang = Call("rep_a", "GET", path + "?lang=fr");
  EXPECT_EQ(bad_lang.status, 422) << bad_lang.Describe();
  EXPECT_NE(bad_lang.body.find("lang"), std::string::npos);

  // Hidden and missing look alike; roles without receivables are refused.
  EXPECT_EQ(Call("rep_c", "GET", path).status, 404);
  EXPECT_EQ(Call("manager2", "GET", path).status, 404);
  EXPECT_EQ(Call("manager", "GET", path).status, 200);
  EXPECT_EQ(Call("finance", "GET", "/api/v1/invoices/987654/pdf").status, 404);
  EXPECT_EQ(Call("admin", "GET", path).status, 403);
}

TEST_P(BillingDocumentsTest, TheCreditNotePdfNamesTheInvoiceItReduces) {
  const json::value invoice = Posted(Order("rep_a", 119000, "EUR", 30), "2026-01-15");
  const std::int64_t id = IntAt(invoice, "id");
  HttpResult lines = Call("finance", "GET",
                          "/api/v1/invoice-lines?sort=position&invoice_id=" + std::to_string(id));
  const json::value page = lines.Json();
  const std::int64_t second = IntAt(page.at("items").at(1), "id");
  const json::object body{
      {"credit_date", "2026-02-01"},
      {"reason", "Two units returned damaged"},
      {"lines", json::array{json::object{{"invoice_line_id", second}, {"net", "100.00"}}}}};
  HttpResult note =
      Call("finance", "POST", "/api/v1/invoices/" + std::to_string(id) + "/credit-notes",
           json::serialize(body));
  ASSERT_EQ(note.status, 201) << note.Describe();
  const std::int64_t cn = IntAt(note.Json(), "id");
  HttpResult posted =
      Call("finance", "POST", "/api/v1/credit-notes/" + std::to_string(cn) + "/post", "",
           {{"If-Match", ETagOf("credit-notes", cn)}});
  ASSERT_EQ(posted.status, 200) << posted.Describe();
  const std::string path = "/api/v1/credit-notes/" + std::to_string(cn) + "/pdf";
  const std::string text = PdfText("rep_a", path);
  for (const std::string& expected :
       {std::string("Credit note"), StringAt(posted.Json(), "number"),
        "This credit note reduces invoice " + StringAt(invoice, "number") + " of 15 Jan 2026.",
        std::string("Two units returned damaged"), std::string("Tax 19% on EUR 100.00"),
        std::string("EUR 19.00"), std::string("Total credited"), std::string("EUR 119.00")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
  ExpectNoCostOrMargin(PdfText("finance", path));
  EXPECT_EQ(Call("rep_c", "GET", path).status, 404);
}

SD_INSTANTIATE_API_TEST(BillingDocumentsTest);

}  // namespace
}  // namespace salesdesk::api_test
