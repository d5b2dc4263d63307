// A pipeline (Proposal, Won, Lost) over the EUR price list, deals of 1,000.00 EUR in Proposal,
// and quotes on them that are submitted, sent and answered: what the tests of quotes on deals
// (quote_opportunity_test.cpp) and of a deal's credit split (deal_split_test.cpp) share.
#pragma once

#include <optional>
#include <string>

#include "sales/api/eur_price_list_test.h"

namespace salesdesk::api_test {

class DealQuoteTest : public EurPriceListTest {
 protected:
  void SetUp() override {
    EurPriceListTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    pipeline_ = SysCreate("pipelines", {{"name", "Hospitals"}});
    proposal_ = Stage(1, "Proposal", 50, "best_case", false);
    won_ = Stage(2, "Won", 100, "closed", true);
    SysCreate("pipeline-stages", {{"pipeline_id", pipeline_},
                                  {"position", 3},
                                  {"name", "Lost"},
                                  {"probability", 0},
                                  {"forecast_category", "omitted"},
                                  {"lost", true}});
  }
  std::int64_t Stage(int position, const char* name, int probability, const char* category,
                     bool won) {
    return SysCreate("pipeline-stages", {{"pipeline_id", pipeline_},
                                         {"position", position},
                                         {"name", name},
                                         {"probability", probability},
                                         {"forecast_category", category},
                                         {"won", won}});
  }
  // A deal of the owner's first account, 1,000.00 EUR, in the Proposal stage.
  std::int64_t Deal(const std::string& owner) {
    const boost::json::object body{{"title", "Infusion pumps"},
                                   {"account_id", AccountOf(owner).id},
                                   {"amount", {{"amount", "1000.00"}, {"currency", "EUR"}}},
                                   {"expected_close", "2024-04-15"},
                                   {"stage_id", proposal_}};
    HttpResult r = Call(owner, "POST", "/api/v1/opportunities", boost::json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  // 10 x 20.00 = 200.00 net; 21 % tax = 42.00; 242.00 in all. No discount: approved on submit.
  boost::json::object QuoteBody(std::int64_t account_id, std::optional<std::int64_t> deal) {
    boost::json::object body{
        {"account_id", account_id},
        {"price_list_id", list_id_},
        {"lines", boost::json::array{boost::json::object{
                      {"product_id", product_id()}, {"quantity", "10"}, {"tax_rate_pct", "21"}}}}};
    if (deal) body["opportunity_id"] = *deal;
    return body;
  }
  HttpResult PostQuote(const std::string& user, const boost::json::object& body) {
    return Call(user, "POST", "/api/v1/quotes", boost::json::serialize(body));
  }
  std::int64_t NewQuote(const std::string& owner, std::int64_t deal) {
    HttpResult r = PostQuote(owner, QuoteBody(AccountOf(owner).id, deal));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json().at("quote"), "id") : 0;
  }
  HttpResult Act(const std::string& user, std::int64_t quote, const char* action) {
    return Call(user, "POST", "/api/v1/quotes/" + std::to_string(quote) + "/" + action, "",
                {{"If-Match", ETagOf("quotes", quote)}});
  }
  // Submitted (approved: no deviation) and sent, ready for the customer's answer.
  void Send(const std::string& user, std::int64_t quote) {
    HttpResult submitted = Act(user, quote, "submit");
    ASSERT_EQ(submitted.status, 200) << submitted.Describe();
    ASSERT_EQ(StringAt(submitted.Json().at("quote"), "status"), "approved") << submitted.body;
    ASSERT_EQ(Act(user, quote, "send").status, 200);
  }
  boost::json::value GetDeal(std::int64_t id) {
    HttpResult r = Call("director", "GET", "/api/v1/opportunities/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  boost::json::value StageChanges(std::int64_t deal) {
    HttpResult r = Call("director", "GET",
                        "/api/v1/opportunity-stage-changes?opportunity_id=" + std::to_string(deal));
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  static void ExpectRefused(const HttpResult& r, const char* code) {
    EXPECT_EQ(r.status, 422) << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), "opportunity_id") << r.body;
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  }

  std::int64_t pipeline_ = 0, proposal_ = 0, won_ = 0;
};

}  // namespace salesdesk::api_test
