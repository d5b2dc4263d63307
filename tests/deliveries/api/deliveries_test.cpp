// Deliveries through the API, on SQLite and PostgreSQL: a partial delivery and its back order,
// over-delivery refused naming the line, invoices of deliveries equal to their lines to the cent
// and adding up to the order, the whole order delivered at once invoiced at the order's totals
// (G4), a return with its credit note, and visibility (hidden and missing answer alike). The
// order (deliveries_api_test.h): 10 pc at 33.333333 (333.33, 19 %) and 3 pc at 19.99 (59.97, 7 %),
// untaxed 393.30, tax 67.53, total 460.83.
#include "deliveries/api/deliveries_api_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class DeliveriesTest : public DeliveriesApiTest {};

TEST_P(DeliveriesTest, PartialDeliveriesInvoiceTheirLinesAndAddUpToTheOrder) {
  const PricedOrder order = PricedOrderOf("rep_a");
  HttpResult draft = Deliver(order.id, {Line(order.lines[0], "4"), Line(order.lines[1], "3")},
                             {{"Idempotency-Key", "dn-1"}});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t first = IntAt(draft.Json(), "id");
  EXPECT_EQ(StringAt(draft.Json(), "status"), "draft");
  EXPECT_EQ(StringAt(draft.Json(), "carrier"), "DHL");
  // The same key answers the same delivery; nothing is reserved twice.
  EXPECT_EQ(IntAt(Deliver(order.id, {Line(order.lines[0], "4"), Line(order.lines[1], "3")},
                          {{"Idempotency-Key", "dn-1"}})
                      .Json(),
                  "id"),
            first);
  EXPECT_EQ(Progress(order.id), (std::vector<std::string>{"10/4/6", "3/3/0"}));

  // 7 of the 6 open: refused naming the line and what is open.
  HttpResult over = Deliver(order.id, {Line(order.lines[0], "7")});
  EXPECT_EQ(over.status, 422) << over.Describe();
  EXPECT_EQ(StringAt(over.Json(), "field"), "lines[0].quantity");
  EXPECT_EQ(StringAt(over.Json(), "code"), "deliveries.exceeds_open");
  EXPECT_NE(over.body.find("at most 6 pc"), std::string::npos) << over.body;
  HttpResult done_line =
      Deliver(order.id, {Line(order.lines[0], "1"), Line(order.lines[1], "0.5")});
  EXPECT_EQ(StringAt(done_line.Json(), "field"), "lines[1].quantity") << done_line.body;
  HttpResult twice = Deliver(order.id, {Line(order.lines[0], "1"), Line(order.lines[0], "1")});
  EXPECT_EQ(StringAt(twice.Json(), "field"), "lines[1].sales_order_line_id") << twice.body;
  HttpResult foreign = Deliver(order.id, {Line(987654, "1")});
  EXPECT_EQ(StringAt(foreign.Json(), "field"), "lines[0].sales_order_line_id") << foreign.body;

  // Not shipped yet: nothing to invoice. Shipping numbers it and makes it final.
  EXPECT_EQ(InvoiceOf(first).status, 422);
  HttpResult shipped = Ship(first);
  ASSERT_EQ(shipped.status, 200) << shipped.Describe();
  EXPECT_EQ(StringAt(shipped.Json(), "number"), "DN-2026-000001");
  EXPECT_EQ(StringAt(shipped.Json(), "shipped_on"), "2026-02-02");
  EXPECT_EQ(Ship(first).status, 409);

  // Invoice of 4 of line 1 and all 3 of line 2: 4 x 33.333333 = 133.333332 -> 133.33; 59.97
  // whole. Tax 133.33 x 19 % = 25.3327 -> 25.33, 59.97 x 7 % = 4.1979 -> 4.20: 193.30 + 29.53 =
  // 222.83.
  HttpResult invoice = InvoiceOf(first, {{"Idempotency-Key", "inv-dn-1"}});
  ASSERT_EQ(invoice.status, 201) << invoice.Describe();
  EXPECT_EQ(StringAt(invoice.Json(), "status"), "draft");
  EXPECT_EQ(IntAt(invoice.Json(), "sales_order_id"), order.id);
  EXPECT_EQ(Amount(invoice.Json(), "untaxed"), "193.30");
  EXPECT_EQ(Amount(invoice.Json(), "tax"), "29.53");
  EXPECT_EQ(Amount(invoice.Json(), "total"), "222.83");
  const std::int64_t invoice_id = IntAt(invoice.Json(), "id");
  EXPECT_EQ(IntAt(InvoiceOf(first, {{"Idempotency-Key", "inv-dn-1"}}).Json(), "id"), invoice_id);
  HttpResult again = InvoiceOf(first);
  EXPECT_EQ(again.status, 409) << again.Describe();
  EXPECT_EQ(StringAt(again.Json(), "code"), "deliveries.invoiced");
  HttpResult lines =
      Call("finance", "GET",
           "/api/v1/invoice-lines?sort=position&invoice_id=" + std::to_string(invoice_id));
  const json::value page = lines.Json();
  ASSERT_EQ(page.at("items").as_array().size(), 2u) << lines.body;
  EXPECT_EQ(Amount(page.at("items").as_array()[0], "net"), "133.33");
  EXPECT_EQ(Amount(page.at("items").as_array()[1], "net"), "59.97");
  HttpResult linked = Call("finance", "GET", "/api/v1/deliveries/" + std::to_string(first));
  EXPECT_EQ(IntAt(linked.Json(), "invoice_id"), invoice_id);

  // The back order: the 6 still open of line 1, for logistics and for the order's rep.
  HttpResult back = Call("rep_a", "GET", "/api/v1/back-orders");
  ASSERT_EQ(back.status, 200) << back.Describe();
  const json::value open = back.Json();
  ASSERT_EQ(open.at("items").as_array().size(), 1u) << back.body;
  EXPECT_EQ(StringAt(open.at("items").as_array()[0], "open"), "6");
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/back-orders").Json().at("items").as_array().size(), 0u);

  // The rest: net(10) - net(4) = 333.33 - 133.33 = 200.00, tax 38.00, total 238.00. The two
  // invoices add up to the order: 193.30 + 200.00 = 393.30, 29.53 + 38.00 = 67.53, 460.83.
  const std::int64_t second = Shipped(order.id, {Line(order.lines[0], "6")});
  HttpResult rest = InvoiceOf(second);
  ASSERT_EQ(rest.status, 201) << rest.Describe();
  EXPECT_EQ(Amount(rest.Json(), "untaxed"), "200.00");
  EXPECT_EQ(Amount(rest.Json(), "tax"), "38.00");
  EXPECT_EQ(Amount(rest.Json(), "total"), "238.00");
  EXPECT_EQ(Progress(order.id), (std::vector<std::string>{"10/10/0", "3/3/0"}));
  EXPECT_EQ(Call("logistics", "GET", "/api/v1/back-orders").Json().at("items").as_array().size(),
            0u);
  // Invoiced by delivery: the order-based invoice is no longer offered.
  HttpResult as_ordered = NewInvoice(order.id, "2026-02-03");
  EXPECT_EQ(as_ordered.status, 409) << as_ordered.Describe();
}

