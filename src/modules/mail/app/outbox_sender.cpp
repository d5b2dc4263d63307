#include "modules/mail/app/outbox_sender.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/mail_module.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/core/mail/mime_message.h"
#include "modules/mail/core/mail/retry_schedule.h"

namespace salesdesk::modules::mail {
namespace {

using app::FilterOp;
using app::Record;
using app::TextOf;

// A message `sending` for this long was interrupted (a send times out after 30 s).
constexpr std::int64_t kSendingStaleUs = 15LL * 60 * 1'000'000;

core::Result<Record> Change(app::Store& store, const Record& message, Record fields,
                            std::int64_t now) {
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(Record changed, uow->Update(MailSpec("outbox-messages"), app::RecordId(message), fields,
                                        app::RecordVersion(message), now));
  SD_TRY(uow->Commit());
  return changed;
}

std::string DomainOf(const std::string& address) {
  const auto at = address.rfind('@');
  return at == std::string::npos ? "salesdesk.invalid" : address.substr(at + 1);
}

core::Result<std::string> MimeOf(app::Store& store, const Record& m, const std::string& from,
                                 std::int64_t now) {
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto files, app::ReadAll(*uow, MailSpec("outbox-attachments"),
                                     {{"message_id", FilterOp::kEq, {app::RecordId(m)}}}));
  core::mail::MailDraft d;
  d.from = from;
  d.reply_to = TextOf(m, "reply_to");
  d.to = {TextOf(m, "to_address")};
  d.cc = core::mail::SplitAddresses(TextOf(m, "cc"));
  d.subject = TextOf(m, "subject");
  d.body = TextOf(m, "body");
  for (const Record& f : files) {
    d.attachments.push_back({TextOf(f, "filename"), TextOf(f, "content_type"),
                             core::mail::DecodeBase64(TextOf(f, "content_base64"))});
  }
  const std::string id = std::to_string(app::RecordId(m));
  const std::string attempt = std::to_string(app::IntOf(m, "attempts").value_or(0));
  return core::mail::BuildMime(d, "=_salesdesk_" + id + "_" + attempt,
                               "<outbox-" + id + "@" + DomainOf(from) + ">", now);
}

// Sends one claimed message and records how it went.
core::Result<void> SendOne(app::Store& store, const core::Clock& clock,
                           app::MailTransport& transport, const Record& claimed,
                           SendReport& report) {
  auto mime = MimeOf(store, claimed, transport.Sender(), clock.Now().micros_since_epoch());
  core::Result<void> sent = mime.ok() ? core::Result<void>() : core::Result<void>(mime.error());
  if (mime.ok()) {
    std::vector<std::string> recipients{TextOf(claimed, "to_address")};
    for (auto& cc : core::mail::SplitAddresses(TextOf(claimed, "cc"))) recipients.push_back(cc);
    sent = transport.Send(recipients, *mime);
  }
  const std::int64_t now = clock.Now().micros_since_epoch();
  Record fields;
  if (sent.ok()) {
    fields = {{"state", std::string("sent")},
              {"sent_at", now},
              {"next_attempt_at", app::FieldValue{}},
              {"last_error", app::FieldValue{}}};
    ++report.sent;
  } else {
    const int attempts = static_cast<int>(app::IntOf(claimed, "attempts").value_or(1));
    fields["last_error"] = sent.error().message.substr(0, 1000);
    if (auto wait = core::mail::RetryDelayMicros(attempts)) {
      fields["state"] = std::string("queued");
      fields["next_attempt_at"] = now + *wait;
      ++report.retrying;
    } else {
      fields["state"] = std::string("failed");
      fields["next_attempt_at"] = app::FieldValue{};
      ++report.failed;
    }
  }
  SD_TRY(Change(store, claimed, std::move(fields), now));
  return core::Ok();
}

}  // namespace

std::string SendReport::Line() const {
  if (sent + retrying + failed + unconfigured == 0) return "";
  return "sent " + std::to_string(sent) + ", retrying " + std::to_string(retrying) + ", failed " +
         std::to_string(failed) +
         (unconfigured ? ", waiting for a relay " + std::to_string(unconfigured) : "");
}

core::Result<SendReport> SendDueMessages(app::Store& store, const core::Clock& clock,
                                         app::MailTransport* transport, int limit) {
  const std::int64_t now = clock.Now().micros_since_epoch();
  const app::EntitySpec& spec = MailSpec("outbox-messages");
  std::vector<Record> due, stale;
  {
    SD_ASSIGN(auto uow, store.Read());
    SD_ASSIGN(due, app::ReadAll(*uow, spec,
                                {{"state", FilterOp::kEq, {std::string("queued")}},
                                 {"next_attempt_at", FilterOp::kLe, {now}}},
                                limit));
    SD_ASSIGN(stale, app::ReadAll(*uow, spec,
                                  {{"state", FilterOp::kEq, {std::string("sending")}},
                                   {"updated_at", FilterOp::kLt, {now - kSendingStaleUs}}},
                                  limit));
  }
  SendReport report;
  for (const Record& m : stale) {
    auto r = Change(store, m,
                    {{"state", std::string("failed")},
                     {"last_error", std::string("interrupted while sending: it may have arrived; "
                                                "ask the recipient before sending it again")}},
                    now);
    if (r.ok()) ++report.failed;
  }
  for (const Record& m : due) {
    if (transport == nullptr) {
      ++report.unconfigured;
      if (TextOf(m, "last_error") != kNotConfigured) {
        (void)Change(store, m, {{"last_error", std::string(kNotConfigured)}}, now);
      }
      continue;
    }
    // The claim: whoever moves the version first sends; a loser's update is refused.
    auto claimed = Change(store, m,
                          {{"state", std::string("sending")},
                           {"attempts", app::IntOf(m, "attempts").value_or(0) + 1}},
                          now);
    if (!claimed.ok()) continue;
    SD_TRY(SendOne(store, clock, *transport, *claimed, report));
  }
  return report;
}

core::Result<std::string> SendOutboxJob(app::Store& store, const core::Clock& clock,
                                        const app::JobServices& services) {
  SD_ASSIGN(SendReport report, SendDueMessages(store, clock, services.mail));
  return report.Line();
}

}  // namespace salesdesk::modules::mail
