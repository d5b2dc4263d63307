// Commission statements through the API on both engines, with hand-computed figures: a tiered
// plan computed from posted invoices with its drill-down to the invoice lines, approval by the
// manager and then finance (If-Match, roles, nobody their own), a rep who cannot read another's
// statement (the same 404 as a missing one), earning on payment across two months, and plans
// whose components are checked like fields, a margin plan on the invoice lines' cost snapshot, and
// an order split between two reps whose invoice is partly credited (clawback, C-R2 / C-R8).
#include <algorithm>

#include "api/api_test_server.h"
#include "app/records/entity_spec.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;

class CommissionsTest : public ApiTest {
 protected:
  // A confirmed order of `total` (tax 19 % inside) for the owner's account, lines of net/3 and
  // the rest, invoiced and posted on `date` by finance. Returns the invoice's id.
  std::int64_t Invoiced(const std::string& owner, std::int64_t total, const std::string& date) {
    const std::int64_t tax = total * 19 / 119, net = total - tax;
    return InvoicedLines(owner, date,
                         {{product_id(), 1000, net / 3}, {product_id(), 1000, net - net / 3}});
  }
  struct OrderLine {
    std::int64_t product = 0;
    std::int64_t quantity_milli = 0;
    std::int64_t net = 0;
  };
  // A confirmed order of these lines (19 % tax on top), invoiced and posted on `date` by finance:
  // the invoice lines snapshot their products' unit costs. Returns the invoice's id.
  std::int64_t InvoicedLines(const std::string& owner, const std::string& date,
                             const std::vector<OrderLine>& lines) {
    return InvoiceOrder(ConfirmedOrder(owner, lines), date);
  }
  // A confirmed order of these lines (19 % tax on top) owned by `owner`. Returns its id.
  std::int64_t ConfirmedOrder(const std::string& owner, const std::vector<OrderLine>& lines) {
    std::int64_t order_id = 0;
    {
      auto uow = api().store().Write();
      EXPECT_TRUE(uow.ok());
      std::int64_t net = 0;
      for (const auto& l : lines) net += l.net;
      const std::int64_t tax = net * 19 / 100;
      Record order{{"number", "SO-C-" + std::to_string(++orders_)},
                   {"account_id", AccountOf(owner).id},
                   {"currency", std::string("EUR")},
                   {"status", std::string("confirmed")},
                   {"ordered_on", std::string("2026-01-02")},
                   {"payment_terms_days", std::int64_t{30}},
                   {"untaxed", MoneyValue{net, "EUR"}},
                   {"tax", MoneyValue{tax, "EUR"}},
                   {"total", MoneyValue{net + tax, "EUR"}},
                   {"owner_id", UserId(owner)}};
      auto inserted = (*uow)->Insert(Spec("sales-orders"), order, 1);
      EXPECT_TRUE(inserted.ok());
      order_id = app::RecordId(*inserted);
      std::int64_t pos = 0;
      for (const auto& l : lines) {
        Record line{{"sales_order_id", order_id},
                    {"position", ++pos},
                    {"product_id", l.product},
                    {"quantity", l.quantity_milli},
                    {"unit", std::string("pc")},
                    {"unit_price", l.net * 1'000'000'000 / 100 / l.quantity_milli},
                    {"tax_rate_pct", std::int64_t{190'000}},
                    {"net", MoneyValue{l.net, "EUR"}}};
        EXPECT_TRUE((*uow)->Insert(Spec("sales-order-lines"), line, 1).ok());
      }
      EXPECT_TRUE((*uow)->Commit().ok());
    }
    return order_id;
  }
  // The order invoiced and posted on `date` by finance. Returns the invoice's id.
  std::int64_t InvoiceOrder(std::int64_t order_id, const std::string& date) {
    HttpResult draft =
        Call("finance", "POST", "/api/v1/invoices",
             json::serialize(json::object{{"sales_order_id", order_id}, {"invoice_date", date}}));
    EXPECT_EQ(draft.status, 201) << draft.Describe();
    const std::int64_t id = IntAt(draft.Json(), "id");
    HttpResult posted = Call("finance", "POST", "/api/v1/invoices/" + std::to_string(id) + "/post",
                             "", {{"If-Match", ETagOf("invoices", id)}});
    EXPECT_EQ(posted.status, 200) << posted.Describe();
    return id;
  }
  std::int64_t Plan(const json::array& components) {
    HttpResult plan =
        Call("finance", "POST", "/api/v1/commission-plans",
             json::serialize(json::object{{"name", "Plan " + std::to_string(++plans_)},
                                          {"currency", "EUR"},
                                          {"components", components}}));
    EXPECT_EQ(plan.status, 201) << plan.Describe();
    return IntAt(plan.Json(), "id");
  }
  void Assign(const std::string& rep, std::int64_t plan) {
    HttpResult a =
        Call("finance", "POST", "/api/v1/commission-assignments",
             json::serialize(json::object{
                 {"user_id", UserId(rep)}, {"plan_id", plan}, {"valid_from", "2026-01-01"}}));
    ASSERT_EQ(a.status, 201) << a.Describe();
  }
  HttpResult Compute(const std::string& caller, const std::string& rep, const std::string& period,
                     Headers headers = {}) {
    return Call(caller, "POST", "/api/v1/commission-statements",
                json::serialize(json::object{{"user_id", UserId(rep)}, {"period", period}}),
                std::move(headers));
  }
  HttpResult Approve(const std::string& caller, std::int64_t id) {
    return Call(caller, "POST", "/api/v1/commission-statements/" + std::to_string(id) + "/approve",
                "", {{"If-Match", ETagOf("commission-statements", id)}});
  }
  // The statement's lines as "invoice_line amount uplift event earned_on", in position order.
  std::vector<std::string> Lines(const std::string& caller, std::int64_t statement) {
    HttpResult r =
        Call(caller, "GET",
             "/api/v1/commission-statement-lines?statement_id=" + std::to_string(statement) +
                 "&sort=position");
    std::vector<std::string> out;
    const json::value page = r.Json();
    for (const auto& l : page.at("items").as_array()) {
      out.push_back(std::to_string(IntAt(l, "invoice_line_id")) + " " +
                    StringAt(l.at("amount"), "amount") + " " + StringAt(l.at("uplift"), "amount") +
                    " " + StringAt(l, "event") + " " + StringAt(l, "earned_on"));
    }
    return out;
  }
  // A credit note of `net` on one invoice line, dated `date`, made and posted by finance.
  void PostCreditNote(std::int64_t invoice, std::int64_t line, const char* net, const char* date) {
    HttpResult cn =
        Call("finance", "POST", "/api/v1/invoices/" + std::to_string(invoice) + "/credit-notes",
             json::serialize(
                 json::object{{"credit_date", date},
                              {"reason", "Returned goods"},
                              {"lines", json::array{{{"invoice_line_id", line}, {"net", net}}}}}));
    ASSERT_EQ(cn.status, 201) << cn.Describe();
    const std::int64_t id = IntAt(cn.Json(), "id");
    ASSERT_EQ(Call("finance", "POST", "/api/v1/credit-notes/" + std::to_string(id) + "/post", "",
                   {{"If-Match", ETagOf("credit-notes", id)}})
                  .status,
              200);
  }
  std::vector<std::int64_t> InvoiceLineIds(std::int64_t invoice) {
    HttpResult r =
        Call("finance", "GET",
             "/api/v1/invoice-lines?invoice_id=" + std::to_string(invoice) + "&sort=position");
    std::vector<std::int64_t> out;
    const json::value page = r.Json();
    for (const auto& l : page.at("items").as_array()) out.push_back(IntAt(l, "id"));
    return out;
  }
  static std::string Amount(const json::value& v, std::string_view field) {
    return StringAt(v.at(field), "amount");
  }
  int orders_ = 0, plans_ = 0;
};

json::object Tiered(const char* name, const char* structure, const char* trigger) {
  return {
      {"name", name},
      {"base", "net"},
      {"structure", structure},
      {"on", "amount"},
      {"period", "month"},
      {"trigger", trigger},
      {"tiers", json::array{{{"from", "0"}, {"rate", "2"}}, {{"from", "1000.00"}, {"rate", "4"}}}}};
}

TEST_P(CommissionsTest, ATieredStatementDrillsDownToInvoiceLinesAndIsApprovedTwice) {
  Assign("rep_a", Plan(json::array{Tiered("Revenue", "marginal", "invoice")}));
  // 1,190.00 gross = 1,000.00 net (lines 333.33 + 666.67) on 5 Mar; 714.00 gross = 600.00 net
  // (200.00 + 400.00) on 20 Mar; one in April that March does not count.
  const std::int64_t first = Invoiced("rep_a", 119'000, "2026-03-05");
  const std::int64_t second = Invoiced("rep_a", 71'400, "2026-03-20");
  Invoiced("rep_a", 119'000, "2026-04-02");
  HttpResult draft = Compute("manager", "rep_a", "2026-03", {{"Idempotency-Key", "st-1"}});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  EXPECT_EQ(StringAt(draft.Json(), "status"), "draft");
  // Marginal 2 % to 1,000.00, 4 % above, on the month's cumulative base: C(1,000.00) = 20.00
  // (reaching the threshold, the 4 % band has no width yet); C(1,600.00) = 20.00 + 4 % × 600.00
  // = 44.00, so the second invoice earns 24.00. Total 44.00, nothing carried in.
  EXPECT_EQ(Amount(draft.Json(), "lines_total"), "44.00");
  EXPECT_EQ(Amount(draft.Json(), "carried_in"), "0.00");
  EXPECT_EQ(Amount(draft.Json(), "payable"), "44.00");
  // Drill-down by Allocate: 20.00 over 333.33 / 666.67 → quotas 6.6666, 13.3334 → 6.67, 13.33;
  // 24.00 over 200.00 / 400.00 → 8.00, 16.00.
  const auto a = InvoiceLineIds(first), b = InvoiceLineIds(second);
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(b.size(), 2u);
  auto s = [](std::int64_t line, const char* amount, const char* on) {
    return std::to_string(line) + " " + amount + " 0.00 invoice " + on;
  };
  EXPECT_EQ(
      Lines("rep_a", id),
      (std::vector<std::string>{s(a[0], "6.67", "2026-03-05"), s(a[1], "13.33", "2026-03-05"),
                                s(b[0], "8.00", "2026-03-20"), s(b[1], "16.00", "2026-03-20")}));
  // A retry with the key answers the same statement.
  HttpResult again = Compute("manager", "rep_a", "2026-03", {{"Idempotency-Key", "st-1"}});
  EXPECT_EQ(IntAt(again.Json(), "id"), id) << again.Describe();

  // Approval: the manager first (finance cannot jump the queue), then finance.
  HttpResult early = Approve("finance", id);
  EXPECT_EQ(early.status, 403) << early.Describe();
  EXPECT_EQ(StringAt(early.Json(), "code"), "commissions.approval_role");
  EXPECT_EQ(Approve("rep_a", id).status, 403);
  HttpResult stale =
      Call("manager", "POST", "/api/v1/commission-statements/" + std::to_string(id) + "/approve",
           "", {{"If-Match", "\"0\""}});
  EXPECT_EQ(stale.status, 412) << stale.Describe();
  HttpResult by_manager = Approve("manager", id);
  ASSERT_EQ(by_manager.status, 200) << by_manager.Describe();
  EXPECT_EQ(StringAt(by_manager.Json(), "status"), "manager_approved");
  EXPECT_EQ(IntAt(by_manager.Json(), "manager_approved_by"), UserId("manager"));
  EXPECT_EQ(Approve("manager", id).status, 403);  // now it waits for finance
  HttpResult by_finance = Approve("finance", id);
  ASSERT_EQ(by_finance.status, 200) << by_finance.Describe();
  EXPECT_EQ(StringAt(by_finance.Json(), "status"), "approved");
  EXPECT_EQ(Approve("finance", id).status, 409);
  // Payroll reads the approved statements of the month through the list's export, one row per
  // rep with what is payable; the rep's own export holds only their own.
  HttpResult payroll = Call("finance", "GET",
                            "/api/v1/commission-statements/export?format=csv&period=2026-03&"
                            "status=approved");
  ASSERT_EQ(payroll.status, 200) << payroll.Describe();
  EXPECT_EQ(payroll.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(payroll.body.find("payable_amount"), std::string::npos) << payroll.body;
  EXPECT_NE(payroll.body.find("44.00"), std::string::npos) << payroll.body;
  EXPECT_EQ(std::count(payroll.body.begin(), payroll.body.end(), '\n'), 2) << payroll.body;
  HttpResult xlsx = Call("finance", "GET", "/api/v1/commission-statements/export?format=xlsx");
  EXPECT_EQ(xlsx.status, 200) << xlsx.Describe();
  HttpResult other = Call("rep_b", "GET", "/api/v1/commission-statements/export?format=csv");
  EXPECT_EQ(other.body.find("44.00"), std::string::npos) << other.body;
  // Closed: computing March again is refused; April opens its own statement.
  HttpResult closed = Compute("finance", "rep_a", "2026-03");
  EXPECT_EQ(closed.status, 409) << closed.Describe();
  EXPECT_EQ(StringAt(closed.Json(), "code"), "commissions.statement_approved");
  HttpResult april = Compute("finance", "rep_a", "2026-04");
  ASSERT_EQ(april.status, 201) << april.Describe();
  EXPECT_EQ(Amount(april.Json(), "lines_total"), "20.00");  // 2 % of 1,000.00
}

TEST_P(CommissionsTest, AStatementIsSeenByItsRepTheirManagersFinanceAndTheDirectorOnly) {
  Assign("rep_a", Plan(json::array{Tiered("Revenue", "slab", "invoice")}));
  Invoiced("rep_a", 119'000, "2026-03-05");
  HttpResult draft = Compute("finance", "rep_a", "2026-03");
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  // Slab at exactly 1,000.00: the 4 % tier the threshold starts → 40.00.
  EXPECT_EQ(Amount(draft.Json(), "lines_total"), "40.00");
  const std::string path =
      "/api/v1/commission-statements/" + std::to_string(IntAt(draft.Json(), "id"));
  for (const char* user : {"rep_a", "manager", "senior", "finance", "director"}) {
    EXPECT_EQ(Call(user, "GET", path).status, 200) << user;
  }
  // Another rep, and the manager of another team, get what a missing statement gives.
  for (const char* user : {"rep_b", "rep_c", "manager2"}) {
    HttpResult other = Call(user, "GET", path);
    HttpResult missing = Call(user, "GET", "/api/v1/commission-statements/987654");
    EXPECT_EQ(other.status, 404) << user << ": " << other.Describe();
    EXPECT_EQ(other.status, missing.status) << user;
    EXPECT_EQ(IntAt(Call(user, "GET", "/api/v1/commission-statements").Json(), "total"), 0) << user;
  }
  for (const char* user : {"admin", "logistics"}) EXPECT_EQ(Call(user, "GET", path).status, 403);
  // A rep computes nothing; a manager only for their team.
  EXPECT_EQ(Compute("rep_a", "rep_a", "2026-03").status, 403);
  HttpResult foreign = Compute("manager2", "rep_a", "2026-03");
  EXPECT_EQ(foreign.status, 422) << foreign.Describe();
  EXPECT_EQ(StringAt(foreign.Json(), "field"), "user_id");
  // Nobody approves their own: the director's statement, were there one, is theirs; a rep
  // without a plan gets a problem that says how to fix it.
  HttpResult no_plan = Compute("finance", "rep_b", "2026-03");
  EXPECT_EQ(no_plan.status, 422) << no_plan.Describe();
  EXPECT_EQ(StringAt(no_plan.Json(), "code"), "commissions.no_plan");
  HttpResult bad_period = Compute("finance", "rep_a", "2026-13");
  EXPECT_EQ(bad_period.status, 422);
  EXPECT_EQ(StringAt(bad_period.Json(), "field"), "period");
}

TEST_P(CommissionsTest, AWriteOffClawsBackOnInvoiceAndItsRemainderNeverEarnsOnPayment) {
  json::object on_invoice{{"name", "Flat"},    {"base", "net"},        {"structure", "flat"},
                          {"period", "month"}, {"trigger", "invoice"}, {"rate", "10"}};
  json::object on_payment{{"name", "Collected"}, {"base", "net"},        {"structure", "flat"},
                          {"period", "month"},   {"trigger", "payment"}, {"rate", "10"}};
  Assign("rep_a", Plan(json::array{on_invoice, on_payment}));
  // 1,000.00 net (333.33 / 666.67), 1,190.00 gross, 5 Mar; 952.00 (80 %) paid 20 Mar. March:
  // Flat 100.00 (33.33 / 66.67); Collected round(100.00 × 952.00 ÷ 1,190.00) = 80.00, over the
  // lines Allocate gives 26.67 / 53.33. 180.00, approved by the manager and finance.
  const std::int64_t invoice = Invoiced("rep_a", 119'000, "2026-03-05");
  HttpResult paid =
      Call("finance", "POST", "/api/v1/payments",
           json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                        {"amount", {{"amount", "952.00"}, {"currency", "EUR"}}},
                                        {"paid_on", "2026-03-20"},
                                        {"invoice_id", invoice}}));
  ASSERT_EQ(paid.status, 201) << paid.Describe();
  HttpResult march = Compute("manager", "rep_a", "2026-03");
  ASSERT_EQ(Amount(march.Json(), "lines_total"), "180.00") << march.Describe();
  const std::int64_t march_id = IntAt(march.Json(), "id");
  ASSERT_EQ(Approve("manager", march_id).status, 200);
  ASSERT_EQ(Approve("finance", march_id).status, 200);
  // The last 238.00 written off on 10 April: Flat claws back −round(100.00 × 238.00 ÷
  // 1,190.00) = −20.00 (−6.67 / −13.33), naming the write-off; Collected earns nothing, now or
  // ever (the 20.00 left of it is never settled). April: −20.00, carried forward.
  HttpResult wo =
      Call("finance", "POST", "/api/v1/invoices/" + std::to_string(invoice) + "/write-off",
           R"({"amount":"238.00","reason":"Customer insolvent","written_off_on":"2026-04-10"})",
           {{"If-Match", ETagOf("invoices", invoice)}});
  ASSERT_EQ(wo.status, 201) << wo.Describe();
  HttpResult april = Compute("manager", "rep_a", "2026-04");
  ASSERT_EQ(april.status, 201) << april.Describe();
  EXPECT_EQ(Amount(april.Json(), "lines_total"), "-20.00");
  EXPECT_EQ(Amount(april.Json(), "payable"), "0.00");
  EXPECT_EQ(Amount(april.Json(), "carried_out"), "-20.00");
  const auto ids = InvoiceLineIds(invoice);
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(
      Lines("finance", IntAt(april.Json(), "id")),
      (std::vector<std::string>{std::to_string(ids[0]) + " -6.67 0.00 write_off 2026-04-10",
                                std::to_string(ids[1]) + " -13.33 0.00 write_off 2026-04-10"}));
  HttpResult source = Call("rep_a", "GET",
                           "/api/v1/commission-statement-lines?statement_id=" +
                               std::to_string(IntAt(april.Json(), "id")));
  EXPECT_NE(
      source.body.find("\"source\":\"write-off " + std::to_string(IntAt(wo.Json(), "id")) + "\""),
      std::string::npos)
      << source.body;
}

TEST_P(CommissionsTest, OnPaymentEarnsEachPaymentsShareAcrossMonths) {
  json::object flat{{"name", "Collected"}, {"base", "net"},        {"structure", "flat"},
                    {"period", "month"},   {"trigger", "payment"}, {"rate", "5"}};
  Assign("rep_a", Plan(json::array{flat}));
  // 5 % of 1,000.00 net = 50.00 on an invoice of 1,190.00 gross, paid 400.00 on 10 Apr, then
  // 400.00 and 390.00 in May: April earns round(5,000 × 40,000 / 119,000) = round(1,680.67) =
  // 16.81; May round(5,000 × 80,000 / 119,000) = 33.61 → +16.80, then the rest 50.00 → +16.39.
  const std::int64_t invoice = Invoiced("rep_a", 119'000, "2026-03-30");
  const std::int64_t account = AccountOf("rep_a").id;
  for (const auto& [amount, on] : std::vector<std::pair<const char*, const char*>>{
           {"400.00", "2026-04-10"}, {"400.00", "2026-05-05"}, {"390.00", "2026-05-20"}}) {
    HttpResult paid =
        Call("finance", "POST", "/api/v1/payments",
             json::serialize(json::object{{"account_id", account},
                                          {"amount", {{"amount", amount}, {"currency", "EUR"}}},
                                          {"paid_on", on},
                                          {"invoice_id", invoice}}));
    ASSERT_EQ(paid.status, 201) << paid.Describe();
  }
  HttpResult march = Compute("finance", "rep_a", "2026-03");
  EXPECT_EQ(Amount(march.Json(), "lines_total"), "0.00") << march.Describe();  // invoiced, unpaid
  HttpResult april = Compute("finance", "rep_a", "2026-04");
  EXPECT_EQ(Amount(april.Json(), "lines_total"), "16.81") << april.Describe();
  HttpResult may = Compute("finance", "rep_a", "2026-05");
  EXPECT_EQ(Amount(may.Json(), "lines_total"), "33.19") << may.Describe();
  // 16.80 + 16.39 over lines of 333.33 / 666.67: 16.80 → 5.60, 11.20; 16.39 → quotas 5.4633,
  // 10.9267 → 5.46, 10.93.
  const auto lines = Lines("finance", IntAt(may.Json(), "id"));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_NE(lines[0].find(" 5.60 0.00 payment 2026-05-05"), std::string::npos) << lines[0];
  EXPECT_NE(lines[3].find(" 10.93 0.00 payment 2026-05-20"), std::string::npos) << lines[3];
}

TEST_P(CommissionsTest, PlanComponentsAreCheckedLikeFields) {
  auto create = [&](json::object component) {
    return Call(
        "finance", "POST", "/api/v1/commission-plans",
        json::serialize(json::object{
            {"name", "Checked"}, {"currency", "EUR"}, {"components", json::array{component}}}));
  };
  json::object margin = Tiered("Margin", "marginal", "invoice");
  margin["base"] = "gross";
  HttpResult refused = create(margin);
  EXPECT_EQ(refused.status, 422) << refused.Describe();
  EXPECT_EQ(StringAt(refused.Json(), "field"), "components/0/base");
  margin["base"] = "margin";
  EXPECT_EQ(create(margin).status, 201);
  json::object unordered = Tiered("Revenue", "slab", "invoice");
  unordered["tiers"] = json::array{{{"from", "0"}, {"rate", "2"}}, {{"from", "0"}, {"rate", "4"}}};
  HttpResult order = create(unordered);
  EXPECT_EQ(order.status, 422);
  EXPECT_EQ(StringAt(order.Json(), "field"), "components/0/tiers/1/from");
  json::object typo = Tiered("Revenue", "marginal", "invoice");
  typo["trigger"] = "paid";
  EXPECT_EQ(StringAt(create(typo).Json(), "field"), "components/0/trigger");
  HttpResult fine = create(Tiered("Revenue", "marginal", "payment"));
  EXPECT_EQ(fine.status, 201) << fine.Describe();
  HttpResult by_rep = Call("rep_a", "POST", "/api/v1/commission-plans",
                           json::serialize(json::object{
                               {"name", "Mine"},
                               {"currency", "EUR"},
                               {"components", json::array{Tiered("Revenue", "slab", "invoice")}}}));
  EXPECT_EQ(by_rep.status, 403) << by_rep.Describe();
}

}  // namespace

TEST_P(CommissionsTest, AMarginPlanNetsALossMakingLineFloorsANegativeMonthAndHidesCost) {
  const auto product = [&](const char* sku, const char* cost) {
    json::object p{{"sku", sku}, {"name", sku}, {"category_id", Seeded("category")}};
    if (cost != nullptr) p["cost"] = json::object{{"amount", cost}, {"currency", "EUR"}};
    return SysCreate("products", p);
  };
  const std::int64_t kit = product("KIT", "60.00"), hours = product("HRS", "33.33");
  Assign("rep_a", Plan(json::array{json::object{{"name", "Margin"},
                                                {"base", "margin"},
                                                {"structure", "flat"},
                                                {"period", "month"},
                                                {"trigger", "invoice"},
                                                {"rate", "10"}}}));
  // May, 10 % of the month's margin on its cumulative base:
  //   A (4 May): 4 kits net 1,000.00 − 4 × 60.00 = +760.00; 2.5 h net 50.00 − 2.5 × 33.33
  //     (83.325 → 83.33, rounded once for the line) = −33.33 (a loss-making line); A = 726.67.
  //   B (18 May): 1 kit 100.00 − 60.00 = +40.00; 2 kits 300.00 − 120.00 = +180.00; B = 220.00.
  //   Cumulative 726.67 → C = 72.667 → 72.67; 946.67 → 94.667 → 94.67, so B = 94.67 − 72.67
  //   = 22.00. The month pays 94.67 (on net it would be 145.00; floored per line as OCA, 98.00).
  const std::int64_t a =
      InvoicedLines("rep_a", "2026-05-04", {{kit, 4000, 100'000}, {hours, 2500, 5'000}});
  const std::int64_t b =
      InvoicedLines("rep_a", "2026-05-18", {{kit, 1000, 10'000}, {kit, 2000, 30'000}});
  HttpResult may = Compute("manager", "rep_a", "2026-05");
  ASSERT_EQ(may.status, 201) << may.Describe();
  EXPECT_EQ(Amount(may.Json(), "lines_total"), "94.67");
  // Drill-down by the lines' net (never their margin: that would reveal cost): A's 72.67 over
  // 1,000.00 / 50.00 → quotas 69.2095, 3.4605 → 69.20 + 3.46 = 72.66, the cent to the larger
  // remainder → 69.21, 3.46; B's 22.00 over 100.00 / 300.00 → 5.50, 16.50.
  const auto la = InvoiceLineIds(a), lb = InvoiceLineIds(b);
  ASSERT_EQ(la.size(), 2u);
  ASSERT_EQ(lb.size(), 2u);
  auto s = [](std::int64_t line, const char* amount, const char* on) {
    return std::to_string(line) + " " + amount + " 0.00 invoice " + on;
  };
  const std::int64_t id = IntAt(may.Json(), "id");
  EXPECT_EQ(
      Lines("rep_a", id),
      (std::vector<std::string>{s(la[0], "69.21", "2026-05-04"), s(la[1], "3.46", "2026-05-04"),
                                s(lb[0], "5.50", "2026-05-18"), s(lb[1], "16.50", "2026-05-18")}));
  // The rep's statement lines carry the line's net as base and nothing about cost.
  HttpResult rep_lines =
      Call("rep_a", "GET", "/api/v1/commission-statement-lines?statement_id=" + std::to_string(id));
  ASSERT_EQ(rep_lines.status, 200) << rep_lines.Describe();
  EXPECT_EQ(rep_lines.body.find("cost"), std::string::npos) << rep_lines.body;
  const json::value page = rep_lines.Json();
  EXPECT_EQ(Amount(page.at("items").as_array().at(0), "base"), "1000.00");
  // ... while their invoice lines show no cost to them either (billing's cost-sensitive field).
  HttpResult rep_invoice_lines =
      Call("rep_a", "GET", "/api/v1/invoice-lines?invoice_id=" + std::to_string(a));
  EXPECT_EQ(rep_invoice_lines.body.find("\"cost\""), std::string::npos) << rep_invoice_lines.body;

  // June, one invoice losing money: 3 h 60.00 − 99.99 = −39.99, 1 kit 70.00 − 60.00 = +10.00,
  // margin −29.99 → C(−29.99) = 0: the month pays 0.00, never a negative amount from margin.
  InvoicedLines("rep_a", "2026-06-10", {{hours, 3000, 6'000}, {kit, 1000, 7'000}});
  HttpResult june = Compute("manager", "rep_a", "2026-06");
  ASSERT_EQ(june.status, 201) << june.Describe();
  EXPECT_EQ(Amount(june.Json(), "lines_total"), "0.00");
  EXPECT_EQ(Amount(june.Json(), "payable"), "0.00");

  // July: a line whose product has no cost snapshot refuses the statement, naming the invoice.
  const std::int64_t service = product("SVC", nullptr);
  const std::int64_t c =
      InvoicedLines("rep_a", "2026-07-02", {{kit, 1000, 9'000}, {service, 1000, 4'000}});
  HttpResult july = Compute("manager", "rep_a", "2026-07");
  EXPECT_EQ(july.status, 422) << july.Describe();
  EXPECT_EQ(StringAt(july.Json(), "code"), "commissions.margin_no_cost");
  HttpResult inv = Call("finance", "GET", "/api/v1/invoices/" + std::to_string(c));
  EXPECT_NE(july.body.find(StringAt(inv.Json(), "number")), std::string::npos) << july.body;
  EXPECT_NE(july.body.find("line 2"), std::string::npos) << july.body;
}

TEST_P(CommissionsTest, ASplitOrderCreditsEachRepAndACreditNoteClawsBackPerClosedMonth) {
  json::object flat{{"name", "Flat"},    {"base", "net"},        {"structure", "flat"},
                    {"period", "month"}, {"trigger", "invoice"}, {"rate", "10"}};
  const std::int64_t plan = Plan(json::array{flat});
  Assign("rep_a", plan);
  Assign("rep_b", plan);
  // rep_a's order of 1,000.01 net (lines 600.00 and 400.01), split 60 / 40 with rep_b.
  const std::int64_t order =
      ConfirmedOrder("rep_a", {{product_id(), 1000, 60'000}, {product_id(), 1000, 40'001}});
  const std::string path = "/api/v1/sales-orders/" + std::to_string(order) + "/credit-splits";
  auto split = [&](const std::string& who, const std::string& url, json::array shares) {
    return Call(who, "PUT", url, json::serialize(json::object{{"credit_splits", shares}}));
  };
  auto share = [&](const char* rep, std::int64_t bp) {
    return json::object{{"user_id", UserId(rep)}, {"share_bp", bp}};
  };
  HttpResult short_sum = split("rep_a", path, {share("rep_a", 6000), share("rep_b", 3999)});
  EXPECT_EQ(short_sum.status, 422) << short_sum.Describe();
  EXPECT_EQ(StringAt(short_sum.Json(), "code"), "billing.credit_splits_total");
  EXPECT_NE(short_sum.body.find("\"credit_splits\""), std::string::npos) << short_sum.body;
  HttpResult zero = split("rep_a", path, {share("rep_a", 0), share("rep_b", 10000)});
  EXPECT_EQ(zero.status, 422);
  EXPECT_NE(zero.body.find("credit_splits/0/share_bp"), std::string::npos) << zero.body;
  // Another team's rep does not see the order; finance reads orders but does not write them.
  EXPECT_EQ(split("rep_c", path, {share("rep_c", 10000)}).status, 404);
  EXPECT_EQ(split("finance", path, {share("rep_a", 10000)}).status, 403);
  HttpResult ok = split("rep_a", path, {share("rep_a", 6000), share("rep_b", 4000)});
  ASSERT_EQ(ok.status, 200) << ok.Describe();

  // The invoice copies the split; from then on the order's is closed, and a posted invoice's.
  const std::int64_t invoice = InvoiceOrder(order, "2026-03-10");
  HttpResult copied =
      Call("rep_b", "GET", "/api/v1/invoice-credit-splits?invoice_id=" + std::to_string(invoice));
  EXPECT_EQ(copied.status, 200);
  {
    const json::value page = copied.Json();
    EXPECT_EQ(page.at("items").as_array().size(), 0u) << "rep_b does not see rep_a's invoice";
  }
  HttpResult seen = Call(
      "finance", "GET",
      "/api/v1/invoice-credit-splits?invoice_id=" + std::to_string(invoice) + "&sort=position");
  {
    const json::value page = seen.Json();
    ASSERT_EQ(page.at("items").as_array().size(), 2u);
    EXPECT_EQ(IntAt(page.at("items").as_array()[1], "share_bp"), 4000);
  }
  HttpResult late = split("rep_a", path, {share("rep_a", 10000)});
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(StringAt(late.Json(), "code"), "billing.credit_splits_invoiced");
  HttpResult posted =
      split("finance", "/api/v1/invoices/" + std::to_string(invoice) + "/credit-splits", {});
  EXPECT_EQ(posted.status, 409);
  EXPECT_EQ(StringAt(posted.Json(), "code"), "billing.credit_splits_posted");

  // March. Allocate(1,000.01; 6,000 : 4,000): 600.006 → 600.00 and 400.004 → 400.00, the cent
  // left to the larger remainder (rep_a): 600.01 / 400.00. 10 %: rep_a round(60.001) = 60.00,
  // drilled over the lines' net 600.00 : 400.01 → 36.00 / 24.00; rep_b 40.00 → 24.00 / 16.00.
  const auto lines = InvoiceLineIds(invoice);
  ASSERT_EQ(lines.size(), 2u);
  const std::string l1 = std::to_string(lines[0]), l2 = std::to_string(lines[1]);
  HttpResult a_march = Compute("manager", "rep_a", "2026-03");
  ASSERT_EQ(a_march.status, 201) << a_march.Describe();
  EXPECT_EQ(Amount(a_march.Json(), "total"), "60.00");
  const std::int64_t a_id = IntAt(a_march.Json(), "id");
  EXPECT_EQ(Lines("rep_a", a_id),
            (std::vector<std::string>{l1 + " 36.00 0.00 invoice 2026-03-10",
                                      l2 + " 24.00 0.00 invoice 2026-03-10"}));
  HttpResult b_march = Compute("manager", "rep_b", "2026-03");
  ASSERT_EQ(b_march.status, 201) << b_march.Describe();
  EXPECT_EQ(Amount(b_march.Json(), "total"), "40.00");
  // A rep never reads another rep's statement, even one sharing their invoice.
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/commission-statements/" + std::to_string(a_id)).status,
            404);
  // rep_a's March is closed (approved twice); rep_b's stays open.
  ASSERT_EQ(Approve("manager", a_id).status, 200);
  ASSERT_EQ(Approve("finance", a_id).status, 200);

  // 300.00 of line 1 credited on 5 April. rep_a's March is closed: April claws back
  // −round(60.00 × 300.00 ÷ 1,000.01) = −round(17.9998) = −18.00 on line 1.
  PostCreditNote(invoice, lines[0], "300.00", "2026-04-05");
  HttpResult a_april = Compute("finance", "rep_a", "2026-04");
  ASSERT_EQ(a_april.status, 201) << a_april.Describe();
  EXPECT_EQ(Lines("rep_a", IntAt(a_april.Json(), "id")),
            (std::vector<std::string>{l1 + " -18.00 0.00 credit_note 2026-04-05"}));
  EXPECT_EQ(Amount(a_april.Json(), "payable"), "0.00");
  EXPECT_EQ(Amount(a_april.Json(), "carried_out"), "-18.00");
  // rep_b's March is still open and the credit note is dated after it: April has nothing for
  // them yet; once March is closed, April recomputed claws back −round(40.00 × 300.00 ÷
  // 1,000.01) = −round(11.9999) = −12.00.
  HttpResult b_april = Compute("finance", "rep_b", "2026-04");
  ASSERT_EQ(b_april.status, 201);
  EXPECT_EQ(Amount(b_april.Json(), "total"), "0.00");
  const std::int64_t b_id = IntAt(b_march.Json(), "id");
  ASSERT_EQ(Approve("manager", b_id).status, 200);
  ASSERT_EQ(Approve("finance", b_id).status, 200);
  HttpResult b_april_again = Compute("finance", "rep_b", "2026-04");
  ASSERT_EQ(b_april_again.status, 201);
  EXPECT_EQ(Amount(b_april_again.Json(), "lines_total"), "-12.00");
}

TEST_P(CommissionsTest, AnOverlayEarnsOnTopAndANoteAfterFullPaymentClawsBackOnPayment) {
  json::object collected{{"name", "Collected"}, {"base", "net"},        {"structure", "flat"},
                         {"period", "month"},   {"trigger", "payment"}, {"rate", "10"}};
  const std::int64_t plan = Plan(json::array{collected});
  Assign("rep_a", plan);
  Assign("rep_b", plan);
  // rep_a's order of 1,000.00 net (600.00 / 400.00), 1,190.00 gross. rep_b, a specialist, gets a
  // 20 % overlay on top: no revenue share is sent, so rep_a keeps 100 % (C-R2).
  const std::int64_t order =
      ConfirmedOrder("rep_a", {{product_id(), 1000, 60'000}, {product_id(), 1000, 40'000}});
  const std::string path = "/api/v1/sales-orders/" + std::to_string(order) + "/credit-splits";
  auto split = [&](const char* kind) {
    json::array shares{{{"user_id", UserId("rep_b")}, {"share_bp", 2000}, {"kind", kind}}};
    return Call("rep_a", "PUT", path, json::serialize(json::object{{"credit_splits", shares}}));
  };
  HttpResult bad = split("bonus");
  EXPECT_EQ(bad.status, 422) << bad.Describe();
  EXPECT_NE(bad.body.find("credit_splits/0/kind"), std::string::npos) << bad.body;
  // As a revenue share 20 % alone would not sum to 100 %; as an overlay it needs not.
  EXPECT_EQ(split("revenue").status, 422);
  HttpResult ok = split("overlay");
  ASSERT_EQ(ok.status, 200) << ok.Describe();
  EXPECT_NE(ok.body.find("\"kind\":\"overlay\""), std::string::npos) << ok.body;

  const std::int64_t invoice = InvoiceOrder(order, "2026-03-10");
  HttpResult copied =
      Call("finance", "GET", "/api/v1/invoice-credit-splits?invoice_id=" + std::to_string(invoice));
  EXPECT_NE(copied.body.find("\"kind\":\"overlay\""), std::string::npos) << copied.body;
  HttpResult paid =
      Call("finance", "POST", "/api/v1/payments",
           json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                        {"amount", {{"amount", "1190.00"}, {"currency", "EUR"}}},
                                        {"paid_on", "2026-03-20"},
                                        {"invoice_id", invoice}}));
  ASSERT_EQ(paid.status, 201) << paid.Describe();
  // March, paid in full: rep_a 10 % of 1,000.00 = 100.00; rep_b 10 % of round(20 % × 1,000.00)
  // = 20.00, which takes nothing from rep_a.
  HttpResult a_march = Compute("manager", "rep_a", "2026-03");
  ASSERT_EQ(a_march.status, 201) << a_march.Describe();
  EXPECT_EQ(Amount(a_march.Json(), "lines_total"), "100.00");
  ASSERT_EQ(Approve("manager", IntAt(a_march.Json(), "id")).status, 200);
  ASSERT_EQ(Approve("finance", IntAt(a_march.Json(), "id")).status, 200);
  HttpResult b_march = Compute("manager", "rep_b", "2026-03");
  ASSERT_EQ(b_march.status, 201) << b_march.Describe();
  EXPECT_EQ(Amount(b_march.Json(), "lines_total"), "20.00");

  // 100.00 of line 2 credited on 5 April, after the invoice was paid: C-R8 claws back in April at
  // the invoice's rate, −round(100.00 × 100.00 ÷ 1,000.00) = −10.00 for rep_a on line 2, and
  // −2.00 for rep_b's overlay (20.00 → 18.00). Carried forward: nothing to pay in April.
  const auto lines = InvoiceLineIds(invoice);
  ASSERT_EQ(lines.size(), 2u);
  PostCreditNote(invoice, lines[1], "100.00", "2026-04-05");
  HttpResult a_april = Compute("manager", "rep_a", "2026-04");
  ASSERT_EQ(a_april.status, 201) << a_april.Describe();
  EXPECT_EQ(Amount(a_april.Json(), "lines_total"), "-10.00");
  EXPECT_EQ(Amount(a_april.Json(), "carried_out"), "-10.00");
  EXPECT_EQ(
      Lines("finance", IntAt(a_april.Json(), "id")),
      (std::vector<std::string>{std::to_string(lines[1]) + " -10.00 0.00 credit_note 2026-04-05"}));
  HttpResult b_april = Compute("manager", "rep_b", "2026-04");
  ASSERT_EQ(b_april.status, 201) << b_april.Describe();
  EXPECT_EQ(Amount(b_april.Json(), "lines_total"), "-2.00");
}

SD_INSTANTIATE_API_TEST(CommissionsTest);

}  // namespace salesdesk::api_test