TEST_P(DeliveriesTest, TheWholeOrderInOneDeliveryIsInvoicedAtTheOrdersTotals) {
  const PricedOrder order = PricedOrderOf("rep_a");
  const std::int64_t delivery =
      Shipped(order.id, {Line(order.lines[0], "10"), Line(order.lines[1], "3")});
  HttpResult invoice = InvoiceOf(delivery);
  ASSERT_EQ(invoice.status, 201) << invoice.Describe();
  // Quote -> order -> invoice to the cent (G4): the order's own amounts.
  EXPECT_EQ(Amount(invoice.Json(), "untaxed"), "393.30");
  EXPECT_EQ(Amount(invoice.Json(), "tax"), "67.53");
  EXPECT_EQ(Amount(invoice.Json(), "total"), "460.83");
}

TEST_P(DeliveriesTest, AnOrderInvoicedAsOrderedIsNotInvoicedByDeliveryAndTheAccountDecides) {
  const PricedOrder order = PricedOrderOf("rep_a");
  ASSERT_EQ(NewInvoice(order.id, "2026-02-03").status, 201);
  const std::int64_t delivery = Shipped(order.id, {Line(order.lines[0], "10")});
  HttpResult refused = InvoiceOf(delivery);
  EXPECT_EQ(refused.status, 409) << refused.Describe();
  EXPECT_EQ(StringAt(refused.Json(), "code"), "deliveries.order_invoiced");

  // invoice_basis = delivery: the order-based invoice is refused naming the order.
  const std::int64_t account = AccountOf("rep_a").id;
  HttpResult basis =
      Call("director", "PATCH", "/api/v1/accounts/" + std::to_string(account),
           R"({"invoice_basis":"delivery"})", {{"If-Match", ETagOf("accounts", account)}});
  ASSERT_EQ(basis.status, 200) << basis.Describe();
  const PricedOrder next = PricedOrderOf("rep_a");
  HttpResult by_order = NewInvoice(next.id, "2026-02-03");
  EXPECT_EQ(by_order.status, 422) << by_order.Describe();
  EXPECT_EQ(StringAt(by_order.Json(), "code"), "billing.invoice_basis_delivery");
  EXPECT_EQ(StringAt(by_order.Json(), "field"), "sales_order_id");
}

