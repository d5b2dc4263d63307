// E-R11: the unapplied part of a payment (all of a payment without reference) applied to the
// customer's open items in the payment's currency: the open principal of their posted invoices'
// instalments and the interest and fees their dunning claims still claim. The order is the
// billing setting's: principal (oldest instalment first) → interest → fees, or with § 367 BGB
// fees → interest → principal. Principal becomes payment allocations (with the carrying base
// they relieve and their realised FX, E-R6), interest and fees claim allocations; the claims'
// paid amounts and statuses follow (E-R10). What nothing takes stays unapplied.
#pragma once

#include <optional>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"

namespace salesdesk::modules::billing {

// The payment after the application (finance and the director; If-Match when given).
core::Result<app::Record> ApplyUnapplied(app::Store& store, const core::Clock& clock,
                                         const app::Caller& caller, std::int64_t payment_id,
                                         std::optional<std::int64_t> expected_version);

}  // namespace salesdesk::modules::billing
