// A deal's credit split through the API on both databases (issue 12, decision 0071): the whole
// set is replaced by whoever writes the deal, checked like an order's (the revenue shares sum to
// 10,000 bp; every member named); a deal the caller cannot see answers as a missing one; the
// rows read like their deal; an order made from the deal's accepted quote copies them; a won
// deal's split is its record (409). What the split does to forecasts is in
// forecasts/api/forecasts_split_test.cpp.
#include "pipeline/api/deal_quote_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class DealSplitTest : public DealQuoteTest {
 protected:
  HttpResult Split(const std::string& user, std::int64_t deal, const json::array& shares) {
    return Call(user, "PUT", "/api/v1/opportunities/" + std::to_string(deal) + "/credit-splits",
                json::serialize(json::object{{"credit_splits", shares}}));
  }
  json::object Share(const std::string& user, int bp, const char* kind = "revenue") {
    return {{"user_id", UserId(user)}, {"share_bp", bp}, {"kind", kind}};
  }
  json::array Rows(const std::string& user, const std::string& query) {
    HttpResult r = Call(user, "GET", query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json().at("items").as_array() : json::array{};
  }
  static void ExpectProblem(const HttpResult& r, int status, const char* field, const char* code) {
    EXPECT_EQ(r.status, status) << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  }
};

TEST_P(DealSplitTest, TheSplitIsCheckedAsASetAndWrittenByWhoeverWritesTheDeal) {
  const std::int64_t deal = Deal("rep_a");
  ExpectProblem(Split("rep_a", deal, {Share("rep_a", 6000), Share("rep_b", 3000)}), 422,
                "credit_splits", "billing.credit_splits_total");
  json::object nobody = Share("rep_b", 5000);
  nobody["user_id"] = 987654;
  HttpResult unknown = Split("rep_a", deal, {Share("rep_a", 5000), nobody});
  EXPECT_EQ(unknown.status, 422) << unknown.Describe();
  EXPECT_EQ(StringAt(unknown.Json(), "field"), "credit_splits/1/user_id") << unknown.body;
  // rep_b cannot see rep_a's deal: the same answer as for a deal that does not exist.
  HttpResult hidden = Split("rep_b", deal, {});
  HttpResult missing = Split("rep_b", 987654, {});
  EXPECT_EQ(hidden.status, 404) << hidden.Describe();
  EXPECT_EQ(missing.status, 404) << missing.Describe();
  // Finance reads deals and writes none.
  EXPECT_EQ(Split("finance", deal, {}).status, 403);
  // Nothing of the refused sets was stored.
  const std::string rows_of =
      "/api/v1/opportunity-credit-splits?opportunity_id=" + std::to_string(deal) + "&sort=position";
  EXPECT_TRUE(Rows("director", rows_of).empty());

  // The owner's manager splits it half and half, with an overlay for the manager on top.
  HttpResult split =
      Split("manager", deal,
            {Share("rep_a", 5000), Share("rep_b", 5000), Share("manager", 2000, "overlay")});
  ASSERT_EQ(split.status, 200) << split.Describe();
  EXPECT_EQ(split.Json().at("credit_splits").as_array().size(), 3u) << split.body;
  const json::array rows = Rows("rep_a", rows_of);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(IntAt(rows[0], "user_id"), UserId("rep_a"));
  EXPECT_EQ(IntAt(rows[1], "user_id"), UserId("rep_b"));
  EXPECT_EQ(IntAt(rows[1], "share_bp"), 5000);
  EXPECT_EQ(StringAt(rows[2], "kind"), "overlay");
  EXPECT_EQ(IntAt(rows[2], "position"), 3);
  // The rows read like their deal: rep_c (another team) lists none of them.
  EXPECT_TRUE(Rows("rep_c", rows_of).empty());
  // Generic writes of the rows are refused: the PUT replaces the set.
  HttpResult generic =
      Call("director", "POST", "/api/v1/opportunity-credit-splits",
           json::serialize(json::object{
               {"opportunity_id", deal}, {"user_id", UserId("rep_a")}, {"share_bp", 10000}}));
  EXPECT_GE(generic.status, 400) << generic.Describe();
  EXPECT_EQ(Rows("director", rows_of).size(), 3u);
  // An empty set gives the owner all of it again.
  ASSERT_EQ(Split("rep_a", deal, {}).status, 200);
  EXPECT_TRUE(Rows("director", rows_of).empty());
}

