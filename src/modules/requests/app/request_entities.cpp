// The customer request entity (decision 0066). A request is the rep's work like an activity: a
// rep sees and answers their own, a manager their team's, the director all; finance reads them
// (a complaint often ends in a credit note); admins and logistics have no business with them.
// The server keeps what the SLA needs: the due instant, the status and whether the answer came
// in time; the client gives the receipt time (default now) and the answer.
#include <variant>

#include "app/access/access_policy.h"
#include "app/records/catalog_fields.h"
#include "app/records/create_owner.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "modules/requests/app/requests_module.h"
#include "modules/requests/core/response_sla.h"

namespace salesdesk::modules::requests {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::FieldValue;
using app::Record;
namespace sla = core::requests;

// A few minutes of clock difference between a phone and the server are not "the future".
constexpr std::int64_t kSkewUs = 5 * 60'000'000;

using app::EffectiveInt;

bool TextGiven(const Record& fields, std::string_view name) {
  auto it = fields.find(name);
  return it != fields.end() && std::holds_alternative<std::string>(it->second) &&
         !std::get<std::string>(it->second).empty();
}

core::Result<void> NotInFuture(const Record& fields, std::string_view name, std::int64_t now,
                               const char* code) {
  auto it = fields.find(name);
  if (it == fields.end() || !std::holds_alternative<std::int64_t>(it->second)) return core::Ok();
  if (std::get<std::int64_t>(it->second) <= now + kSkewUs) return core::Ok();
  return core::Error::Invalid(std::string(name), core::Msg(code, {}));
}

// The owner the request goes to when none is named: the account's (the customer's rep).
core::Result<void> DefaultOwner(app::WriteContext& ctx, Record& fields) {
  if (!app::CreateNamedNoOwner()) return core::Ok();
  const auto account = app::IntOf(fields, "account_id");
  if (!account) return core::Ok();
  SD_ASSIGN(auto record, app::GetVisible(ctx.uow, ctx.caller, "accounts", *account));
  if (!record) return core::Ok();
  if (auto owner = app::IntOf(*record, "owner_id")) fields["owner_id"] = *owner;
  return core::Ok();
}

// A contact named must be one of the account's people.
core::Result<void> ContactOfAccount(app::WriteContext& ctx, const Record& current,
                                    const Record& fields) {
  if (!fields.count("contact_id") && !fields.count("account_id")) return core::Ok();
  const auto contact_id = EffectiveInt(current, fields, "contact_id");
  const auto account_id = EffectiveInt(current, fields, "account_id");
  if (!contact_id || !account_id) return core::Ok();
  SD_ASSIGN(auto contact, app::GetVisible(ctx.uow, ctx.caller, "contacts", *contact_id));
  if (!contact) return core::Ok();  // the generic reference check answers a hidden contact
  const auto contact_account = app::IntOf(*contact, "account_id");
  if (contact_account == account_id) return core::Ok();
  return core::Error::Invalid(
      "contact_id", core::Msg("activity.contact_other_account",
                              {{"contact_id", std::to_string(*contact_id)},
                               {"contact_account", std::to_string(contact_account.value_or(0))},
                               {"account_id", std::to_string(*account_id)}}));
}

core::Result<void> Prepare(app::WriteContext& ctx, const Record& current, Record& fields) {
  const bool create = current.empty();
  if (create && !EffectiveInt(current, fields, "received_at")) fields["received_at"] = ctx.now;
  SD_TRY(NotInFuture(fields, "received_at", ctx.now, "request.received_in_future"));
  // Answering is writing the answer: its time is now unless the rep says when they answered.
  if (TextGiven(fields, "answer") && !fields.count("answered_at") &&
      !EffectiveInt(current, fields, "answered_at")) {
    fields["answered_at"] = ctx.now;
  }
  SD_TRY(NotInFuture(fields, "answered_at", ctx.now, "request.answered_in_future"));
  const std::int64_t received = *EffectiveInt(current, fields, "received_at");
  const auto answered = EffectiveInt(current, fields, "answered_at");
  if (answered && *answered < received) {
    return core::Error::Invalid("answered_at", core::Msg("request.answered_before_received", {}));
  }
  fields["due_at"] = sla::DueAt(received);
  fields["status"] = std::string(answered ? "answered" : "open");
  fields["answered_on_time"] = answered && sla::AnsweredOnTime(received, *answered);
  if (create) SD_TRY(DefaultOwner(ctx, fields));
  return ContactOfAccount(ctx, current, fields);
}

std::vector<FieldSpec> RequestFields() {
  return {
      Of(Ref("account_id", "accounts", true), "The customer who asked"),
      Of(Ref("contact_id", "contacts"), "The person who asked; one of the account's contacts"),
      Of(Text("subject", true, 200), "One line: what they asked for"),
      Of(Text("details", false, 4000), "The request in their words"),
      Of(NeverNull(Enum("kind", {"quote", "information", "sample", "complaint", "service", "other"},
                        true)),
         "What kind of request it is"),
      Of(Enum("channel", {"phone", "email", "visit", "web", "other"}, false), "How it came in"),
      Of(NeverNull(ClientInstant("received_at", "")),
         "When it came in (RFC 3339 with offset); defaults to now, never in the future"),
      ReadOnly(Of(Timestamp("due_at"), "When the answer is due: received_at + 24 hours (the SLA)")),
      Of(Text("answer", false, 4000),
         "How it was answered; giving it without answered_at answers the request now"),
      ClientInstant("answered_at",
                    "When it was answered; not before received_at, not in the future"),
      ReadOnly(Of(Enum("status", {"open", "answered"}, false), "open until answered_at is set")),
      ReadOnly(Of(Bool("answered_on_time", false), "Answered by due_at")),
      Of(Ref("owner_id", "users"), "Who must answer it; defaults to the account's owner"),
  };
}

std::vector<app::RolePolicy> RequestPolicy() {
  using app::ReadAccess;
  return {{R::kRep, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kDirector, ReadAccess::kAll, true},
          {R::kFinance, ReadAccess::kAll, false}};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "customer-requests",
               .singular = "customer_request",
               .title = "Customer request",
               .fields = RequestFields(),
               .ownership = app::Ownership::kOwned,
               .search_fields = {"subject", "details"},
               .policies = RequestPolicy(),
               .hooks = {.prepare = Prepare}});
}

}  // namespace salesdesk::modules::requests
