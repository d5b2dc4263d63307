// The mail module's entities. The outbox is the sender's customer correspondence: a rep reads
// their own messages, a manager and a senior manager their team's, the director all (like the
// activities the messages are logged as); admins, finance and logistics none. Messages and their
// attachments are written only by the module's services (queueing, the sender job), so their
// state cannot be edited around the job. A calendar feed is personal: its owner alone sees it.
#include <algorithm>
#include <cstdlib>

#include "app/access/access_policy.h"
#include "app/records/catalog_fields.h"
#include "modules/mail/app/mail_module.h"

namespace salesdesk::modules::mail {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::ReadAccess;
using app::RolePolicy;
using R = app::Role;

std::vector<RolePolicy> CorrespondencePolicy() {
  return {{R::kDirector, ReadAccess::kAll, false},
          {R::kSeniorManager, ReadAccess::kScoped, false},
          {R::kManager, ReadAccess::kScoped, false},
          {R::kRep, ReadAccess::kScoped, false}};
}

// Long text no one filters or sorts by.
FieldSpec Plain(FieldSpec f) {
  f.filterable = false;
  f.sortable = false;
  return f;
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back(
      {.plural = "outbox-messages",
       .singular = "outbox_message",
       .title = "Outbox message",
       .fields = {ReadOnly(Of(Text("to_address", true, 254), "The recipient")),
                  ReadOnly(Of(Text("cc", false, 1000), "Copies, comma-separated")),
                  ReadOnly(Of(Text("reply_to", false, 254), "The sender's own address")),
                  ReadOnly(Text("subject", true, 200)), ReadOnly(Plain(Text("body", true, 8000))),
                  ReadOnly(Enum("language", {"en", "de", "es", "zh"}, false)),
                  ReadOnly(Of(Enum("state", {"queued", "sending", "sent", "failed"}, true),
                              "queued: waits for the sender job (last_error says why when it "
                              "waits again); sending: claimed by a server; sent; failed: gave up")),
                  ReadOnly(Of(Int("attempts", 0, 100), "Sends tried so far")),
                  Of(Timestamp("next_attempt_at"), "When a queued message is tried (again)"),
                  ReadOnly(Of(Text("last_error", false, 1000),
                              "What the relay or the network answered the last failed attempt")),
                  Of(Timestamp("sent_at"), "When the relay accepted it"),
                  ReadOnly(Ref("account_id", "accounts")),
                  ReadOnly(Enum("related_entity",
                                {"quotes", "invoices", "credit-notes", "dunning-claims"}, false)),
                  ReadOnly(
                      Of(RefFrom("related_id", "related_entity"), "The record of related_entity")),
                  ReadOnly(Ref("owner_id", "users"))},
       .ownership = app::Ownership::kOwned,
       .search_fields = {"subject", "to_address"},
       .policies = CorrespondencePolicy(),
       .deletable = false,
       .audited = false,
       .custom_writes = true});

  c.push_back(
      {.plural = "outbox-attachments",
       .singular = "outbox_attachment",
       .title = "Outbox attachment",
       .fields = {ReadOnly(Ref("message_id", "outbox-messages", true)),
                  ReadOnly(Text("filename", true, 200)), ReadOnly(Text("content_type", true, 100)),
                  ReadOnly(Int("size_bytes", 0, INT64_MAX)),
                  ReadOnly(Of(Plain(Text("content_base64", true, 40'000'000)),
                              "The bytes as sent, base64"))},
       .ownership = app::Ownership::kViaParent,
       .parent_field = "message_id",
       .parent_entity = "outbox-messages",
       .policies = CorrespondencePolicy(),
       .deletable = false,
       .audited = false,
       .custom_writes = true});

  // Billing's dunning runs remember being sent (decision 0062; migration 0047).
  auto runs =
      std::find_if(c.begin(), c.end(), [](const auto& e) { return e.plural == "dunning-runs"; });
  if (runs == c.end()) std::abort();  // mail depends on billing
  runs->fields.push_back(ReadOnly(Of(Timestamp("sent_at"), "When its letters were last sent")));
  runs->fields.push_back(ReadOnly(Of(Ref("sent_by_id", "users"), "Who sent them")));
  runs->fields.push_back(ReadOnly(
      Of(Int("letters_sent", 0, INT64_MAX), "Letters of the run in the outbox after that send")));
  runs->fields.push_back(ReadOnly(Of(Int("letters_without_email", 0, INT64_MAX),
                                     "Letters not sent: the customer has no e-mail address")));

  std::vector<RolePolicy> everyone;
  for (R r : app::kAllRoles) everyone.push_back({r, ReadAccess::kScoped, false});
  c.push_back({.plural = "calendar-feeds",
               .singular = "calendar_feed",
               .title = "Calendar feed",
               .fields = {ReadOnly(Of(Text("token_hash", true, 64),
                                      "BLAKE2b of the feed's secret; the secret is shown once")),
                          ReadOnly(Ref("owner_id", "users", true))},
               .ownership = app::Ownership::kPersonal,
               .policies = everyone,
               .audited = false,
               .custom_writes = true});
}

}  // namespace salesdesk::modules::mail
