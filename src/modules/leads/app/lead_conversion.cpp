#include "modules/leads/app/lead_conversion.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/create_in_transaction.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/record_rules.h"
#include "modules/leads/app/lead_rules.h"

namespace salesdesk::modules::leads {
namespace {

using app::Record;
using core::Error;
using core::ErrorCode;

const app::EntitySpec& Spec(std::string_view plural) { return *app::FindEntity(plural); }

bool Blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

// The existing account, through the caller's visibility: one answer for hidden and missing.
core::Result<void> CheckAccountVisible(app::UnitOfWork& uow, const app::Caller& caller,
                                       std::int64_t account_id) {
  const app::EntitySpec& accounts = Spec("accounts");
  auto visibility = app::VisibilityFor(uow, caller, accounts);
  std::optional<Record> account;
  if (visibility.ok()) {
    SD_ASSIGN(account, uow.Get(accounts, account_id, *visibility));
  } else if (visibility.error().code != ErrorCode::kForbidden) {
    return std::move(visibility).error();
  }
  if (account) return core::Ok();
  return Error::Invalid(
      "account_id",
      core::Msg("reference.not_visible",
                {{"kind", "account"}, {"id", std::to_string(account_id)}, {"plural", "accounts"}}));
}

core::Result<Record> NewAccountFrom(app::UnitOfWork& uow, const app::Caller& caller,
                                    const Record& lead, const ConvertRequest& request,
                                    std::int64_t now) {
  const std::string company = app::TextOf(lead, "company");
  std::string person = app::TextOf(lead, "first_name");
  if (!person.empty()) person += " ";
  person += app::TextOf(lead, "last_name");
  std::string kind = request.kind.empty() ? (Blank(company) ? "person" : "company") : request.kind;
  if (kind == "company" && Blank(company)) {
    return Error::Invalid("company", core::Msg("lead.company_needed_for_account"));
  }
  std::string currency = request.currency;
  if (currency.empty()) {
    SD_ASSIGN(auto settings, uow.Get(app::SettingsSpec(), 1, app::Visibility::All()));
    if (settings) currency = app::TextOf(*settings, "base_currency");
  }
  if (app::TextOf(lead, "country").empty()) {
    return Error::Invalid("country", core::Msg("lead.country_needed_for_account"));
  }
  Record account{{"kind", kind},
                 {"name", kind == "company" ? company : person},
                 {"country", lead.at("country")},
                 {"currency", currency},
                 {"lifecycle", std::string("prospect")}};
  for (const auto& [from, to] : {std::pair<const char*, const char*>{"vat_id", "tax_id"},
                                 {"email", "email"},
                                 {"phone", "phone"},
                                 {"website", "website"},
                                 {"territory_id", "territory_id"},
                                 {"owner_id", "owner_id"}}) {
    if (const app::FieldValue* v = app::FieldOf(lead, from)) account[to] = *v;
  }
  if (kind == "company" && !Blank(person)) account["legal_name"] = company;
  return app::CreateInTransaction(uow, caller, Spec("accounts"), std::move(account), now);
}

// The lead's history now belongs to the customer: records about the lead (a related_id naming
// leads) that have an account field still empty take the account, and the contact when they
// have a contact field, so the calls and visits before the conversion show on its timeline. Found
// from the catalogue: the activities module is not named here.
core::Result<void> AttachLeadHistory(app::UnitOfWork& uow, std::int64_t lead_id,
                                     std::int64_t account_id,
                                     std::optional<std::int64_t> contact_id, std::int64_t now) {
  for (const app::EntitySpec& e : app::AllEntities()) {
    const app::FieldSpec* related = e.Field("related_id");
    const app::FieldSpec* account = e.Field("account_id");
    if (related == nullptr || related->ref_entity_from.empty() || account == nullptr ||
        account->ref_entity != "accounts") {
      continue;
    }
    const bool has_contact = e.Field("contact_id") != nullptr;
    SD_ASSIGN(
        auto rows,
        app::ReadAll(
            uow, e,
            {{std::string(related->ref_entity_from), app::FilterOp::kEq, {std::string("leads")}},
             {"related_id", app::FilterOp::kEq, {lead_id}}}));
    for (const Record& row : rows) {
      if (app::IntOf(row, "account_id")) continue;  // already about a customer
      Record changes{{"account_id", account_id}};
      if (has_contact && contact_id && !app::IntOf(row, "contact_id")) {
        changes["contact_id"] = *contact_id;
      }
      SD_TRY(uow.Update(e, app::RecordId(row), changes, app::RecordVersion(row), now));
    }
  }
  return core::Ok();
}

}  // namespace

core::Error InOpportunity(core::Error e) {
  if (!e.field.empty()) e.field = "opportunity." + e.field;
  for (auto& issue : e.issues) issue.field = "opportunity." + issue.field;
  return e;
}

core::Result<app::CreateResult<Record>> LeadConversion::Convert(
    const app::Caller& caller, std::int64_t lead_id, std::int64_t expected_version,
    const ConvertRequest& request, const app::IdempotencyRequest* idempotency,
    const app::Renderer<Record>& render) {
  const app::EntitySpec& leads = Spec("leads");
  SD_TRY(app::CheckMayWrite(caller, leads));
  SD_ASSIGN(auto uow, store_.Write());
  // A retried conversion answers as the first did, before the lead's state is looked at.
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, leads));
  SD_ASSIGN(auto found, uow->Get(leads, lead_id, visibility));
  if (!found) {
    return Error::Make(
        ErrorCode::kNotFound,
        core::Msg("record.not_found", {{"entity", "lead"}, {"id", std::to_string(lead_id)}}));
  }
  const Record lead = std::move(*found);
  if (app::RecordVersion(lead) != expected_version) {
    return Error::Make(
        ErrorCode::kPreconditionFailed,
        core::Msg("lead.stale", {{"version", std::to_string(app::RecordVersion(lead))}}));
  }
  const std::string status = app::TextOf(lead, "status");
  if (status == "converted") {
    return Error::Make(
        ErrorCode::kConflict,
        core::Msg(
            "lead.already_converted",
            {{"account", std::to_string(app::IntOf(lead, "converted_account_id").value_or(0))}}));
  }
  if (status != "qualified") {
    return Error::Make(ErrorCode::kConflict,
                       core::Msg("lead.convert_needs_qualified", {{"status", status}}));
  }
  const std::int64_t now = clock_.Now().micros_since_epoch();
  std::int64_t account_id = 0;
  if (request.account_id) {
    SD_TRY(CheckAccountVisible(*uow, caller, *request.account_id));
    account_id = *request.account_id;
  } else {
    SD_ASSIGN(Record account, NewAccountFrom(*uow, caller, lead, request, now));
    account_id = app::RecordId(account);
  }
  Record changes{{"status", std::string("converted")},
                 {"converted_account_id", account_id},
                 {"converted_at", now},
                 {"converted_by_id",
                  caller.user_id == 0 ? app::FieldValue{} : app::FieldValue{caller.user_id}}};
  const std::string first = app::TextOf(lead, "first_name"), last = app::TextOf(lead, "last_name");
  if (!Blank(first) && !Blank(last)) {
    Record contact{{"account_id", account_id}, {"first_name", first}, {"last_name", last}};
    for (const char* k : {"job_title", "email", "phone"}) {
      if (const app::FieldValue* v = app::FieldOf(lead, k)) contact[k] = *v;
    }
    SD_ASSIGN(Record stored,
              app::CreateInTransaction(*uow, caller, Spec("contacts"), contact, now));
    changes["converted_contact_id"] = app::RecordId(stored);
  }
  std::optional<std::int64_t> contact_id;
  if (auto it = changes.find("converted_contact_id"); it != changes.end()) {
    contact_id = std::get<std::int64_t>(it->second);
  }
  SD_TRY(AttachLeadHistory(*uow, lead_id, account_id, contact_id, now));
  if (request.opportunity) {
    Record deal = *request.opportunity;
    deal["account_id"] = account_id;
    deal["lead_id"] = lead_id;
    if (contact_id) deal["contact_id"] = *contact_id;
    if (!deal.count("owner_id")) {
      if (const app::FieldValue* owner = app::FieldOf(lead, "owner_id")) deal["owner_id"] = *owner;
    }
    auto opened =
        app::CreateInTransaction(*uow, caller, Spec("opportunities"), std::move(deal), now);
    if (!opened.ok()) return InOpportunity(std::move(opened).error());
  }
  SD_ASSIGN(std::int64_t score, ScoreOf(*uow, app::Merged(lead, changes)));
  changes["score"] = score;
  SD_ASSIGN(Record converted, uow->Update(leads, lead_id, changes, expected_version, now));
  SD_TRY(app::AuditChange(*uow, caller, now, leads, "update", &lead, &converted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(converted), now));
  SD_TRY(uow->Commit());
  return app::CreateResult<Record>{std::move(converted), std::nullopt};
}

}  // namespace salesdesk::modules::leads
