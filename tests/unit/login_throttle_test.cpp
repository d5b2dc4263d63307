// The delays of sign-in throttling: free failures, then doubling, capped.
#include "app/auth/login_throttle.h"

#include <gtest/gtest.h>

namespace salesdesk::app {
namespace {

TEST(LoginThrottleTest, DelaysDoubleAfterTheFreeFailuresUpToTheCap) {
  const ThrottleOptions o;  // 1 s first, 15 min at most
  EXPECT_EQ(LoginThrottle::DelayUs(4, 5, o), 0);
  EXPECT_EQ(LoginThrottle::DelayUs(5, 5, o), 1'000'000);
  EXPECT_EQ(LoginThrottle::DelayUs(6, 5, o), 2'000'000);
  EXPECT_EQ(LoginThrottle::DelayUs(9, 5, o), 16'000'000);
  EXPECT_EQ(LoginThrottle::DelayUs(15, 5, o), 900'000'000);             // 1024 s capped to 15 min
  EXPECT_EQ(LoginThrottle::DelayUs(1'000'000'000, 5, o), 900'000'000);  // no overflow, no loop
}

}  // namespace
}  // namespace salesdesk::app
