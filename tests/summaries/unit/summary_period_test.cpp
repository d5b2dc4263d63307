// The periods a sales summary covers and the one the scheduler sends next (decision 0076): a
// day, an ISO week (Monday to Sunday, numbered by its Thursday's year) or a calendar month.
#include <gtest/gtest.h>

#include "modules/summaries/core/summary_period.h"
#include "modules/summaries/core/summary_words.h"

namespace salesdesk::core::summaries {
namespace {

Date Day(const char* text) { return *ParseDate(text); }

TEST(SummaryPeriod, IsoWeekKeysFollowTheThursday) {
  EXPECT_EQ(IsoWeekKey(Day("2026-12-02")), "2026-W49");
  // 2026 starts on a Thursday: 2026 has 53 weeks, and 1 January 2027 (a Friday) is in its last.
  EXPECT_EQ(IsoWeekKey(Day("2026-01-01")), "2026-W01");
  EXPECT_EQ(IsoWeekKey(Day("2026-12-28")), "2026-W53");
  EXPECT_EQ(IsoWeekKey(Day("2027-01-03")), "2026-W53");
  EXPECT_EQ(IsoWeekKey(Day("2027-01-04")), "2027-W01");
  // 30 December 2024 (a Monday) starts 2025's first week.
  EXPECT_EQ(IsoWeekKey(Day("2024-12-30")), "2025-W01");
  EXPECT_EQ(IsoWeekKey(Day("2024-12-29")), "2024-W52");
}

TEST(SummaryPeriod, ThePeriodContainingADay) {
  const SummaryPeriod week = PeriodContaining(Cadence::kWeekly, Day("2027-01-01"));
  EXPECT_EQ(week.from, Day("2026-12-28"));
  EXPECT_EQ(week.to, Day("2027-01-03"));
  EXPECT_EQ(week.key, "2026-W53");
  const SummaryPeriod month = PeriodContaining(Cadence::kMonthly, Day("2028-02-10"));
  EXPECT_EQ(month.from, Day("2028-02-01"));
  EXPECT_EQ(month.to, Day("2028-02-29"));  // a leap year
  EXPECT_EQ(month.key, "2028-02");
  const SummaryPeriod day = PeriodContaining(Cadence::kDaily, Day("2026-04-10"));
  EXPECT_EQ(day.from, day.to);
  EXPECT_EQ(day.key, "2026-04-10");
}

TEST(SummaryPeriod, TheLastClosedPeriodIsYesterdayLastWeekOrLastMonth) {
  // Wednesday 15 April 2026.
  EXPECT_EQ(LastClosedPeriod(Cadence::kDaily, Day("2026-04-15")).key, "2026-04-14");
  EXPECT_EQ(LastClosedPeriod(Cadence::kWeekly, Day("2026-04-15")).key, "2026-W15");
  EXPECT_EQ(LastClosedPeriod(Cadence::kWeekly, Day("2026-04-15")).to, Day("2026-04-12"));
  EXPECT_EQ(LastClosedPeriod(Cadence::kMonthly, Day("2026-04-15")).key, "2026-03");
  // On a Monday the week just ended is sent; on the 1st the month just ended; on 1 January the
  // year's last day and December.
  EXPECT_EQ(LastClosedPeriod(Cadence::kWeekly, Day("2026-04-13")).key, "2026-W15");
  EXPECT_EQ(LastClosedPeriod(Cadence::kWeekly, Day("2026-04-12")).key, "2026-W14");
  EXPECT_EQ(LastClosedPeriod(Cadence::kMonthly, Day("2027-01-01")).key, "2026-12");
  EXPECT_EQ(LastClosedPeriod(Cadence::kDaily, Day("2027-01-01")).key, "2026-12-31");
}

TEST(SummaryPeriod, APeriodStillRunningIsReadToday) {
  const SummaryPeriod week = PeriodContaining(Cadence::kWeekly, Day("2026-04-15"));
  EXPECT_EQ(ReadOn(week, Day("2026-04-15")), Day("2026-04-15"));
  EXPECT_EQ(ReadOn(week, Day("2026-05-02")), Day("2026-04-19"));
}

TEST(SummaryPeriod, CadencesParseByNameAndOthersAreNamedProblems) {
  EXPECT_EQ(*ParseCadence("monthly", "cadence"), Cadence::kMonthly);
  auto bad = ParseCadence("hourly", "cadence");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "cadence");
  EXPECT_EQ(bad.error().message_code, "field.not_in_enum");
}

TEST(SummaryWords, EveryLanguageHasItsOwnTitlesAndUnknownOnesReadAsEnglish) {
  EXPECT_EQ(TitleOf(SummaryWordsFor("de"), Cadence::kWeekly), "Wöchentlicher Vertriebsbericht");
  EXPECT_EQ(TitleOf(SummaryWordsFor("zh"), Cadence::kDaily), "每日销售汇总");
  EXPECT_EQ(TitleOf(SummaryWordsFor("fr"), Cadence::kMonthly), "Monthly sales summary");
  EXPECT_EQ(MeasureWord("es", "visits"), "Visitas");
  EXPECT_EQ(MeasureWord("en", "something_new"), "something_new");
  EXPECT_EQ(CategoryWord("de", "best_case"), "Bestfall");
}

}  // namespace
}  // namespace salesdesk::core::summaries