TEST_P(DealSplitTest, AnOrderFromTheDealsQuoteIsCreditedAsTheDealAndTheWonDealsSplitIsKept) {
  const std::int64_t deal = Deal("rep_a");
  ASSERT_EQ(Split("rep_a", deal,
                  {Share("rep_a", 7000), Share("rep_b", 3000), Share("manager", 1500, "overlay")})
                .status,
            200);
  const std::int64_t quote = NewQuote("rep_a", deal);
  Send("rep_a", quote);
  ASSERT_EQ(Act("rep_a", quote, "accept").status, 200);
  EXPECT_EQ(IntAt(GetDeal(deal), "stage_id"), won_);

  // The won deal's split is its record.
  HttpResult closed = Split("rep_a", deal, {});
  ExpectProblem(closed, 409, "credit_splits", "pipeline.credit_splits_closed");
  EXPECT_NE(StringAt(closed.Json(), "detail").find("Infusion pumps"), std::string::npos)
      << closed.body;

  HttpResult order = Call("rep_a", "POST", "/api/v1/quotes/" + std::to_string(quote) + "/convert",
                          "", {{"If-Match", ETagOf("quotes", quote)}});
  ASSERT_EQ(order.status, 201) << order.Describe();
  const std::int64_t order_id = IntAt(order.Json(), "id");
  const json::array copied =
      Rows("rep_a", "/api/v1/sales-order-credit-splits?sales_order_id=" + std::to_string(order_id) +
                        "&sort=position");
  ASSERT_EQ(copied.size(), 3u);
  EXPECT_EQ(IntAt(copied[0], "user_id"), UserId("rep_a"));
  EXPECT_EQ(IntAt(copied[0], "share_bp"), 7000);
  EXPECT_EQ(IntAt(copied[1], "user_id"), UserId("rep_b"));
  EXPECT_EQ(IntAt(copied[1], "share_bp"), 3000);
  EXPECT_EQ(IntAt(copied[2], "user_id"), UserId("manager"));
  EXPECT_EQ(StringAt(copied[2], "kind"), "overlay");
  // The deal keeps its own rows.
  EXPECT_EQ(
      Rows("rep_a", "/api/v1/opportunity-credit-splits?opportunity_id=" + std::to_string(deal))
          .size(),
      3u);

  // A quote without a deal makes an order without a split (its owner's 100 %).
  HttpResult posted = PostQuote("rep_a", QuoteBody(AccountOf("rep_a").id, std::nullopt));
  ASSERT_EQ(posted.status, 201) << posted.Describe();
  const std::int64_t plain = IntAt(posted.Json().at("quote"), "id");
  Send("rep_a", plain);
  ASSERT_EQ(Act("rep_a", plain, "accept").status, 200);
  HttpResult unsplit = Call("rep_a", "POST", "/api/v1/quotes/" + std::to_string(plain) + "/convert",
                            "", {{"If-Match", ETagOf("quotes", plain)}});
  ASSERT_EQ(unsplit.status, 201) << unsplit.Describe();
  EXPECT_TRUE(Rows("rep_a", "/api/v1/sales-order-credit-splits?sales_order_id=" +
                                std::to_string(IntAt(unsplit.Json(), "id")))
                  .empty());
}

SD_INSTANTIATE_API_TEST(DealSplitTest);

}  // namespace
}  // namespace salesdesk::api_test
