// The summary subscriptions: personal (the owner alone sees and edits theirs, whatever the role),
// for the roles that have a cockpit. What was last sent, when and as which message is kept on
// the record, written by the sending job only.
#include <algorithm>
#include <cstdlib>

#include "app/access/access_policy.h"
#include "app/records/catalog_fields.h"
#include "app/records/record_fields.h"
#include "modules/summaries/app/summaries_module.h"

namespace salesdesk::modules::summaries {
namespace {

using namespace app::catalog;
using app::FieldSpec;
using app::Record;
using R = app::Role;

// A new subscription speaks its owner's language unless it says otherwise.
core::Result<void> Prepare(app::WriteContext& ctx, const Record& current, Record& fields) {
  if (!current.empty() || fields.count("language")) return core::Ok();
  const std::int64_t owner = app::IntOf(fields, "owner_id").value_or(ctx.caller.user_id);
  SD_ASSIGN(auto user, ctx.uow.Get(*app::FindEntity("users"), owner, app::Visibility::All()));
  std::string locale = user ? app::TextOf(*user, "locale") : std::string();
  if (locale != "de" && locale != "es" && locale != "zh") locale = "en";
  fields["language"] = locale;
  return core::Ok();
}

std::vector<FieldSpec> Fields() {
  FieldSpec email{.name = "recipient_email",
                  .type = app::FieldType::kEmail,
                  .required = true,
                  .filterable = true,
                  .sortable = true};
  return {
      Of(Text("name", true, 120),
         "What the summary is for, e.g. \"Weekly report to the general manager\""),
      Of(NeverNull(Enum("cadence", {"daily", "weekly", "monthly"}, true)),
         "daily: yesterday's figures each morning; weekly: last ISO week's on Mondays; monthly: "
         "last month's on the 1st"),
      Of(email, "Who receives it: a colleague or someone outside Salesdesk"),
      Of(NeverNull(Enum("language", {"en", "de", "es", "zh"}, false)),
         "The reader's language (default: the owner's)"),
      Of(NeverNull(Enum("formats", {"pdf", "xlsx", "pdf_xlsx"}, false, std::string("pdf_xlsx"))),
         "The attachments: PDF, XLSX or both"),
      Of(NeverNull(Enum("scope", {"team", "me"}, false, std::string("team"))),
         "team: everyone the owner leads (the cockpit's team); me: the owner's own figures"),
      Of(NeverNull(Bool("active", true)), "Sent while active"),
      ReadOnly(Of(Text("last_period", false, 16),
                  "The last period sent: 2026-12-04, 2026-W49 or 2026-12")),
      ReadOnly(Of(Timestamp("last_sent_at"), "When it was last put in the outbox")),
      ReadOnly(Of(Ref("last_message_id", "outbox-messages"), "That e-mail")),
      ReadOnly(Of(Text("last_error", false, 1000),
                  "Why the last attempt could not build the summary (tried again next run)")),
      Of(NeverNull(Ref("owner_id", "users")),
         "Whose figures: the person who sets it up (personal: nobody sets one up for another)"),
  };
}

}  // namespace

void AddEntities(std::vector<app::EntitySpec>& c) {
  std::vector<app::RolePolicy> leaders;
  for (R r : {R::kRep, R::kManager, R::kSeniorManager, R::kDirector}) {
    leaders.push_back({r, app::ReadAccess::kScoped, true});
  }
  c.push_back({.plural = "summary-subscriptions",
               .singular = "summary_subscription",
               .title = "Sales summary",
               .fields = Fields(),
               .ownership = app::Ownership::kPersonal,
               .search_fields = {"name", "recipient_email"},
               .policies = leaders,
               .hooks = {.prepare = Prepare}});

  // The outbox links the e-mail to the subscription that sent it (mail never names this module).
  auto outbox =
      std::find_if(c.begin(), c.end(), [](const auto& e) { return e.plural == "outbox-messages"; });
  if (outbox == c.end()) std::abort();  // summaries depends on mail
  for (FieldSpec& f : outbox->fields) {
    if (f.name == "related_entity") f.enum_values.push_back("summary-subscriptions");
  }
}

}  // namespace salesdesk::modules::summaries
