// Forecast periods are the company's days (RULES 0.5, decision 0052): the seeded company is in
// Europe/Madrid (UTC+1 in winter), where 29 February 2024 23:30 UTC is already 1 March, 00:30,
// and Sunday 10 March 23:30 UTC is Monday 11 March, 00:30. UTC would still say February, and the
// week of Monday 4 March.
#include "forecasts/api/forecasts_fixture.h"
#include "modules/forecasts/app/forecasts_module.h"

namespace salesdesk::api_test {
namespace {

class ForecastDaysTest : public ForecastsTest {
 protected:
  // (The seeded tokens, issued on 1 March, last 30 days: the scenarios stay within them.)
  void SetInstant(const char* at) { clock().Set(*core::ParseTimestamp(at)); }
};

// A deal won at 23:30 UTC on 29 February is March's in Madrid: it is not in February's grid and
// counts in March's Closed; the grid without a period is March's. The weekly job run at 23:30 UTC
// on Sunday 10 March dates its snapshot Monday 11 March, not 4 March.
TEST_P(ForecastDaysTest, ADealWonAtMadridsMidnightCountsInTheNextMonthAndWeek) {
  const std::int64_t deal = Deal("rep_a", commit_, "500", "EUR", "2024-02-28");
  SetInstant("2024-02-29T23:30:00Z");
  Move(deal, {{"stage_id", won_}});
  EXPECT_EQ(
      StringAt(Call("director", "GET", "/api/v1/opportunities/" + std::to_string(deal)).Json(),
               "closed_on"),
      "2024-03-01");
  EXPECT_EQ(At(Row(Grid("rep_a", "period=2024-02"), "rep_a"), "view", "closed"), 0);
  EXPECT_EQ(At(Row(Grid("rep_a", "period=2024-03"), "rep_a"), "view", "closed"), 50000);
  EXPECT_EQ(StringAt(Grid("rep_a", ""), "period"), "2024-03");
  EXPECT_EQ(StringAt(Grid("rep_a", "kind=quarter"), "period"), "2024-Q1");

  SetInstant("2024-03-10T23:30:00Z");

  auto job = modules::forecasts::RunSnapshotJob(api().store(), clock());
  ASSERT_TRUE(job.ok()) << job.error().message;
  HttpResult snapshots = Call("director", "GET", "/api/v1/forecast-snapshots?limit=100");
  ASSERT_EQ(snapshots.status, 200) << snapshots.Describe();
  const json::value items = snapshots.Json().at("items");
  ASSERT_FALSE(items.as_array().empty());
  for (const auto& s : items.as_array()) EXPECT_EQ(StringAt(s, "taken_on"), "2024-03-11");
}

// Accuracy looks back on the whole months before the company's current one: at 23:30 UTC on
// 29 February the last whole month in Madrid is February (UTC would give January). rep_a
// forecast Commit 500.00 in February's first snapshot (5 February) and won it on 20 February:
// F = A = 500.00, so bias 0 and WAPE 0 (January: no snapshot, no deal).
TEST_P(ForecastDaysTest, AccuracyEndsWithTheCompanysLastWholeMonth) {
  const std::int64_t deal = Deal("rep_a", commit_, "500", "EUR", "2024-02-20");
  SetDay("2024-02-05");
  Snapshot("2024-02-05");
  SetDay("2024-02-20");
  Move(deal, {{"stage_id", won_}});
  SetInstant("2024-02-29T23:30:00Z");
  HttpResult r = Call("rep_a", "GET", "/api/v1/forecasts/accuracy?months=1");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value report = r.Json();
  ASSERT_EQ(report.at("trend").as_array().size(), 1u);
  EXPECT_EQ(StringAt(report.at("trend").at(0), "month"), "2024-02");
  EXPECT_EQ(IntAt(report.at("trend").at(0), "forecast"), 50000);
  EXPECT_EQ(IntAt(report.at("trend").at(0), "actual"), 50000);
  EXPECT_EQ(IntAt(report.at("accuracy"), "wape_bp"), 0);
  EXPECT_EQ(IntAt(report.at("accuracy"), "bias_bp"), 0);
}

SD_INSTANTIATE_API_TEST(ForecastDaysTest);

}  // namespace
}  // namespace salesdesk::api_test
