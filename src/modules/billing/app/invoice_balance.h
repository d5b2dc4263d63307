// What is still open on a posted invoice, as the stored settlements left it: each instalment's
// principal less what payments, posted credit notes and write-offs took (their allocations), and
// the invoice's outstanding and carrying base (E-R6) less what they applied and relieved.
#pragma once

#include <vector>

#include "app/ports/store.h"
#include "modules/billing/core/application.h"

namespace salesdesk::modules::billing {

struct InvoiceBalance {
  std::vector<app::Record> instalments;        // by position
  std::vector<core::billing::OpenItem> items;  // their open principal, same order
  std::int64_t outstanding = 0;                // document currency
  std::int64_t carrying = 0;                   // base currency
};

core::Result<InvoiceBalance> BalanceOf(app::UnitOfWork& uow, const app::Record& invoice);

// The allocation records of an application to the balance's instalments (invoice_id,
// instalment_id, amount), and the total applied.
struct Allocations {
  std::vector<app::Record> records;
  std::int64_t total = 0;
};
Allocations AllocationsOf(const InvoiceBalance& balance, const app::Record& invoice,
                          const core::billing::Application& application);

}  // namespace salesdesk::modules::billing
