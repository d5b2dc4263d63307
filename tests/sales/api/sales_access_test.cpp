// The negotiation desk through the API on both databases: a quote's whole life (pricing,
// authority, routing, decisions, sending, PDF, acceptance, order with locked prices), and who
// may see and do what: own / team / all, cost hidden from reps, nobody approves their own request.
#include "core/time/date.h"
#include "sales/api/eur_price_list_test.h"
#include "sales/pdf/pdf_test_util.h"
#include "support/gunzip.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class SalesDeskTest : public EurPriceListTest {
 protected:
  void SetUp() override {
    EurPriceListTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    SysCreate("authority-rules",
              {{"role", "senior_manager"},
               {"max_discount_pct", "25"},
               {"min_margin_pct", "0"},
               {"max_payment_term_days", 90},
               {"max_contract_value", {{"amount", "500000"}, {"currency", "EUR"}}}});
  }
  std::string QuoteBody(const std::string& owner, const char* discount) {
    json::object line{{"product_id", product_id()}, {"quantity", "10"}, {"tax_rate_pct", "21"}};
    if (discount != nullptr) line["manual_discount_pct"] = discount;
    return json::serialize(json::object{{"account_id", AccountOf(owner).id},
                                        {"price_list_id", list_id_},
                                        {"payment_terms_days", 30},
                                        {"lines", json::array{line}}});
  }
  std::int64_t NewQuote(const std::string& owner, const char* discount) {
    HttpResult r = Call(owner, "POST", "/api/v1/quotes", QuoteBody(owner, discount));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json().at("quote"), "id") : 0;
  }
  // If-Match with the quote's current version: workflow actions act on what the caller saw.
  Headers Seen(std::int64_t quote_id) { return {{"If-Match", ETagOf("quotes", quote_id)}}; }
  static std::string Q(std::int64_t id, const char* tail = "") {
    return "/api/v1/quotes/" + std::to_string(id) + tail;
  }
};

TEST_P(SalesDeskTest, DiscountAboveTheLimitIsApprovedUpTheChainThenSentPrintedAndOrdered) {
  HttpResult created = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody("rep_a", "15"));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value doc = created.Json();
  const std::int64_t id = IntAt(doc.at("quote"), "id");
  EXPECT_EQ(StringAt(doc.at("quote"), "status"), "draft");
  // 10 x 20.00 less 15 % = 170.00; 21 % tax = 35.70.
  EXPECT_EQ(StringAt(doc.at("quote").at("untaxed"), "amount"), "170.00");
  EXPECT_EQ(StringAt(doc.at("quote").at("tax"), "amount"), "35.70");
  EXPECT_EQ(StringAt(doc.at("quote").at("total"), "amount"), "205.70");
  ASSERT_EQ(doc.at("deviations").as_array().size(), 1u) << created.body;
  EXPECT_EQ(StringAt(doc.at("deviations").at(0), "kind"), "discount");
  EXPECT_EQ(StringAt(doc.at("deviations").at(0), "requested"), "15");
  EXPECT_EQ(StringAt(doc.at("deviations").at(0), "allowed"), "10");
  EXPECT_FALSE(doc.at("lines").at(0).as_object().contains("unit_cost")) << "cost hidden from reps";
  EXPECT_FALSE(doc.at("quote").as_object().contains("margin"));

  HttpResult submitted = Call("rep_a", "POST", Q(id, "/submit"), "", Seen(id));
  ASSERT_EQ(submitted.status, 200) << submitted.Describe();
  EXPECT_EQ(StringAt(submitted.Json().at("quote"), "status"), "pending_approval");
  // The manager's 10 % does not cover 15 %; the senior manager's 25 % does.
  const json::value approval = submitted.Json().at("approval");
  EXPECT_EQ(IntAt(approval, "approver_id"), UserId("senior"));
  const std::string decide = "/api/v1/approval-requests/" + std::to_string(IntAt(approval, "id"));
  EXPECT_EQ(Call("rep_a", "POST", decide + "/approve", "", Seen(id)).status, 403)
      << "not one's own request";
  EXPECT_EQ(Call("manager", "POST", decide + "/approve", "", Seen(id)).status, 403)
      << "not the approver";
  EXPECT_EQ(Call("rep_b", "POST", decide + "/approve", "", Seen(id)).status, 404)
      << "invisible to rep_b";
  HttpResult approved =
      Call("senior", "POST", decide + "/approve", R"({"comment":"strategic account"})", Seen(id));
  ASSERT_EQ(approved.status, 200) << approved.Describe();
  EXPECT_EQ(StringAt(approved.Json().at("quote"), "status"), "approved");
  EXPECT_EQ(Call("senior", "POST", decide + "/approve", "", Seen(id)).status, 409)
      << "decided once";
  HttpResult told = Call("rep_a", "GET", "/api/v1/notifications?read=false");
  ASSERT_EQ(told.status, 200);
  EXPECT_GE(IntAt(told.Json(), "total"), 1) << "the requester is told";
  EXPECT_EQ(IntAt(Call("rep_b", "GET", "/api/v1/notifications").Json(), "total"), 0);

  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/accept"), "", Seen(id)).status, 409) << "not sent yet";
  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/send"), "", Seen(id)).status, 200);
  HttpResult pdf = Call("rep_a", "GET", Q(id, "/pdf?lang=de"));
  ASSERT_EQ(pdf.status, 200) << pdf.Describe();
  EXPECT_EQ(pdf.Header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  EXPECT_EQ(Call("rep_a", "GET", Q(id, "/pdf?lang=fr")).status, 422) << "unknown language";
  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/accept"), "", Seen(id)).status, 200);

  HttpResult order = Call("rep_a", "POST", Q(id, "/convert"), "", Seen(id));
  ASSERT_EQ(order.status, 201) << order.Describe();
  EXPECT_EQ(StringAt(order.Json().at("total"), "amount"), "205.70");
  EXPECT_EQ(Call("rep_a", "POST", Q(id, "/convert"), "", Seen(id)).status, 409)
      << "one order per quote";
  // Price lock: a new list price changes neither the order nor the accepted quote.
  const std::string item = "/api/v1/price-list-items/" + std::to_string(item_id_);
  ASSERT_EQ(Call("director", "PATCH", item, R"({"price":"99.00"})",
                 {{"If-Match", ETagOf("price-list-items", item_id_)}})
                .status,
            200);
  const std::int64_t order_id = IntAt(order.Json(), "id");
  HttpResult lines =
      Call("rep_a", "GET", "/api/v1/sales-order-lines?sales_order_id=" + std::to_string(order_id));
  ASSERT_EQ(lines.status, 200);
  EXPECT_EQ(StringAt(lines.Json().at("items").at(0), "unit_price"), "17");
  EXPECT_EQ(StringAt(lines.Json().at("items").at(0).at("net"), "amount"), "170.00");
  const std::string order_path = "/api/v1/sales-orders/" + std::to_string(order_id);
  EXPECT_EQ(Call("rep_b", "POST", order_path + "/confirm").status, 404);
  HttpResult confirmed = Call("rep_a", "POST", order_path + "/confirm");
  ASSERT_EQ(confirmed.status, 200) << confirmed.Describe();
  EXPECT_EQ(StringAt(confirmed.Json(), "status"), "confirmed");
}

