// Call figures of one person (decision 0057), by hand.
#include "modules/activities/core/activities/call_list_rules.h"

#include <gtest/gtest.h>

namespace salesdesk::core::activities {
namespace {

constexpr std::int64_t kMinute = 60'000'000;

Date Day(int d) { return Date::FromCivil(2024, 2, d).value(); }

TEST(CallListRules, ConnectedIsReachedOnly) {
  EXPECT_TRUE(IsConnected("reached"));
  for (const char* o : {"no_answer", "voicemail", "busy", "wrong_number"}) {
    EXPECT_FALSE(IsConnected(o)) << o;
    EXPECT_TRUE(IsCallOutcome(o)) << o;
  }
  EXPECT_FALSE(IsCallOutcome("meeting_held")) << "a visit's outcome";
}

TEST(CallListRules, RatesOverTwoDays) {
  // Day 1: calls ending at 0:10 (10 min), 0:40 (5 min) and 1:00 (20 min): 0:00 to 1:00 = 60 min.
  // Day 2: calls ending at 0:30 (30 min) and 0:45 (0 min): 0:00 to 0:45 = 45 min.
  // 5 calls, 2 connected: 4000 bp; 5 ÷ (105 ÷ 60) h = 2.857… → 286 hundredths.
  const std::int64_t d1 = 0, d2 = 1440 * kMinute;
  const CallFigures f = FiguresOf({{Day(1), d1 + 10 * kMinute, 10, true},
                                   {Day(1), d1 + 40 * kMinute, 5, false},
                                   {Day(1), d1 + 60 * kMinute, 20, true},
                                   {Day(2), d2 + 30 * kMinute, 30, false},
                                   {Day(2), d2 + 45 * kMinute, 0, false}});
  EXPECT_EQ(f.calls, 5);
  EXPECT_EQ(f.connected, 2);
  EXPECT_EQ(f.contact_rate_bp, 4000);
  EXPECT_EQ(f.calling_us, 105 * kMinute);
  EXPECT_EQ(f.calls_per_hour_centi, 286);
}

TEST(CallListRules, RoundsHalfUpOnce) {
  // 1 of 3 connected: 3333.33… → 3333; 2 of 3: 6666.66… → 6667. Calls ending 0:20, 0:40, 1:00 (no
  // duration): 40 min on the phone, 3 ÷ (40 ÷ 60) h = 4.5 → 450.
  const auto three = [](int connected) {
    std::vector<CallTime> calls;
    for (int i = 0; i < 3; ++i) {
      calls.push_back({Day(5), (20 * i + 20) * kMinute, 0, i < connected});
    }
    return FiguresOf(calls);
  };
  EXPECT_EQ(three(1).contact_rate_bp, 3333);
  EXPECT_EQ(three(2).contact_rate_bp, 6667);
  EXPECT_EQ(three(1).calling_us, 40 * kMinute);
  EXPECT_EQ(three(1).calls_per_hour_centi, 450);
}

TEST(CallListRules, NoCallsNoRates) {
  const CallFigures none = FiguresOf({});
  EXPECT_FALSE(none.contact_rate_bp.has_value());
  EXPECT_FALSE(none.calls_per_hour_centi.has_value());
  // One instant call: no time on the phone, so no hourly rate (not a division by zero).
  const CallFigures instant = FiguresOf({{Day(6), 5 * kMinute, 0, false}});
  EXPECT_EQ(instant.contact_rate_bp, 0);
  EXPECT_FALSE(instant.calls_per_hour_centi.has_value());
}

}  // namespace
}  // namespace salesdesk::core::activities
