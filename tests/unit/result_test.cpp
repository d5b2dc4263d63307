#include "core/result.h"

#include <gtest/gtest.h>

namespace salesdesk::core {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Error::Invalid("x", "x must be even");
  return x / 2;
}

Result<int> Quarter(int x) {
  SD_ASSIGN(int h, Half(x));
  return Half(h);
}

TEST(Result, CarriesValueOrError) {
  EXPECT_EQ(*Half(8), 4);
  auto bad = Half(3);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad.error().field, "x");
}

TEST(Result, AssignPropagatesTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_FALSE(Quarter(6).ok());
  EXPECT_EQ(Quarter(6).error().message, "x must be even");
}

}  // namespace
}  // namespace salesdesk::core