TEST_P(SalesDeskTest, PreviewPricesAndChecksAQuoteWithoutStoringIt) {
  HttpResult preview = Call("rep_a", "POST", "/api/v1/quotes/preview", QuoteBody("rep_a", "15"));
  ASSERT_EQ(preview.status, 200) << preview.Describe();
  const json::value doc = preview.Json();
  EXPECT_EQ(StringAt(doc.at("quote").at("total"), "amount"), "205.70");
  EXPECT_EQ(StringAt(doc.at("deviations").at(0), "kind"), "discount");
  EXPECT_EQ(doc.at("allowed_actions"), json::array{"save"});
  EXPECT_FALSE(doc.at("lines").at(0).at("explanation").as_object().empty());
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/quotes").Json(), "total"), 0)
      << "nothing stored";
  HttpResult created = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody("rep_a", "15"));
  ASSERT_EQ(created.status, 201);
  EXPECT_EQ(created.Json().at("quote").at("total"), doc.at("quote").at("total"));
  EXPECT_EQ(created.Json().at("deviations"), doc.at("deviations"));
  const std::string number = StringAt(created.Json().at("quote"), "number");
  EXPECT_EQ(number.substr(number.size() - 6), "-00001") << number << ": a preview takes no number";
  HttpResult bad =
      Call("rep_a", "POST", "/api/v1/quotes/preview",
           json::serialize(json::object{
               {"account_id", AccountOf("rep_c").id},
               {"price_list_id", list_id_},
               {"lines", json::array{{{"product_id", product_id()}, {"quantity", "1"}}}}}));
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "account_id");
}

TEST_P(SalesDeskTest, QuotesAreSeenByTheirOwnerTheirLeadersAndReadersOnly) {
  const std::int64_t id = NewQuote("rep_a", nullptr);
  ASSERT_GT(id, 0);
  for (const char* path : {"", "/document", "/pdf"}) {
    EXPECT_EQ(Call("rep_b", "GET", Q(id, path)).status, 404) << path;
    EXPECT_EQ(Call("rep_c", "GET", Q(id, path)).status, 404) << path;
    EXPECT_EQ(Call("manager", "GET", Q(id, path)).status, 200) << path;
    EXPECT_EQ(Call("senior", "GET", Q(id, path)).status, 200) << path;
    EXPECT_EQ(Call("director", "GET", Q(id, path)).status, 200) << path;
    EXPECT_EQ(Call("finance", "GET", Q(id, path)).status, 200) << path;
  }
  EXPECT_EQ(Call("rep_b", "POST", Q(id, "/submit"), "", Seen(id)).status, 404);
  EXPECT_EQ(IntAt(Call("rep_c", "GET", "/api/v1/quotes").Json(), "total"), 0);
  EXPECT_EQ(IntAt(Call("rep_c", "GET", "/api/v1/quote-lines").Json(), "total"), 0);
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/quotes").Json(), "total"), 1);
  EXPECT_EQ(Call("admin", "GET", Q(id)).status, 403) << "admin reads no customer data";
  EXPECT_EQ(Call("finance", "POST", "/api/v1/quotes", QuoteBody("rep_a", nullptr)).status, 403);
  EXPECT_EQ(Call("rep_a", "POST", "/api/v1/quotes", QuoteBody("rep_c", nullptr)).status, 422)
      << "a quote for an account one cannot see";
  // Cost and margin: directors see them, reps do not (lines, list, document).
  const json::value director = Call("director", "GET", Q(id, "/document")).Json();
  EXPECT_EQ(StringAt(director.at("lines").at(0), "unit_cost"), "12.5");
  EXPECT_EQ(StringAt(director.at("quote").at("margin"), "amount"), "75.00");
  const json::value rep_lines = Call("rep_a", "GET", "/api/v1/quote-lines").Json();
  EXPECT_FALSE(rep_lines.at("items").at(0).as_object().contains("unit_cost"));
  EXPECT_FALSE(rep_lines.at("items").at(0).as_object().contains("cost_explanation"));
  // The document travels gzipped to a browser and keeps its version ETag for If-Match.
  HttpResult plain = Call("rep_a", "GET", Q(id, "/document"));
  HttpResult zipped = Call("rep_a", "GET", Q(id, "/document"), {}, {{"Accept-Encoding", "gzip"}});
  ASSERT_GT(plain.body.size(), 1400u) << "big enough to be compressed";
  EXPECT_EQ(zipped.Header("content-encoding"), "gzip");
  EXPECT_EQ(zipped.Header("etag"), plain.Header("etag"));
  EXPECT_FALSE(plain.Header("etag").empty());
  EXPECT_EQ(testing_support::Gunzip(zipped.body), plain.body);
}

