// Quotes belong to an opportunity (issue 12, decision 0055) through the API on both databases:
// the link is stored, listed by deal and kept by a revision; a deal of another account or one
// the caller cannot see is refused naming opportunity_id (hidden and missing alike); accepting a
// linked quote wins an open deal as moving it to the won stage would, once; the pipeline's
// win_on_quote_accept turns that off; a rejected quote never loses the deal.
#include "pipeline/api/deal_quote_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class QuoteOpportunityTest : public DealQuoteTest {};

TEST_P(QuoteOpportunityTest, AQuoteOnADealIsStoredListedByTheDealAndKeptByARevision) {
  const std::int64_t deal = Deal("rep_a");
  const std::int64_t quote = NewQuote("rep_a", deal);
  ASSERT_NE(quote, 0);
  NewQuote("rep_a", Deal("rep_a"));  // another deal's quote, not listed below
  HttpResult listed = Call("rep_a", "GET", "/api/v1/quotes?opportunity_id=" + std::to_string(deal));
  ASSERT_EQ(listed.status, 200) << listed.Describe();
  const json::value page = listed.Json();
  ASSERT_EQ(page.at("items").as_array().size(), 1u) << listed.body;
  EXPECT_EQ(IntAt(page.at("items").at(0), "id"), quote);
  EXPECT_EQ(IntAt(page.at("items").at(0), "opportunity_id"), deal);

  // Editing the draft may unlink it and link it again.
  json::object unlinked = QuoteBody(AccountOf("rep_a").id, std::nullopt);
  unlinked["opportunity_id"] = nullptr;
  HttpResult edited = Call("rep_a", "PUT", "/api/v1/quotes/" + std::to_string(quote),
                           json::serialize(unlinked), {{"If-Match", ETagOf("quotes", quote)}});
  ASSERT_EQ(edited.status, 200) << edited.Describe();
  EXPECT_TRUE(edited.Json().at("quote").at("opportunity_id").is_null()) << edited.body;
  edited = Call("rep_a", "PUT", "/api/v1/quotes/" + std::to_string(quote),
                json::serialize(QuoteBody(AccountOf("rep_a").id, deal)),
                {{"If-Match", ETagOf("quotes", quote)}});
  ASSERT_EQ(edited.status, 200) << edited.Describe();
  EXPECT_EQ(IntAt(edited.Json().at("quote"), "opportunity_id"), deal);

  // A revision (after the customer rejected it) is the same quote on the same deal.
  Send("rep_a", quote);
  ASSERT_EQ(Act("rep_a", quote, "reject").status, 200);
  HttpResult revised = Act("rep_a", quote, "revise");
  ASSERT_EQ(revised.status, 200) << revised.Describe();
  EXPECT_EQ(IntAt(revised.Json().at("quote"), "revision"), 2);
  EXPECT_EQ(IntAt(revised.Json().at("quote"), "opportunity_id"), deal);
  // The rejection left the deal open where it was.
  EXPECT_EQ(IntAt(GetDeal(deal), "stage_id"), proposal_);
}

TEST_P(QuoteOpportunityTest, ADealOfAnotherAccountOrOneTheCallerCannotSeeIsRefused) {
  // The director sees every deal: rep_c's deal on rep_a's account's quote is the wrong account.
  const std::int64_t asia = Deal("rep_c");
  ExpectRefused(PostQuote("director", QuoteBody(AccountOf("rep_a").id, asia)),
                "pipeline.quote_deal_other_account");
  // Editing a quote to another account's deal is refused the same way.
  const std::int64_t quote = NewQuote("rep_a", Deal("rep_a"));
  HttpResult moved = Call("director", "PUT", "/api/v1/quotes/" + std::to_string(quote),
                          json::serialize(QuoteBody(AccountOf("rep_a").id, asia)),
                          {{"If-Match", ETagOf("quotes", quote)}});
  ExpectRefused(moved, "pipeline.quote_deal_other_account");

  // rep_b's deal is invisible to rep_a: the answer is the one for a deal that does not exist.
  const std::int64_t hidden = Deal("rep_b");
  HttpResult invisible = PostQuote("rep_a", QuoteBody(AccountOf("rep_a").id, hidden));
  HttpResult missing = PostQuote("rep_a", QuoteBody(AccountOf("rep_a").id, 987654));
  ExpectRefused(invisible, "reference.not_visible");
  ExpectRefused(missing, "reference.not_visible");
  std::string hidden_detail = StringAt(invisible.Json(), "detail");
  const std::string id = std::to_string(hidden);
  hidden_detail.replace(hidden_detail.find(id), id.size(), "987654");
  EXPECT_EQ(hidden_detail, StringAt(missing.Json(), "detail"));
}