TEST_P(DeliveriesTest, AReturnOfAnInvoicedDeliveryComesWithItsCreditNote) {
  const PricedOrder order = PricedOrderOf("rep_a");
  const std::int64_t delivery =
      Shipped(order.id, {Line(order.lines[0], "10"), Line(order.lines[1], "3")});
  HttpResult invoice = InvoiceOf(delivery);
  ASSERT_EQ(invoice.status, 201) << invoice.Describe();
  const std::int64_t invoice_id = IntAt(invoice.Json(), "id");
  const std::vector<std::int64_t> lines = DeliveryLines(delivery);
  ASSERT_EQ(lines.size(), 2u);
  auto give_back = [&](const char* quantity, const std::string& key) {
    json::object body{{"lines", json::array{Line(lines[0], quantity, "delivery_line_id")}},
                      {"returned_on", "2026-02-10"},
                      {"reason", "Damaged in transit"}};
    return Call("logistics", "POST", "/api/v1/deliveries/" + std::to_string(delivery) + "/returns",
                json::serialize(body), {{"Idempotency-Key", key}});
  };
  // A draft invoice cannot be credited yet.
  HttpResult early = give_back("2", "rn-0");
  EXPECT_EQ(early.status, 422) << early.Describe();
  EXPECT_EQ(StringAt(early.Json(), "code"), "deliveries.invoice_not_posted");
  ASSERT_EQ(PostInvoice(invoice_id).status, 200);

  // 2 of the 10 at 33.333333: 66.666666 -> 66.67, tax 19 % 12.6673 -> 12.67, total 79.34.
  HttpResult ret = give_back("2", "rn-1");
  ASSERT_EQ(ret.status, 201) << ret.Describe();
  EXPECT_EQ(StringAt(ret.Json(), "number"), "RN-2026-000001");
  const std::int64_t note_id = IntAt(ret.Json(), "credit_note_id");
  EXPECT_EQ(IntAt(give_back("2", "rn-1").Json(), "id"), IntAt(ret.Json(), "id"));
  HttpResult note = Call("finance", "GET", "/api/v1/credit-notes/" + std::to_string(note_id));
  ASSERT_EQ(note.status, 200) << note.Describe();
  EXPECT_EQ(StringAt(note.Json(), "status"), "draft");
  EXPECT_EQ(IntAt(note.Json(), "invoice_id"), invoice_id);
  EXPECT_EQ(Amount(note.Json(), "untaxed"), "66.67");
  EXPECT_EQ(Amount(note.Json(), "tax"), "12.67");
  EXPECT_EQ(Amount(note.Json(), "total"), "79.34");
  EXPECT_EQ(StringAt(note.Json(), "reason"), "Return RN-2026-000001: Damaged in transit");

  // 9 of the 8 left: refused naming the line; the return did not reopen the order line.
  HttpResult over = give_back("9", "rn-2");
  EXPECT_EQ(over.status, 422) << over.Describe();
  EXPECT_EQ(StringAt(over.Json(), "field"), "lines[0].quantity");
  EXPECT_EQ(StringAt(over.Json(), "code"), "deliveries.return_exceeds");
  EXPECT_NE(over.body.find("at most 8 pc"), std::string::npos) << over.body;
  EXPECT_EQ(Progress(order.id), (std::vector<std::string>{"10/10/0", "3/3/0"}));

  // The other 8: net(10) - net(2) = 333.33 - 66.67 = 266.66, tax 50.6654 -> 50.67.
  HttpResult rest = give_back("8", "rn-3");
  ASSERT_EQ(rest.status, 201) << rest.Describe();
  HttpResult rest_note =
      Call("finance", "GET",
           "/api/v1/credit-notes/" + std::to_string(IntAt(rest.Json(), "credit_note_id")));
  EXPECT_EQ(Amount(rest_note.Json(), "untaxed"), "266.66");
}

