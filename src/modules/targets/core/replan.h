// Re-planning at a month close (RULES A-R6): the closed months keep their targets; the months
// after them share what is left of the annual target in proportion to their original targets.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.h"
#include "modules/targets/core/year_profile.h"

namespace salesdesk::modules::targets {

enum class ReplanPolicy {
  kSpread,            // the default: remaining = annual − actual, spread by the original shape
  kKeep,              // no re-plan: the targets stay as they were (a new version records it)
  kCatchUpNextMonth,  // the whole gap on the month after the close
};
// "spread", "keep", "catch_up_next_month"; kInvalidArgument naming "policy" otherwise.
core::Result<ReplanPolicy> ParsePolicy(std::string_view text);
std::string_view PolicyName(ReplanPolicy policy);

struct ReplanInput {
  std::int64_t annual = 0;
  Months original{};        // the month targets of the version being re-planned
  int closed_through = 0;   // the last closed month, 1..11
  std::int64_t actual = 0;  // the actual of months 1..closed_through
  ReplanPolicy policy = ReplanPolicy::kSpread;
  // When the rep is ahead (remaining < Σ original remaining targets) the originals stay unless
  // this is set: lowering later targets would make later attainment easier for the same year.
  bool allow_decrease = false;
};

// The new month targets; months 1..closed_through are the originals, unchanged.
// closed_through outside 1..11 → kInvalidArgument naming "closed_through"; a gap to spread
// over remaining months whose original targets are all 0 → "targets.replan_no_basis".
core::Result<Months> Replan(const ReplanInput& in);

}  // namespace salesdesk::modules::targets
