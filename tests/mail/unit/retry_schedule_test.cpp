// The outbox's waits between attempts, and when it gives up.
#include <gtest/gtest.h>

#include "modules/mail/core/mail/quote_mail_text.h"
#include "modules/mail/core/mail/retry_schedule.h"

namespace salesdesk::core::mail {
namespace {

TEST(MailRetry, WaitsGrowThenTheMessageFails) {
  constexpr std::int64_t kMinute = 60'000'000;
  EXPECT_EQ(RetryDelayMicros(1), 1 * kMinute);
  EXPECT_EQ(RetryDelayMicros(2), 5 * kMinute);
  EXPECT_EQ(RetryDelayMicros(3), 30 * kMinute);
  EXPECT_EQ(RetryDelayMicros(4), 120 * kMinute);
  EXPECT_EQ(RetryDelayMicros(5), 360 * kMinute);
  EXPECT_EQ(RetryDelayMicros(6), std::nullopt);  // the sixth attempt was the last
  EXPECT_EQ(RetryDelayMicros(0), std::nullopt);
  // 1 + 5 + 30 + 120 + 360 = 516 minutes, 8.6 hours from the first attempt to the last.
}

TEST(QuoteMailText, WordsInTheQuotesLanguage) {
  auto de = QuoteMailText("de", "Q-2026-0042", "Medline", "Ana Pérez", "");
  EXPECT_EQ(de.subject, "Angebot Q-2026-0042 von Medline");
  EXPECT_EQ(de.body,
            "Guten Tag,\n\nanbei erhalten Sie unser Angebot als PDF.\n\n"
            "Mit freundlichen Grüßen\nAna Pérez\n");
  auto own = QuoteMailText("fr", "Q-1", "", "Bo", "See the new prices.");
  EXPECT_EQ(own.subject, "Quote Q-1");  // a language without words: English
  EXPECT_EQ(own.body, "Hello,\n\nSee the new prices.\n\nKind regards\nBo\n");
}

}  // namespace
}  // namespace salesdesk::core::mail
