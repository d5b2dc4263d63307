// What the core ageing replays for some posted invoices (E-R2 to E-R6): each invoice's
// instalments and the settlements dated up to an as-of date — payments less what of them was
// applied later elsewhere, principal applied later from other payments, posted credit notes and
// write-offs. Read in chunks of a few hundred invoices, a handful of indexed statements each.
// Shared by the ageing and the invoices' maintained `settled_on`, so both read one definition.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "app/ports/store.h"
#include "core/time/date.h"
#include "modules/billing/core/ageing.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::billing {

struct ReplayedInvoice {
  std::int64_t id = 0;
  core::billing::AgedInvoice invoice;
  // `invoice` left unset (the caller indexes its own list), in the order read.
  std::vector<core::billing::AgedSettlement> settlements;
};

// Rates: a payment's dated rate to the base is looked up only `with_rates` (the ageing's
// unapplied base); without, it is 1, and a payment in a currency without a rate on its date is
// no error (whether an invoice is settled does not depend on the base of what is left over).
enum class ReplayRates : bool { kWithout, kWith };

// One per invoice, in the order of `invoices` (posted invoice records).
core::Result<std::vector<ReplayedInvoice>> ReadForReplay(app::RecordRepository& uow,
                                                         const app::sales::ExchangeRates& rates,
                                                         std::span<const app::Record> invoices,
                                                         core::Date as_of, ReplayRates with);

}  // namespace salesdesk::modules::billing
