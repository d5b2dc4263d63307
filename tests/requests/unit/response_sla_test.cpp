// The 24-hour response SLA of customer requests and row 11's count (RULES B-R2; decision 0066).
#include <gtest/gtest.h>

#include "modules/requests/core/response_sla.h"

namespace salesdesk::core::requests {
namespace {

constexpr std::int64_t kHour = 3'600'000'000;

TEST(ResponseSla, TheDueInstantItselfIsOnTime) {
  EXPECT_EQ(DueAt(10 * kHour), 34 * kHour);
  EXPECT_TRUE(AnsweredOnTime(10 * kHour, 34 * kHour));
  EXPECT_FALSE(AnsweredOnTime(10 * kHour, 34 * kHour + 1));
}

TEST(ResponseSla, AnOpenRequestCountsOnlyOnceItsDayHasRunOut) {
  const std::vector<RequestTimes> month{
      {0, 2 * kHour},              // on time
      {0, 25 * kHour},             // late
      {0, std::nullopt},           // open: late from hour 24
      {30 * kHour, std::nullopt},  // open: due at hour 54
  };
  EXPECT_EQ(CountResponses(month, 24 * kHour).due, 2);  // the open ones are not late yet
  const ResponseCount at_30h = CountResponses(month, 30 * kHour);
  EXPECT_EQ(at_30h.due, 3);
  EXPECT_EQ(at_30h.on_time, 1);
  const ResponseCount at_60h = CountResponses(month, 60 * kHour);
  EXPECT_EQ(at_60h.due, 4);
  EXPECT_EQ(at_60h.on_time, 1);
  EXPECT_EQ(CountResponses({}, 0).due, 0);
}

}  // namespace
}  // namespace salesdesk::core::requests
