// Leads and the rules that assign them. Leads are owned like accounts (a rep sees their own, a
// leader the team's, a director all); finance, logistics and admins have no business with
// prospects. Assignment rules are organisation settings: directors and admins write them,
// everyone reads them (a rep sees why a lead came to them).
#include <stdexcept>

#include "app/records/catalog_fields.h"
#include "modules/leads/app/duplicate_check.h"
#include "modules/leads/app/duplicate_key_upkeep.h"
#include "modules/leads/app/lead_rules.h"
#include "modules/leads/app/leads_module.h"

namespace salesdesk::modules::leads {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;

FieldSpec Unsorted(FieldSpec f) {
  f.sortable = false;
  return f;
}

FieldSpec Folded(FieldSpec f) {
  f.sort_folded = true;
  return f;
}

std::vector<app::RolePolicy> ProspectPolicy() {
  using app::ReadAccess;
  return {{R::kDirector, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kRep, ReadAccess::kScoped, true}};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  // The start-up call every installed module gets: the import's dry run may now ask for
  // duplicate candidates of accounts and leads (decision 0054).
  RegisterImportDuplicateChecks();
  FieldSpec score = ReadOnly(Int("score", 0, 100));
  score.description = "0-100: fit plus engagement, computed on every write (docs/leads.md)";
  FieldSpec status =
      NeverNull(Enum("status", {"new", "contacted", "qualified", "converted", "disqualified"},
                     false, std::string("new")));
  status.description =
      "new -> contacted -> qualified; disqualified with a reason; converted only by POST "
      "/leads/{id}/convert";
  c.push_back(
      {.plural = "leads",
       .singular = "lead",
       .title = "Lead",
       .fields = {Folded(Text("first_name", false, 100)),
                  Folded(Text("last_name", false, 100)),
                  Of(Folded(Text("company", false, 200)),
                     "The company; a lead names a person, a "
                     "company or both"),
                  Text("job_title", false, 120),
                  FieldSpec{
                      .name = "email", .type = F::kEmail, .filterable = true, .sortable = true},
                  Text("phone", false, 40),
                  FieldSpec{
                      .name = "country", .type = F::kCountry, .filterable = true, .sortable = true},
                  Of(Ref("territory_id", "territories"), "Territory, for the assignment rules"),
                  Of(Text("vat_id", false, 40), "VAT or tax id of the company"),
                  Text("website"),
                  Of(Enum("source",
                          {"web", "referral", "event", "campaign", "cold_call", "import", "other"},
                          false, std::string("other")),
                     "How the lead reached us"),
                  Of(Text("campaign", false, 200), "The campaign or event it came from"),
                  status,
                  Of(Enum("disqualify_reason",
                          {"no_budget", "no_need", "no_authority", "bad_timing", "competitor",
                           "unreachable", "duplicate", "other"},
                          false),
                     "Required when the status is disqualified"),
                  Of(Text("disqualify_note", false, 1000), "Why, in a sentence"),
                  score,
                  Of(Ref("owner_id", "users"),
                     "Owning salesperson; when not given, the assignment rules choose"),
                  Of(ReadOnly(Ref("assignment_rule_id", "lead-assignment-rules")),
                     "The rule that assigned the lead"),
                  Of(ReadOnly(Ref("converted_account_id", "accounts")), "The account it became"),
                  Of(ReadOnly(Ref("converted_contact_id", "contacts")), "The contact it became"),
                  Timestamp("converted_at"),
                  Of(ReadOnly(Ref("converted_by_id", "users")), "Who converted it"),
                  Text("notes", false, 4000)},
       .ownership = app::Ownership::kOwned,
       .search_fields = {"first_name", "last_name", "company", "email"},
       .policies = ProspectPolicy(),
       .hooks = {.validate = ValidateLead, .prepare = PrepareLead, .after_write = AfterLeadWrite}});

  c.push_back(
      {.plural = "lead-assignment-rules",
       .singular = "lead_assignment_rule",
       .title = "Lead assignment rule",
       .fields = {Name(),
                  Of(FieldSpec{.name = "country",
                               .type = F::kCountry,
                               .filterable = true,
                               .sortable = true},
                     "Leads from this country (or give a territory)"),
                  Of(Ref("territory_id", "territories"),
                     "Leads of this territory; wins over a country rule"),
                  Of(Ref("team_id", "teams", true), "The team whose active reps take turns"),
                  Of(NeverNull(Enum("method", {"round_robin"}, false, std::string("round_robin"))),
                     "How the team's reps are chosen"),
                  Bool("active", true)},
       .search_fields = {"name"},
       .policies = ReadAllWrite({R::kAdmin, R::kDirector}),
       .hooks = {.validate = ValidateAssignmentRule}});

  // Normalised keys of accounts and leads for the duplicate check (decision 0034), written by
  // the hooks below and the daily rebuild only; the director may read them, as they see every
  // account and lead anyway.
  FieldSpec key = Of(NeverNull(Text("key", true, 300)), "The normalised value");
  key.sortable = false;
  FieldSpec record_id = Of(Int("record_id", 1, INT64_MAX), "The account or lead");
  record_id.required = true;
  record_id.sortable = false;
  c.push_back({.plural = "duplicate-keys",
               .singular = "duplicate_key",
               .title = "Duplicate key",
               .fields = {Enum("entity", {"accounts", "leads"}, true), record_id,
                          Enum("kind", {"name", "vat", "domain", "phone"}, true), key},
               .policies = {{R::kDirector, app::ReadAccess::kAll, false}},
               .deletable = false,
               .audited = false,
               .custom_writes = true});

  // A merge of two accounts or two leads, with what it moved and the merged record, so it can be
  // undone within a day (POST /record-merges, /record-merges/{id}/undo). Seen like leads: a rep
  // their own merges, a leader the team's, the director all.
  FieldSpec merged = Of(Json("merged"), "The merged record as it was (money in minor units)");
  FieldSpec filled = Of(Json("filled"), "Fields of the kept record filled from the merged one");
  FieldSpec moved = Of(Json("moved"), "The records moved onto the kept one: entity, id, field");
  c.push_back(
      {.plural = "record-merges",
       .singular = "record_merge",
       .title = "Record merge",
       .fields = {Enum("entity", {"accounts", "leads"}, true),
                  Of(Unsorted(Int("keep_id", 1, INT64_MAX)), "The record kept"),
                  Of(Unsorted(Int("merge_id", 1, INT64_MAX)),
                     "The record merged into it and deleted"),
                  Of(Ref("owner_id", "users"), "Who merged"), merged, filled, moved,
                  Of(Unsorted(Int("moved_count", 0, INT64_MAX)), "How many references moved"),
                  Of(Timestamp("undone_at"), "When the merge was undone"),
                  Of(ReadOnly(Ref("undone_by_id", "users")), "Who undid it")},
       .ownership = app::Ownership::kOwned,
       .policies = {{R::kDirector, app::ReadAccess::kAll, false},
                    {R::kSeniorManager, app::ReadAccess::kScoped, false},
                    {R::kManager, app::ReadAccess::kScoped, false},
                    {R::kRep, app::ReadAccess::kScoped, false}},
       .deletable = false,
       .custom_writes = true});

  // Accounts are a platform entity: their keys are kept by chaining onto their after-write hook,
  // which the platform leaves empty; refuse to start rather than drop another module's hook.
  for (EntitySpec& e : c) {
    if (e.plural != "accounts") continue;
    if (e.hooks.after_write != nullptr) {
      throw std::logic_error("leads: accounts already have an after_write hook to chain");
    }
    e.hooks.after_write = AfterAccountWrite;
  }
}

}  // namespace salesdesk::modules::leads
