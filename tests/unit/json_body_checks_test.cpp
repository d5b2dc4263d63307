// Duplicate members and control characters in request bodies, named by their path.
#include "app/records/json_body_checks.h"

#include <gtest/gtest.h>

#include <string>

namespace salesdesk::app {
namespace {

std::string FieldOf(std::string_view body) {
  auto checked = CheckJsonBody(body, 16);
  return checked.ok() ? std::string("(accepted)") : checked.error().field;
}

TEST(JsonBodyChecksTest, NamesTheDuplicatedMemberByItsPath) {
  EXPECT_EQ(FieldOf(R"({"a":1,"a":2})"), "a");
  EXPECT_EQ(FieldOf(R"({"a":[{"b":1},{"b":1,"b":2}]})"), "a[1].b");
  EXPECT_EQ(FieldOf(R"({"a":{"b":{"c":1,"\u0063":2}}})"), "a.b.c");
  EXPECT_EQ(FieldOf(R"({"a":{"b":1},"c":{"b":1},"d":[{"b":1},{"b":2}]})"), "(accepted)");
}

TEST(JsonBodyChecksTest, NamesTheTextWithAControlCharacter) {
  EXPECT_EQ(FieldOf(R"({"name":"x\u0000"})"), "name");
  EXPECT_EQ(FieldOf(R"({"a":[["ok"],["ok","\u001b[0m"]]})"), "a[1][1]");
  EXPECT_EQ(FieldOf(R"({"a":{"b":"\u007f"}})"), "a.b");
  EXPECT_EQ(FieldOf(R"({"a":"\u0085"})"), "a");  // C1 NEL
  EXPECT_EQ(FieldOf(R"({"a":"\u0080"})"), "a");
  // Tab and line breaks are text; so are letters that share a lead byte with C1 (U+00A0..).
  EXPECT_EQ(FieldOf(R"({"a":"x\ty\r\nz","b":"\u00a0\u00e9\u00c2\u0100"})"), "(accepted)");
  auto checked = CheckJsonBody(R"({"a":"\u001b"})", 16);
  ASSERT_FALSE(checked.ok());
  EXPECT_NE(checked.error().message.find("U+001B"), std::string::npos) << checked.error().message;
}

}  // namespace
}  // namespace salesdesk::app
