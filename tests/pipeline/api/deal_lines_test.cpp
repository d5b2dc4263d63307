// Products on a deal through the API on both databases (issue 12, decision 0072): the lines are
// priced by the engine exactly as the simulator (and a quote line) prices them for the deal's
// account today, the deal's amount becomes their net total, the prices stay as saved when the
// list changes until a person saves again; If-Match guards the deal; every problem names its
// member; a deal the caller cannot see answers as a missing one; a won deal's lines are its
// record.
#include "pipeline/api/deal_quote_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class DealLinesTest : public DealQuoteTest {
 protected:
  HttpResult Put(const std::string& user, std::int64_t deal, const json::array& lines,
                 std::optional<std::string> etag = std::nullopt) {
    Headers h;
    h.push_back({"If-Match", etag ? *etag : ETagOf("opportunities", deal)});
    return Call(user, "PUT", "/api/v1/opportunities/" + std::to_string(deal) + "/lines",
                json::serialize(json::object{{"lines", lines}}), h);
  }
  json::object Line(const char* quantity) {
    return {{"product_id", product_id()}, {"quantity", quantity}};
  }
  json::array Stored(std::int64_t deal) {
    HttpResult r =
        Call("director", "GET",
             "/api/v1/opportunity-lines?opportunity_id=" + std::to_string(deal) + "&sort=position");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json().at("items").as_array() : json::array{};
  }
  static void ExpectField(const HttpResult& r, int status, const char* field) {
    EXPECT_EQ(r.status, status) << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
  }
};

TEST_P(DealLinesTest, LinesArePricedAsTheSimulatorPricesAndSetTheDealsAmount) {
  const std::int64_t deal = Deal("rep_a");
  const std::string before = ETagOf("opportunities", deal);
  HttpResult saved = Put("rep_a", deal, {Line("10"), Line("2.5")});
  ASSERT_EQ(saved.status, 200) << saved.Describe();
  const json::value body = saved.Json();
  ASSERT_EQ(body.at("lines").as_array().size(), 2u) << saved.body;
  const json::value& first = body.at("lines").at(0);
  EXPECT_EQ(IntAt(first, "position"), 1);
  EXPECT_EQ(StringAt(first, "quantity"), "10");
  EXPECT_EQ(StringAt(first, "unit_price"), "20");
  EXPECT_EQ(StringAt(first.at("net"), "amount"), "200.00");
  EXPECT_EQ(IntAt(first, "price_list_id"), list_id_);
  EXPECT_EQ(StringAt(first, "priced_on"), "2024-03-01");  // the company's today (test clock)
  EXPECT_EQ(StringAt(body.at("lines").at(1).at("net"), "amount"), "50.00");
  // 200.00 + 50.00: the estimate of 1,000.00 gives way to what the products cost.
  EXPECT_EQ(StringAt(body.at("opportunity").at("amount"), "amount"), "250.00");
  EXPECT_EQ(StringAt(body.at("opportunity").at("amount"), "currency"), "EUR");
  EXPECT_EQ(saved.Header("ETag"), ETagOf("opportunities", deal));
  EXPECT_NE(saved.Header("ETag"), before);
  EXPECT_EQ(StringAt(GetDeal(deal).at("amount"), "amount"), "250.00");

  // The simulator gives the same unit price for the same account, product and quantity.
  HttpResult sim = Call("rep_a", "POST", "/api/v1/pricing/simulate",
                        json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                                     {"product_id", product_id()},
                                                     {"quantity", "10"}}));
  ASSERT_EQ(sim.status, 200) << sim.Describe();
  EXPECT_EQ(StringAt(sim.Json().at("line"), "unit_price"), "20") << sim.body;

  // A list price changed later leaves the saved lines alone; saving again re-prices them.
  ASSERT_EQ(Call("director", "PATCH", "/api/v1/price-list-items/" + std::to_string(item_id_),
                 R"({"price":"26.00"})", {{"If-Match", ETagOf("price-list-items", item_id_)}})
                .status,
            200);
  EXPECT_EQ(StringAt(Stored(deal).at(0), "unit_price"), "20");
  EXPECT_EQ(StringAt(GetDeal(deal).at("amount"), "amount"), "250.00");
  HttpResult again = Put("rep_a", deal, {Line("10")});
  ASSERT_EQ(again.status, 200) << again.Describe();
  EXPECT_EQ(StringAt(again.Json().at("lines").at(0), "unit_price"), "26");
  EXPECT_EQ(StringAt(again.Json().at("opportunity").at("amount"), "amount"), "260.00");
  EXPECT_EQ(Stored(deal).size(), 1u);

  // No lines: they go, the amount stays.
  HttpResult cleared = Put("rep_a", deal, {});
  ASSERT_EQ(cleared.status, 200) << cleared.Describe();
  EXPECT_TRUE(Stored(deal).empty());
  EXPECT_EQ(StringAt(GetDeal(deal).at("amount"), "amount"), "260.00");
}

