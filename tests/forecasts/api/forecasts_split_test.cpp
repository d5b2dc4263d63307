// A split deal in the forecasts (decision 0071, RULES C-R2 and D-R5's "credited share"): each
// person's figure counts their Allocated share of the deal in the company currency, whoever owns
// the deal and whether or not the person may open it; the shares add up to the whole deal once
// at the top; overlays count in no forecast; a won split deal's actuals are credited the same way.
// The test clock is 1 Mar 2024.
#include "forecasts/api/forecasts_fixture.h"

namespace salesdesk::api_test {
namespace {

class ForecastsSplitTest : public ForecastsTest {
 protected:
  void SplitDeal(const std::string& user, std::int64_t deal, const json::array& shares) {
    HttpResult r =
        Call(user, "PUT", "/api/v1/opportunities/" + std::to_string(deal) + "/credit-splits",
             json::serialize(json::object{{"credit_splits", shares}}));
    ASSERT_EQ(r.status, 200) << r.Describe();
  }
  json::object Share(const std::string& user, int bp, const char* kind = "revenue") {
    return {{"user_id", UserId(user)}, {"share_bp", bp}, {"kind", kind}};
  }
};

// rep_a's Commit deal of 1,000.01 EUR, 60 % to rep_a (Iberia) and 40 % to rep_c (Asia):
// quotas 60,000.6 and 40,000.4 cents → 60,000 + 40,000, the cent left to the larger remainder:
// rep_a 600.01, rep_c 400.00. The manager (Iberia) sees 600.01, manager2 (Asia) 400.00, the
// director the whole 1,000.01 once. rep_c may not open the deal yet sees their 400.00.
TEST_P(ForecastsSplitTest, EachPersonCountsTheirShareAndTheTopCountsTheDealOnce) {
  const std::int64_t deal = Deal("rep_a", commit_, "1000.01");
  Deal("rep_c", proposal_, "100");  // rep_c's own Best Case, unsplit
  SplitDeal("manager", deal,
            {Share("rep_a", 6000), Share("rep_c", 4000), Share("rep_b", 2000, "overlay")});

  const json::value grid = Grid("director");
  EXPECT_EQ(At(Row(grid, "rep_a"), "view", "commit"), 60001);
  EXPECT_EQ(At(Row(grid, "rep_c"), "view", "commit"), 40000);
  EXPECT_EQ(At(Row(grid, "rep_c"), "view", "best_case"), 40000 + 10000);
  EXPECT_EQ(At(Row(grid, "rep_b"), "view", "commit"), 0) << "an overlay is not forecast";
  EXPECT_EQ(At(Row(grid, "manager"), "raw", "commit"), 60001);
  EXPECT_EQ(At(Row(grid, "manager2"), "raw", "commit"), 40000);
  EXPECT_EQ(At(Row(grid, "director"), "view", "commit"), 100001);

  EXPECT_EQ(At(Row(Grid("manager"), "manager"), "view", "commit"), 60001);
  EXPECT_EQ(At(Row(Grid("rep_c"), "rep_c"), "view", "commit"), 40000);
  EXPECT_EQ(Call("rep_c", "GET", "/api/v1/opportunities/" + std::to_string(deal)).status, 404);

  // Without the split, the owner has all of it again.
  SplitDeal("manager", deal, {});
  EXPECT_EQ(At(Row(Grid("director"), "rep_a"), "view", "commit"), 100001);
  EXPECT_EQ(At(Row(Grid("director"), "rep_c"), "view", "commit"), 0);
}

// Won in February and split 60/40 before it was won: the actuals of February are rep_a 600.01,
// rep_c 400.00, and the Iberia manager's team 600.01 (D-R5: closed won, credited share).
TEST_P(ForecastsSplitTest, AWonSplitDealIsCreditedByItsShares) {
  SetDay("2024-02-01");
  const std::int64_t deal = Deal("rep_a", commit_, "1000.01", "EUR", "2024-02-15");
  SplitDeal("rep_a", deal, {Share("rep_a", 6000), Share("rep_c", 4000)});
  SetDay("2024-02-15");
  Move(deal, {{"stage_id", won_}});
  SetDay("2024-03-01");
  const auto actual = [&](const std::string& person) -> std::int64_t {
    HttpResult r =
        Call("director", "GET",
             "/api/v1/forecasts/accuracy?months=1&person=" + std::to_string(UserId(person)));
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? IntAt(r.Json().at("trend").at(0), "actual") : -1;
  };
  EXPECT_EQ(actual("rep_a"), 60001);
  EXPECT_EQ(actual("rep_c"), 40000);
  EXPECT_EQ(actual("manager"), 60001);
  EXPECT_EQ(actual("manager2"), 40000);
}

SD_INSTANTIATE_API_TEST(ForecastsSplitTest);

}  // namespace
}  // namespace salesdesk::api_test
