#include "modules/mail/app/quote_mail.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/mail_activity.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/core/mail/mime_message.h"
#include "modules/mail/core/mail/quote_mail_text.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::mail {
namespace {

using app::IntOf;
using app::Record;
using app::TextOf;
using core::Error;
using core::ErrorCode;

// A quote reaches the customer once it may: approved (or needing no approval), sent or accepted.
bool Mailable(const std::string& status) {
  return status == "approved" || status == "sent" || status == "accepted";
}

}  // namespace

core::Result<void> QuoteMail::CheckMaySend(const app::Caller& caller) {
  return app::CheckMayWrite(caller, MailSpec("quotes"));
}

core::Result<app::CreateResult<Record>> QuoteMail::Queue(const app::Caller& caller,
                                                         std::int64_t quote_id,
                                                         const QuoteMailRequest& request,
                                                         const QuotePdfFile& pdf,
                                                         const app::IdempotencyRequest* key,
                                                         const app::Renderer<Record>& render) {
  SD_TRY(CheckMaySend(caller));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto replay, app::FindReplay(*uow, caller, key));
  if (replay) return app::CreateResult<Record>{std::nullopt, std::move(replay)};
  SD_ASSIGN(Record quote, app::sales::LoadVisible(*uow, caller, MailSpec("quotes"), quote_id));
  const std::string status = TextOf(quote, "status");
  if (!Mailable(status)) {
    return Error::Make(ErrorCode::kConflict, core::Msg("mail.quote_state", {{"status", status}}));
  }
  QueuedMail mail;
  if (request.to) {
    mail.to = *request.to;
  } else if (auto contact_id = IntOf(quote, "contact_id")) {
    SD_ASSIGN(auto contact, uow->Get(MailSpec("contacts"), *contact_id, app::Visibility::All()));
    if (contact) mail.to = TextOf(*contact, "email");
  }
  if (mail.to.empty()) return Error::Invalid("to", core::Msg("mail.to_required"));
  SD_TRY(CheckAddress("to", mail.to));
  for (const auto& cc : request.cc) SD_TRY(CheckAddress("cc", cc));
  SD_ASSIGN(auto settings, uow->Get(app::SettingsSpec(), 1, app::Visibility::All()));
  const auto words = core::mail::QuoteMailText(pdf.language, TextOf(quote, "number"),
                                               settings ? TextOf(*settings, "name") : "",
                                               caller.name, request.message);
  mail.cc = request.cc;
  mail.reply_to = caller.email;
  mail.subject = request.subject.empty() ? words.subject : request.subject;
  mail.body = words.body;
  mail.language = pdf.language;
  mail.owner_id = caller.user_id;
  mail.account_id = IntOf(quote, "account_id");
  mail.related_entity = "quotes";
  mail.related_id = quote_id;
  mail.attachments.push_back({pdf.filename, "application/pdf", pdf.bytes});

  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record message, QueueMail(*uow, mail, now));
  const app::EntitySpec& activities = MailSpec("activities");
  SD_ASSIGN(
      Record activity,
      uow->Insert(activities, EmailActivity(caller, mail, IntOf(quote, "contact_id"), now), now));
  SD_TRY(app::AuditChange(*uow, caller, now, activities, "create", nullptr, &activity));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, key, render(message), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(message), std::nullopt};
}

}  // namespace salesdesk::modules::mail
