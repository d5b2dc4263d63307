#include "modules/billing/app/claim_status.h"

#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/invoice_balance.h"

namespace salesdesk::modules::billing {

namespace {
std::int64_t Minor(const app::Record& r, const char* f) {
  return app::MoneyOf(r, f).value_or(app::MoneyValue{}).minor;
}
}  // namespace

core::billing::LetterClaims OpenOfClaim(const app::Record& claim, std::int64_t principal_open) {
  return {.principal = principal_open,
          .interest = Minor(claim, "interest") - Minor(claim, "interest_waived") -
                      Minor(claim, "interest_paid"),
          .fees = Minor(claim, "fee") - Minor(claim, "fee_waived") - Minor(claim, "fee_paid")};
}

std::string ClaimStatus(const app::Record& claim, std::int64_t principal_open,
                        bool principal_written_off) {
  if (!core::billing::LetterResolved(OpenOfClaim(claim, principal_open))) return "open";
  const bool waived = principal_written_off || Minor(claim, "interest_waived") > 0 ||
                      Minor(claim, "fee_waived") > 0;
  return waived ? "waived" : "settled";
}

core::Result<void> RefreshClaimStatuses(app::UnitOfWork& uow, const app::Caller& caller,
                                        std::int64_t invoice_id, std::int64_t at) {
  SD_ASSIGN(auto claims, app::ReadAll(uow, Spec("dunning-claims"),
                                      {{"invoice_id", app::FilterOp::kEq, {invoice_id}}}));
  if (claims.empty()) return core::Ok();
  SD_ASSIGN(auto invoice, uow.Get(Spec("invoices"), invoice_id, app::Visibility::All()));
  if (!invoice) return core::Ok();
  SD_ASSIGN(InvoiceBalance balance, BalanceOf(uow, *invoice));
  const bool written_off =
      app::MoneyOf(*invoice, "written_off").value_or(app::MoneyValue{}).minor > 0;
  for (const auto& claim : claims) {
    const std::string status = ClaimStatus(claim, balance.outstanding, written_off);
    if (status == app::TextOf(claim, "status")) continue;
    SD_ASSIGN(app::Record updated, uow.Update(Spec("dunning-claims"), app::RecordId(claim),
                                              {{"status", status}}, app::RecordVersion(claim), at));
    SD_TRY(app::AuditChange(uow, caller, at, Spec("dunning-claims"), "update", &claim, &updated));
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::billing