TEST_P(QuoteOpportunityTest, AcceptingALinkedQuoteWinsTheOpenDealOnce) {
  const std::int64_t deal = Deal("rep_a");
  const std::int64_t quote = NewQuote("rep_a", deal);
  Send("rep_a", quote);
  EXPECT_EQ(IntAt(GetDeal(deal), "stage_id"), proposal_) << "sending wins nothing";
  HttpResult accepted = Act("rep_a", quote, "accept");
  ASSERT_EQ(accepted.status, 200) << accepted.Describe();

  const json::value won = GetDeal(deal);
  EXPECT_EQ(IntAt(won, "stage_id"), won_);
  EXPECT_EQ(StringAt(won, "forecast_category"), "closed");
  EXPECT_EQ(IntAt(won, "probability"), 100);
  EXPECT_EQ(StringAt(won, "closed_on"), "2024-03-01");  // the company's today (test clock)
  // The estimate of 1,000.00 gives way to what the customer bought: 10 x 20.00 = 200.00 net.
  EXPECT_EQ(StringAt(won.at("amount"), "amount"), "200.00");
  EXPECT_EQ(StringAt(won.at("amount"), "currency"), "EUR");
  const json::value changes = StageChanges(deal);
  ASSERT_EQ(changes.at("items").as_array().size(), 1u) << json::serialize(changes);
  EXPECT_EQ(IntAt(changes.at("items").at(0), "from_stage_id"), proposal_);
  EXPECT_EQ(IntAt(changes.at("items").at(0), "to_stage_id"), won_);
  EXPECT_EQ(IntAt(changes.at("items").at(0), "changed_by_id"), UserId("rep_a"));

  // A second quote of the won deal, accepted too, changes nothing on the deal.
  const std::string version = ETagOf("opportunities", deal);
  json::object bigger = QuoteBody(AccountOf("rep_a").id, deal);
  bigger["lines"].as_array()[0].as_object()["quantity"] = "30";
  HttpResult second = PostQuote("rep_a", bigger);
  ASSERT_EQ(second.status, 201) << second.Describe();
  const std::int64_t again = IntAt(second.Json().at("quote"), "id");
  Send("rep_a", again);
  ASSERT_EQ(Act("rep_a", again, "accept").status, 200);
  EXPECT_EQ(ETagOf("opportunities", deal), version);
  EXPECT_EQ(StringAt(GetDeal(deal).at("amount"), "amount"), "200.00");
  EXPECT_EQ(StageChanges(deal).at("items").as_array().size(), 1u);
}

TEST_P(QuoteOpportunityTest, APipelineThatDoesNotWinOnAcceptanceLeavesTheDealOpen) {
  HttpResult off =
      Call("director", "PATCH", "/api/v1/pipelines/" + std::to_string(pipeline_),
           R"({"win_on_quote_accept":false})", {{"If-Match", ETagOf("pipelines", pipeline_)}});
  ASSERT_EQ(off.status, 200) << off.Describe();
  const std::int64_t deal = Deal("rep_a");
  const std::int64_t quote = NewQuote("rep_a", deal);
  Send("rep_a", quote);
  ASSERT_EQ(Act("rep_a", quote, "accept").status, 200);
  const json::value open = GetDeal(deal);
  EXPECT_EQ(IntAt(open, "stage_id"), proposal_);
  EXPECT_TRUE(open.at("closed_on").is_null());
  EXPECT_EQ(StringAt(open.at("amount"), "amount"), "1000.00");
  EXPECT_EQ(StageChanges(deal).at("items").as_array().size(), 0u);
}

SD_INSTANTIATE_API_TEST(QuoteOpportunityTest);

}  // namespace
}  // namespace salesdesk::api_test
