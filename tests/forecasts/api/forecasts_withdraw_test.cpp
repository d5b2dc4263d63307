// Withdrawing an adjustment (RULES D-R3 "confirms or removes it", decision 0052): the author or
// the author's direct manager takes it back; the grid falls back to the value beneath it, the row
// stays in the cell's history as withdrawn, and the change is audited. Who may not read it gets
// 404, who reads it but may not withdraw it 403, and a second withdrawal 409.
#include "forecasts/api/forecasts_fixture.h"

namespace salesdesk::api_test {
namespace {

class ForecastWithdrawTest : public ForecastsTest {
 protected:
  HttpResult Withdraw(const std::string& user, std::int64_t adjustment) {
    return Call(user, "POST",
                "/api/v1/forecast-adjustments/" + std::to_string(adjustment) + "/withdraw");
  }
};

// March 2024: rep_b has one Commit deal of 400.00 and rep_a nothing, so the manager's Commit
// (own 0 + rep_a 0 + rep_b 400) is 400.00. The manager sets rep_b's Commit to 700.00: the
// manager's view is 700.00 and the senior manager sees 700.00 of the manager. Withdrawn, the
// manager's view and what the manager sees of rep_b are 400.00 again.
TEST_P(ForecastWithdrawTest, TheAuthorWithdrawsAndTheGridFallsBackToTheValueBeneath) {
  Deal("rep_b", commit_, "400");
  HttpResult made = Adjust("manager", "rep_b", "2024-03", "commit", 70000);
  ASSERT_EQ(made.status, 201) << made.Describe();
  const std::int64_t id = IntAt(made.Json(), "id");
  EXPECT_EQ(At(Row(Grid("manager"), "manager"), "view", "commit"), 70000);
  EXPECT_EQ(At(Row(Grid("senior"), "senior"), "view", "commit"), 70000);

  // Reps and finance change no forecast; manager2 (another team) cannot read it; the director
  // reads it but is not the manager's direct manager (the senior manager is).
  EXPECT_EQ(Withdraw("rep_b", id).status, 403);
  EXPECT_EQ(Withdraw("finance", id).status, 403);
  EXPECT_EQ(Withdraw("manager2", id).status, 404);
  HttpResult skip = Withdraw("director", id);
  EXPECT_EQ(skip.status, 403) << skip.Describe();
  EXPECT_EQ(StringAt(skip.Json(), "code"), "forecasts.withdrawer_not_allowed");
  EXPECT_EQ(Withdraw("manager", 987654).status, 404);

  HttpResult done = Withdraw("manager", id);
  ASSERT_EQ(done.status, 200) << done.Describe();
  EXPECT_EQ(StringAt(done.Json(), "status"), "withdrawn");
  const json::value grid = Grid("manager");
  EXPECT_EQ(At(Row(grid, "manager"), "view", "commit"), 40000);
  EXPECT_EQ(At(Row(grid, "rep_b"), "seen_by_manager", "commit"), 40000);
  EXPECT_TRUE(Row(grid, "rep_b").at("adjustments").as_array().empty());
  EXPECT_EQ(At(Row(Grid("senior"), "senior"), "view", "commit"), 40000);

  HttpResult again = Withdraw("manager", id);
  EXPECT_EQ(again.status, 409) << again.Describe();
  EXPECT_EQ(StringAt(again.Json(), "code"), "forecasts.adjustment_not_active");

  HttpResult history = History("manager", "rep_b");
  ASSERT_EQ(history.status, 200) << history.Describe();
  const json::value items = history.Json().at("items");
  ASSERT_EQ(items.as_array().size(), 1u);
  EXPECT_EQ(StringAt(items.at(0), "status"), "withdrawn");
  HttpResult audit =
      Call("director", "GET",
           "/api/v1/audit-events?entity=forecast-adjustments&entity_id=" + std::to_string(id));
  ASSERT_EQ(audit.status, 200) << audit.Describe();
  EXPECT_NE(audit.body.find("withdrawn"), std::string::npos) << audit.body;
}

// The author's direct manager may withdraw it too: the senior manager takes back the manager's
// Best Case adjustment of rep_b (900.00 over 400.00); a new adjustment of the cell then starts
// afresh (it replaces nothing).
TEST_P(ForecastWithdrawTest, TheAuthorsManagerWithdrawsIt) {
  Deal("rep_b", commit_, "400");
  HttpResult made = Adjust("manager", "rep_b", "2024-03", "best_case", 90000);
  ASSERT_EQ(made.status, 201) << made.Describe();
  EXPECT_EQ(At(Row(Grid("manager"), "manager"), "view", "best_case"), 90000);
  HttpResult done = Withdraw("senior", IntAt(made.Json(), "id"));
  ASSERT_EQ(done.status, 200) << done.Describe();
  EXPECT_EQ(At(Row(Grid("manager"), "manager"), "view", "best_case"), 40000);
  HttpResult fresh = Adjust("manager", "rep_b", "2024-03", "best_case", 80000);
  ASSERT_EQ(fresh.status, 201) << fresh.Describe();
  EXPECT_TRUE(fresh.Json().at("replaced_id").is_null());
  EXPECT_EQ(At(Row(Grid("manager"), "manager"), "view", "best_case"), 80000);
}

SD_INSTANTIATE_API_TEST(ForecastWithdrawTest);

}  // namespace
}  // namespace salesdesk::api_test
