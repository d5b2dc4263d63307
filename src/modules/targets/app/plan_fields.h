// What a target plan's fields mean to the services: its measure, profile and month weights.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/records/entity_spec.h"
#include "core/result.h"
#include "modules/targets/core/year_profile.h"

namespace salesdesk::modules::targets {

const app::EntitySpec& Spec(std::string_view plural);

// Revenue and margin are money in the plan's currency; the rest are counts.
bool IsMoneyMeasure(std::string_view measure);

// The JSON text of twelve non-negative integer weights ("[3,3,2,1,1,1,1,1,2,2,3,3]").
// kInvalidArgument naming "weights" (or "weights/<i>") otherwise.
core::Result<Months> ParseWeights(std::string_view json_text);
std::string WeightsJson(const Months& weights);

// "YYYY-MM" of `year` → the month 1..12; kInvalidArgument naming `field` otherwise.
core::Result<int> ParseMonthOf(std::string_view text, int year, const char* field);

// The entity hook: currency with money measures only, weights with the weight table, and no
// change to a plan that is no longer a draft.
void ValidatePlan(const app::Caller& caller, const app::Record& current, app::Record& fields,
                  core::FieldIssues& issues);
// A rep plan's subject is its owner.
core::Result<void> PreparePlan(app::WriteContext& ctx, const app::Record& current,
                               app::Record& fields);

}  // namespace salesdesk::modules::targets
