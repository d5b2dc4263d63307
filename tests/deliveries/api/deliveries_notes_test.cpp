// Delivery notes through the API, on SQLite and PostgreSQL: the delivery and return notes as PDF
// (read like the record, in the customer's language, never a price), editing a draft under the
// same over-delivery rule, and two deliveries of one order line at once never over-delivering.
// The order (deliveries_api_test.h): 10 pc at 33.333333 (net 333.33) and 3 pc at 19.99 (59.97).
#include <thread>

#include "deliveries/api/deliveries_api_test.h"
#include "sales/pdf/pdf_test_util.h"

namespace salesdesk::api_test {
namespace {

class DeliveryNotesTest : public DeliveriesApiTest {
 protected:
  std::string PdfText(const std::string& user, const std::string& target) {
    HttpResult r = Call(user, "GET", target);
    EXPECT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(r.Header("content-type"), "application/pdf");
    return r.status == 200 ? pdf::testing::RenderedPdf(r.body).Text() : "";
  }
  static void ExpectAll(const std::string& text, std::initializer_list<std::string> expected) {
    for (const auto& e : expected) EXPECT_NE(text.find(e), std::string::npos) << e << "\n" << text;
  }
  // Nothing of the order's money reaches the consignee: no unit price, net, currency or cost.
  static void ExpectNoPrices(const std::string& text) {
    for (const char* hidden : {"33.33", "33,33", "19.99", "19,99", "333", "59.97", "59,97", "EUR",
                               "Price", "Preis", "Cost", "Kosten", "Margin", "Marge"}) {
      EXPECT_EQ(text.find(hidden), std::string::npos) << hidden << "\n" << text;
    }
  }
  HttpResult Edit(std::int64_t delivery, const std::string& body, const std::string& etag,
                  const std::string& user = "logistics") {
    return Call(user, "PATCH", "/api/v1/deliveries/" + std::to_string(delivery), body,
                {{"If-Match", etag}});
  }
};

TEST_P(DeliveryNotesTest, TheDeliveryNotePdfShowsQuantitiesCarrierAndTrackingButNoPrice) {
  const PricedOrder order = PricedOrderOf("rep_a");
  HttpResult draft = Deliver(order.id, {Line(order.lines[0], "4"), Line(order.lines[1], "3")});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  const std::string path = "/api/v1/deliveries/" + std::to_string(id) + "/pdf";
  // A draft has no number yet and says so.
  const std::string before = PdfText("logistics", path);
  ExpectAll(before, {"DRAFT", "Delivery note", "DHL", "JD0146"});
  EXPECT_EQ(before.find("DN-2026"), std::string::npos) << before;

  ASSERT_EQ(Ship(id).status, 200);
  HttpResult file = Call("rep_a", "GET", path);
  ASSERT_EQ(file.status, 200) << file.Describe();
  EXPECT_EQ(file.Header("content-disposition"), "attachment; filename=\"DN-2026-000001.pdf\"");
  // Line 1: 10 ordered, 4 in this note, 10 - 4 = 6 open; line 2: 3, 3, 0.
  const std::string text = pdf::testing::RenderedPdf(file.body).Text();
  ExpectAll(text, {"DN-2026-000001", "Feb 2026", "SO-D-", "Carrier", "DHL", "Tracking number",
                   "JD0146", "Ordered", "Delivered", "Open", "Item"});
  EXPECT_EQ(text.find("DRAFT"), std::string::npos);
  ExpectNoPrices(text);
  ExpectNoPrices(PdfText("finance", path));  // finance reads prices on screen, not here

  // The customer reads German (their contact's language); ?lang= prints another.
  const std::int64_t contact = AccountOf("rep_a").contact_id;
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/contacts/" + std::to_string(contact),
                 R"({"language":"de"})", {{"If-Match", ETagOf("contacts", contact)}})
                .status,
            200);
  const std::string german = PdfText("logistics", path);
  ExpectAll(german, {"Lieferschein", "02.02.2026", "Spediteur", "Sendungsnummer", "Folgt"});
  ExpectNoPrices(german);
  EXPECT_NE(PdfText("logistics", path + "?lang=zh").find("送货单"), std::string::npos);
  EXPECT_EQ(Call("logistics", "GET", path + "?lang=fr").status, 422);

  // Hidden and missing look alike; admins read no deliveries.
  EXPECT_EQ(Call("rep_c", "GET", path).status, 404);
  EXPECT_EQ(Call("manager", "GET", path).status, 200);
  EXPECT_EQ(Call("logistics", "GET", "/api/v1/deliveries/987654/pdf").status, 404);
  EXPECT_EQ(Call("admin", "GET", path).status, 403);
}

TEST_P(DeliveryNotesTest, TheReturnNotePdfNamesTheDeliveryReasonAndReturnedQuantity) {
  const PricedOrder order = PricedOrderOf("rep_a");
  const std::int64_t delivery = Shipped(order.id, {Line(order.lines[0], "4")});
  const std::int64_t line = DeliveryLines(delivery).at(0);
  HttpResult ret =
      Call("logistics", "POST", "/api/v1/deliveries/" + std::to_string(delivery) + "/returns",
           R"({"lines":[{"delivery_line_id":)" + std::to_string(line) +
               R"(,"quantity":"2"}],"reason":"Damaged in transit","returned_on":"2026-02-10"})");
  ASSERT_EQ(ret.status, 201) << ret.Describe();
  const std::string number = StringAt(ret.Json(), "number");
  const std::string path =
      "/api/v1/delivery-returns/" + std::to_string(IntAt(ret.Json(), "id")) + "/pdf";
  HttpResult file = Call("rep_a", "GET", path);
  ASSERT_EQ(file.status, 200) << file.Describe();
  EXPECT_EQ(file.Header("content-disposition"), "attachment; filename=\"" + number + ".pdf\"");
  const std::string text = pdf::testing::RenderedPdf(file.body).Text();
  ExpectAll(text, {"Return note", number, "10 Feb 2026", "DN-2026-000001", "Damaged in transit",
                   "Returned", "Item"});
  ExpectNoPrices(text);
  EXPECT_EQ(Call("rep_c", "GET", path).status, 404);
  EXPECT_EQ(Call("admin", "GET", path).status, 403);
}

