// D-R1/D-R2 golden cases: the four cumulative figures per person and period, each opportunity
// converted once (half-up) at the rate of its close date, Omitted never counted, and opportunities
// without a rate reported instead of summed. Expected values are worked out in the comments.
#include <gtest/gtest.h>

#include "modules/forecasts/core/forecast_rollup.h"

namespace salesdesk::core::forecasts {
namespace {

Currency Cur(const char* code) { return ParseCurrency(code).value(); }
Date D(const char* text) { return ParseDate(text).value(); }
Money M(std::int64_t minor, const char* code) { return Money{minor, Cur(code)}; }

// EUR per unit: JPY 0.005 and USD 0.5 on every day; no rate for GBP.
std::optional<Rate> Rates(const Currency& from, Date) {
  if (from.code() == "JPY") return Rate::FromUnits(500'000);     // 0.005
  if (from.code() == "USD") return Rate::FromUnits(50'000'000);  // 0.5
  return std::nullopt;
}

const RollupCell* Cell(const Rollup& r, std::int64_t owner, const char* period) {
  for (const RollupCell& c : r.cells) {
    if (c.owner == owner && PeriodKey(c.period) == period) return &c;
  }
  return nullptr;
}

TEST(ForecastRollupTest, EachCategoryCountsInItsCumulativeFigures) {
  const std::vector<Opportunity> opps{
      {1, 11, D("2026-03-05"), Category::kClosed, M(100000, "EUR")},   // 1,000.00
      {2, 11, D("2026-03-31"), Category::kCommit, M(50000, "EUR")},    //   500.00
      {3, 11, D("2026-03-01"), Category::kBestCase, M(30000, "EUR")},  //   300.00
      {4, 11, D("2026-03-15"), Category::kPipeline, M(20000, "EUR")},  //   200.00
      {5, 11, D("2026-03-15"), Category::kOmitted, M(99999, "EUR")},   // never counts
      // JPY 1,001 × 0.005 = EUR 5.005 = 500.5 cents → 501 (half-up, not 500 half-even).
      {6, 11, D("2026-03-20"), Category::kCommit, M(1001, "JPY")},
  };
  const Rollup r = RollUp(opps, Cur("EUR"), PeriodKind::kMonth, Rates).value();
  ASSERT_EQ(r.cells.size(), 1u);
  const Totals& t = r.cells[0].totals;
  EXPECT_EQ(t.closed, 100000);                              // Closed
  EXPECT_EQ(t.commit, 100000 + 50000 + 501);                // Commit + Closed = 150501
  EXPECT_EQ(t.best_case, 100000 + 50000 + 501 + 30000);     // + Best Case = 180501
  EXPECT_EQ(t.open_pipeline, 50000 + 501 + 30000 + 20000);  // Pipeline+Best+Commit = 100501
  EXPECT_TRUE(r.missing_rates.empty());
}

TEST(ForecastRollupTest, EachOpportunityIsConvertedAndRoundedOnItsOwn) {
  // USD 0.01 × 0.5 = 0.5 cent → 1 cent each; converting the sum (0.02 → 1 cent) would give 1.
  const std::vector<Opportunity> opps{
      {1, 7, D("2026-01-10"), Category::kClosed, M(1, "USD")},
      {2, 7, D("2026-01-11"), Category::kClosed, M(1, "USD")},
  };
  const Rollup r = RollUp(opps, Cur("EUR"), PeriodKind::kMonth, Rates).value();
  ASSERT_EQ(r.cells.size(), 1u);
  EXPECT_EQ(r.cells[0].totals.closed, 2);
}

// Split credit (decision 0071): the deal is converted once, then Allocated by the revenue shares
// (RULES 0.4), so the parts always add up to the converted whole.
TEST(ForecastRollupTest, ASplitDealCountsEachPersonsAllocatedShareOfTheConvertedAmount) {
  Opportunity split{1, 11, D("2026-03-10"), Category::kCommit, M(20001, "USD")};
  // USD 200.01 × 0.5 = 100.005 → EUR 100.01 (half-up). 3,334 / 3,333 / 3,333 bp of 10,001 cents:
  // quotas 3334.33 / 3333.33 / 3333.33 → floors 3334 + 3333 + 3333 = 10,000; the cent left goes
  // to the largest remainder, a three-way tie, then the larger weight: the first (3,335).
  split.credits = {{11, 3334}, {12, 3333}, {13, 3333}};
  const std::vector<Opportunity> opps{split,
                                      {2, 12, D("2026-03-11"), Category::kClosed, M(1000, "EUR")}};
  const Rollup r = RollUp(opps, Cur("EUR"), PeriodKind::kMonth, Rates).value();
  ASSERT_EQ(r.cells.size(), 3u);
  EXPECT_EQ(Cell(r, 11, "2026-03")->totals.commit, 3335);
  EXPECT_EQ(Cell(r, 12, "2026-03")->totals.commit, 3333 + 1000);  // plus their own closed deal
  EXPECT_EQ(Cell(r, 12, "2026-03")->totals.closed, 1000);
  EXPECT_EQ(Cell(r, 13, "2026-03")->totals.commit, 3333);
  EXPECT_EQ(Cell(r, 13, "2026-03")->totals.open_pipeline, 3333);
  EXPECT_EQ(Cell(r, 13, "2026-03")->totals.closed, 0);
}

TEST(ForecastRollupTest, ASplitNotNamingTheOwnerCreditsThemNothing) {
  Opportunity handed{1, 11, D("2026-03-10"), Category::kClosed, M(999, "EUR")};
  handed.credits = {{12, 5000}, {13, 5000}};  // 499.5 each: the tie goes to the first listed
  const Rollup r = RollUp(std::vector{handed}, Cur("EUR"), PeriodKind::kMonth, Rates).value();
  EXPECT_EQ(Cell(r, 11, "2026-03"), nullptr);
  EXPECT_EQ(Cell(r, 12, "2026-03")->totals.closed, 500);
  EXPECT_EQ(Cell(r, 13, "2026-03")->totals.closed, 499);
}

TEST(ForecastRollupTest, RatesAreLookedUpOnTheCloseDate) {
  std::vector<Date> asked;
  const RateLookup lookup = [&](const Currency&, Date on) -> std::optional<Rate> {
    asked.push_back(on);
    return on < D("2026-02-01") ? Rate::FromUnits(100'000'000) : Rate::FromUnits(200'000'000);
  };
  const std::vector<Opportunity> opps{
      {1, 7, D("2026-01-31"), Category::kCommit, M(1000, "USD")},  // × 1 = 1000
      {2, 7, D("2026-02-01"), Category::kCommit, M(1000, "USD")},  // × 2 = 2000
  };
  const Rollup r = RollUp(opps, Cur("EUR"), PeriodKind::kQuarter, lookup).value();
  ASSERT_EQ(r.cells.size(), 1u);
  EXPECT_EQ(PeriodKey(r.cells[0].period), "2026-Q1");
  EXPECT_EQ(r.cells[0].totals.commit, 3000);
  EXPECT_EQ(asked, (std::vector<Date>{D("2026-01-31"), D("2026-02-01")}));
}

TEST(ForecastRollupTest, PeopleAndPeriodsAreSeparateCells) {
  const std::vector<Opportunity> opps{
      {1, 11, D("2026-03-31"), Category::kCommit, M(100, "EUR")},
      {2, 11, D("2026-04-01"), Category::kCommit, M(200, "EUR")},
      {3, 12, D("2026-03-10"), Category::kBestCase, M(300, "EUR")},
      {4, 11, D("2026-06-30"), Category::kCommit, M(400, "EUR")},
  };
  const Rollup months = RollUp(opps, Cur("EUR"), PeriodKind::kMonth, Rates).value();
  ASSERT_EQ(months.cells.size(), 4u);
  EXPECT_EQ(Cell(months, 11, "2026-03")->totals.commit, 100);
  EXPECT_EQ(Cell(months, 11, "2026-04")->totals.commit, 200);
  EXPECT_EQ(Cell(months, 12, "2026-03")->totals.best_case, 300);
  EXPECT_EQ(Cell(months, 12, "2026-03")->totals.commit, 0);
  const Rollup quarters = RollUp(opps, Cur("EUR"), PeriodKind::kQuarter, Rates).value();
  EXPECT_EQ(Cell(quarters, 11, "2026-Q1")->totals.commit, 100);
  EXPECT_EQ(Cell(quarters, 11, "2026-Q2")->totals.commit, 600);  // April 200 + June 400
}

TEST(ForecastRollupTest, AnOpportunityWithoutARateIsReportedNotSummed) {
  const std::vector<Opportunity> opps{
      {1, 11, D("2026-03-05"), Category::kCommit, M(100000, "GBP")},
      {2, 11, D("2026-03-05"), Category::kCommit, M(500, "EUR")},
      {3, 11, D("2026-03-05"), Category::kOmitted, M(700, "GBP")},  // omitted: no rate needed
  };
  const Rollup r = RollUp(opps, Cur("EUR"), PeriodKind::kMonth, Rates).value();
  ASSERT_EQ(r.cells.size(), 1u);
  EXPECT_EQ(r.cells[0].totals.commit, 500);
  ASSERT_EQ(r.missing_rates.size(), 1u);
  EXPECT_EQ(r.missing_rates[0].opportunity, 1);
  EXPECT_EQ(r.missing_rates[0].currency, "GBP");
  EXPECT_EQ(r.missing_rates[0].on, D("2026-03-05"));
}

TEST(ForecastRollupTest, ATotalBeyondInt64IsAnOverflowNotAWrap) {
  const std::int64_t big = std::numeric_limits<std::int64_t>::max() - 1;
  const std::vector<Opportunity> opps{
      {1, 11, D("2026-03-05"), Category::kCommit, M(big, "EUR")},
      {2, 11, D("2026-03-06"), Category::kCommit, M(2, "EUR")},
  };
  const auto r = RollUp(opps, Cur("EUR"), PeriodKind::kMonth, Rates);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kOverflow);
}

TEST(ForecastRollupTest, PeriodsHaveTheirDays) {
  const Period feb{PeriodKind::kMonth, 2028, 2};
  EXPECT_EQ(FirstDay(feb), D("2028-02-01"));
  EXPECT_EQ(LastDay(feb), D("2028-02-29"));
  const Period q4 = PeriodOf(D("2026-11-15"), PeriodKind::kQuarter);
  EXPECT_EQ(PeriodKey(q4), "2026-Q4");
  EXPECT_EQ(FirstDay(q4), D("2026-10-01"));
  EXPECT_EQ(LastDay(q4), D("2026-12-31"));
}

}  // namespace
}  // namespace salesdesk::core::forecasts
