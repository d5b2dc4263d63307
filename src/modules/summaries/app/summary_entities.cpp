// The summary subscriptions: personal (the owner alone sees and edits theirs, whatever the role),
// for the roles that have a cockpit. What was last sent, when and as which message is kept on
// the record, written by the sending job only.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <variant>

#include "app/access/access_policy.h"
#include "app/records/catalog_fields.h"
#include "app/records/record_fields.h"
#include "modules/mail/core/mail/mime_message.h"
#include "modules/summaries/app/summaries_module.h"

namespace salesdesk::modules::summaries {
namespace {

using namespace app::catalog;
using app::FieldSpec;
using app::Record;
using R = app::Role;

constexpr std::size_t kMaxCopies = 10;

// Copies: each address checked as the recipient is, lower-cased, twins dropped, written back as
// "a@x.com, b@y.org" so the outbox's cc reads them as they are.
void CheckCopies(const app::Caller&, const Record&, Record& fields, core::FieldIssues& issues) {
  auto it = fields.find("cc_emails");
  if (it == fields.end() || !std::holds_alternative<std::string>(it->second)) return;
  std::string list = std::get<std::string>(it->second);
  std::replace(list.begin(), list.end(), ';', ',');
  std::vector<std::string> copies;
  for (std::string address : core::mail::SplitAddresses(list)) {
    std::transform(address.begin(), address.end(), address.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!core::mail::LooksLikeAddress(address) || address.size() > 254) {
      issues.Add("cc_emails",
                 core::Msg("field.not_email", {{"field", "cc_emails"}, {"value", address}}));
      return;
    }
    if (std::find(copies.begin(), copies.end(), address) == copies.end()) {
      copies.push_back(address);
    }
  }
  if (copies.size() > kMaxCopies) {
    issues.Add("cc_emails", core::Msg("summary.copies", {{"max", std::to_string(kMaxCopies)}}));
    return;
  }
  std::string joined;
  for (const std::string& a : copies) joined += (joined.empty() ? "" : ", ") + a;
  if (joined.empty()) {
    it->second = std::monostate{};  // only commas: no copies
  } else {
    it->second = joined;
  }
}

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
         "daily: the last working day's figures each morning; weekly: last ISO week's on "
         "Mondays; monthly: last month's on the 1st"),
      Of(email, "Who receives it: a colleague or someone outside Salesdesk"),
      Of(Text("cc_emails", false, 1000),
         "Copies to these addresses too, separated by commas (at most 10)"),
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
               .search_fields = {"name", "recipient_email", "cc_emails"},
               .policies = leaders,
               .hooks = {.validate = CheckCopies, .prepare = Prepare}});

  // The outbox links the e-mail to the subscription that sent it (mail never names this module).
  auto outbox =
      std::find_if(c.begin(), c.end(), [](const auto& e) { return e.plural == "outbox-messages"; });
  if (outbox == c.end()) std::abort();  // summaries depends on mail
  for (FieldSpec& f : outbox->fields) {
    if (f.name == "related_entity") f.enum_values.push_back("summary-subscriptions");
  }
}

}  // namespace salesdesk::modules::summaries
