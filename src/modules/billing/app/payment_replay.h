// Payments as the ageing and the dunning run replay them, once a payment's unapplied part has
// been applied later (POST /payments/{id}/apply, E-R11): that part no longer sits on the
// payment's own invoice or on the customer as a credit; its principal goes to the invoices it
// was applied to, dated as the payment (the money arrived then), and what paid interest and
// fees leaves the receivables.
#pragma once

#include <map>
#include <vector>

#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

// Per payment id: what was applied later (principal elsewhere, interest and fees), in the
// payment's settled currency. Payments without such applications are absent.
core::Result<std::map<std::int64_t, std::int64_t>> AppliedLater(
    app::RecordRepository& uow, const std::vector<app::FieldValue>& payment_ids);

// Principal applied later to the given invoices, each dated as its payment.
struct LaterPrincipal {
  std::int64_t invoice_id = 0;
  core::Date paid_on;
  std::string currency;
  std::int64_t amount = 0;
};
core::Result<std::vector<LaterPrincipal>> LaterPrincipalOf(
    app::RecordRepository& uow, const std::vector<app::FieldValue>& invoice_ids);

}  // namespace salesdesk::modules::billing
