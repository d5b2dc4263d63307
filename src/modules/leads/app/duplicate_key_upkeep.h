// The stored duplicate keys of accounts and leads (decision 0034): kept in the write's transaction
// by an after-write hook on both entities, and rebuilt in full by a daily job (records written
// by bulk paths that skip hooks, such as the demo, and deleted records). The check reads them by
// (kind, key) through an index instead of normalising every record on every keystroke.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/ports/store.h"
#include "app/records/entity_spec.h"
#include "core/time/clock.h"

namespace salesdesk::modules::leads {

// (kind, key) pairs of one record, kinds name | vat | domain | phone. An account gives keys for
// name and legal_name, tax_id, e-mail and website domains, phone; a lead for its company (or,
// without one, the person's name), vat_id, e-mail and website domains, phone.
using DuplicateKeys = std::vector<std::pair<std::string, std::string>>;
DuplicateKeys KeysOf(std::string_view entity, const app::Record& record);

// Hooks: accounts are a platform entity, so AddEntities chains onto their after_write (there is
// none today; it refuses to start if one appears, rather than silently replacing it).
core::Result<void> AfterLeadWrite(app::WriteContext& ctx, const app::Record& before,
                                  app::Record& stored);
core::Result<void> AfterAccountWrite(app::WriteContext& ctx, const app::Record& before,
                                     app::Record& stored);

// Makes the stored keys of one record equal to its fields' (a merge keys the kept record), or
// drops them (the merged record is deleted).
core::Result<void> UpdateKeys(app::WriteContext& ctx, std::string_view entity,
                              const app::Record& stored);
core::Result<void> DropKeys(app::RecordRepository& uow, std::string_view entity, std::int64_t id);

// Makes the stored keys of every account and lead equal to their records' (idempotent).
core::Result<std::string> RebuildDuplicateKeys(app::Store& store, const core::Clock& clock);

}  // namespace salesdesk::modules::leads
