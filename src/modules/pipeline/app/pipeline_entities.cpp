// Pipelines, their stages, opportunities and the history of their stage changes. Pipelines and
// stages are organisation settings: directors and admins write them, everyone reads them.
// Opportunities are owned like accounts (a rep their own, a leader the team's, a director all);
// finance reads all of them (forecasts are theirs too); admins and logistics have no business
// with deals. A stage change is recorded by the server only (custom_writes: no generic writes).
#include "app/records/catalog_fields.h"
#include "app/records/record_fields.h"
#include "modules/pipeline/app/deal_credit_split.h"
#include "modules/pipeline/app/deal_lines.h"
#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {
namespace {

using namespace app::catalog;
using app::EntitySpec;
using app::FieldSpec;

const std::vector<std::string_view> kCategories = {"pipeline", "best_case", "commit", "closed",
                                                   "omitted"};

FieldSpec Required(FieldSpec f) {
  f.required = true;
  return f;
}

std::vector<app::RolePolicy> DealPolicy() {
  using app::ReadAccess;
  return {{R::kDirector, ReadAccess::kAll, true},
          {R::kSeniorManager, ReadAccess::kScoped, true},
          {R::kManager, ReadAccess::kScoped, true},
          {R::kRep, ReadAccess::kScoped, true},
          {R::kFinance, ReadAccess::kAll, false}};
}

std::vector<FieldSpec> OpportunityFields() {
  FieldSpec amount = MoneyField("amount");
  amount.required = true;
  FieldSpec competitors = Json("competitor_ids");
  competitors.description = "The competitors involved: an array of competitor ids";
  FieldSpec overridden = ReadOnly(Bool("category_overridden", false));
  overridden.description =
      "true while the owner's forecast category differs from the stage's (RULES.md D-R1)";
  return {
      Of(Name("title"), "What the deal is, in a line"),
      Of(Ref("account_id", "accounts", true), "The customer"),
      Of(Ref("contact_id", "contacts"), "The person; one of the account's contacts"),
      Of(amount, "The deal's value in its own currency"),
      Of(DateField("expected_close", true),
         "When it is expected to close (converted at this "
         "day's rate on the board)"),
      Of(NeverNull(Ref("pipeline_id", "pipelines")),
         "The pipeline; taken from the stage when left out"),
      Of(NeverNull(Ref("stage_id", "pipeline-stages")),
         "The stage; the pipeline's first stage when left out"),
      Of(NeverNull(Int("probability", 0, 100)),
         "Chance to win, 0-100; the stage's default when the stage changes and none is given"),
      Of(NeverNull(Enum("forecast_category", kCategories, false)),
         "pipeline, best_case, commit, closed (won) or omitted; the stage's unless the owner "
         "overrides it in an open stage"),
      overridden,
      Of(Ref("owner_id", "users"), "Owning salesperson"),
      Of(Ref("lead_id", "leads"), "The lead it came from"),
      Of(Text("campaign", false, 200), "The campaign it came from"),
      Of(Text("event", false, 200), "The event it came from"),
      competitors,
      Of(Enum("lost_reason",
              {"price", "product", "competitor", "relationship", "timing", "no_decision", "other"},
              false),
         "Why it was lost; required in a lost stage"),
      Of(Ref("lost_competitor_id", "competitors"), "Who won it, when lost to a competitor"),
      Of(ReadOnly(DateField("closed_on")), "The day it entered a won or lost stage"),
      Of(Timestamp("stage_entered_at"), "When it entered its current stage"),
      Text("notes", false, 4000)};
}

}  // namespace

void AddEntities(std::vector<EntitySpec>& c) {
  c.push_back({.plural = "pipelines",
               .singular = "pipeline",
               .title = "Pipeline",
               .fields = {Name(), Bool("active", true),
                          Of(Bool("win_on_quote_accept", true),
                             "Accepting a quote of an open deal moves the deal to the won stage")},
               .search_fields = {"name"},
               .policies = ReadAllWrite({R::kAdmin, R::kDirector})});

  c.push_back(
      {.plural = "pipeline-stages",
       .singular = "pipeline_stage",
       .title = "Pipeline stage",
       .fields = {Of(Ref("pipeline_id", "pipelines", true), "The pipeline it belongs to"),
                  Of(Required(Int("position", 1, 100)), "Its place on the board, left to right"),
                  Name(), Of(Required(Int("probability", 0, 100)), "Default chance to win, 0-100"),
                  Of(NeverNull(Enum("forecast_category", kCategories, true)),
                     "Default forecast category of its deals; a won stage is closed, a lost one "
                     "omitted"),
                  Of(Bool("won", false), "Deals here are won"),
                  Of(Bool("lost", false), "Deals here are lost"),
                  Of(Int("rotting_days", 1, 3650),
                     "A deal sitting here longer than this many days is flagged rotting")},
       .search_fields = {"name"},
       .policies = ReadAllWrite({R::kAdmin, R::kDirector}),
       .hooks = {.validate = ValidateStage, .after_write = AfterStageWrite}});

  c.push_back({.plural = "opportunities",
               .singular = "opportunity",
               .title = "Opportunity",
               .fields = OpportunityFields(),
               .ownership = app::Ownership::kOwned,
               .search_fields = {"title", "campaign", "event"},
               .policies = DealPolicy(),
               .hooks = {.validate = ValidateOpportunity,
                         .prepare = PrepareOpportunity,
                         .after_write = AfterOpportunityWrite}});

  FieldSpec changed_at{.name = "changed_at",
                       .type = F::kTimestamp,
                       .required = true,
                       .filterable = true,
                       .sortable = true};
  c.push_back(
      {.plural = "opportunity-stage-changes",
       .singular = "opportunity_stage_change",
       .title = "Opportunity stage change",
       .fields = {Of(Ref("opportunity_id", "opportunities", true), "The deal"),
                  Of(Ref("from_stage_id", "pipeline-stages"), "The stage it left (none: created)"),
                  Of(Ref("to_stage_id", "pipeline-stages", true), "The stage it entered"),
                  Of(changed_at, "When"), Of(Ref("changed_by_id", "users"), "Who moved it"),
                  Of(Int("days_in_from", 0, INT64_MAX), "Whole days it had spent in from_stage")},
       .ownership = app::Ownership::kViaParent,
       .parent_field = "opportunity_id",
       .parent_entity = "opportunities",
       .policies = DealPolicy(),
       .deletable = false,
       .custom_writes = true});
  AddQuoteLink(c);
  AddDealCreditSplits(c);
  AddDealLineEntity(c);
}

const EntitySpec& DealSpecIn(const std::vector<EntitySpec>& catalog) {
  for (const auto& e : catalog) {
    if (e.plural == "opportunities") return e;
  }
  std::abort();
}

core::Result<void> CheckDealOpen(const app::Record& deal, std::string_view code,
                                 std::string_view field) {
  if (app::TextOf(deal, "closed_on").empty()) return core::Ok();
  core::Error e = core::Error::Make(
      core::ErrorCode::kConflict,
      core::Msg(std::string(code), {{"title", app::TextOf(deal, "title")},
                                    {"closed_on", app::TextOf(deal, "closed_on")}}));
  e.field = std::string(field);
  return e;
}

}  // namespace salesdesk::modules::pipeline
