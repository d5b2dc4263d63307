#include "modules/sales/app/contract_signing.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/app/sales_record_rules.h"

namespace salesdesk::app::sales {

using core::Error;
using core::ErrorCode;

core::Result<Record> ContractSigning::Sign(const Caller& caller, std::int64_t id,
                                           std::int64_t expected_version) {
  const EntitySpec& contracts = Spec("contracts");
  SD_TRY(CheckMayWrite(caller, contracts));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record contract, LoadVisible(*uow, caller, contracts, id));
  if (RecordVersion(contract) != expected_version) {
    return Error::Make(
        ErrorCode::kPreconditionFailed,
        core::Msg("contract.stale", {{"version", std::to_string(RecordVersion(contract))}}));
  }
  if (IntOf(contract, "signed_at")) {
    return Error::Make(ErrorCode::kConflict, core::Msg("contract.already_signed",
                                                       {{"date", TextOf(contract, "signed_on")}}));
  }
  const std::string status = TextOf(contract, "status");
  if (status != "draft") {
    return Error::Make(ErrorCode::kConflict, core::Msg("contract.not_draft", {{"status", status}}));
  }
  auto signer_id = IntOf(contract, "signed_by_id");
  if (!signer_id) {
    return Error::Make(ErrorCode::kConflict, core::Msg("contract.no_signer"));
  }
  if (*signer_id != caller.user_id) {
    SD_ASSIGN(auto signer, uow->FindUserById(*signer_id));
    return Error::Make(
        ErrorCode::kForbidden,
        core::Msg("contract.not_signer",
                  {{"name", signer ? signer->name : "user " + std::to_string(*signer_id)}}));
  }
  const core::Timestamp now = clock_.Now();
  const std::int64_t at = now.micros_since_epoch();
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, at));
  Record changes{
      {"signed_on", today.ToString()}, {"signed_at", at}, {"status", std::string("active")}};
  // The signer's authority now, for the value at today's rate.
  Record as_signed = contract;
  for (const auto& [k, v] : changes) as_signed[k] = v;
  SD_TRY(CheckSigner(*uow, as_signed, at));
  SD_ASSIGN(Record signed_contract, uow->Update(contracts, id, changes, expected_version, at));
  WriteContext ctx{*uow, caller, at};
  SD_TRY(AfterContractWrite(ctx, contract, signed_contract));
  SD_TRY(AuditChange(*uow, caller, at, contracts, "update", &contract, &signed_contract));
  SD_TRY(uow->Commit());
  return signed_contract;
}

}  // namespace salesdesk::app::sales
