#include "modules/mail/app/mail_activity.h"

#include "modules/mail/core/mail/mime_message.h"

namespace salesdesk::modules::mail {

core::Result<void> CheckAddress(const std::string& field, const std::string& address) {
  if (core::mail::LooksLikeAddress(address)) return core::Ok();
  return core::Error::Invalid(field, core::Msg("mail.address", {{"address", address}}));
}

app::Record EmailActivity(const app::Caller& caller, const QueuedMail& mail,
                          std::optional<std::int64_t> contact_id, std::int64_t now) {
  std::string report = "To: " + mail.to;
  if (!mail.cc.empty()) {
    report += "\nCc: ";
    for (std::size_t i = 0; i < mail.cc.size(); ++i) report += (i ? ", " : "") + mail.cc[i];
  }
  report += "\n\n" + mail.body;
  app::Record a{{"kind", std::string("email")},
                {"subject", mail.subject.substr(0, 200)},
                {"status", std::string("done")},
                {"planned_at", now},
                {"done_at", now},
                {"report", report.substr(0, 8000)},
                {"related_entity", mail.related_entity},
                {"owner_id", caller.user_id}};
  if (mail.related_id) a["related_id"] = *mail.related_id;
  if (mail.account_id) a["account_id"] = *mail.account_id;
  if (contact_id) a["contact_id"] = *contact_id;
  return a;
}

}  // namespace salesdesk::modules::mail
