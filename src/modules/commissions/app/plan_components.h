// A commission plan's components, stored as one JSON member of the plan and checked with the same
// rules as a record's fields: every member named, typed and in range, each problem naming its
// path (components/0/tiers/1/from). "base":"margin" credits net − the invoice lines' cost
// snapshot (C-R6).
//
//   [{"name":"Revenue","base":"net","structure":"marginal","on":"amount","period":"month",
//     "trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"10000.00","rate":"4"}]},
//    {"name":"Accelerator","base":"net","structure":"marginal","on":"attainment",
//     "period":"quarter","trigger":"payment","rate":"5",
//     "tiers":[{"from":"0","multiplier":"1"},{"from":"100","multiplier":"1.5"}]}]
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/records/entity_spec.h"
#include "core/money/currency.h"
#include "core/result.h"
#include "modules/commissions/core/rate_schedule.h"

namespace salesdesk::modules::commissions {

enum class Structure : std::uint8_t { kFlat, kMarginal, kSlab };
enum class PeriodKind : std::uint8_t { kMonth, kQuarter };

struct Component {
  std::string name;
  Structure structure = Structure::kFlat;
  bool on_margin = false;      // base: net − the lines' cost snapshot (C-R6) instead of net
  bool on_attainment = false;  // tiers on attainment of the assignment's target (C-R5)
  PeriodKind period = PeriodKind::kMonth;
  bool on_payment = false;    // earned on payment (C-R7) instead of on the invoice date
  std::int64_t rate_ppm = 0;  // flat rate, or the base rate of an attainment schedule
  std::vector<core::commissions::AmountTier> amount_tiers;  // minor units of the plan
  std::vector<core::commissions::AttainmentTier> attainment_tiers;
};

core::Result<std::vector<Component>> ParseComponents(std::string_view json,
                                                     const core::Currency& plan_currency);

// The schedule of a tiered component; `target` (minor units of the plan currency) is needed on
// attainment.
core::Result<core::commissions::Schedule> ScheduleOf(const Component& c,
                                                     std::optional<std::int64_t> target);

// The plan entity's validate hook: components parsed against the plan's currency.
void ValidatePlan(const app::Caller& caller, const app::Record& current, app::Record& fields,
                  core::FieldIssues& issues);

}  // namespace salesdesk::modules::commissions
