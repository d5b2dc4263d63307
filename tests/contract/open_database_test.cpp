// OpenDatabase: URL dispatch and its error messages (no PostgreSQL server needed).
#include "storage/open/open_database.h"

#include <gtest/gtest.h>

#include <string>

namespace salesdesk::storage {
namespace {

TEST(OpenDatabase, RefusesAnUnknownSchemeWithoutEchoingTheUrl) {
  auto result = OpenDatabase("mysql://root:secret@localhost/sales");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("sqlite:PATH"), std::string::npos);
  EXPECT_NE(result.error().message.find("postgres://"), std::string::npos);
  EXPECT_NE(result.error().message.find("\"mysql\""), std::string::npos);
  EXPECT_EQ(result.error().message.find("secret"), std::string::npos);
}

TEST(OpenDatabase, RefusesAnEmptyUrlAndAnEmptySqlitePath) {
  EXPECT_EQ(OpenDatabase("").error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(OpenDatabase("sqlite:").error().code, core::ErrorCode::kInvalidArgument);
}

TEST(OpenDatabase, ReportsAnUnreachablePostgresAsUnavailableWithoutThePassword) {
  auto result = OpenDatabase("postgresql://app:hunter2@/nodb?host=/nonexistent-socket-dir");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, core::ErrorCode::kUnavailable);
  EXPECT_EQ(result.error().message.find("hunter2"), std::string::npos) << result.error().message;
}

TEST(OpenDatabase, ReportsAnUnopenableSqliteFile) {
  auto result = OpenDatabase("sqlite:/nonexistent-dir/salesdesk.db");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("/nonexistent-dir/salesdesk.db"), std::string::npos);
}

}  // namespace
}  // namespace salesdesk::storage
