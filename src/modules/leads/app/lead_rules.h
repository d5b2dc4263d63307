// The leads' own rules on the generic record path (EntityHooks): the status machine, the
// disqualification reason, the read-only converted lead, the score computed on every write and
// the assignment of a new lead nobody was named for; and the assignment rules' own checks.
#pragma once

#include "app/records/entity_spec.h"

namespace salesdesk::modules::leads {

void ValidateLead(const app::Caller& caller, const app::Record& current, app::Record& fields,
                  core::FieldIssues& issues);
core::Result<void> PrepareLead(app::WriteContext& ctx, const app::Record& current,
                               app::Record& fields);
void ValidateAssignmentRule(const app::Caller& caller, const app::Record& current,
                            app::Record& fields, core::FieldIssues& issues);

// The lead's score from its fields as they will be stored.
core::Result<std::int64_t> ScoreOf(app::UnitOfWork& uow, const app::Record& lead);

}  // namespace salesdesk::modules::leads
