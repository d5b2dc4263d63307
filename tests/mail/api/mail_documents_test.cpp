// Billing documents e-mailed through the outbox, on SQLite and PostgreSQL (decision 0044): a
// draft invoice is refused naming its status; a posted one goes once per Idempotency-Key to the
// customer's contact by default, with words and PDF in the customer's language and no cost or
// margin, and the send is on the account's timeline. Only finance and the director send.
#include "billing/api/receivables_api_test.h"
#include "modules/mail/core/mail/mime_message.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class MailDocumentsTest : public ReceivablesApiTest {};

TEST_P(MailDocumentsTest, APostedInvoiceIsEmailedOnceInTheCustomersLanguage) {
  HttpResult draft = NewInvoice(Order("rep_a", 119000, "EUR", 30), "2026-01-15");
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  const std::string path = "/api/v1/invoices/" + std::to_string(id) + "/email";
  HttpResult early = Call("finance", "POST", path, R"({"to":"ap@customer.example"})");
  EXPECT_EQ(early.status, 422) << early.Describe();
  EXPECT_NE(early.body.find("mail.document_state"), std::string::npos) << early.body;
  EXPECT_NE(early.body.find("status"), std::string::npos);

  HttpResult posted = PostInvoice(id);
  ASSERT_EQ(posted.status, 200) << posted.Describe();
  const std::string number = StringAt(posted.Json(), "number");
  // The customer's contact reads German and has the address the invoice goes to.
  const std::int64_t contact = AccountOf("rep_a").contact_id;
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/contacts/" + std::to_string(contact),
                 R"({"language":"de","email":"ap@customer.example"})",
                 {{"If-Match", ETagOf("contacts", contact)}})
                .status,
            200);
  EXPECT_EQ(Call("rep_a", "POST", path, "{}").status, 403);
  EXPECT_EQ(Call("finance", "POST", "/api/v1/invoices/987654/email", "{}").status, 404);
  HttpResult bad = Call("finance", "POST", path, R"({"to":"not an address"})");
  EXPECT_EQ(bad.status, 422) << bad.Describe();

  const Headers key{{"Idempotency-Key", "mail-invoice-1"}};
  HttpResult sent = Call("finance", "POST", path, "{}", key);
  ASSERT_EQ(sent.status, 201) << sent.Describe();
  const json::value m = sent.Json();
  EXPECT_EQ(StringAt(m, "to_address"), "ap@customer.example");
  EXPECT_EQ(StringAt(m, "language"), "de");
  EXPECT_EQ(StringAt(m, "subject").rfind("Rechnung " + number, 0), 0u) << StringAt(m, "subject");
  EXPECT_NE(StringAt(m, "body").find("anbei erhalten Sie unsere Rechnung"), std::string::npos);
  EXPECT_EQ(StringAt(m, "related_entity"), "invoices");
  EXPECT_EQ(IntAt(m, "related_id"), id);
  const std::int64_t message_id = IntAt(m, "id");
  HttpResult again = Call("finance", "POST", path, "{}", key);
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.Header("idempotent-replayed"), "true");
  EXPECT_EQ(IntAt(again.Json(), "id"), message_id);

  // The attachment is the German customer invoice: 1.190,00 EUR, no cost, no margin.
  HttpResult files = Call("director", "GET",
                          "/api/v1/outbox-attachments?message_id=" + std::to_string(message_id));
  ASSERT_EQ(files.status, 200) << files.Describe();
  const json::value list = files.Json();
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  const json::value& file = list.at("items").at(0);
  EXPECT_EQ(StringAt(file, "filename"), number + ".pdf");
  const std::string text =
      pdf::testing::RenderedPdf(core::mail::DecodeBase64(StringAt(file, "content_base64"))).Text();
  EXPECT_NE(text.find("Rechnung"), std::string::npos) << text;
  EXPECT_NE(text.find("1.190,00 EUR"), std::string::npos) << text;
  for (const char* hidden : {"Kosten", "Marge", "Cost", "Margin", "INTERN"}) {
    EXPECT_EQ(text.find(hidden), std::string::npos) << hidden;
  }

  // One e-mail activity about the invoice on the account's timeline (the replay logged none).
  HttpResult timeline =
      Call("director", "GET",
           "/api/v1/timeline?entity=accounts&id=" + std::to_string(AccountOf("rep_a").id));
  ASSERT_EQ(timeline.status, 200) << timeline.Describe();
  int emails = 0;
  const json::value items = timeline.Json();
  for (const auto& item : items.at("items").as_array()) {
    if (StringAt(item, "entity") != "activities") continue;
    const json::value& a = item.at("record");
    if (StringAt(a, "kind") != "email" || StringAt(a, "related_entity") != "invoices") continue;
    ++emails;
    EXPECT_EQ(IntAt(a, "related_id"), id);
    EXPECT_NE(StringAt(a, "report").find("To: ap@customer.example"), std::string::npos);
  }
  EXPECT_EQ(emails, 1);
}

SD_INSTANTIATE_API_TEST(MailDocumentsTest);

}  // namespace
}  // namespace salesdesk::api_test
