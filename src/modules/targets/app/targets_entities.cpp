// The targets module's entities. A plan is owned by the person accountable for it (the rep; a
// team's, territory's or product group's leader), so a rep reads their own plans, a manager
// their team's sub-tree and the director all. Only the director and senior managers write them
// (RULES A, brief s20). The decomposition rows are written only by activation and re-planning.
#include "app/records/catalog_fields.h"
#include "modules/targets/app/daily_actuals.h"
#include "modules/targets/app/plan_fields.h"
#include "modules/targets/app/targets_module.h"

namespace salesdesk::modules::targets {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;
using app::Ownership;
using app::ReadAccess;
using app::RolePolicy;

namespace {

std::vector<RolePolicy> PlanPolicy() {
  return {{R::kDirector, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, false},
          {R::kRep, ReadAccess::kScoped, false}};
}
FieldSpec Required(FieldSpec f) {
  f.required = true;
  return f;
}

std::vector<FieldSpec> PlanFields() {
  FieldSpec weights = Json("weights");
  weights.description =
      "Twelve month weights, January first, e.g. [3,3,2,1,1,1,1,1,2,2,3,3] (peak 3, shoulder 2, "
      "off-peak 1); need not add to 100. Profile last_year: filled on activation";
  return {
      Of(Required(Enum("subject_kind", {"rep", "team", "territory", "product_group"}, true)),
         "Whose target: a rep is the plan's owner"),
      Of(Int("subject_id", 1, INT64_MAX),
         "The team, territory or product category; a rep plan: its owner"),
      Of(Required(Enum("measure",
                       {"revenue", "margin", "visits", "calls", "orders", "new_customers"}, true)),
         "Money (revenue, margin) or a count"),
      Of(FieldSpec{.name = "currency", .type = app::FieldType::kCurrency, .filterable = true},
         "Money measures only: the one currency counted"),
      Of(Required(Int("fiscal_year", 2000, 2100)), "The calendar year the plan covers"),
      Of(Required(Int("annual_total", 0, INT64_MAX / 4)),
         "Minor units of the currency (money) or the count"),
      Of(NeverNull(
             Enum("profile_kind", {"equal", "weights", "last_year"}, false, std::string("equal"))),
         "Seasonality: equal months, the weight table, or last year's actuals"),
      weights,
      ReadOnly(Of(Int("revision", 1, 1000), "The plan's version: 1, then one more per re-plan")),
      ReadOnly(Of(
          NeverNull(Enum("status", {"draft", "active", "superseded"}, false, std::string("draft"))),
          "Only a draft changes; activation decomposes it")),
      ReadOnly(Of(Ref("previous_plan_id", "target-plans"), "The version this one re-plans")),
      ReadOnly(Of(Text("closed_through", false, 7), "Re-plans: the last closed month, YYYY-MM")),
      ReadOnly(Of(Text("replan_policy", false, 32), "Re-plans: spread, keep, catch_up_next_month")),
      Timestamp("activated_at"),
      Of(Ref("owner_id", "users"), "Who is accountable: the rep, or the group's leader"),
  };
}

std::vector<FieldSpec> PeriodFields() {
  return {ReadOnly(Ref("plan_id", "target-plans", true)),
          ReadOnly(Of(Enum("level", {"month", "week_part", "day"}, true),
                      "A month, the part of an ISO week inside it, or a day")),
          ReadOnly(Int("month", 1, 12)),
          ReadOnly(Of(Int("iso_year", 1, 9999), "Week parts and days: the ISO week's year")),
          ReadOnly(Of(Int("iso_week", 1, 53), "Week parts and days: the ISO week")),
          ReadOnly(DateField("date_from", true)),
          ReadOnly(DateField("date_to", true)),
          ReadOnly(Of(Int("half_days", 0, 1000), "Working half-days: the split's weight (A-R4)")),
          ReadOnly(Of(Int("target", 0, INT64_MAX), "Minor units or the count"))};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "target-plans",
               .singular = "target_plan",
               .title = "Target plan",
               .fields = PlanFields(),
               .ownership = Ownership::kOwned,
               .policies = PlanPolicy(),
               .deletable = false,
               .hooks = {.validate = ValidatePlan, .prepare = PreparePlan}});
  c.push_back({.plural = "target-periods",
               .singular = "target_period",
               .title = "Target period",
               .fields = PeriodFields(),
               .ownership = Ownership::kViaParent,
               .parent_field = "plan_id",
               .parent_entity = "target-plans",
               .policies = PlanPolicy(),
               .audited = false,
               .custom_writes = true});
  AddDailyActuals(c);
}

}  // namespace salesdesk::modules::targets
