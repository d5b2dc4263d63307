// Assignment rules: the rule a lead falls under (its territory's first, else its country's) and
// the rep whose turn it is in that rule's team (core/round_robin.h).
#pragma once

#include <optional>

#include "app/ports/store.h"

namespace salesdesk::modules::leads {

// The active rule of the lead's territory, else of its country (lowest id first); none when
// no rule serves it.
core::Result<std::optional<app::Record>> MatchingRule(app::RecordRepository& uow,
                                                      const app::Record& lead);

// A new lead nobody was named for: owner_id and assignment_rule_id from the matching rule's
// next rep. Without a rule or an active rep, the lead stays with its creator.
core::Result<void> AssignNewLead(app::UnitOfWork& uow, app::Record& lead);

}  // namespace salesdesk::modules::leads
