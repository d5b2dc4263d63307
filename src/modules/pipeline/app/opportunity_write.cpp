// An opportunity's rules on the generic record path (docs/pipeline.md): its stage fills the
// pipeline, the probability and the forecast category (D-R1: the owner may override the
// category in an open stage); entering a won or lost stage dates it; a lost deal says why; the
// contact belongs to the account; competitors are ones the caller can see. Every stage change
// leaves a row in opportunity-stage-changes.
#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "modules/pipeline/app/pipeline_module.h"
#include "modules/pipeline/core/pipeline/opportunity_rules.h"

namespace salesdesk::modules::pipeline {
namespace {

using app::FieldValue;
using app::Record;
using core::Error;

core::pipeline::StageFacts FactsOf(const Record& stage) {
  return {.probability = app::IntOf(stage, "probability").value_or(0),
          .category = app::TextOf(stage, "forecast_category"),
          .won = app::BoolOf(stage, "won"),
          .lost = app::BoolOf(stage, "lost"),
          .rotting_days = app::IntOf(stage, "rotting_days")};
}

// The competitor ids of a kJson value: a JSON array of positive integers, or none.
std::optional<std::vector<std::int64_t>> CompetitorIds(const std::string& text) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return std::nullopt;
  std::set<std::int64_t> ids;
  for (const auto& item : v.as_array()) {
    if (!item.is_int64() || item.as_int64() <= 0) return std::nullopt;
    ids.insert(item.as_int64());
  }
  return std::vector<std::int64_t>(ids.begin(), ids.end());
}

core::Result<std::optional<Record>> Visible(app::WriteContext& ctx, std::string_view entity,
                                            std::int64_t id) {
  return app::GetVisible(ctx.uow, ctx.caller, entity, id);
}

// The stage the change leaves the deal in: the one named, else the pipeline's first.
core::Result<Record> StageOf(app::WriteContext& ctx, const Record& current, const Record& fields) {
  const auto stage_id = app::EffectiveInt(current, fields, "stage_id");
  const auto pipeline_id = app::EffectiveInt(current, fields, "pipeline_id");
  const app::EntitySpec& stages = *app::FindEntity("pipeline-stages");
  SD_ASSIGN(auto visibility, app::VisibilityFor(ctx.uow, ctx.caller, stages));
  if (!stage_id) {
    if (!pipeline_id) return Error::Invalid("stage_id", core::Msg("pipeline.stage_required"));
    app::ListQuery q;
    q.filters = {{"pipeline_id", app::FilterOp::kEq, {*pipeline_id}}};
    q.sort_field = "position";
    q.limit = 1;
    q.with_total = false;
    SD_ASSIGN(auto first, ctx.uow.List(stages, q, visibility));
    if (first.items.empty()) {
      return Error::Invalid(
          "pipeline_id", core::Msg("pipeline.no_stages", {{"id", std::to_string(*pipeline_id)}}));
    }
    return std::move(first.items.front());
  }
  SD_ASSIGN(auto stage, ctx.uow.Get(stages, *stage_id, visibility));
  if (!stage) {  // the generic reference check has seen it; kept for a concurrent delete
    return Error::Invalid(
        "stage_id", core::Msg("record.not_found",
                              {{"entity", "pipeline_stage"}, {"id", std::to_string(*stage_id)}}));
  }
  const std::int64_t owner_pipeline = app::IntOf(*stage, "pipeline_id").value_or(0);
  if (pipeline_id && *pipeline_id != owner_pipeline && fields.count("pipeline_id")) {
    return Error::Invalid("stage_id", core::Msg("pipeline.stage_other_pipeline",
                                                {{"stage_id", std::to_string(*stage_id)},
                                                 {"pipeline_id", std::to_string(*pipeline_id)}}));
  }
  return std::move(*stage);
}

core::Result<void> CheckContact(app::WriteContext& ctx, const Record& current,
                                const Record& fields) {
  if (!fields.count("contact_id") && !fields.count("account_id")) return core::Ok();
  const auto contact_id = app::EffectiveInt(current, fields, "contact_id");
  const auto account_id = app::EffectiveInt(current, fields, "account_id");
  if (!contact_id || !account_id) return core::Ok();
  SD_ASSIGN(auto contact, Visible(ctx, "contacts", *contact_id));
  if (!contact || app::IntOf(*contact, "account_id") == account_id) return core::Ok();
  return Error::Invalid("contact_id", core::Msg("pipeline.contact_other_account",
                                                {{"contact_id", std::to_string(*contact_id)},
                                                 {"account_id", std::to_string(*account_id)}}));
}

core::Result<void> CheckCompetitors(app::WriteContext& ctx, Record& fields) {
  auto it = fields.find("competitor_ids");
  if (it == fields.end() || app::IsNull(it->second)) return core::Ok();
  auto ids = CompetitorIds(std::get<std::string>(it->second));
  if (!ids) return Error::Invalid("competitor_ids", core::Msg("pipeline.competitor_ids_shape"));
  for (std::int64_t id : *ids) {
    SD_ASSIGN(auto competitor, Visible(ctx, "competitors", id));
    if (!competitor) {
      return Error::Invalid("competitor_ids",
                            core::Msg("pipeline.no_competitor", {{"id", std::to_string(id)}}));
    }
  }
  boost::json::array normal;
  for (std::int64_t id : *ids) normal.push_back(id);
  it->second = boost::json::serialize(normal);
  return core::Ok();
}

}  // namespace

