// Call lists (issue 11, decision 0057): a telemarketer's list of accounts, contacts or leads built
// from one of their saved views, and its entries, worked one at a time. Both change only through
// the call-list routes (build, rebuild, log, skip), so the counts and the entries' link to their
// call cannot drift; they read like activities: the owner, their leaders, the director.
#include "app/records/catalog_fields.h"
#include "modules/activities/app/activities_module.h"
#include "modules/activities/core/activities/call_list_rules.h"

namespace salesdesk::modules::activities {
namespace {

using namespace app::catalog;
using app::FieldSpec;

FieldSpec Count(std::string_view name, std::string_view description) {
  return ReadOnly(Of(Int(name, 0, INT64_MAX), description));
}

std::vector<FieldSpec> CallListFields() {
  return {
      Of(Text("name", true, 120), "What the list is for, e.g. 'Dormant clinics, Madrid'"),
      ReadOnly(Of(Enum("source_entity", {"accounts", "contacts", "leads"}, true),
                  "The kind of record it lists")),
      ReadOnly(Of(Int("source_view_id", 1, INT64_MAX), "The saved view it was built from")),
      ReadOnly(Of(Text("source_query", false, 2000), "The list query it was last built with")),
      ReadOnly(Of(Enum("status", {"open", "closed"}, false, std::string("open")),
                  "Closed once no entry is pending")),
      Count("entries_total", "Entries on the list, dropped ones not counted"),
      Count("entries_done", "Entries called and logged"),
      Count("entries_skipped", "Entries skipped"),
      Of(NeverNull(Ref("owner_id", "users")), "The telemarketer; the caller who built it"),
  };
}

std::vector<FieldSpec> EntryFields() {
  return {
      Ref("call_list_id", "call-lists", true),
      ReadOnly(Of(Enum("target_entity", {"accounts", "contacts", "leads"}, true),
                  "The kind of record to call")),
      ReadOnly(Of(Int("target_id", 1, INT64_MAX), "The record to call")),
      ReadOnly(Of(Text("display_name", true, 300), "Its name when the list was (re)built")),
      ReadOnly(Of(Text("phone", false, 40), "Its phone when the list was (re)built")),
      ReadOnly(Of(Int("position", 1, INT64_MAX), "Order in the list, from 1")),
      ReadOnly(Of(
          Enum("status", {"pending", "done", "skipped", "dropped"}, false, std::string("pending")),
          "pending → done (a call logged), skipped, or dropped (no longer in the view "
          "when the list was rebuilt)")),
      ReadOnly(Of(Enum("outcome", core::activities::CallOutcomes(), false), "How the call went")),
      ReadOnly(Of(DateField("next_call_on"), "When to call again")),
      ReadOnly(Of(Ref("activity_id", "activities"), "The call logged for it")),
      ReadOnly(Of(Timestamp("called_at"), "When it was logged")),
  };
}

std::vector<app::RolePolicy> CallListPolicy() {
  using app::ReadAccess;
  return {{R::kRep, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kDirector, ReadAccess::kAll, true}};
}

}  // namespace

void AddCallListEntities(std::vector<app::EntitySpec>& c) {
  c.push_back({.plural = "call-lists",
               .singular = "call_list",
               .title = "Call list",
               .fields = CallListFields(),
               .ownership = app::Ownership::kOwned,
               .search_fields = {"name"},
               .policies = CallListPolicy(),
               .deletable = false,
               .custom_writes = true});
  c.push_back({.plural = "call-list-entries",
               .singular = "call_list_entry",
               .title = "Call list entry",
               .fields = EntryFields(),
               .ownership = app::Ownership::kViaParent,
               .parent_field = "call_list_id",
               .parent_entity = "call-lists",
               .search_fields = {"display_name"},
               .policies = CallListPolicy(),
               .deletable = false,
               .custom_writes = true});
}

}  // namespace salesdesk::modules::activities
