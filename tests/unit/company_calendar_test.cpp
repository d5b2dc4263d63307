#include "app/records/company_calendar.h"

#include <gtest/gtest.h>

namespace salesdesk::app {
namespace {

core::Date D(const char* text) { return core::ParseDate(text).value(); }

// Instants computed independently (Python's datetime, UTC).
constexpr std::int64_t k20260328T2300Z = 1774738800000000;
constexpr std::int64_t k20260329T0000Z = 1774742400000000;
constexpr std::int64_t k20260329T2200Z = 1774821600000000;
constexpr std::int64_t k20260329T2230Z = 1774823400000000;

// Madrid moves from CET (+1) to CEST (+2) at 02:00 on 2026-03-29: that day is 23 hours long.
TEST(CompanyCalendar, ASpringForwardDayIsTwentyThreeHours) {
  const CompanyCalendar madrid{"EUR", "Europe/Madrid"};
  EXPECT_EQ(madrid.StartOf(D("2026-03-29")), k20260328T2300Z);
  EXPECT_EQ(madrid.EndOf(D("2026-03-29")), k20260329T2200Z);
  EXPECT_EQ(madrid.EndOf(D("2026-03-29")) - madrid.StartOf(D("2026-03-29")),
            23LL * 3600 * 1'000'000);
}

// A visit logged at 00:30 local time belongs to the new local day, though it is still the
// previous day in UTC; one microsecond before local midnight is the old day.
TEST(CompanyCalendar, AnInstantBelongsToItsLocalDay) {
  const CompanyCalendar madrid{"EUR", "Europe/Madrid"};
  EXPECT_EQ(madrid.DateOf(k20260329T2230Z), D("2026-03-30"));
  EXPECT_EQ(madrid.DateOf(k20260329T2200Z - 1), D("2026-03-29"));
  EXPECT_EQ(madrid.DateOf(k20260328T2300Z), D("2026-03-29"));
  EXPECT_EQ(madrid.DateOf(k20260328T2300Z - 1), D("2026-03-28"));
}

TEST(CompanyCalendar, AnUnknownOrEmptyZoneReadsAsUtc) {
  for (const char* zone : {"Mars/Olympus_Mons", ""}) {
    const CompanyCalendar c{"EUR", zone};
    EXPECT_EQ(c.StartOf(D("2026-03-29")), k20260329T0000Z) << zone;
    EXPECT_EQ(c.DateOf(k20260329T2230Z), D("2026-03-29")) << zone;
  }
}

}  // namespace
}  // namespace salesdesk::app
