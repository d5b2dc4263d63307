// Putting a message in the outbox, inside the caller's transaction: the message (state queued,
// due now) and its attachments, stored as the bytes that will be sent (the quote as it was when
// it was e-mailed, not as it is when the relay is reachable again).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "modules/mail/core/mail/mime_message.h"

namespace salesdesk::modules::mail {

struct QueuedMail {
  std::string to;
  std::vector<std::string> cc;
  std::string reply_to;
  std::string subject;
  std::string body;
  std::string language;
  std::int64_t owner_id = 0;  // who sent it: whose outbox it is in
  std::optional<std::int64_t> account_id;
  std::string related_entity;  // "quotes", or empty
  std::optional<std::int64_t> related_id;
  std::vector<core::mail::MailAttachment> attachments;
};

core::Result<app::Record> QueueMail(app::UnitOfWork& uow, const QueuedMail& mail,
                                    std::int64_t now_us);

const app::EntitySpec& MailSpec(std::string_view plural);

}  // namespace salesdesk::modules::mail
