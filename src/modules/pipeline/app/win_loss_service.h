// Win/loss analysis over the deals the caller may see that closed between two days (inclusive),
// grouped by owner, competitor met, source or pipeline (core/pipeline/win_loss.h). Amounts in
// the company currency at each deal's close-day rate, rounded once per deal; currencies without
// a rate are listed apart. A group's label is its owner's, competitor's or pipeline's name.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "core/time/date.h"
#include "modules/pipeline/core/pipeline/win_loss.h"

namespace salesdesk::app::pipeline {

// owner | competitor | source | pipeline
bool IsWinLossGroup(const std::string& group);

struct WinLossReport {
  std::string group;
  core::Date from, to;
  core::pipeline::WinLoss analysis;
  std::map<std::string, std::string> labels;  // group key → name shown
};

// Without `to`, today in the organisation's time zone; without `from`, 364 days before `to` (a
// year of closes). `from` after `to`, or more than ten years apart: kInvalid naming the field.
core::Result<WinLossReport> ReadWinLoss(Store& store, const core::Clock& clock,
                                        const Caller& caller, std::optional<core::Date> from,
                                        std::optional<core::Date> to, const std::string& group);

}  // namespace salesdesk::app::pipeline
