// The demo outbox: the quotes that went to the customer (sent, accepted, rejected, expired; a
// dozen at most) e-mailed to their contact — the quote's, else the account's first — over the
// last days, sent at the first attempt, except the last one, whose address the customer's server
// rejected (failed after six attempts, its last error visible); each in the quote owner's
// outbox. The PDFs are not stored: the demo renders no documents (the quote's PDF route does).
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/mail/app/mail_module.h"
#include "modules/mail/core/mail/quote_mail_text.h"

namespace salesdesk::modules::mail {

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::IntOf;
  using app::Record;
  using app::TextOf;
  using app::demo::Spec;
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  std::vector<std::pair<Record, Record>> sent;  // quote, contact
  std::string company;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(auto quotes, app::ReadAll(*uow, Spec("quotes"),
                                        {{"status",
                                          app::FilterOp::kIn,
                                          {std::string("sent"), std::string("accepted"),
                                           std::string("rejected"), std::string("expired")}}},
                                        12));
    for (Record& q : quotes) {
      std::vector<app::Filter> whose{
          {"account_id", app::FilterOp::kEq, {IntOf(q, "account_id").value_or(0)}},
          {"email", app::FilterOp::kNotNull, {}}};
      if (auto contact_id = IntOf(q, "contact_id")) {
        whose.push_back({"id", app::FilterOp::kEq, {*contact_id}});
      }
      SD_ASSIGN(auto contacts, app::ReadAll(*uow, Spec("contacts"), std::move(whose), 1));
      if (!contacts.empty()) sent.emplace_back(q, contacts.front());
    }
    SD_ASSIGN(auto settings, uow->Get(app::SettingsSpec(), 1, app::Visibility::All()));
    if (settings) company = TextOf(*settings, "name");
  }
  app::demo::BatchWriter writer(ctx.store, now);
  constexpr std::int64_t kHour = 3'600'000'000LL;
  for (std::size_t i = 0; i < sent.size(); ++i) {
    const auto& [q, contact] = sent[i];
    const bool rejected = i + 1 == sent.size() && sent.size() > 1;  // the last one bounced
    const std::string language = TextOf(q, "language").empty() ? "en" : TextOf(q, "language");
    const auto words = core::mail::QuoteMailText(language, TextOf(q, "number"), company, "", "");
    const std::int64_t queued = now - static_cast<std::int64_t>(3 + 11 * i) * kHour;
    Record m{{"to_address", TextOf(contact, "email")},
             {"subject", words.subject},
             {"body", words.body},
             {"language", language},
             {"state", std::string(rejected ? "failed" : "sent")},
             {"attempts", std::int64_t{rejected ? 6 : 1}},
             {"related_entity", std::string("quotes")},
             {"related_id", app::RecordId(q)}};
    if (auto owner = IntOf(q, "owner_id")) m["owner_id"] = *owner;
    if (auto account = IntOf(q, "account_id")) m["account_id"] = *account;
    if (rejected) {
      m["last_error"] = std::string(
          "RCPT failed: 550 5.1.1 <" + TextOf(contact, "email") +
          ">: Recipient address rejected: User unknown in virtual mailbox table (SMTP 550)");
    } else {
      m["sent_at"] = queued + 40'000'000;  // the next minute's run
    }
    SD_TRY(writer.Insert(Spec("outbox-messages"), m));
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::mail
