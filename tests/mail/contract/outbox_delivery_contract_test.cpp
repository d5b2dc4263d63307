// The outbox through libcurl to a real SMTP sink, on both engines: a queued message and its PDF
// arrive once; a send the relay refuses is queued again with the error visible and the next
// wait, and arrives at the retry; six refusals fail it for good; without a relay nothing is
// sent and the message says why; two servers racing for one message deliver it once.
#include <gtest/gtest.h>

#include <thread>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "contract/storage_contract_fixture.h"
#include "mail/contract/smtp_sink.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/app/outbox_sender.h"
#include "modules/mail/core/mail/mime_message.h"
#include "smtp/curl_smtp_transport.h"
#include "storage/common/migration.h"
#include "storage/common/sql_store.h"

namespace salesdesk::storage::testing {
namespace {

using modules::mail::SendDueMessages;
constexpr std::int64_t kMinute = 60'000'000;
// 2026-12-03 09:00:00 UTC.
constexpr std::int64_t kNine = 1'796'288'400'000'000;

smtp::SmtpSettings Relay(int port) {
  smtp::SmtpSettings s;
  s.host = "127.0.0.1";
  s.port = port;
  s.starttls = false;  // the sink speaks plain SMTP on localhost
  s.from = "sales@medline.example";
  s.timeout_seconds = 10;
  return s;
}

class OutboxDelivery : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK(Migrate(db()));
    store_ = std::make_unique<SqlStore>(db());
  }

  // A quote e-mail as the route queues it: text, a copy, and a PDF with bytes base64 must keep.
  std::int64_t Queue() {
    modules::mail::QueuedMail m;
    m.to = "buyer@clinica.example.es";
    m.cc = {"purchasing@clinica.example.es"};
    m.reply_to = "ana@medline.example";
    m.subject = "Angebot Q-2026-0042 für Sie";
    m.body = "Guten Tag,\n\nanbei unser Angebot.\n";
    m.language = "de";
    m.attachments.push_back({"Q-2026-0042.pdf", "application/pdf", Pdf()});
    auto uow = store_->Write();
    EXPECT_TRUE(uow.ok());
    auto stored = modules::mail::QueueMail(**uow, m, clock_.Now().micros_since_epoch());
    EXPECT_TRUE(stored.ok());
    EXPECT_TRUE((*uow)->Commit().ok());
    return app::RecordId(*stored);
  }
  static std::string Pdf() {
    static constexpr char kBytes[] = "%PDF-1.7\n\x00\x01\xfe\xff binary\n%%EOF";
    return std::string(kBytes, sizeof kBytes - 1);  // with its NUL byte
  }

  app::Record Message(std::int64_t id) {
    auto uow = store_->Read();
    auto r = (*uow)->Get(modules::mail::MailSpec("outbox-messages"), id, app::Visibility::All());
    return r.ok() && *r ? **r : app::Record{};
  }

  // A fresh folder per sink, so the two engines' runs never read each other's messages.
  std::string SinkDir() {
    std::string pattern = "/tmp/salesdesk-sink.XXXXXX";
    const char* made = mkdtemp(pattern.data());
    if (made != nullptr) dirs_.push_back(made);
    return made != nullptr ? made : "/tmp";
  }
  void TearDown() override {
    for (const auto& d : dirs_) std::filesystem::remove_all(d);
    StorageContract::TearDown();
  }
  std::vector<std::string> dirs_;

  core::FixedClock clock_{core::Timestamp::FromMicros(kNine).value()};
  std::unique_ptr<SqlStore> store_;
};

TEST_P(OutboxDelivery, AMessageAndItsPdfArriveOnce) {
  mail_test::SmtpSink sink(SinkDir());
  ASSERT_TRUE(sink.running()) << "python3-aiosmtpd (scripts/install_deps.sh --test)";
  smtp::CurlSmtpTransport relay(Relay(sink.port()));
  const std::int64_t id = Queue();
  ASSERT_OK_AND_ASSIGN(auto report, SendDueMessages(*store_, clock_, &relay));
  EXPECT_EQ(report.sent, 1);
  ASSERT_OK_AND_ASSIGN(auto again, SendDueMessages(*store_, clock_, &relay));
  EXPECT_EQ(again.sent, 0);  // sent is sent: the next run finds nothing due

  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1u);
  const std::string& m = received[0];
  EXPECT_NE(m.find("To: buyer@clinica.example.es"), std::string::npos) << m;
  EXPECT_NE(m.find("Cc: purchasing@clinica.example.es"), std::string::npos);
  EXPECT_NE(m.find("Reply-To: ana@medline.example"), std::string::npos);
  EXPECT_NE(m.find("filename=\"Q-2026-0042.pdf\""), std::string::npos);
  // The PDF's bytes, base64 as sent (the sink stores the message as received).
  std::string b64 = core::mail::Base64(Pdf(), true);
  std::string stored = m;
  std::erase(stored, '\r');
  std::erase(b64, '\r');
  EXPECT_NE(stored.find(b64), std::string::npos);

  const app::Record sent = Message(id);
  EXPECT_EQ(app::TextOf(sent, "state"), "sent");
  EXPECT_EQ(app::IntOf(sent, "attempts"), 1);
  EXPECT_EQ(app::IntOf(sent, "sent_at"), kNine);
  EXPECT_EQ(app::TextOf(sent, "last_error"), "");
}

