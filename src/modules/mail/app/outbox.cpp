#include "modules/mail/app/outbox.h"

namespace salesdesk::modules::mail {

const app::EntitySpec& MailSpec(std::string_view plural) { return *app::FindEntity(plural); }

core::Result<app::Record> QueueMail(app::UnitOfWork& uow, const QueuedMail& mail,
                                    std::int64_t now_us) {
  std::string cc;
  for (const auto& a : mail.cc) cc += (cc.empty() ? "" : ", ") + a;
  app::Record fields{{"to_address", mail.to},       {"subject", mail.subject},
                     {"body", mail.body},           {"state", std::string("queued")},
                     {"attempts", std::int64_t{0}}, {"next_attempt_at", now_us}};
  if (mail.owner_id != 0) fields["owner_id"] = mail.owner_id;
  if (!cc.empty()) fields["cc"] = cc;
  if (!mail.reply_to.empty()) fields["reply_to"] = mail.reply_to;
  if (!mail.language.empty()) fields["language"] = mail.language;
  if (mail.account_id) fields["account_id"] = *mail.account_id;
  if (!mail.related_entity.empty()) fields["related_entity"] = mail.related_entity;
  if (mail.related_id) fields["related_id"] = *mail.related_id;
  SD_ASSIGN(app::Record message, uow.Insert(MailSpec("outbox-messages"), fields, now_us));
  for (const auto& a : mail.attachments) {
    SD_TRY(uow.Insert(MailSpec("outbox-attachments"),
                      {{"message_id", app::RecordId(message)},
                       {"filename", a.filename},
                       {"content_type", a.content_type},
                       {"size_bytes", static_cast<std::int64_t>(a.content.size())},
                       {"content_base64", core::mail::Base64(a.content)}},
                      now_us));
  }
  return message;
}

}  // namespace salesdesk::modules::mail