void ValidateOpportunity(const app::Caller&, const Record&, Record& fields,
                         core::FieldIssues& issues) {
  if (auto it = fields.find("competitor_ids"); it != fields.end() &&
                                               std::holds_alternative<std::string>(it->second) &&
                                               !CompetitorIds(std::get<std::string>(it->second))) {
    issues.Add("competitor_ids", core::Msg("pipeline.competitor_ids_shape"));
  }
}

core::Result<void> PrepareOpportunity(app::WriteContext& ctx, const Record& current,
                                      Record& fields) {
  SD_ASSIGN(Record stage, StageOf(ctx, current, fields));
  const core::pipeline::StageFacts facts = FactsOf(stage);
  const std::int64_t stage_id = app::RecordId(stage);
  const bool stage_changed = current.empty() || app::IntOf(current, "stage_id") != stage_id;
  if (app::IntOf(current, "stage_id") != stage_id) fields["stage_id"] = stage_id;
  const FieldValue pipeline = *app::FieldOf(stage, "pipeline_id");
  if (!app::FieldOf(current, "pipeline_id") || current.at("pipeline_id") != pipeline) {
    fields["pipeline_id"] = pipeline;
  }

  if (stage_changed && !app::FieldOf(fields, "probability")) {
    fields["probability"] = facts.probability;
  }
  std::optional<std::string> given;
  if (const FieldValue* v = app::FieldOf(fields, "forecast_category")) {
    given = std::get<std::string>(*v);
    if (!core::pipeline::CategoryAllowed(facts, *given)) {
      return Error::Invalid("forecast_category", core::Msg("pipeline.category_not_allowed",
                                                           {{"category", *given},
                                                            {"stage", app::TextOf(stage, "name")},
                                                            {"stage_category", facts.category}}));
    }
  }
  std::optional<std::string> kept;
  if (!stage_changed && app::BoolOf(current, "category_overridden")) {
    kept = app::TextOf(current, "forecast_category");
  }
  const auto choice = core::pipeline::ChooseCategory(facts, given, kept);
  fields["forecast_category"] = choice.category;
  fields["category_overridden"] = choice.overridden;

  if (stage_changed) {
    fields["stage_entered_at"] = ctx.now;
    if (facts.won || facts.lost) {
      // The company's business day (RULES 0.5): a deal won at 00:30 in Madrid on 1 April is
      // April's, whatever the UTC date (forecast periods and accuracy read it).
      SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(ctx.uow));
      fields["closed_on"] = company.DateOf(ctx.now).ToString();
    } else if (app::FieldOf(current, "closed_on")) {
      fields["closed_on"] = FieldValue{};
    }
  }
  const Record merged = app::Merged(current, fields);
  if (facts.lost) {
    if (app::TextOf(merged, "lost_reason").empty()) {
      return Error::Invalid("lost_reason", core::Msg("pipeline.lost_reason_required"));
    }
  } else {
    for (const char* name : {"lost_reason", "lost_competitor_id"}) {
      if (app::FieldOf(fields, name)) {
        return Error::Invalid(name, core::Msg("pipeline.lost_only", {{"field", name}}));
      }
      // Reopened: the old reason no longer describes it.
      if (app::FieldOf(current, name)) fields[name] = FieldValue{};
    }
  }
  SD_TRY(CheckContact(ctx, current, fields));
  return CheckCompetitors(ctx, fields);
}

core::Result<void> AfterOpportunityWrite(app::WriteContext& ctx, const Record& before,
                                         Record& stored) {
  const auto to = app::IntOf(stored, "stage_id");
  const auto from = app::IntOf(before, "stage_id");
  // A new deal's first stage is dated by stage_entered_at; the history holds the moves.
  if (before.empty() || from == to) return core::Ok();
  Record change{
      {"opportunity_id", app::RecordId(stored)}, {"to_stage_id", *to}, {"changed_at", ctx.now}};
  if (from) change["from_stage_id"] = *from;
  change["days_in_from"] = core::pipeline::DaysInStage(
      app::IntOf(before, "stage_entered_at").value_or(ctx.now), ctx.now);
  if (!ctx.caller.is_system()) change["changed_by_id"] = ctx.caller.user_id;
  SD_TRY(ctx.uow.Insert(*app::FindEntity("opportunity-stage-changes"), change, ctx.now));
  return core::Ok();
}

}  // namespace salesdesk::modules::pipeline
