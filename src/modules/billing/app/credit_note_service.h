// Credit notes (docs/billing.md): a posted invoice corrected down. A draft credits amounts of
// the invoice's lines (net, at the line's tax rate), never more than each line still has
// uncredited; posting numbers it from its own gap-free series per year (CN-<year>-<n>) and
// applies its total to the invoice's open principal oldest due first (ApplyCreditNote, E-R2 /
// E-R11), relieving carrying base at the invoice's rate (E-R6); what the invoice no longer owes
// stays on the customer as a credit. A posted credit note never changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"
#include "core/time/date.h"

namespace salesdesk::modules::billing {

struct CreditLineRequest {
  std::int64_t invoice_line_id = 0;
  std::int64_t net = 0;  // minor units of the invoice's currency, > 0
};

struct CreditNoteRequest {
  std::int64_t invoice_id = 0;
  std::optional<core::Date> credit_date;  // none: today
  std::string reason;
  std::optional<std::vector<CreditLineRequest>> lines;  // none: all that is left to credit
};

// A draft's editable fields; a posted note refuses any of them (422 on the field).
struct CreditNoteEdit {
  std::optional<core::Date> credit_date;
  std::optional<std::string> reason;
};

class CreditNoteService {
 public:
  CreditNoteService(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<app::CreateResult<app::Record>> Create(
      const app::Caller& caller, const CreditNoteRequest& in,
      const app::IdempotencyRequest* idempotency = nullptr,
      const app::Renderer<app::Record>& render = {});
  // A draft note of `invoice` (posted; the caller's use case may credit it) inside the caller's
  // transaction `uow`, with the same checks as Create except the caller's right to write notes.
  core::Result<app::Record> DraftWithin(app::UnitOfWork& uow, const app::Caller& caller,
                                        const app::Record& invoice, const CreditNoteRequest& in,
                                        std::int64_t at);
  core::Result<app::Record> Edit(const app::Caller& caller, std::int64_t id,
                                 const CreditNoteEdit& edit,
                                 std::optional<std::int64_t> expected_version);
  core::Result<app::Record> Post(const app::Caller& caller, std::int64_t id,
                                 std::optional<std::int64_t> expected_version);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::billing
