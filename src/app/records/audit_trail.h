// The one writer of audit rows: who changed which record when, with the record before and after
// (as JSON, cost included). Written in the same unit of work as the change; entities with
// audited = false write none. Rows are read like the records they describe: visible to whoever
// may see the record (Ownership::kDescribed), before/after filtered by its field rules.
#pragma once

#include "app/access/caller.h"
#include "app/ports/record_ledger.h"
#include "app/records/entity_spec.h"

namespace salesdesk::app {

// `action` is create / update / delete; before is null on create, after on delete.
core::Result<void> AuditChange(RecordLedger& uow, const Caller& caller, std::int64_t now,
                               const EntitySpec& e, const char* action, const Record* before,
                               const Record* after);

}  // namespace salesdesk::app
