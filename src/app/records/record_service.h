// Use cases over master-data records: list, aggregate, get, create, update, delete. Each runs in
// one transaction, reads through the access layer, validates references and entity rules, and
// writes the audit row (and the idempotency key) in the same transaction as the change.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "app/records/aggregate_request.h"
#include "app/records/idempotency.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app {

struct CreateOutcome {
  Record record;                         // the created record (empty on replay)
  std::optional<StoredResponse> replay;  // the first response, when the key was seen before
};

// A grouped read's answer and the checked query it answers (names of keys and measures).
struct AggregateOutcome {
  AggregateQuery query;
  AggregateResult result;
};

// Renders the response a create would return, so it can be stored with the idempotency key.
using ResponseRenderer = std::function<StoredResponse(const Record&)>;

// One record of a batch create (an import's rows), with the key that makes it happen once.
struct BatchCreate {
  Record fields;
  IdempotencyRequest idempotency;
};

// Update's steps inside an open write transaction (the caller commits): the checks, the entity's
// hooks, the superseded version and the audit row, exactly as a PATCH of `current` (read in this
// transaction) makes them. For a module that changes a record as a consequence of its own
// write (an accepted quote wins its opportunity, decision 0055).
core::Result<Record> UpdateInTransaction(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                         const Visibility& visibility, const Record& current,
                                         Record fields, std::int64_t now);

class RecordService {
 public:
  RecordService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<Page> List(const Caller& caller, const EntitySpec& e, const ListQuery& query);
  core::Result<Record> Get(const Caller& caller, const EntitySpec& e, std::int64_t id);
  // Counts and measures per group, over exactly the records List shows the caller.
  core::Result<AggregateOutcome> Aggregate(const Caller& caller, const EntitySpec& e,
                                           const AggregateRequest& request);
  core::Result<CreateOutcome> Create(const Caller& caller, const EntitySpec& e, Record fields,
                                     const IdempotencyRequest* idempotency = nullptr,
                                     const ResponseRenderer& render = {});
  // The checks Create makes (write rights, create defaults, field, reference and ownership rules
  // through the caller's visibility, the entity's validate hook) in a read transaction, writing
  // nothing: an import's dry run. The prepare hook (which may write) is not run.
  core::Result<void> CheckCreate(const Caller& caller, const EntitySpec& e, Record fields);
  // Creates every item in one transaction, exactly as Create does each (hooks, audit, the item's
  // idempotency key stored with it, so a re-run replays instead of doubling). On a failure
  // nothing of the batch is written and `failed_at` names the item that failed.
  core::Result<std::vector<CreateOutcome>> CreateBatch(const Caller& caller, const EntitySpec& e,
                                                       std::vector<BatchCreate> items,
                                                       const ResponseRenderer& render,
                                                       std::size_t& failed_at);
  core::Result<Record> Update(const Caller& caller, const EntitySpec& e, std::int64_t id,
                              Record fields, std::int64_t expected_version);
  core::Result<void> Delete(const Caller& caller, const EntitySpec& e, std::int64_t id,
                            std::int64_t expected_version);

 private:
  core::Result<CreateOutcome> CreateIn(UnitOfWork& uow, const Caller& caller, const EntitySpec& e,
                                       const Visibility& visibility, Record fields,
                                       const IdempotencyRequest* idempotency,
                                       const ResponseRenderer& render);

  Store& store_;
  const core::Clock& clock_;
};

}  // namespace salesdesk::app