TEST_P(DeliveriesTest, AReturnBeforeInvoicingLowersTheInvoiceAndNeedsNoCreditNote) {
  const PricedOrder order = PricedOrderOf("rep_a");
  const std::int64_t delivery = Shipped(order.id, {Line(order.lines[0], "10")});
  const std::vector<std::int64_t> lines = DeliveryLines(delivery);
  HttpResult ret = Call(
      "logistics", "POST", "/api/v1/deliveries/" + std::to_string(delivery) + "/returns",
      json::serialize(json::object{{"lines", json::array{Line(lines[0], "1", "delivery_line_id")}},
                                   {"returned_on", "2026-02-05"},
                                   {"reason", "Wrong size"}}));
  ASSERT_EQ(ret.status, 201) << ret.Describe();
  EXPECT_TRUE(ret.Json().at("credit_note_id").is_null()) << ret.body;
  // 9 x 33.333333 = 299.999997 -> 300.00, tax 57.00, total 357.00.
  HttpResult invoice = InvoiceOf(delivery);
  ASSERT_EQ(invoice.status, 201) << invoice.Describe();
  EXPECT_EQ(Amount(invoice.Json(), "untaxed"), "300.00");
  EXPECT_EQ(Amount(invoice.Json(), "tax"), "57.00");
}

TEST_P(DeliveriesTest, ARepSeesTheirCustomersDeliveriesAndNoOneElses) {
  const PricedOrder order = PricedOrderOf("rep_a");
  const std::int64_t delivery = Shipped(order.id, {Line(order.lines[0], "2")});
  const std::string path = "/api/v1/deliveries/" + std::to_string(delivery);
  EXPECT_EQ(Call("rep_a", "GET", path).status, 200);
  EXPECT_EQ(Call("manager", "GET", path).status, 200);  // rep_a's team
  // Another team's rep: the same answer as for a delivery that does not exist.
  HttpResult hidden = Call("rep_c", "GET", path);
  HttpResult missing = Call("rep_c", "GET", "/api/v1/deliveries/987654");
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(StringAt(hidden.Json(), "code"), StringAt(missing.Json(), "code"));
  HttpResult progress = Call(
      "rep_c", "GET", "/api/v1/sales-orders/" + std::to_string(order.id) + "/delivery-progress");
  EXPECT_EQ(progress.status, 404);
  HttpResult list = Call("rep_c", "GET", "/api/v1/deliveries");
  EXPECT_EQ(list.Json().at("items").as_array().size(), 0u) << list.body;
  // Reps read deliveries; they neither deliver nor invoice them.
  EXPECT_EQ(Deliver(order.id, {Line(order.lines[0], "1")}, {}, "rep_a").status, 403);
  EXPECT_EQ(InvoiceOf(delivery, {}, "logistics").status, 403);
  EXPECT_EQ(Call("admin", "GET", "/api/v1/back-orders").status, 403);
}

SD_INSTANTIATE_API_TEST(DeliveriesTest);

}  // namespace
}  // namespace salesdesk::api_test
