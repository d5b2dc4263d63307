#include "modules/billing/app/payment_service.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/claim_status.h"
#include "modules/billing/app/credit_hold.h"
#include "modules/billing/app/invoice_balance.h"
#include "modules/billing/app/invoice_settled_on.h"
#include "modules/billing/core/application.h"
#include "modules/billing/core/fx.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
namespace cb = core::billing;

core::Result<app::CreateResult<app::Record>> PaymentService::Receive(
    const app::Caller& caller, const PaymentRequest& in, const app::IdempotencyRequest* idempotency,
    const app::Renderer<app::Record>& render) {
  SD_TRY(app::CheckMayWrite(caller, Spec("payments")));
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<app::Record>{std::nullopt, std::move(seen)};
  auto account = app::sales::LoadVisible(*uow, caller, Spec("accounts"), in.account_id);
  if (!account.ok()) return NotVisible("account_id", "account", in.account_id, "accounts");
  const core::Money amount = *in.amount;
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  app::Record payment{{"account_id", in.account_id},
                      {"paid_on", in.paid_on.ToString()},
                      {"amount", MoneyValue{amount.minor, amount.currency.code()}},
                      {"owner_id", (*account)["owner_id"]}};
  std::vector<app::Record> allocations;
  if (!in.invoice_id) {
    payment["settled"] = MoneyValue{amount.minor, amount.currency.code()};
    payment["unapplied"] = MoneyValue{amount.minor, amount.currency.code()};
  } else {
    auto invoice = app::sales::LoadVisible(*uow, caller, Spec("invoices"), *in.invoice_id);
    if (!invoice.ok()) return NotVisible("invoice_id", "invoice", *in.invoice_id, "invoices");
    if (app::TextOf(*invoice, "status") != "posted") {
      return Error::Invalid("invoice_id", core::Msg("billing.invoice_not_posted",
                                                    {{"id", std::to_string(*in.invoice_id)}}));
    }
    if (app::IntOf(*invoice, "account_id") != in.account_id) {
      return Error::Invalid("invoice_id", core::Msg("billing.payment_account"));
    }
    SD_ASSIGN(core::Currency doc, core::ParseCurrency(app::TextOf(*invoice, "currency")));
    SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));
    // In the invoice's currency at the payment's dated rate (E-R6 never adds two currencies).
    std::int64_t settled = amount.minor;
    if (amount.currency.code() != doc.code()) {
      auto rate = rates.Between(amount.currency.code(), doc.code(), in.paid_on);
      if (!rate) {
        return Error::Invalid("amount",
                              core::Msg("billing.no_rate", {{"from", amount.currency.code()},
                                                            {"to", doc.code()},
                                                            {"date", in.paid_on.ToString()}}));
      }
      SD_ASSIGN(core::Money converted, core::Convert(amount, *rate, doc));
      settled = converted.minor;
    }
    SD_ASSIGN(core::Rate payment_rate, RateToBase(rates, doc.code(), in.paid_on, "paid_on"));
    const core::Rate invoice_rate = core::Rate::FromUnits(app::IntOf(*invoice, "rate").value_or(0));
    // The invoice's open instalments after earlier payments and credit notes, oldest due first.
    SD_ASSIGN(InvoiceBalance open, BalanceOf(*uow, *invoice));
    Allocations applied = AllocationsOf(open, *invoice, cb::ApplyPayment(settled, open.items));
    std::int64_t relieved = 0, settlement_base = 0;
    if (applied.total > 0) {
      SD_ASSIGN(relieved, cb::RelievedBase(applied.total, open.outstanding, open.carrying, doc,
                                           invoice_rate, base));
      SD_ASSIGN(core::Money b, core::Convert(core::Money{applied.total, doc}, payment_rate, base));
      settlement_base = b.minor;
    }
    payment["invoice_id"] = *in.invoice_id;
    payment["settled"] = MoneyValue{settled, doc.code()};
    payment["applied"] = MoneyValue{applied.total, doc.code()};
    payment["unapplied"] = MoneyValue{settled - applied.total, doc.code()};
    payment["relieved_base"] = MoneyValue{relieved, base.code()};
    payment["settlement_base"] = MoneyValue{settlement_base, base.code()};
    payment["realised_fx"] = MoneyValue{settlement_base - relieved, base.code()};
    allocations = std::move(applied.records);
  }
  const std::int64_t at = clock_.Now().micros_since_epoch();
  SD_ASSIGN(app::Record inserted, uow->Insert(Spec("payments"), payment, at));
  for (auto& a : allocations) a["payment_id"] = app::RecordId(inserted);
  if (!allocations.empty()) SD_TRY(uow->InsertMany(Spec("payment-allocations"), allocations, at));
  if (in.invoice_id) {
    SD_TRY(RefreshSettledOn(*uow, {*in.invoice_id}, at, SettledWrite::kTouch));
    // Its dunning claims resolve once the principal is paid too (E-R10).
    SD_TRY(RefreshClaimStatuses(*uow, caller, *in.invoice_id, at));
  }
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("payments"), "create", nullptr, &inserted));
  // A prepayment hold goes as soon as the customer's money covers the order (decision 0048).
  SD_TRY(ReleasePaidPrepayments(*uow, in.account_id, at));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<app::Record>{std::move(inserted), std::nullopt};
}

}  // namespace salesdesk::modules::billing
