// Merging two accounts or two leads (issue 11, docs/leads.md): every record that refers to the
// merged one (through a reference field of any installed entity, or a related_id naming its
// kind) is moved onto the kept one, the kept record's empty fields take the merged one's values,
// and the merged record is deleted; what happened is kept in a record-merges row, so the merge
// can be undone within a day. One transaction each, audited.
#pragma once

#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/idempotency.h"
#include "core/time/clock.h"

namespace salesdesk::modules::leads {

struct MergeRequest {
  std::string entity;  // accounts | leads
  std::int64_t keep_id = 0;
  std::int64_t merge_id = 0;
};

inline constexpr std::int64_t kUndoWindowMicros = 24LL * 3600 * 1'000'000;

class RecordMerges {
 public:
  RecordMerges(app::Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Answers the record-merges row. 403 when the role may not write the entity; 422 naming
  // keep_id or merge_id when that record is not one the caller can see (one answer for hidden
  // and missing) or when both are the same.
  core::Result<app::CreateResult<app::Record>> Merge(const app::Caller& caller,
                                                     const MergeRequest& request,
                                                     const app::IdempotencyRequest* idempotency,
                                                     const app::Renderer<app::Record>& render);

  // Puts everything back: the merged record (same id), the references that still point at the
  // kept one, the kept record's filled fields that still hold the merged values. 404 when the
  // caller cannot see the merge; 409 when it is undone already or older than a day.
  core::Result<app::Record> Undo(const app::Caller& caller, std::int64_t merge_row_id);

 private:
  app::Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::modules::leads
