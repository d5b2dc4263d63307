// Round-robin within a team: the n-th lead a rule assigns goes to the rep at (n - 1) modulo the
// team's active reps, in id order. The counter is the rule's own persistent sequence, taken in
// the creating transaction, so turns survive restarts and two concurrent creates never get one.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace salesdesk::core::leads {

// `turn` counts from 1. None when the team has no active rep.
std::optional<std::int64_t> RepForTurn(std::int64_t turn, std::vector<std::int64_t> rep_ids);

}  // namespace salesdesk::core::leads