TEST_P(DealLinesTest, ProblemsNameTheirMemberAndNothingIsStored) {
  const std::int64_t deal = Deal("rep_a");
  json::object extra = Line("1");
  extra["manual_unit_price"] = "1.00";
  ExpectField(Put("rep_a", deal, {Line("1"), extra}), 422, "lines[1].manual_unit_price");
  // An unknown member is one problem, named once (the decoder checks members, not the route too).
  json::object odd = Line("1");
  odd["foo"] = 1;
  HttpResult unknown = Put("rep_a", deal, {odd});
  ExpectField(unknown, 422, "lines[0].foo");
  std::size_t named = 0;
  const json::value problem = unknown.Json();
  for (const json::value& e : problem.at("errors").as_array()) {
    named += StringAt(e, "field") == "lines[0].foo" ? 1 : 0;
  }
  EXPECT_EQ(named, 1u) << unknown.body;
  ExpectField(Put("rep_a", deal, {Line("0")}), 422, "lines[0].quantity");
  ExpectField(Put("rep_a", deal, {json::object{{"product_id", 987654}, {"quantity", "1"}}}), 422,
              "lines[0].product_id");
  HttpResult no_lines =
      Call("rep_a", "PUT", "/api/v1/opportunities/" + std::to_string(deal) + "/lines",
           R"({"price_list_id":1})", {{"If-Match", ETagOf("opportunities", deal)}});
  ExpectField(no_lines, 422, "lines");
  // If-Match: required, and the deal's current version.
  HttpResult bare = Call("rep_a", "PUT", "/api/v1/opportunities/" + std::to_string(deal) + "/lines",
                         json::serialize(json::object{{"lines", json::array{Line("1")}}}));
  EXPECT_EQ(bare.status, 428) << bare.Describe();
  const std::string old = ETagOf("opportunities", deal);
  ASSERT_EQ(Call("rep_a", "PATCH", "/api/v1/opportunities/" + std::to_string(deal),
                 R"({"notes":"called the buyer"})", {{"If-Match", old}})
                .status,
            200);
  EXPECT_EQ(Put("rep_a", deal, {Line("1")}, old).status, 412);
  // rep_b cannot see rep_a's deal: as if it did not exist; finance writes no deals.
  EXPECT_EQ(Put("rep_b", deal, {Line("1")}).status, 404);
  EXPECT_EQ(Call("rep_b", "PUT", "/api/v1/opportunities/987654/lines",
                 json::serialize(json::object{{"lines", json::array{Line("1")}}}),
                 {{"If-Match", "\"1\""}})
                .status,
            404);
  EXPECT_EQ(Put("finance", deal, {Line("1")}).status, 403);
  EXPECT_TRUE(Stored(deal).empty());
  EXPECT_EQ(StringAt(GetDeal(deal).at("amount"), "amount"), "1000.00");
}

TEST_P(DealLinesTest, AWonDealsProductsAreItsRecord) {
  const std::int64_t deal = Deal("rep_a");
  ASSERT_EQ(Put("rep_a", deal, {Line("3")}).status, 200);
  const std::int64_t quote = NewQuote("rep_a", deal);
  Send("rep_a", quote);
  ASSERT_EQ(Act("rep_a", quote, "accept").status, 200);
  HttpResult closed = Put("rep_a", deal, {Line("5")});
  EXPECT_EQ(closed.status, 409) << closed.Describe();
  EXPECT_EQ(StringAt(closed.Json(), "code"), "pipeline.lines_closed") << closed.body;
  ASSERT_EQ(Stored(deal).size(), 1u);
  EXPECT_EQ(StringAt(Stored(deal).at(0), "quantity"), "3");
}

SD_INSTANTIATE_API_TEST(DealLinesTest);

}  // namespace
}  // namespace salesdesk::api_test
