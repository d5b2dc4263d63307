// The deliveries scenarios' fixture: a confirmed order priced as the order service prices one
// (each line net rounded once from quantity x locked unit price, one tax rounding per rate), and
// the delivery routes.
#pragma once

#include <string>
#include <vector>

#include "billing/api/receivables_api_test.h"

namespace salesdesk::api_test {

class DeliveriesApiTest : public ReceivablesApiTest {
 protected:
  struct OrderLine {
    std::int64_t id = 0;
  };
  struct PricedOrder {
    std::int64_t id = 0;
    std::vector<std::int64_t> lines;
  };
  // rep's account, EUR: 10 pc at 33.333333 (net 333.33) at 19 % and 3 pc at 19.99 (59.97) at
  // 7 %. Tax 333.33 x 19 % = 63.3327 -> 63.33, 59.97 x 7 % = 4.1979 -> 4.20: untaxed 393.30,
  // tax 67.53, total 460.83.
  PricedOrder PricedOrderOf(const std::string& owner) {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    app::Record order{{"number", "SO-D-" + std::to_string(++orders_)},
                      {"account_id", AccountOf(owner).id},
                      {"currency", std::string("EUR")},
                      {"status", std::string("confirmed")},
                      {"ordered_on", std::string("2026-01-0") + std::to_string(orders_ % 9 + 1)},
                      {"payment_terms_days", std::int64_t{30}},
                      {"untaxed", app::MoneyValue{39330, "EUR"}},
                      {"tax", app::MoneyValue{6753, "EUR"}},
                      {"total", app::MoneyValue{46083, "EUR"}},
                      {"owner_id", UserId(owner)}};
    auto inserted = (*uow)->Insert(Spec("sales-orders"), order, 1);
    EXPECT_TRUE(inserted.ok());
    PricedOrder out{app::RecordId(*inserted), {}};
    const struct {
      std::int64_t qty, price, tax, net;
    } lines[] = {{10'000, 33'333'333, 190'000, 33333}, {3'000, 19'990'000, 70'000, 5997}};
    std::int64_t position = 0;
    for (const auto& l : lines) {
      app::Record line{{"sales_order_id", out.id},
                       {"position", ++position},
                       {"product_id", product_id()},
                       {"description", std::string("Item")},
                       {"quantity", l.qty},
                       {"unit", std::string("pc")},
                       {"unit_price", l.price},
                       {"tax_rate_pct", l.tax},
                       {"net", app::MoneyValue{l.net, "EUR"}}};
      auto added = (*uow)->Insert(Spec("sales-order-lines"), line, 1);
      EXPECT_TRUE(added.ok());
      out.lines.push_back(app::RecordId(*added));
    }
    EXPECT_TRUE((*uow)->Commit().ok());
    return out;
  }

  HttpResult Deliver(std::int64_t order, boost::json::array lines, Headers headers = {},
                     const std::string& user = "logistics") {
    boost::json::object body{{"lines", std::move(lines)},
                             {"shipped_on", "2026-02-02"},
                             {"carrier", "DHL"},
                             {"tracking", "JD0146"}};
    return Call(user, "POST", "/api/v1/sales-orders/" + std::to_string(order) + "/deliveries",
                boost::json::serialize(body), std::move(headers));
  }
  static boost::json::object Line(std::int64_t id, const char* quantity,
                                  const char* key = "sales_order_line_id") {
    return {{key, id}, {"quantity", quantity}};
  }
  HttpResult Ship(std::int64_t delivery) {
    return Call("logistics", "POST", "/api/v1/deliveries/" + std::to_string(delivery) + "/ship", "",
                {{"If-Match", ETagOf("deliveries", delivery)}});
  }
  // Delivers, ships; returns the shipped delivery's id.
  std::int64_t Shipped(std::int64_t order, boost::json::array lines) {
    HttpResult d = Deliver(order, std::move(lines));
    EXPECT_EQ(d.status, 201) << d.Describe();
    HttpResult s = Ship(IntAt(d.Json(), "id"));
    EXPECT_EQ(s.status, 200) << s.Describe();
    return IntAt(d.Json(), "id");
  }
  HttpResult InvoiceOf(std::int64_t delivery, Headers headers = {},
                       const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/deliveries/" + std::to_string(delivery) + "/invoice",
                R"({"invoice_date":"2026-02-03"})", std::move(headers));
  }
  // "ordered/delivered/open" per line of the order.
  std::vector<std::string> Progress(std::int64_t order, const std::string& user = "logistics") {
    HttpResult r =
        Call(user, "GET", "/api/v1/sales-orders/" + std::to_string(order) + "/delivery-progress");
    EXPECT_EQ(r.status, 200) << r.Describe();
    std::vector<std::string> out;
    const boost::json::value body = r.Json();
    for (const auto& l : body.at("lines").as_array()) {
      out.push_back(StringAt(l, "ordered") + "/" + StringAt(l, "delivered") + "/" +
                    StringAt(l, "open"));
    }
    return out;
  }
  std::vector<std::int64_t> DeliveryLines(std::int64_t delivery) {
    HttpResult r =
        Call("logistics", "GET",
             "/api/v1/delivery-lines?sort=position&delivery_id=" + std::to_string(delivery));
    std::vector<std::int64_t> out;
    const boost::json::value page = r.Json();
    for (const auto& l : page.at("items").as_array()) out.push_back(IntAt(l, "id"));
    return out;
  }
};

}  // namespace salesdesk::api_test
