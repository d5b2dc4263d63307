#include "modules/billing/app/payment_replay.h"

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_records.h"

namespace salesdesk::modules::billing {

core::Result<std::map<std::int64_t, std::int64_t>> AppliedLater(
    app::RecordRepository& uow, const std::vector<app::FieldValue>& payment_ids) {
  std::map<std::int64_t, std::int64_t> out;
  if (payment_ids.empty()) return out;
  SD_ASSIGN(auto principal, app::ReadAll(uow, Spec("payment-allocations"),
                                         {{"payment_id", app::FilterOp::kIn, payment_ids},
                                          {"by_application", app::FilterOp::kEq, {true}}}));
  SD_ASSIGN(auto claims, app::ReadAll(uow, Spec("payment-claim-allocations"),
                                      {{"payment_id", app::FilterOp::kIn, payment_ids}}));
  for (const auto* rows : {&principal, &claims}) {
    for (const auto& a : *rows) {
      out[*app::IntOf(a, "payment_id")] += app::MoneyOf(a, "amount")->minor;
    }
  }
  return out;
}

core::Result<std::vector<LaterPrincipal>> LaterPrincipalOf(
    app::RecordRepository& uow, const std::vector<app::FieldValue>& invoice_ids) {
  std::vector<LaterPrincipal> out;
  if (invoice_ids.empty()) return out;
  SD_ASSIGN(auto rows, app::ReadAll(uow, Spec("payment-allocations"),
                                    {{"invoice_id", app::FilterOp::kIn, invoice_ids},
                                     {"by_application", app::FilterOp::kEq, {true}}}));
  if (rows.empty()) return out;
  std::vector<app::FieldValue> payment_ids;
  for (const auto& r : rows) payment_ids.emplace_back(*app::IntOf(r, "payment_id"));
  SD_ASSIGN(auto payments, app::ReadAll(uow, Spec("payments"),
                                        {{"id", app::FilterOp::kIn, std::move(payment_ids)}}));
  std::map<std::int64_t, core::Date> paid_on;
  for (const auto& p : payments) {
    SD_ASSIGN(paid_on[app::RecordId(p)], core::ParseDate(app::TextOf(p, "paid_on")));
  }
  for (const auto& r : rows) {
    const auto amount = *app::MoneyOf(r, "amount");
    out.push_back({*app::IntOf(r, "invoice_id"), paid_on[*app::IntOf(r, "payment_id")],
                   amount.currency, amount.minor});
  }
  return out;
}

}  // namespace salesdesk::modules::billing
