// The receivables API scenarios' fixture: confirmed orders stored as the order service stores
// them, invoices created and posted through the routes, payments, rates and instalments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "api/api_test_server.h"
#include "app/records/entity_spec.h"

namespace salesdesk::api_test {

class ReceivablesApiTest : public ApiTest {
 protected:
  // A confirmed order of `total` (minor units, tax 19 % inside) for an owner's account, stored
  // as the order service would store it, with two lines.
  std::int64_t Order(const std::string& owner, std::int64_t total, const std::string& currency,
                     std::int64_t days, const std::string& status = "confirmed") {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    const std::int64_t tax = total * 19 / 119;
    app::Record order{{"number", "SO-T-" + std::to_string(++orders_)},
                      {"account_id", AccountOf(owner).id},
                      {"currency", currency},
                      {"status", status},
                      {"ordered_on", std::string("2026-01-02")},
                      {"payment_terms_days", days},
                      {"untaxed", app::MoneyValue{total - tax, currency}},
                      {"tax", app::MoneyValue{tax, currency}},
                      {"total", app::MoneyValue{total, currency}},
                      {"owner_id", UserId(owner)}};
    auto inserted = (*uow)->Insert(Spec("sales-orders"), order, 1);
    EXPECT_TRUE(inserted.ok());
    const std::int64_t id = app::RecordId(*inserted);
    for (std::int64_t pos : {1, 2}) {
      app::Record line{
          {"sales_order_id", id},
          {"position", pos},
          {"product_id", product_id()},
          {"quantity", std::int64_t{1000 * pos}},
          {"unit", std::string("pc")},
          {"unit_price", std::int64_t{12'345'678 * pos}},
          {"tax_rate_pct", std::int64_t{190'000}},
          {"net", app::MoneyValue{pos == 1 ? (total - tax) / 3 : (total - tax) - (total - tax) / 3,
                                  currency}}};
      EXPECT_TRUE((*uow)->Insert(Spec("sales-order-lines"), line, 1).ok());
    }
    EXPECT_TRUE((*uow)->Commit().ok());
    return id;
  }
  HttpResult NewInvoice(std::int64_t order_id, const std::string& date,
                        std::optional<std::int64_t> term = std::nullopt,
                        const std::string& user = "finance", Headers headers = {}) {
    boost::json::object body{{"sales_order_id", order_id}, {"invoice_date", date}};
    if (term) body["payment_term_id"] = *term;
    return Call(user, "POST", "/api/v1/invoices", boost::json::serialize(body), std::move(headers));
  }
  HttpResult PostInvoice(std::int64_t id, const std::string& user = "finance") {
    return Call(user, "POST", "/api/v1/invoices/" + std::to_string(id) + "/post", "",
                {{"If-Match", ETagOf("invoices", id)}});
  }
  // Creates and posts; returns the posted invoice.
  boost::json::value Posted(std::int64_t order_id, const std::string& date,
                            std::optional<std::int64_t> term = std::nullopt) {
    HttpResult draft = NewInvoice(order_id, date, term);
    EXPECT_EQ(draft.status, 201) << draft.Describe();
    HttpResult posted = PostInvoice(IntAt(draft.Json(), "id"));
    EXPECT_EQ(posted.status, 200) << posted.Describe();
    return posted.Json();
  }
  HttpResult Pay(std::int64_t account, const std::string& amount, const std::string& currency,
                 const std::string& on, std::optional<std::int64_t> invoice = std::nullopt) {
    boost::json::object body{{"account_id", account},
                             {"amount", {{"amount", amount}, {"currency", currency}}},
                             {"paid_on", on}};
    if (invoice) body["invoice_id"] = *invoice;
    return Call("finance", "POST", "/api/v1/payments", boost::json::serialize(body));
  }
  void Rate(const std::string& from, const std::string& rate, const std::string& on) {
    ASSERT_GT(
        SysCreate(
            "exchange-rates",
            {{"from_currency", from}, {"to_currency", "EUR"}, {"rate", rate}, {"valid_on", on}}),
        0);
  }
  static std::string Amount(const boost::json::value& v, std::string_view field) {
    return StringAt(v.at(field), "amount");
  }
  // The instalments of an invoice as "due amount" lines, in position order.
  std::vector<std::string> Instalments(std::int64_t invoice_id) {
    HttpResult r = Call(
        "finance", "GET",
        "/api/v1/invoice-instalments?invoice_id=" + std::to_string(invoice_id) + "&sort=position");
    std::vector<std::string> out;
    const boost::json::value page = r.Json();
    for (const auto& i : page.at("items").as_array()) {
      out.push_back(StringAt(i, "due_on") + " " + Amount(i, "amount"));
    }
    return out;
  }
  int orders_ = 0;
};

}  // namespace salesdesk::api_test