TEST_P(DeliveryNotesTest, ADraftIsEditedUnderTheOverDeliveryRuleAndAShippedOneNeverChanges) {
  const PricedOrder order = PricedOrderOf("rep_a");
  HttpResult draft = Deliver(order.id, {Line(order.lines[0], "4")});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  // Another draft reserves 5 of line 1: 10 - 5 = 5 left besides this draft's 4.
  ASSERT_EQ(Deliver(order.id, {Line(order.lines[0], "5")}).status, 201);
  EXPECT_EQ(Progress(order.id), (std::vector<std::string>{"10/9/1", "3/0/3"}));

  // 6 of line 1 is more than the 1 open plus this draft's own 4: refused naming the line.
  const std::string line0 = std::to_string(order.lines[0]);
  const std::string line1 = std::to_string(order.lines[1]);
  HttpResult over =
      Edit(id,
           R"({"lines":[{"sales_order_line_id":)" + line1 +
               R"(,"quantity":"1"},{"sales_order_line_id":)" + line0 + R"(,"quantity":"6"}]})",
           ETagOf("deliveries", id));
  EXPECT_EQ(over.status, 422) << over.Describe();
  EXPECT_EQ(StringAt(over.Json(), "field"), "lines[1].quantity");
  EXPECT_EQ(StringAt(over.Json(), "code"), "deliveries.exceeds_open");
  EXPECT_NE(over.body.find("at most 5 pc"), std::string::npos) << over.body;
  // Nothing changed: the draft still reserves its 4.
  EXPECT_EQ(Progress(order.id), (std::vector<std::string>{"10/9/1", "3/0/3"}));

  // 5 of line 1 (its 4 + the 1 open) and 2 of line 2, a new carrier; the day cleared.
  const std::string etag = ETagOf("deliveries", id);
  HttpResult edited = Edit(id,
                           R"({"lines":[{"sales_order_line_id":)" + line0 +
                               R"(,"quantity":"5"},{"sales_order_line_id":)" + line1 +
                               R"(,"quantity":"2"}],"carrier":"UPS","tracking":"1Z999",)"
                               R"("shipped_on":null})",
                           etag);
  ASSERT_EQ(edited.status, 200) << edited.Describe();
  EXPECT_EQ(StringAt(edited.Json(), "carrier"), "UPS");
  EXPECT_EQ(StringAt(edited.Json(), "tracking"), "1Z999");
  EXPECT_TRUE(edited.Json().at("shipped_on").is_null()) << edited.body;
  EXPECT_EQ(Progress(order.id), (std::vector<std::string>{"10/10/0", "3/2/1"}));
  EXPECT_EQ(DeliveryLines(id).size(), 2u);
  // The version read before is stale now.
  EXPECT_EQ(Edit(id, R"({"carrier":"DHL"})", etag).status, 412);
  EXPECT_EQ(Edit(id, R"({"carrier":"DHL"})", ETagOf("deliveries", id), "rep_a").status, 403);
  EXPECT_EQ(Edit(id, R"({"colour":"red"})", ETagOf("deliveries", id)).status, 422);

  // Shipped, it never changes.
  ASSERT_EQ(Ship(id).status, 200);
  HttpResult late = Edit(id, R"({"tracking":"1Z000"})", ETagOf("deliveries", id));
  EXPECT_EQ(late.status, 409) << late.Describe();
  EXPECT_EQ(StringAt(Call("logistics", "GET", "/api/v1/deliveries/" + std::to_string(id)).Json(),
                     "tracking"),
            "1Z999");
}

// Both clients ask for all 10 pc of the same line at the same moment. Without the order's lock a
// PostgreSQL read-committed transaction would not see the other's uncommitted lines and both
// would pass; with it the second waits, then reads the first's 10 and is refused.
TEST_P(DeliveryNotesTest, TwoDeliveriesOfOneLineAtOnceNeverOverDeliver) {
  for (int round = 0; round < 6; ++round) {
    const PricedOrder order = PricedOrderOf("rep_a");
    HttpResult a, b;
    std::thread ta([&] { a = Deliver(order.id, {Line(order.lines[0], "10")}); });
    std::thread tb([&] { b = Deliver(order.id, {Line(order.lines[0], "10")}); });
    ta.join();
    tb.join();
    EXPECT_EQ((std::multiset<int>{a.status, b.status}), (std::multiset<int>{201, 422}))
        << "round " << round << ": " << a.Describe() << " | " << b.Describe();
    const HttpResult& refused = a.status == 422 ? a : b;
    EXPECT_NE(refused.body.find("lines[0].quantity"), std::string::npos) << refused.body;
    EXPECT_EQ(Progress(order.id).at(0), "10/10/0") << "round " << round;
  }
}

SD_INSTANTIATE_API_TEST(DeliveryNotesTest);

}  // namespace
}  // namespace salesdesk::api_test
