// GET /receivables/ageing (docs/billing.md): the posted invoices the caller may see, aged at an
// as-of date per currency with the core rules (E-R3 to E-R5), optionally per account or per
// owner. Payments dated after the as-of date do not count.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/date.h"
#include "modules/billing/core/ageing.h"
#include "modules/billing/core/dso.h"

namespace salesdesk::modules::billing {

// kInvoice: one line per invoice (the DSO splits each invoice's open base between its reps),
// and per customer one line of the credit of payments on no invoice, keyed by −account id.
enum class AgeingGroup { kNone, kAccount, kOwner, kInvoice };

struct AgeingLine {
  std::optional<std::int64_t> group_id;  // the account or owner; none without grouping
  core::billing::AgeingRow row;
};

struct AgeingReport {
  std::string base_currency;
  std::vector<AgeingLine> lines;  // by group id, then currency
};

// E-R7 per owner (the invoice's rep): AR at carrying base from the ageing at D, credit sales
// the B0 of the posted invoices dated in the N days ending D; `total` over all the caller sees.
struct DsoLine {
  std::optional<std::int64_t> owner_id;  // none: the total
  core::billing::DsoFigures figures;
  std::optional<std::int64_t> tenths;  // none: n/a (no credit sales)
};
struct DsoReport {
  std::string base_currency;
  std::vector<DsoLine> reps;
  DsoLine total;
};
core::Result<DsoReport> DsoByRep(app::Store& store, const app::Caller& caller, core::Date as_of,
                                 int days);

// With `account_id`, only that customer's invoices and payments (the account's 360° page).
core::Result<AgeingReport> AgeReceivables(app::Store& store, const app::Caller& caller,
                                          core::Date as_of, AgeingGroup group,
                                          std::optional<std::int64_t> account_id = std::nullopt);

}  // namespace salesdesk::modules::billing
