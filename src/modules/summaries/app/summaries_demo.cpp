// The demo's standing summaries: the director's weekly report to the general manager (who is not
// a user) in PDF and XLSX, a manager's daily summary of the team to themself, and a rep's monthly
// summary of their own figures as a workbook. None has been sent: the server's job sends each
// one's last closed period at its first run, so the outbox shows them.
#include "app/demo/demo_internal.h"
#include "modules/summaries/app/summaries_module.h"

namespace salesdesk::modules::summaries {
namespace {

std::int64_t UserId(const app::demo::OrgIds& org, std::string_view login) {
  for (std::size_t i = 0; i < org.users.size(); ++i) {
    if (org.users[i].email.starts_with(login)) return org.user_ids[i];
  }
  return 0;
}

struct DemoSubscription {
  const char* owner;  // login before the @
  const char* name;
  const char* cadence;
  const char* recipient;  // empty: the owner's own address
  const char* copies;     // cc_emails, or empty
  const char* formats;
  const char* scope;
};

constexpr DemoSubscription kSubscriptions[] = {
    {"director@", "Weekly report to the general manager", "weekly", "gm@medsupply.example",
     "cfo@medsupply.example", "pdf_xlsx", "team"},
    {"manager1@", "My team's day", "daily", "", "", "pdf", "team"},
    {"rep1@", "My month in figures", "monthly", "", "", "xlsx", "me"},
};

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  for (const DemoSubscription& s : kSubscriptions) {
    const std::int64_t owner = UserId(ctx.org, s.owner);
    if (owner == 0) continue;
    std::string recipient = s.recipient;
    for (std::size_t i = 0; recipient.empty() && i < ctx.org.users.size(); ++i) {
      if (ctx.org.user_ids[i] == owner) recipient = ctx.org.users[i].email;
    }
    app::Record r{{"name", std::string(s.name)},
                  {"cadence", std::string(s.cadence)},
                  {"recipient_email", recipient},
                  {"language", std::string("en")},
                  {"formats", std::string(s.formats)},
                  {"scope", std::string(s.scope)},
                  {"active", true},
                  {"owner_id", owner}};
    if (*s.copies) r["cc_emails"] = std::string(s.copies);
    SD_TRY(writer.Insert(app::demo::Spec("summary-subscriptions"), r));
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::summaries
