// Promises to pay (entity `payment-promises`, decision 0049): a customer's word that an amount
// will be paid by a date, on an invoice or on the account. Finance, the director and the
// account's rep record one; it belongs to the account's owner. The daily job
// `billing.payment_promises` marks it kept when the customer's payments dated on or before the
// promised date (and on or after the day it was recorded) cover the amount, broken the day after
// otherwise, with a task for the account's rep. An open promise's instalments are skipped by
// dunning runs until then.
#pragma once

#include <set>
#include <string>

#include "app/ports/store.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

void ValidatePaymentPromise(const app::Caller& caller, const app::Record& current,
                            app::Record& fields, core::FieldIssues& issues);
core::Result<void> PreparePaymentPromise(app::WriteContext& ctx, const app::Record& current,
                                         app::Record& fields);

// Evaluates the open promises whose date has passed at `today` (kept / broken, with the rep's
// task for a broken one); the job's summary, empty when nothing moved.
core::Result<std::string> EvaluatePaymentPromises(app::Store& store, const core::Clock& clock);

// What the dunning run at `as_of` leaves alone: the invoices with an open promise dated on or
// after `as_of`, and the accounts with such a promise on no invoice (all their instalments).
struct PromisedCover {
  std::set<std::int64_t> invoices, accounts;
};
core::Result<PromisedCover> OpenPromisesAt(app::RecordRepository& uow, core::Date as_of);

}  // namespace salesdesk::modules::billing
