#include "core/time/timestamp.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>

#include "core/time/clock.h"

namespace salesdesk::core {
namespace {

struct TimestampCase {
  const char* text;
  std::int64_t micros;
  const char* canonical;
};

// Expected micros computed independently (Python's datetime).
TEST(ParseTimestamp, AcceptsRfc3339) {
  const TimestampCase cases[] = {
      {"2026-11-22T10:15:30Z", 1795342530000000, "2026-11-22T10:15:30.000000Z"},
      {"2026-11-22T10:15:30.123456Z", 1795342530123456, "2026-11-22T10:15:30.123456Z"},
      {"2026-11-22T10:15:30.1Z", 1795342530100000, "2026-11-22T10:15:30.100000Z"},
      {"2026-11-22T10:15:30.000001Z", 1795342530000001, "2026-11-22T10:15:30.000001Z"},
      {"2026-11-22T11:15:30+01:00", 1795342530000000, "2026-11-22T10:15:30.000000Z"},
      {"2026-11-22T11:15:30.5+01:00", 1795342530500000, "2026-11-22T10:15:30.500000Z"},
      {"2026-11-22T10:15:30-00:00", 1795342530000000, "2026-11-22T10:15:30.000000Z"},
      {"2026-11-22T10:15:30+00:00", 1795342530000000, "2026-11-22T10:15:30.000000Z"},
      {"2026-11-22t10:15:30z", 1795342530000000, "2026-11-22T10:15:30.000000Z"},
      {"2026-03-29T01:30:00-05:45", 1774768500000000, "2026-03-29T07:15:00.000000Z"},
      {"1969-12-31T23:59:59.999999Z", -1, "1969-12-31T23:59:59.999999Z"},
      {"1970-01-01T00:00:00Z", 0, "1970-01-01T00:00:00.000000Z"},
      {"0001-01-01T00:00:00Z", -62135596800000000, "0001-01-01T00:00:00.000000Z"},
      {"9999-12-31T23:59:59.999999Z", 253402300799999999, "9999-12-31T23:59:59.999999Z"},
      {"2027-01-01T00:30:00+01:00", 1798759800000000, "2026-12-31T23:30:00.000000Z"},
      {"2026-12-31T23:30:00-23:59", 1798846140000000, "2027-01-01T23:29:00.000000Z"},
  };
  for (const TimestampCase& c : cases) {
    auto t = ParseTimestamp(c.text);
    ASSERT_TRUE(t.ok()) << c.text << ": " << t.error().message;
    EXPECT_EQ(t->micros_since_epoch(), c.micros) << c.text;
    EXPECT_EQ(t->ToString(), c.canonical) << c.text;
  }
  EXPECT_EQ(Timestamp::kMinMicros, -62135596800000000);
  EXPECT_EQ(Timestamp::kMaxMicros, 253402300799999999);
}

TEST(ParseTimestamp, RejectsEverythingElse) {
  const std::string cases[] = {
      "",
      "2026-11-22",
      "2026-11-22T10:15:30",           // no offset
      "2026-11-22 10:15:30Z",          // space instead of T
      "2026-11-22T10:15Z",             // no seconds
      "2026-11-22T10:15:30.Z",         // empty fraction
      "2026-11-22T10:15:30.1234567Z",  // finer than microseconds
      "2026-11-22T10:15:30,5Z",        // comma fraction
      "2026-11-22T24:00:00Z",
      "2026-11-22T10:60:00Z",
      "2026-11-22T23:59:60Z",  // leap second
      "2026-11-22T10:15:61Z",
      "2026-11-22T10:15:30+01",
      "2026-11-22T10:15:30+0100",
      "2026-11-22T10:15:30+24:00",
      "2026-11-22T10:15:30+01:60",
      "2026-11-22T10:15:30UTC",
      "2026-11-22T10:15:30ZZ",
      "2026-11-22T10:15:30Z ",
      " 2026-11-22T10:15:30Z",
      "2026-11-22T1:15:30Z",
      "2026-11-22T10-15-30Z",
      "2026-11-22T10:15:3aZ",
      "2026-02-30T10:15:30Z",  // impossible date
      "2026-13-01T10:15:30Z",
      "0000-12-31T10:15:30Z",
      "0001-01-01T00:30:00+01:00",  // before 0001-01-01 in UTC
      "9999-12-31T23:30:00-01:00",  // after 9999-12-31 in UTC
      "2026-11-22T10:15:30+01:00:00",
      "2026-11-22X10:15:30Z",
  };
  for (const std::string& text : cases) {
    auto t = ParseTimestamp(text);
    ASSERT_FALSE(t.ok()) << "'" << text << "'";
    EXPECT_EQ(t.error().code, ErrorCode::kInvalidArgument) << text;
    EXPECT_EQ(t.error().field, "timestamp") << text;
    EXPECT_NE(t.error().message.find("2026-11-22T10:15:30Z"), std::string::npos)
        << "message should show the format: " << t.error().message;
  }
  EXPECT_NE(ParseTimestamp("2026-11-22T23:59:60Z").error().message.find("leap"), std::string::npos);
  EXPECT_NE(ParseTimestamp("2026-11-22T10:15:30.1234567Z").error().message.find("6 fraction"),
            std::string::npos);
}

TEST(Timestamp, RandomRoundTripsThroughText) {
  std::mt19937_64 rng(99);
  std::uniform_int_distribution<std::int64_t> any(Timestamp::kMinMicros, Timestamp::kMaxMicros);
  for (int i = 0; i < 50000; ++i) {
    const Timestamp t = *Timestamp::FromMicros(any(rng));
    const std::string text = t.ToString();
    ASSERT_EQ(text.size(), 27u) << text;
    auto back = ParseTimestamp(text);
    ASSERT_TRUE(back.ok()) << text << ": " << back.error().message;
    ASSERT_EQ(*back, t) << text;
    ASSERT_EQ(t.UtcDate().ToString(), text.substr(0, 10));
  }
}

TEST(Timestamp, RangeAndArithmetic) {
  EXPECT_EQ(Timestamp::FromMicros(Timestamp::kMaxMicros + 1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Timestamp::FromMicros(Timestamp::kMinMicros - 1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Timestamp::FromMicros(INT64_MIN).error().code, ErrorCode::kOverflow);
  const Timestamp t = *ParseTimestamp("2026-11-22T10:15:30Z");
  EXPECT_EQ(t.AddMicros(1)->ToString(), "2026-11-22T10:15:30.000001Z");
  EXPECT_EQ(t.AddMicros(-Timestamp::kMicrosPerDay)->ToString(), "2026-11-21T10:15:30.000000Z");
  EXPECT_EQ(t.AddMicros(INT64_MAX).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(t.AddMicros(INT64_MIN).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(Timestamp::FromMicros(Timestamp::kMaxMicros)->AddMicros(1).error().code,
            ErrorCode::kOverflow);
  EXPECT_EQ(Timestamp::StartOfDay(*ParseDate("2026-11-22")).ToString(),
            "2026-11-22T00:00:00.000000Z");
  EXPECT_EQ(Timestamp::FromMicros(-1)->UtcDate().ToString(), "1969-12-31");
  EXPECT_EQ(Timestamp::FromMicros(-Timestamp::kMicrosPerDay)->UtcDate().ToString(), "1969-12-31");
  EXPECT_EQ(Timestamp::FromMicros(-Timestamp::kMicrosPerDay - 1)->UtcDate().ToString(),
            "1969-12-30");
  EXPECT_LT(*ParseTimestamp("2026-11-22T10:15:30Z"),
            *ParseTimestamp("2026-11-22T10:15:30.000001Z"));
  EXPECT_EQ(*ParseTimestamp("2026-11-22T11:15:30+01:00"), *ParseTimestamp("2026-11-22T10:15:30Z"));
  EXPECT_GT(*ParseTimestamp("2026-11-22T10:15:30-01:00"), *ParseTimestamp("2026-11-22T10:15:30Z"));
  EXPECT_EQ(Timestamp().ToString(), "1970-01-01T00:00:00.000000Z");
}

TEST(FixedClock, IsSettableAndSharedAcrossThreads) {
  FixedClock clock(*ParseTimestamp("2026-11-22T10:15:30Z"));
  const Clock& as_clock = clock;
  EXPECT_EQ(as_clock.Now().ToString(), "2026-11-22T10:15:30.000000Z");
  ASSERT_TRUE(clock.Advance(Timestamp::kMicrosPerSecond).ok());
  EXPECT_EQ(as_clock.Now().ToString(), "2026-11-22T10:15:31.000000Z");
  clock.Set(Timestamp());
  EXPECT_EQ(as_clock.Now(), Timestamp());
  clock.Set(*Timestamp::FromMicros(Timestamp::kMaxMicros));
  EXPECT_EQ(clock.Advance(1).error().code, ErrorCode::kOverflow);
  EXPECT_EQ(clock.Now().micros_since_epoch(), Timestamp::kMaxMicros);  // unchanged

  clock.Set(Timestamp());
  std::thread writer([&] {
    for (int i = 0; i < 1000; ++i) (void)clock.Advance(1);
  });
  Timestamp last;
  for (int i = 0; i < 1000; ++i) {
    const Timestamp now = as_clock.Now();
    EXPECT_GE(now, last);
    last = now;
  }
  writer.join();
  EXPECT_EQ(clock.Now().micros_since_epoch(), 1000);
}

}  // namespace
}  // namespace salesdesk::core