TEST_P(OutboxDelivery, ARefusedSendIsRetriedWithItsErrorVisible) {
  // Nothing listens on this port: the relay is down.
  smtp::CurlSmtpTransport down(Relay(mail_test::FreePort()));
  const std::int64_t id = Queue();
  ASSERT_OK_AND_ASSIGN(auto first, SendDueMessages(*store_, clock_, &down));
  EXPECT_EQ(first.retrying, 1);
  app::Record waiting = Message(id);
  EXPECT_EQ(app::TextOf(waiting, "state"), "queued");
  EXPECT_EQ(app::IntOf(waiting, "attempts"), 1);
  EXPECT_EQ(app::IntOf(waiting, "next_attempt_at"), kNine + 1 * kMinute);  // the first wait
  EXPECT_NE(app::TextOf(waiting, "last_error"), "");

  // Not due before its time, even with a relay.
  mail_test::SmtpSink sink(SinkDir());
  ASSERT_TRUE(sink.running());
  smtp::CurlSmtpTransport up(Relay(sink.port()));
  ASSERT_OK_AND_ASSIGN(auto early, SendDueMessages(*store_, clock_, &up));
  EXPECT_EQ(early.sent, 0);
  ASSERT_OK(clock_.Advance(kMinute));
  ASSERT_OK_AND_ASSIGN(auto retry, SendDueMessages(*store_, clock_, &up));
  EXPECT_EQ(retry.sent, 1);
  EXPECT_EQ(sink.Messages().size(), 1u);
  const app::Record sent = Message(id);
  EXPECT_EQ(app::TextOf(sent, "state"), "sent");
  EXPECT_EQ(app::IntOf(sent, "attempts"), 2);
}

TEST_P(OutboxDelivery, SixRefusalsFailTheMessage) {
  smtp::CurlSmtpTransport down(Relay(mail_test::FreePort()));
  const std::int64_t id = Queue();
  // Waits 1, 5, 30, 120, 360 minutes between the six attempts.
  for (std::int64_t wait : {0, 1, 5, 30, 120, 360}) {
    ASSERT_OK(clock_.Advance(wait * kMinute));
    ASSERT_OK(SendDueMessages(*store_, clock_, &down));
  }
  const app::Record failed = Message(id);
  EXPECT_EQ(app::TextOf(failed, "state"), "failed");
  EXPECT_EQ(app::IntOf(failed, "attempts"), 6);
  EXPECT_NE(app::TextOf(failed, "last_error"), "");
  ASSERT_OK(clock_.Advance(1000 * kMinute));
  ASSERT_OK_AND_ASSIGN(auto later, SendDueMessages(*store_, clock_, &down));
  EXPECT_EQ(later.sent + later.retrying + later.failed, 0);  // given up: never tried again
}

TEST_P(OutboxDelivery, WithoutARelayTheMessageWaitsAndSaysWhy) {
  const std::int64_t id = Queue();
  ASSERT_OK_AND_ASSIGN(auto report, SendDueMessages(*store_, clock_, nullptr));
  EXPECT_EQ(report.unconfigured, 1);
  const app::Record waiting = Message(id);
  EXPECT_EQ(app::TextOf(waiting, "state"), "queued");
  EXPECT_EQ(app::IntOf(waiting, "attempts"), 0);
  EXPECT_EQ(app::TextOf(waiting, "last_error"), modules::mail::kNotConfigured);
}

TEST_P(OutboxDelivery, TwoServersRacingDeliverOnce) {
  mail_test::SmtpSink sink(SinkDir());
  ASSERT_TRUE(sink.running());
  for (int i = 0; i < 4; ++i) Queue();
  auto other_db = OpenAnother();
  SqlStore other(*other_db);
  smtp::CurlSmtpTransport a(Relay(sink.port())), b(Relay(sink.port()));
  std::thread t1([&] { (void)SendDueMessages(*store_, clock_, &a); });
  std::thread t2([&] { (void)SendDueMessages(other, clock_, &b); });
  t1.join();
  t2.join();
  EXPECT_EQ(sink.Messages().size(), 4u);  // each message claimed by one of them
}

INSTANTIATE_TEST_SUITE_P(Storage, OutboxDelivery,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) {
                           return std::string(info.param == Backend::kSqlite ? "Sqlite"
                                                                             : "Postgres");
                         });

}  // namespace
}  // namespace salesdesk::storage::testing
