// The activity entity. Activities are the salesperson's own work: a rep sees and logs their own,
// a manager their team's, the director all; finance reads them (a customer's payment talk is in
// the visit reports) but writes none; admins and logistics have no business with them.
#include <variant>

#include "app/access/access_policy.h"
#include "app/records/catalog_fields.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "modules/activities/app/activities_module.h"
#include "modules/activities/core/activities/activity_rules.h"

namespace salesdesk::modules::activities {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::FieldValue;
using app::Record;

constexpr std::int64_t kDegree = 1'000'000;  // latitude and longitude at 6 decimals (~11 cm)

const FieldValue* After(const Record& current, const Record& fields, std::string_view name) {
  return app::EffectiveOf(current, fields, name);
}
bool Has(const Record& current, const Record& fields, std::string_view name) {
  const FieldValue* v = After(current, fields, name);
  return v != nullptr && !app::IsNull(*v);
}
std::string TextAfter(const Record& current, const Record& fields, std::string_view name) {
  return app::TextIn(After(current, fields, name));
}

void Validate(const app::Caller&, const Record& current, Record& fields,
              core::FieldIssues& issues) {
  core::activities::ActivityFacts a{
      .kind = TextAfter(current, fields, "kind"),
      .status = TextAfter(current, fields, "status"),
      .has_outcome = Has(current, fields, "outcome"),
      .has_check_in = Has(current, fields, "check_in_at"),
      .has_direction = Has(current, fields, "direction"),
      .has_done_at = Has(current, fields, "done_at"),
      .has_latitude = Has(current, fields, "latitude"),
      .has_longitude = Has(current, fields, "longitude"),
      .has_related_entity = Has(current, fields, "related_entity"),
      .has_related_id = Has(current, fields, "related_id"),
  };
  core::activities::CheckActivity(a, issues);
}

// Times the client may leave out, and the account a contact belongs to.
core::Result<void> Prepare(app::WriteContext& ctx, const Record& current, Record& fields) {
  const bool done = TextAfter(current, fields, "status") == "done";
  if (done && !Has(current, fields, "done_at")) fields["done_at"] = ctx.now;
  if (current.empty() && !Has(current, fields, "planned_at")) {
    // Logged after the fact: it happened when it was done (or now).
    const FieldValue* at = After(current, fields, "done_at");
    fields["planned_at"] = at != nullptr && !app::IsNull(*at) ? *at : FieldValue{ctx.now};
  }
  if (!fields.count("contact_id") && !fields.count("account_id")) return core::Ok();
  const FieldValue* contact_id = After(current, fields, "contact_id");
  if (contact_id == nullptr || app::IsNull(*contact_id)) return core::Ok();
  // The generic reference check has shown the caller sees the contact; read it the same way.
  SD_ASSIGN(auto contact,
            app::GetVisible(ctx.uow, ctx.caller, "contacts", std::get<std::int64_t>(*contact_id)));
  if (!contact) return core::Ok();
  const FieldValue& owner_account = contact->at("account_id");
  const FieldValue* account = After(current, fields, "account_id");
  if (account == nullptr || app::IsNull(*account)) {
    fields["account_id"] = owner_account;  // the contact's account: its timeline shows it
    return core::Ok();
  }
  if (*account != owner_account) {
    return core::Error::Invalid(
        "contact_id",
        core::Msg("activity.contact_other_account",
                  {{"contact_id", std::to_string(std::get<std::int64_t>(*contact_id))},
                   {"contact_account", std::to_string(std::get<std::int64_t>(owner_account))},
                   {"account_id", std::to_string(std::get<std::int64_t>(*account))}}));
  }
  return core::Ok();
}

std::vector<FieldSpec> ActivityFields() {
  return {
      Of(NeverNull(Enum("kind", {"call", "visit", "meeting", "email"}, true)), "What it is"),
      Of(Text("subject", true, 200), "One line: what it is about"),
      Of(NeverNull(Enum("status", {"planned", "done", "cancelled"}, false, std::string("planned"))),
         "A done call needs an outcome; a done visit needs check_in_at"),
      Of(NeverNull(ClientInstant("planned_at", "")),
         "When it is planned (RFC 3339 with offset); defaults to done_at, else now"),
      ClientInstant("done_at", "When it was done; set to now when status becomes done without it"),
      Of(Int("duration_minutes", 0, 24 * 60), "How long it took, in minutes"),
      Of(Enum("direction", {"inbound", "outbound"}, false), "Calls only: who called whom"),
      Of(Enum("outcome",
              {"reached", "no_answer", "voicemail", "busy", "wrong_number", "meeting_held",
               "no_show"},
              false),
         "How it went"),
      Of(Text("next_step", false, 500), "What happens next"),
      Of(DateField("next_action_on"), "When the next step is due"),
      ClientInstant("check_in_at", "Visits: when the rep arrived"),
      Of(Text("place", false, 300), "Where: an address or a place name"),
      Of(Decimal("latitude", 6, -90 * kDegree, 90 * kDegree), "Where on the map, with longitude"),
      Of(Decimal("longitude", 6, -180 * kDegree, 180 * kDegree), "Where on the map, with latitude"),
      Of(Text("report", false, 8000), "The visit report or call notes"),
      Of(Ref("account_id", "accounts"), "The customer; taken from the contact when left out"),
      Of(Ref("contact_id", "contacts"), "The person; one of the account's contacts"),
      Of(Enum("related_entity", {"leads", "quotes", "sales-orders", "contracts", "opportunities"},
              false),
         "The kind of record it is about, when installed"),
      Of(RefFrom("related_id", "related_entity"), "The record of kind related_entity"),
      Of(Ref("owner_id", "users"), "Whose activity; defaults to the caller"),
  };
}

std::vector<app::RolePolicy> ActivityPolicy() {
  using app::ReadAccess;
  return {{R::kRep, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kDirector, ReadAccess::kAll, true},
          {R::kFinance, ReadAccess::kAll, false}};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "activities",
               .singular = "activity",
               .title = "Activity",
               .fields = ActivityFields(),
               .ownership = app::Ownership::kOwned,
               .search_fields = {"subject", "report"},
               .policies = ActivityPolicy(),
               .hooks = {.validate = Validate, .prepare = Prepare}});
  AddDailyReportEntities(c);
  AddCallListEntities(c);
}

}  // namespace salesdesk::modules::activities
