// What every e-mail to a customer shares: the recipients checked, and the `email` activity that
// logs the send on the account's timeline (the recipients and the text, linked to the document).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/outbox.h"

namespace salesdesk::modules::mail {

// 422 on `field` unless `address` looks like one address (mail.address).
core::Result<void> CheckAddress(const std::string& field, const std::string& address);

app::Record EmailActivity(const app::Caller& caller, const QueuedMail& mail,
                          std::optional<std::int64_t> contact_id, std::int64_t now);

}  // namespace salesdesk::modules::mail
