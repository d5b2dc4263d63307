// Whose customer an account was at an instant (RULES B-R7.5: a loss counts for the account's
// owner on the lost date, not for whoever owns it when the month is appraised).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace salesdesk::core::appraisal {

// One change of an account's owner, as the audit trail recorded it.
struct OwnerChange {
  std::int64_t at_us = 0;
  std::optional<std::int64_t> before;
  std::optional<std::int64_t> after;
};

// The owner at `at_us`: the owner a later change replaced (the first change after the instant),
// else today's owner. `changes` are ascending by instant; none: today's owner throughout.
std::optional<std::int64_t> OwnerAt(std::optional<std::int64_t> current,
                                    std::span<const OwnerChange> changes, std::int64_t at_us);

}  // namespace salesdesk::core::appraisal