TEST_P(SalesDeskTest, BadInputNamesTheFieldAndTheSimulatorExplains) {
  HttpResult r =
      Call("rep_a", "POST", "/api/v1/quotes",
           json::serialize(json::object{
               {"account_id", AccountOf("rep_a").id},
               {"price_list_id", list_id_},
               {"lines", json::array{{{"product_id", product_id()}, {"quantity", "-1"}}}}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(StringAt(r.Json(), "field"), "lines[0].quantity") << r.body;
  r = Call("rep_a", "POST", "/api/v1/quotes",
           json::serialize(
               json::object{{"account_id", AccountOf("rep_a").id}, {"price_list_id", list_id_}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(StringAt(r.Json(), "field"), "lines");
  // Units are the products' units, on quote lines as on list items.
  r = Call(
      "rep_a", "POST", "/api/v1/quotes",
      json::serialize(json::object{
          {"account_id", AccountOf("rep_a").id},
          {"price_list_id", list_id_},
          {"lines",
           json::array{{{"product_id", product_id()}, {"quantity", "1"}, {"unit", "crate"}}}}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(StringAt(r.Json(), "field"), "lines[0].unit") << r.body;
  r = Call("director", "POST", "/api/v1/price-list-items",
           json::serialize(json::object{{"price_list_id", list_id_},
                                        {"product_id", product_id()},
                                        {"unit", "crate"},
                                        {"price", "1.00"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(StringAt(r.Json(), "field"), "unit") << r.body;
  r = Call("director", "POST", "/api/v1/pricing-rules",
           R"({"name":"Bad","scope":"all","action":"percent_discount",)"
           R"("bands":[{"min_quantity":"10","percent":"5"},{"min_quantity":"5","percent":"8"}]})");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(StringAt(r.Json(), "field"), "bands[1].min_quantity") << r.body;

  ASSERT_EQ(Call("director", "POST", "/api/v1/pricing-rules",
                 R"({"name":"Summer","scope":"all","action":"percent_discount",)"
                 R"("season_from":"06-01","season_to":"08-31",)"
                 R"("bands":[{"min_quantity":"0","percent":"12"}]})")
                .status,
            201);
  const std::string ask = json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                                       {"product_id", product_id()},
                                                       {"quantity", "1"},
                                                       {"date", "2027-07-15"}});
  HttpResult july = Call("rep_a", "POST", "/api/v1/pricing/simulate", ask);
  ASSERT_EQ(july.status, 200) << july.Describe();
  EXPECT_EQ(StringAt(july.Json().at("line"), "winner_rule_name"), "Summer");
  EXPECT_EQ(StringAt(july.Json().at("line"), "unit_price"), "17.6");
  std::string october = ask;
  october.replace(october.find("2027-07-15"), 10, "2027-10-15");
  HttpResult oct = Call("rep_a", "POST", "/api/v1/pricing/simulate", october);
  ASSERT_EQ(oct.status, 200);
  EXPECT_EQ(StringAt(oct.Json().at("line").at("candidates").at(0), "outcome"), "outside_season");
}

TEST_P(SalesDeskTest, ASignerMustHaveTheAuthorityForTheContractValue) {
  const std::string too_big =
      json::serialize(json::object{{"title", "Supply 2027"},
                                   {"account_id", AccountOf("rep_a").id},
                                   {"value", {{"amount", "60000.00"}, {"currency", "EUR"}}},
                                   {"signed_by_id", UserId("manager")}});
  HttpResult r = Call("rep_a", "POST", "/api/v1/contracts", too_big);
  EXPECT_EQ(r.status, 422) << r.Describe();
  EXPECT_EQ(StringAt(r.Json(), "field"), "signed_by_id");
  const std::string fine =
      json::serialize(json::object{{"title", "Supply 2027"},
                                   {"account_id", AccountOf("rep_a").id},
                                   {"value", {{"amount", "40000.00"}, {"currency", "EUR"}}},
                                   {"signed_by_id", UserId("manager")},
                                   {"end_date", "2027-12-31"},
                                   {"renewal_notice_days", 60}});
  r = Call("rep_a", "POST", "/api/v1/contracts", fine);
  ASSERT_EQ(r.status, 201) << r.Describe();
  const std::string path = "/api/v1/contracts/" + std::to_string(IntAt(r.Json(), "id"));
  HttpResult signed_ =
      Call("manager", "POST", path + "/sign", "", {{"If-Match", r.Header("etag")}});
  ASSERT_EQ(signed_.status, 200) << signed_.Describe();
  const std::int64_t task_id = IntAt(signed_.Json(), "renewal_task_id");
  ASSERT_GT(task_id, 0) << signed_.body;
  HttpResult task = Call("rep_a", "GET", "/api/v1/tasks/" + std::to_string(task_id));
  ASSERT_EQ(task.status, 200);
  EXPECT_EQ(StringAt(task.Json(), "due_on"), "2027-11-01");
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/tasks/" + std::to_string(task_id)).status, 404);
}

// Issue 9: a rep made an active contract "signed" by someone else. Naming a signer signs nothing;
// the named signer signs themself, within their authority at that moment, with an audit row.
TEST_P(SalesDeskTest, OnlyTheNamedSignerSignsAndOnlyWithinTheirAuthorityAtThatMoment) {
  json::object body{{"title", "Supply 2027"},
                    {"account_id", AccountOf("rep_a").id},
                    {"value", {{"amount", "40000.00"}, {"currency", "EUR"}}},
                    {"signed_by_id", UserId("manager")},
                    {"status", "active"}};
  HttpResult forged = Call("rep_a", "POST", "/api/v1/contracts", json::serialize(body));
  EXPECT_EQ(forged.status, 422) << forged.Describe();
  EXPECT_EQ(StringAt(forged.Json(), "field"), "status") << forged.body;
  body.erase("status");
  body["customer_signed_on"] = "2024-02-28";
  HttpResult draft = Call("rep_a", "POST", "/api/v1/contracts", json::serialize(body));
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  EXPECT_EQ(StringAt(draft.Json(), "status"), "draft");
  EXPECT_TRUE(draft.Json().at("signed_on").is_null()) << draft.body;
  EXPECT_TRUE(draft.Json().at("signed_at").is_null()) << draft.body;
  const std::string path = "/api/v1/contracts/" + std::to_string(IntAt(draft.Json(), "id"));
  const Headers at_v1{{"If-Match", draft.Header("etag")}};
  HttpResult patch = Call("rep_a", "PATCH", path, R"({"status":"active"})", at_v1);
  EXPECT_EQ(patch.status, 422) << patch.Describe();
  EXPECT_EQ(StringAt(patch.Json(), "field"), "status");
  HttpResult written = Call("rep_a", "PATCH", path, R"({"signed_on":"2024-03-01"})", at_v1);
  EXPECT_EQ(written.status, 422) << "signed_on is set by the signing: " << written.Describe();

  EXPECT_EQ(Call("rep_a", "POST", path + "/sign", "", at_v1).status, 403) << "the owner";
  EXPECT_EQ(Call("senior", "POST", path + "/sign", "", at_v1).status, 403) << "a leader";
  EXPECT_EQ(Call("rep_b", "POST", path + "/sign", "", at_v1).status, 404) << "cannot see it";
  EXPECT_EQ(Call("manager", "POST", path + "/sign").status, 428) << "If-Match required";
  EXPECT_EQ(Call("manager", "POST", path + "/sign", "", {{"If-Match", "\"9\""}}).status, 412);
  HttpResult signed_ = Call("manager", "POST", path + "/sign", "", at_v1);
  ASSERT_EQ(signed_.status, 200) << signed_.Describe();
  EXPECT_EQ(StringAt(signed_.Json(), "status"), "active");
  EXPECT_EQ(StringAt(signed_.Json(), "signed_on"), "2024-03-01");           // the clock's day
  EXPECT_EQ(StringAt(signed_.Json(), "customer_signed_on"), "2024-02-28");  // countersigned
  EXPECT_EQ(IntAt(signed_.Json(), "signed_by_id"), UserId("manager"));
  EXPECT_EQ(
      Call("manager", "POST", path + "/sign", "", {{"If-Match", signed_.Header("etag")}}).status,
      409)
      << "signed once";
  HttpResult changed =
      Call("rep_a", "PATCH", path, R"({"value":{"amount":"1.00","currency":"EUR"}})",
           {{"If-Match", signed_.Header("etag")}});
  EXPECT_EQ(changed.status, 422) << changed.Describe();
  EXPECT_EQ(StringAt(changed.Json(), "field"), "value");
  // The signature's audit row: the signer's own action.
  HttpResult trail = Call("rep_a", "GET",
                          "/api/v1/audit-events?entity=contracts&sort=-id&limit=1&entity_id=" +
                              std::to_string(IntAt(draft.Json(), "id")));
  ASSERT_EQ(IntAt(trail.Json(), "total"), 2) << trail.body;
  const json::value row = trail.Json().at("items").at(0);
  EXPECT_EQ(IntAt(row, "actor_id"), UserId("manager"));
  EXPECT_EQ(StringAt(row.at("before"), "status"), "draft");
  EXPECT_EQ(StringAt(row.at("after"), "status"), "active");

  // Authority is the signer's at the moment of signing: lowered after naming, signing fails.
  body.erase("customer_signed_on");
  HttpResult second = Call("rep_a", "POST", "/api/v1/contracts", json::serialize(body));
  ASSERT_EQ(second.status, 201) << second.Describe();
  const std::string rule = "/api/v1/authority-rules/" + std::to_string(Seeded("authority:manager"));
  ASSERT_EQ(Call("director", "PATCH", rule,
                 R"({"max_contract_value":{"amount":"30000","currency":"EUR"}})",
                 {{"If-Match", ETagOf("authority-rules", Seeded("authority:manager"))}})
                .status,
            200);
  HttpResult weak =
      Call("manager", "POST",
           "/api/v1/contracts/" + std::to_string(IntAt(second.Json(), "id")) + "/sign", "",
           {{"If-Match", second.Header("etag")}});
  EXPECT_EQ(weak.status, 422) << weak.Describe();
  EXPECT_EQ(StringAt(weak.Json(), "field"), "signed_by_id") << weak.body;
}

TEST_P(SalesDeskTest, ACostOrValueInAnotherCurrencyTakesTheRateOfItsOwnDay) {
  for (auto [on, rate] : {std::pair{"2026-01-01", "1.10"}, std::pair{"2026-06-01", "1.20"}}) {
    SysCreate("exchange-rates",
              {{"from_currency", "EUR"}, {"to_currency", "USD"}, {"rate", rate}, {"valid_on", on}});
  }
  const std::int64_t usd = SysCreate("price-lists", {{"name", "USD 2026"}, {"currency", "USD"}});
  SysCreate("price-list-items",
            {{"price_list_id", usd}, {"product_id", product_id()}, {"price", "30.00"}});
  auto preview_on = [&](const char* day) {
    return Call("director", "POST", "/api/v1/quotes/preview",
                json::serialize(json::object{
                    {"account_id", AccountOf("rep_a").id},
                    {"price_list_id", usd},
                    {"pricing_date", day},
                    {"lines", json::array{{{"product_id", product_id()}, {"quantity", "1"}}}}}));
  };
  auto line_on = [&](const char* day) {
    HttpResult r = preview_on(day);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json().at("lines").at(0).as_object() : json::object{};
  };
  // The product costs 12.50 EUR; the seed's rate is 1.08 from 2024-01-01.
  EXPECT_EQ(StringAt(line_on("2025-12-31"), "unit_cost"), "13.5");
  EXPECT_EQ(StringAt(line_on("2026-03-01"), "unit_cost"), "13.75");
  EXPECT_EQ(StringAt(line_on("2026-06-01"), "unit_cost"), "15");
  HttpResult too_early = preview_on("2023-12-31");  // no rate to value it against limits
  EXPECT_EQ(too_early.status, 422);
  EXPECT_EQ(StringAt(too_early.Json(), "field"), "pricing_date") << too_early.body;

  // The manager may sign up to 50,000 EUR: 57,200 USD is 52,000 EUR in March, 47,667 in July.
  // Named, the signer is checked at the start's rate; signing, at the signing day's.
  auto contract = [&](const char* start) {
    return json::serialize(json::object{{"title", "US supply"},
                                        {"account_id", AccountOf("rep_a").id},
                                        {"value", {{"amount", "57200.00"}, {"currency", "USD"}}},
                                        {"signed_by_id", UserId("manager")},
                                        {"start_date", start}});
  };
  HttpResult march = Call("rep_a", "POST", "/api/v1/contracts", contract("2026-03-01"));
  EXPECT_EQ(march.status, 422) << march.Describe();
  EXPECT_EQ(StringAt(march.Json(), "field"), "signed_by_id");
  HttpResult july = Call("rep_a", "POST", "/api/v1/contracts", contract("2026-07-01"));
  ASSERT_EQ(july.status, 201) << july.Describe();
  HttpResult early = Call("rep_a", "POST", "/api/v1/contracts", contract("2023-12-31"));
  EXPECT_EQ(early.status, 422);
  EXPECT_EQ(StringAt(early.Json(), "field"), "value") << early.body;
  auto sign_on = [&](const char* day) {
    clock().Set(*core::Timestamp::FromMicros(
        core::ParseDate(day)->days_since_epoch() * std::int64_t{86'400'000'000} + 36'000'000'000));
    const std::string id = std::to_string(IntAt(july.Json(), "id"));
    return client().Send("POST", "/api/v1/contracts/" + id + "/sign", "",
                         {{"Authorization", "Bearer " + NewToken("manager")},
                          {"If-Match", ETagOf("contracts", IntAt(july.Json(), "id"))}});
  };
  HttpResult in_march = sign_on("2026-03-02");
  EXPECT_EQ(in_march.status, 422) << in_march.Describe();
  EXPECT_EQ(StringAt(in_march.Json(), "field"), "signed_by_id");
  HttpResult in_july = sign_on("2026-07-02");
  ASSERT_EQ(in_july.status, 200) << in_july.Describe();
  EXPECT_EQ(StringAt(in_july.Json(), "signed_on"), "2026-07-02");
}

TEST_P(SalesDeskTest, EditsKeepApprovalsUnlessADeviationGrowsAndRulesMadeLaterDoNotReprice) {
  const std::int64_t id = NewQuote("rep_a", "15");
  ASSERT_GT(id, 0);
  HttpResult submitted = Call("rep_a", "POST", Q(id, "/submit"), "", Seen(id));
  const std::string decide =
      "/api/v1/approval-requests/" + std::to_string(IntAt(submitted.Json().at("approval"), "id"));
  ASSERT_EQ(Call("senior", "POST", decide + "/approve", "", Seen(id)).status, 200);
  // A rule made after the quote: the quote's lines keep their price when it is edited.
  ASSERT_TRUE(clock().Advance(1'000'000).ok());
  ASSERT_EQ(Call("director", "POST", "/api/v1/pricing-rules",
                 R"({"name":"Later","scope":"all","action":"percent_discount",)"
                 R"("bands":[{"min_quantity":"0","percent":"50"}]})")
                .status,
            201);
  auto put = [&](const char* discount, const char* quantity) {
    const json::value doc = Call("rep_a", "GET", Q(id, "/document")).Json();
    json::object line{{"product_id", product_id()},
                      {"quantity", quantity},
                      {"tax_rate_pct", "21"},
                      {"manual_discount_pct", discount},
                      {"line_key", StringAt(doc.at("lines").at(0), "line_key")}};
    return Call("rep_a", "PUT", Q(id), json::serialize(json::object{{"lines", json::array{line}}}),
                {{"If-Match", "\"" + std::to_string(IntAt(doc.at("quote"), "version")) + "\""}});
  };
  HttpResult same = put("15", "12");
  ASSERT_EQ(same.status, 200) << same.Describe();
  EXPECT_EQ(StringAt(same.Json().at("quote"), "status"), "approved")
      << "the deviation did not grow";
  EXPECT_EQ(StringAt(same.Json().at("lines").at(0), "engine_unit_price"), "20")
      << "the later 50 % rule must not re-price the quote";
  HttpResult more = put("18", "12");
  ASSERT_EQ(more.status, 200) << more.Describe();
  EXPECT_EQ(StringAt(more.Json().at("quote"), "status"), "draft") << "18 % was never approved";
  // Only the grown deviation goes back for approval.
  HttpResult again = Call("rep_a", "POST", Q(id, "/submit"), "", Seen(id));
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(StringAt(again.Json().at("quote"), "status"), "pending_approval");
  HttpResult stale =
      Call("rep_a", "PUT", Q(id), QuoteBody("rep_a", nullptr), {{"If-Match", "\"1\""}});
  EXPECT_EQ(stale.status, 412) << stale.Describe();
}

TEST_P(SalesDeskTest, RevisionsKeepTheirHistoryAndOwnersStayWithinTheTeam) {
  const std::int64_t id = NewQuote("rep_a", nullptr);
  ASSERT_EQ(
      StringAt(Call("rep_a", "POST", Q(id, "/submit"), "", Seen(id)).Json().at("quote"), "status"),
      "approved");
  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/send"), "", Seen(id)).status, 200);
  EXPECT_EQ(
      Call("rep_a", "PUT", Q(id), QuoteBody("rep_a", nullptr), {{"If-Match", "\"3\""}}).status, 409)
      << "a sent quote is revised, not edited";
  HttpResult revised = Call("rep_a", "POST", Q(id, "/revise"), "", Seen(id));
  ASSERT_EQ(revised.status, 200) << revised.Describe();
  EXPECT_EQ(StringAt(revised.Json().at("quote"), "status"), "draft");
  EXPECT_EQ(IntAt(revised.Json().at("quote"), "revision"), 2);
  HttpResult history =
      Call("rep_a", "GET", "/api/v1/quote-revisions?quote_id=" + std::to_string(id));
  ASSERT_EQ(IntAt(history.Json(), "total"), 1);
  EXPECT_EQ(IntAt(history.Json().at("items").at(0), "revision"), 1);
  EXPECT_EQ(StringAt(history.Json().at("items").at(0).at("snapshot").at("quote"), "status"),
            "sent");
  EXPECT_EQ(Call("rep_b", "GET", "/api/v1/quote-revisions?quote_id=" + std::to_string(id))
                .Json()
                .at("total")
                .as_int64(),
            0);

  json::value body = json::parse(QuoteBody("rep_a", nullptr));
  body.as_object()["owner_id"] = UserId("rep_b");
  EXPECT_EQ(Call("rep_a", "POST", "/api/v1/quotes", json::serialize(body)).status, 422)
      << "a rep keeps their quotes";
  HttpResult for_rep = Call("manager", "POST", "/api/v1/quotes", json::serialize(body));
  ASSERT_EQ(for_rep.status, 201) << for_rep.Describe();
  EXPECT_EQ(IntAt(for_rep.Json().at("quote"), "owner_id"), UserId("rep_b"));
  body.as_object()["owner_id"] = UserId("rep_c");
  EXPECT_EQ(Call("manager", "POST", "/api/v1/quotes", json::serialize(body)).status, 422)
      << "rep_c is in another team";
}

TEST_P(SalesDeskTest, ASavedLineKeepsItsPriceUntilSomeoneAsksToRepriceIt) {
  HttpResult rule = Call("director", "POST", "/api/v1/pricing-rules",
                         R"({"name":"Spring 10","scope":"all","action":"percent_discount",)"
                         R"("bands":[{"min_quantity":"0","percent":"10"}]})");
  ASSERT_EQ(rule.status, 201) << rule.Describe();
  const std::int64_t rule_id = IntAt(rule.Json(), "id");
  const std::int64_t id = NewQuote("rep_a", nullptr);
  ASSERT_GT(id, 0);
  const json::value created = Call("rep_a", "GET", Q(id, "/document")).Json();
  EXPECT_EQ(StringAt(created.at("lines").at(0), "unit_price"), "18");
  const std::string key = StringAt(created.at("lines").at(0), "line_key");
  // Later the rule becomes 50 % and the list price 26.00.
  ASSERT_TRUE(clock().Advance(1'000'000).ok());
  ASSERT_EQ(Call("director", "PATCH", "/api/v1/pricing-rules/" + std::to_string(rule_id),
                 R"({"bands":[{"min_quantity":"0","percent":"50"}]})",
                 {{"If-Match", ETagOf("pricing-rules", rule_id)}})
                .status,
            200);
  ASSERT_EQ(Call("director", "PATCH", "/api/v1/price-list-items/" + std::to_string(item_id_),
                 R"({"price":"26.00"})", {{"If-Match", ETagOf("price-list-items", item_id_)}})
                .status,
            200);
  auto put = [&](const char* quantity, int payment_days) {
    json::object line{{"product_id", product_id()},
                      {"quantity", quantity},
                      {"tax_rate_pct", "21"},
                      {"line_key", key}};
    return Call("rep_a", "PUT", Q(id),
                json::serialize(json::object{{"payment_terms_days", payment_days},
                                             {"lines", json::array{line}}}),
                Seen(id));
  };
  // Only the payment terms change: the line keeps its price and explanation.
  HttpResult terms = put("10", 45);
  ASSERT_EQ(terms.status, 200) << terms.Describe();
  EXPECT_EQ(StringAt(terms.Json().at("lines").at(0), "unit_price"), "18");
  EXPECT_EQ(StringAt(terms.Json().at("quote").at("untaxed"), "amount"), "180.00");
  EXPECT_EQ(json::serialize(terms.Json().at("lines").at(0).at("explanation")),
            json::serialize(created.at("lines").at(0).at("explanation")));
  // A changed quantity is priced with the rule and list price as they stood for the quote.
  HttpResult more = put("12", 45);
  ASSERT_EQ(more.status, 200) << more.Describe();
  EXPECT_EQ(StringAt(more.Json().at("lines").at(0), "unit_price"), "18") << more.body;
  EXPECT_EQ(StringAt(more.Json().at("quote").at("untaxed"), "amount"), "216.00");
  // The rule's superseded version is kept and readable.
  HttpResult history =
      Call("senior", "GET",
           "/api/v1/pricing-versions?entity=pricing-rules&record_id=" + std::to_string(rule_id));
  ASSERT_EQ(history.status, 200) << history.Describe();
  ASSERT_EQ(IntAt(history.Json(), "total"), 1) << history.body;
  EXPECT_EQ(StringAt(history.Json().at("items").at(0).at("fields").at("bands").at(0), "percent"),
            "10")
      << history.body;
  // Re-pricing is asked for explicitly and shows old and new.
  EXPECT_EQ(Call("rep_a", "POST", Q(id, "/reprice")).status, 428);
  HttpResult unknown =
      Call("rep_a", "POST", Q(id, "/reprice"), R"({"line_keys":["NOPE"]})", Seen(id));
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(StringAt(unknown.Json(), "field"), "line_keys");
  HttpResult repriced =
      Call("rep_a", "POST", Q(id, "/reprice"),
           json::serialize(json::object{{"line_keys", json::array{key.c_str()}}}), Seen(id));
  ASSERT_EQ(repriced.status, 200) << repriced.Describe();
  EXPECT_EQ(StringAt(repriced.Json().at("lines").at(0), "unit_price"), "13");
  const json::value change = repriced.Json().at("repriced").at(0);
  EXPECT_EQ(StringAt(change, "old_unit_price"), "18");
  EXPECT_EQ(StringAt(change, "new_unit_price"), "13");
  EXPECT_EQ(StringAt(change.at("old_net"), "amount"), "216.00");
  EXPECT_EQ(StringAt(change.at("new_net"), "amount"), "156.00");
  EXPECT_EQ(StringAt(repriced.Json().at("quote").at("untaxed"), "amount"), "156.00");
  // A re-priced line changed later is priced with the conditions it was re-priced at.
  HttpResult after = put("11", 60);
  ASSERT_EQ(after.status, 200) << after.Describe();
  EXPECT_EQ(StringAt(after.Json().at("lines").at(0), "unit_price"), "13");
}

TEST_P(SalesDeskTest, WorkflowActionsActOnTheVersionTheCallerSaw) {
  const std::int64_t id = NewQuote("rep_a", "15");
  ASSERT_GT(id, 0);
  const Headers seen = Seen(id);
  HttpResult missing = Call("rep_a", "POST", Q(id, "/submit"));
  EXPECT_EQ(missing.status, 428) << missing.Describe();
  EXPECT_EQ(StringAt(missing.Json(), "field"), "If-Match");
  // Someone changes the quote meanwhile: submitting what one saw before is refused.
  const json::value doc = Call("rep_a", "GET", Q(id, "/document")).Json();
  json::object line{{"product_id", product_id()},
                    {"quantity", "10"},
                    {"tax_rate_pct", "21"},
                    {"manual_discount_pct", "15"},
                    {"line_key", StringAt(doc.at("lines").at(0), "line_key")}};
  ASSERT_EQ(
      Call("manager", "PUT", Q(id),
           json::serialize(json::object{{"payment_terms_days", 60}, {"lines", json::array{line}}}),
           seen)
          .status,
      200);
  HttpResult stale = Call("rep_a", "POST", Q(id, "/submit"), "", seen);
  EXPECT_EQ(stale.status, 412) << stale.Describe();
  EXPECT_EQ(StringAt(Call("rep_a", "GET", Q(id, "/document")).Json().at("quote"), "status"),
            "draft")
      << "nothing was submitted";
  HttpResult submitted = Call("rep_a", "POST", Q(id, "/submit"), "", Seen(id));
  ASSERT_EQ(submitted.status, 200) << submitted.Describe();
  // The approver decides on the quote as they saw it: a change after that is not approved.
  const std::string decide = "/api/v1/approval-requests/" +
                             std::to_string(IntAt(submitted.Json().at("approval"), "id")) +
                             "/approve";
  EXPECT_EQ(Call("senior", "POST", decide).status, 428);
  EXPECT_EQ(Call("senior", "POST", decide, "", {{"If-Match", "\"1\""}}).status, 412);
  EXPECT_EQ(Call("senior", "POST", decide, "", Seen(id)).status, 200);
  for (const char* action : {"/send", "/accept", "/convert"}) {
    EXPECT_EQ(Call("rep_a", "POST", Q(id, action)).status, 428) << action;
    EXPECT_EQ(Call("rep_a", "POST", Q(id, action), "", {{"If-Match", "\"1\""}}).status, 412)
        << action;
    EXPECT_EQ(Call("rep_a", "POST", Q(id, action), "", Seen(id)).status,
              std::string(action) == "/convert" ? 201 : 200)
        << action;
  }
}

TEST_P(SalesDeskTest, ARetriedCreateOrConversionWithTheSameKeyMakesOneDocument) {
  const std::string body = QuoteBody("rep_a", nullptr);
  const Headers key{{"Idempotency-Key", "quote-7f3a"}};
  HttpResult first = Call("rep_a", "POST", "/api/v1/quotes", body, key);
  ASSERT_EQ(first.status, 201) << first.Describe();
  HttpResult again = Call("rep_a", "POST", "/api/v1/quotes", body, key);
  ASSERT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(again.Header("idempotent-replayed"), "true");
  EXPECT_EQ(again.Header("location"), first.Header("location"));
  EXPECT_EQ(first.HeaderValues("location").size(), 1u) << "one Location, first and replayed";
  EXPECT_EQ(again.HeaderValues("location").size(), 1u);
  EXPECT_EQ(IntAt(again.Json().at("quote"), "id"), IntAt(first.Json().at("quote"), "id"));
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/quotes").Json(), "total"), 1) << "one quote";
  HttpResult other = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody("rep_a", "5"), key);
  EXPECT_EQ(other.status, 422) << "the key was used for another body";
  EXPECT_EQ(StringAt(other.Json(), "field"), "Idempotency-Key");
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/quotes").Json(), "total"), 1);
  // Another user's key space is their own.
  EXPECT_EQ(Call("rep_b", "POST", "/api/v1/quotes", QuoteBody("rep_b", nullptr), key).status, 201);

  const std::int64_t id = IntAt(first.Json().at("quote"), "id");
  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/submit"), "", Seen(id)).status, 200);
  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/send"), "", Seen(id)).status, 200);
  ASSERT_EQ(Call("rep_a", "POST", Q(id, "/accept"), "", Seen(id)).status, 200);
  Headers convert = Seen(id);
  convert.emplace_back("Idempotency-Key", "order-from-quote-1");
  HttpResult order = Call("rep_a", "POST", Q(id, "/convert"), "", convert);
  ASSERT_EQ(order.status, 201) << order.Describe();
  HttpResult retried = Call("rep_a", "POST", Q(id, "/convert"), "", convert);
  EXPECT_EQ(retried.status, 201) << "the retry gets the first answer, not 409";
  EXPECT_EQ(retried.Header("idempotent-replayed"), "true");
  EXPECT_EQ(IntAt(retried.Json(), "id"), IntAt(order.Json(), "id"));
  EXPECT_EQ(order.HeaderValues("location"), retried.HeaderValues("location"));
  EXPECT_EQ(order.Header("location"),
            "/api/v1/sales-orders/" + std::to_string(IntAt(order.Json(), "id")));
  EXPECT_EQ(IntAt(Call("rep_a", "GET", "/api/v1/sales-orders").Json(), "total"), 1);
}

TEST_P(SalesDeskTest, TheCustomerPdfNeverCarriesCostWhoeverDownloadsIt) {
  const std::int64_t id = NewQuote("rep_a", nullptr);
  ASSERT_GT(id, 0);
  // Cost 12.50 a unit, price 20.00: the margin is 75.00 on 10 units, 37.5 %.
  for (const char* user : {"director", "senior", "manager", "rep_a"}) {
    HttpResult pdf = Call(user, "GET", Q(id, "/pdf"));
    ASSERT_EQ(pdf.status, 200) << user << pdf.Describe();
    EXPECT_EQ(pdf.Header("content-disposition").find("internal"), std::string::npos);
    const std::string text = pdf::testing::RenderedPdf(pdf.body).Text();
    ASSERT_NE(text.find("200.00"), std::string::npos) << user << text;
    for (const char* hidden : {"Unit cost", "Margin", "12.50", "75.00", "37.5", "INTERNAL"}) {
      EXPECT_EQ(text.find(hidden), std::string::npos) << user << ": " << hidden;
    }
  }
  HttpResult internal = Call("director", "GET", Q(id, "/pdf?variant=internal"));
  ASSERT_EQ(internal.status, 200) << internal.Describe();
  EXPECT_NE(internal.Header("content-disposition").find("-internal.pdf"), std::string::npos);
  const pdf::testing::RenderedPdf rendered(internal.body);
  for (const std::string& page : rendered.Pages()) {
    EXPECT_NE(page.find("INTERNAL"), std::string::npos) << page;
  }
  for (const char* shown : {"Unit cost", "Margin", "75.00"}) {
    EXPECT_NE(rendered.Text().find(shown), std::string::npos) << shown;
  }
  HttpResult rep = Call("rep_a", "GET", Q(id, "/pdf?variant=internal"));
  EXPECT_EQ(rep.status, 403) << "reps do not see cost, so they get no internal version";
  EXPECT_EQ(StringAt(rep.Json(), "field"), "variant");
  EXPECT_EQ(Call("rep_b", "GET", Q(id, "/pdf?variant=internal")).status, 403);
  HttpResult bad = Call("director", "GET", Q(id, "/pdf?variant=secret"));
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "variant");
}

SD_INSTANTIATE_API_TEST(SalesDeskTest);

}  // namespace
}  // namespace salesdesk::api_test
