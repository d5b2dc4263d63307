// Forecasts through the API (issue 12, RULES.md D, docs/forecasts.md): the grid rolls each
// person's deals up the team with a manager's adjustment, the adjustment is stored with the value
// it replaced and turns stale when a deal moves, a rep sees their own row, a manager the team and
// the director everyone; the weekly snapshot holds what was submitted, and accuracy compares it
// with what was won. Figures are hand-computed in the comments. The test clock is 1 Mar 2024.
#include "forecasts/api/forecasts_fixture.h"

namespace salesdesk::api_test {
namespace {

// March 2024, EUR company. rep_a: Commit 1,000.00, Best Case 300.00, Pipeline 200.00, won 500.00
// (today). rep_b: Commit 400.00 and Commit USD 108.00 — the only rate is EUR→USD 1.08, so USD→EUR
// is its inverse 0.92592593 and 108.00 USD = 100.0000004 → 100.00 EUR.
//   rep_a: closed 500, commit 1,000 + 500 = 1,500, best case 300 + 1,500 = 1,800,
//          open pipeline 1,000 + 300 + 200 = 1,500.
//   rep_b: closed 0, commit 400 + 100 = 500, best case 500, open pipeline 500.
//   manager (owns nothing): raw = 500 / 2,000 / 2,300 / 2,000.
// The manager sets rep_b's Commit to 700 (basis: rep_b's view, 500): the manager's view of Commit
// is 1,500 + 700 = 2,200; rep_b still sees 500; the director sees the manager's 2,200 through the
// senior manager (nobody above adjusted).
TEST_P(ForecastsTest, AManagersAdjustmentRollsUpAndTurnsStaleWhenTheDealMoves) {
  Deal("rep_a", commit_, "1000");
  Deal("rep_a", proposal_, "300");
  Deal("rep_a", prospect_, "200");
  const std::int64_t won = Deal("rep_a", commit_, "500");
  Move(won, {{"stage_id", won_}});
  const std::int64_t b_commit = Deal("rep_b", commit_, "400");
  Deal("rep_b", commit_, "108", "USD");

  json::value grid = Grid("manager");
  EXPECT_EQ(StringAt(grid, "currency"), "EUR");
  const json::value a = Row(grid, "rep_a");
  EXPECT_EQ(At(a, "view", "closed"), 50000);
  EXPECT_EQ(At(a, "view", "commit"), 150000);
  EXPECT_EQ(At(a, "view", "best_case"), 180000);
  EXPECT_EQ(At(a, "view", "open_pipeline"), 150000);
  EXPECT_EQ(At(Row(grid, "rep_b"), "view", "commit"), 50000);
  const json::value m = Row(grid, "manager");
  EXPECT_EQ(At(m, "raw", "closed"), 50000);
  EXPECT_EQ(At(m, "raw", "commit"), 200000);
  EXPECT_EQ(At(m, "raw", "best_case"), 230000);
  EXPECT_EQ(At(m, "raw", "open_pipeline"), 200000);

  // Reps adjust nothing; the director is not rep_b's direct manager; Closed is a fact.
  EXPECT_EQ(Adjust("rep_b", "rep_b", "2024-03", "commit", 1).status, 403);
  HttpResult skip = Adjust("director", "rep_b", "2024-03", "commit", 1);
  EXPECT_EQ(skip.status, 403) << skip.Describe();
  EXPECT_EQ(StringAt(skip.Json(), "code"), "forecasts.adjuster_not_allowed");
  EXPECT_EQ(StringAt(skip.Json(), "field"), "person");
  HttpResult closed = Adjust("manager", "rep_b", "2024-03", "closed", 1);
  EXPECT_EQ(closed.status, 422) << closed.Describe();
  EXPECT_EQ(StringAt(closed.Json(), "field"), "category");

  HttpResult made = Adjust("manager", "rep_b", "2024-03", "commit", 70000,
                           {{"Idempotency-Key", "adjust-rep-b-march"}});
  ASSERT_EQ(made.status, 201) << made.Describe();
  EXPECT_EQ(IntAt(made.Json(), "subject_id"), UserId("rep_b"));
  EXPECT_EQ(IntAt(made.Json(), "owner_id"), UserId("manager"));
  EXPECT_EQ(StringAt(made.Json().at("basis"), "amount"), "500.00");
  EXPECT_EQ(StringAt(made.Json().at("amount"), "amount"), "700.00");
  HttpResult again = Adjust("manager", "rep_b", "2024-03", "commit", 70000,
                            {{"Idempotency-Key", "adjust-rep-b-march"}});
  EXPECT_EQ(IntAt(again.Json(), "id"), IntAt(made.Json(), "id"));  // replayed, not twice

  grid = Grid("manager");
  EXPECT_EQ(At(Row(grid, "manager"), "view", "commit"), 220000);
  EXPECT_EQ(At(Row(grid, "manager"), "raw", "commit"), 200000);
  EXPECT_EQ(At(Row(grid, "rep_b"), "seen_by_manager", "commit"), 70000);
  EXPECT_FALSE(Row(grid, "rep_b").at("adjustments").at(0).at("stale").as_bool());
  EXPECT_EQ(At(Row(Grid("rep_b"), "rep_b"), "view", "commit"), 50000);  // never sees it
  const json::value director = Grid("director");
  EXPECT_EQ(At(Row(director, "director"), "view", "commit"), 220000);
  EXPECT_EQ(At(Row(director, "director"), "raw", "commit"), 200000);

  // rep_b's 400.00 slips back to Best Case: rep_b's Commit is 100, not the 500 the adjustment
  // replaced, so it is stale — and still applies (the manager's view stays 2,200).
  Move(b_commit, {{"stage_id", proposal_}});
  grid = Grid("manager");
  const json::value stale = Row(grid, "rep_b").at("adjustments").at(0);
  EXPECT_TRUE(stale.at("stale").as_bool());
  EXPECT_EQ(IntAt(stale, "current_basis"), 10000);
  EXPECT_EQ(At(Row(grid, "manager"), "view", "commit"), 220000);
  EXPECT_EQ(At(Row(grid, "manager"), "raw", "commit"), 160000);

  // Saving it again confirms it on today's basis; the cell's history keeps both.
  HttpResult confirmed = Adjust("manager", "rep_b", "2024-03", "commit", 70000);
  ASSERT_EQ(confirmed.status, 201) << confirmed.Describe();
  EXPECT_EQ(StringAt(confirmed.Json().at("basis"), "amount"), "100.00");
  EXPECT_FALSE(Row(Grid("manager"), "rep_b").at("adjustments").at(0).at("stale").as_bool());
  HttpResult history = History("manager", "rep_b");
  ASSERT_EQ(history.status, 200) << history.Describe();
  const json::value items = history.Json().at("items");
  ASSERT_EQ(items.as_array().size(), 2u);
  EXPECT_EQ(StringAt(items.at(0), "status"), "active");
  EXPECT_EQ(StringAt(items.at(1), "status"), "superseded");
  EXPECT_EQ(IntAt(items.at(0), "replaced_id"), IntAt(items.at(1), "id"));
  // rep_b reads none of it: the adjustment was made of them from above.
  HttpResult hidden = History("rep_b", "rep_b");
  EXPECT_TRUE(hidden.Json().at("items").as_array().empty()) << hidden.body;

  // The quarter holds March's deals (1,500 + 100) but not the month's adjustment: an adjustment
  // belongs to the period it was made for.
  EXPECT_EQ(At(Row(Grid("manager", "period=2024-Q1"), "manager"), "view", "commit"), 160000);
  EXPECT_EQ(At(Row(Grid("manager", "period=2024-03&kind=quarter"), "manager"), "view", "commit"),
            160000);
}

// A rep sees their own row, a manager their team, the director everyone in sales.
TEST_P(ForecastsTest, EachRoleSeesItsOwnScope) {
  Deal("rep_c", commit_, "250");
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(People(Grid("rep_a")), V{UserId("rep_a")});
  EXPECT_EQ(People(Grid("manager")), (V{UserId("manager"), UserId("rep_a"), UserId("rep_b")}));
  const V all = People(Grid("director"));
  EXPECT_EQ(all.size(), 7u);  // director, senior, manager, manager2 and the three reps
  EXPECT_EQ(all.front(), UserId("director"));
  // rep_c's deal reaches the director through manager2, and the manager's grid not at all.
  EXPECT_EQ(At(Row(Grid("director"), "director"), "view", "commit"), 25000);
  EXPECT_EQ(At(Row(Grid("manager"), "manager"), "view", "commit"), 0);
  HttpResult bad = Call("manager", "GET", "/api/v1/forecasts/grid?period=2024-13");
  EXPECT_EQ(bad.status, 422) << bad.Describe();
  EXPECT_EQ(StringAt(bad.Json(), "field"), "period");
}

// Accuracy from the weekly snapshots (lag "week 1": the first snapshot taken in the month).
// rep_a: January Commit 1,000.00 in the 1 Jan snapshot, won 1,200.00 in January; February Commit
// 800.00 in the 5 Feb snapshot, won 1,000.00 in February. (F, A) = (1,000, 1,200), (800, 1,000):
//   bias = (−200 − 200) / 2,200 = −1818.18 bp → −1818; WAPE = 400 / 2,200 → 1818;
//   accuracy = 1,800 / 2,200 = 8181.82 → 8182; MAPE = (200/1,200 + 200/1,000) / 2 = 1833.33 → 1833.
// The manager had set rep_a's January Commit to 1,150.00 before the 1 Jan snapshot: the
// manager's view (1,150, 800) against the team's (1,200, 1,000): WAPE = (50 + 200) / 2,200 =
// 1136.36 → 1136; raw (1,000, 800): 1818; value-add = 150 / 2,200 = 681.82 → 682.
TEST_P(ForecastsTest, AccuracyComparesTheSubmittedSnapshotWithWhatWasWon) {
  SetDay("2023-12-29");
  const std::int64_t jan = Deal("rep_a", commit_, "1000", "EUR", "2024-01-20");
  const std::int64_t feb = Deal("rep_a", commit_, "800", "EUR", "2024-02-15");
  ASSERT_EQ(Adjust("manager", "rep_a", "2024-01", "commit", 115000).status, 201);
  SetDay("2024-01-01");
  Snapshot("2024-01-01");
  Snapshot("2024-01-01");  // once a week: the second run writes nothing
  SetDay("2024-01-18");
  Move(jan, {{"stage_id", won_}, {"amount", {{"amount", "1200"}, {"currency", "EUR"}}}});
  SetDay("2024-02-05");
  Snapshot("2024-02-05");
  SetDay("2024-02-12");
  Move(feb, {{"stage_id", won_}, {"amount", {{"amount", "1000"}, {"currency", "EUR"}}}});
  SetDay("2024-03-01");

  HttpResult rep = Call("rep_a", "GET", "/api/v1/forecasts/accuracy?months=2");
  ASSERT_EQ(rep.status, 200) << rep.Describe();
  const json::value r = rep.Json();
  EXPECT_FALSE(r.at("manager").as_bool());
  EXPECT_EQ(IntAt(r.at("accuracy"), "forecast_periods"), 2);
  EXPECT_EQ(IntAt(r.at("accuracy"), "bias_bp"), -1818);
  EXPECT_EQ(IntAt(r.at("accuracy"), "wape_bp"), 1818);
  EXPECT_EQ(IntAt(r.at("accuracy"), "accuracy_bp"), 8182);
  EXPECT_EQ(IntAt(r.at("accuracy"), "mape_bp"), 1833);
  EXPECT_EQ(StringAt(r.at("trend").at(0), "taken_on"), "2024-01-01");
  EXPECT_EQ(IntAt(r.at("trend").at(0), "forecast"), 100000);
  EXPECT_EQ(IntAt(r.at("trend").at(0), "actual"), 120000);
  EXPECT_EQ(StringAt(r.at("trend").at(1), "taken_on"), "2024-02-05");
  EXPECT_EQ(IntAt(r.at("trend").at(1), "forecast"), 80000);

  HttpResult mgr = Call("manager", "GET", "/api/v1/forecasts/accuracy?months=2");
  ASSERT_EQ(mgr.status, 200) << mgr.Describe();
  const json::value m = mgr.Json();
  EXPECT_TRUE(m.at("manager").as_bool());
  EXPECT_EQ(IntAt(m.at("accuracy"), "wape_bp"), 1136);
  EXPECT_EQ(IntAt(m.at("raw_accuracy"), "wape_bp"), 1818);
  EXPECT_EQ(IntAt(m, "adjustment_value_add_bp"), 682);

  // rep_a may not read the manager's accuracy (outside their scope: as if missing).
  EXPECT_EQ(
      Call("rep_a", "GET", "/api/v1/forecasts/accuracy?person=" + std::to_string(UserId("manager")))
          .status,
      404);
}

// Credited shares (D-R5's "A = closed won, credited share"): a deal without a credit split is
// credited wholly to its owner (a split deal: forecasts_split_test.cpp).
// rep_a wins 1,000.00 in February after forecasting 1,000.00 in the 5 February snapshot: rep_a's
// A is 1,000.00 (WAPE 0), rep_b's A is 0 (no actuals: bias and WAPE n/a), and the manager's team
// A is the same 1,000.00 — counted once, not shared out.
TEST_P(ForecastsTest, AWonDealIsCreditedWhollyToItsOwner) {
  SetDay("2024-02-01");
  const std::int64_t deal = Deal("rep_a", commit_, "1000", "EUR", "2024-02-15");
  SetDay("2024-02-05");
  Snapshot("2024-02-05");
  SetDay("2024-02-15");
  Move(deal, {{"stage_id", won_}});
  SetDay("2024-03-01");
  const auto actual = [&](const std::string& person) {
    HttpResult r =
        Call("manager", "GET",
             "/api/v1/forecasts/accuracy?months=1&person=" + std::to_string(UserId(person)));
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json() : json::value(json::object{});
  };
  const json::value a = actual("rep_a"), b = actual("rep_b"), m = actual("manager");
  EXPECT_EQ(IntAt(a.at("trend").at(0), "actual"), 100000);
  EXPECT_EQ(IntAt(a.at("accuracy"), "wape_bp"), 0);
  EXPECT_EQ(IntAt(b.at("trend").at(0), "actual"), 0);
  EXPECT_TRUE(b.at("accuracy").at("wape_bp").is_null());
  EXPECT_EQ(IntAt(m.at("trend").at(0), "actual"), 100000);
}

// The statistical forecast needs 24 months to back-test; an unknown scope is named.
TEST_P(ForecastsTest, TheStatisticalForecastRefusesAShortHistoryAndAnUnknownScope) {
  HttpResult short_history =
      Call("director", "GET",
           "/api/v1/forecasts/statistical?scope=rep&id=" + std::to_string(UserId("rep_a")));
  EXPECT_EQ(short_history.status, 422) << short_history.Describe();
  EXPECT_EQ(StringAt(short_history.Json(), "field"), "history");
  EXPECT_EQ(StringAt(short_history.Json(), "code"), "forecasts.history_too_short");
  HttpResult scope = Call("director", "GET", "/api/v1/forecasts/statistical?scope=region&id=1");
  EXPECT_EQ(scope.status, 422) << scope.Describe();
  EXPECT_EQ(StringAt(scope.Json(), "field"), "scope");
  HttpResult horizon =
      Call("director", "GET", "/api/v1/forecasts/statistical?scope=rep&id=1&horizon=121");
  EXPECT_EQ(StringAt(horizon.Json(), "field"), "horizon");
}

SD_INSTANTIATE_API_TEST(ForecastsTest);

}  // namespace
}  // namespace salesdesk::api_test
