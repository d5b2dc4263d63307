#include "modules/mail/app/document_mail.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/mail_activity.h"
#include "modules/mail/app/outbox.h"
#include "modules/mail/core/mail/quote_mail_text.h"

namespace salesdesk::modules::mail {

using app::Record;
using core::Error;

core::Result<void> DocumentMail::CheckMaySend(const app::Caller& caller) {
  return app::CheckMayWrite(caller, MailSpec("invoices"));
}

core::Result<app::CreateResult<Record>> DocumentMail::Queue(const app::Caller& caller,
                                                            const DocumentMailFile& file,
                                                            const QuoteMailRequest& request,
                                                            const app::IdempotencyRequest* key,
                                                            const app::Renderer<Record>& render) {
  SD_TRY(CheckMaySend(caller));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto replay, app::FindReplay(*uow, caller, key));
  if (replay) return app::CreateResult<Record>{std::nullopt, std::move(replay)};
  // Posted documents never change back (decision 0035), so the status read with the rendering
  // still holds here.
  if (file.status != "posted") {
    return Error::Invalid("status", core::Msg("mail.document_state", {{"status", file.status}}));
  }
  QueuedMail mail;
  mail.to = request.to.value_or(file.customer_email);
  if (mail.to.empty()) return Error::Invalid("to", core::Msg("mail.document_to_required"));
  SD_TRY(CheckAddress("to", mail.to));
  for (const auto& cc : request.cc) SD_TRY(CheckAddress("cc", cc));
  SD_ASSIGN(auto settings, uow->Get(app::SettingsSpec(), 1, app::Visibility::All()));
  const auto words = core::mail::DocumentMailText(file.kind, file.language, file.number,
                                                  settings ? app::TextOf(*settings, "name") : "",
                                                  caller.name, request.message);
  mail.cc = request.cc;
  mail.reply_to = caller.email;
  mail.subject = request.subject.empty() ? words.subject : request.subject;
  mail.body = words.body;
  mail.language = file.language;
  mail.owner_id = caller.user_id;
  mail.account_id = file.account_id;
  mail.related_entity = file.related_entity;
  mail.related_id = file.related_id;
  mail.attachments.push_back({file.filename, "application/pdf", file.bytes});

  const std::int64_t now = clock_.Now().micros_since_epoch();
  SD_ASSIGN(Record message, QueueMail(*uow, mail, now));
  const app::EntitySpec& activities = MailSpec("activities");
  SD_ASSIGN(Record activity,
            uow->Insert(activities, EmailActivity(caller, mail, std::nullopt, now), now));
  SD_TRY(app::AuditChange(*uow, caller, now, activities, "create", nullptr, &activity));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, key, render(message), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(message), std::nullopt};
}

}  // namespace salesdesk::modules::mail
