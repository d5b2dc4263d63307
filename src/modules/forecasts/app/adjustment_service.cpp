#include "modules/forecasts/app/adjustment_service.h"

#include <boost/json.hpp>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"
#include "app/records/record_json.h"
#include "modules/forecasts/app/forecast_grid.h"

namespace salesdesk::modules::forecasts {
namespace {

namespace json = boost::json;
using core::Error;

const app::EntitySpec& Adjustments() { return *app::FindEntity("forecast-adjustments"); }

Error Unknown(const std::string& key) {
  return Error::Invalid(
      key, core::Msg("field.unknown", {{"field", key}, {"entity", std::string("adjustment")}}));
}

// The adjustment of the same author, person, period and figure still in force, if any.
core::Result<std::optional<app::Record>> InForce(app::UnitOfWork& uow, std::int64_t author,
                                                 const AdjustmentRequest& in,
                                                 const std::string& period) {
  app::ListQuery q;
  q.filters = {{"owner_id", app::FilterOp::kEq, {author}},
               {"subject_id", app::FilterOp::kEq, {in.person}},
               {"period", app::FilterOp::kEq, {period}},
               {"category", app::FilterOp::kEq, {in.category}},
               {"status", app::FilterOp::kEq, {std::string("active")}}};
  q.limit = 1;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(Adjustments(), q, app::Visibility::All()));
  if (page.items.empty()) return std::optional<app::Record>();
  return std::optional<app::Record>(std::move(page.items.front()));
}

}  // namespace

core::Result<AdjustmentRequest> DecodeAdjustment(const std::string& body) {
  SD_ASSIGN(json::object o, app::ParseBodyObject(body));
  AdjustmentRequest r;
  auto text = [&](const json::value& v, const std::string& key,
                  std::string& out) -> core::Result<void> {
    if (!v.is_string()) return Error::Invalid(key, core::Msg("field.not_string", {{"field", key}}));
    out = std::string(v.as_string());
    return core::Ok();
  };
  for (const auto& [k, value] : o) {
    const std::string key(k);
    if (key == "person" || key == "value") {
      if (!value.is_int64()) {
        return Error::Invalid(key, core::Msg("field.not_integer", {{"field", key}}));
      }
      (key == "person" ? r.person : r.value) = value.as_int64();
    } else if (key == "period") {
      SD_TRY(text(value, key, r.period));
    } else if (key == "category") {
      SD_TRY(text(value, key, r.category));
    } else if (key == "reason") {
      SD_TRY(text(value, key, r.reason));
    } else {
      return Unknown(key);
    }
  }
  for (const char* key : {"person", "period", "category", "reason"}) {
    if (!o.contains(key)) return Error::Invalid(key, core::Msg("field.required", {{"field", key}}));
  }
  if (!o.contains("value")) {
    return Error::Invalid("value", core::Msg("field.required", {{"field", "value"}}));
  }
  if (r.value < 0)
    return Error::Invalid("value", core::Msg("field.negative", {{"field", "value"}}));
  if (r.reason.find_first_not_of(" \t") == std::string::npos || r.reason.size() > 500) {
    return Error::Invalid("reason", core::Msg("field.empty", {{"field", "reason"}}));
  }
  const auto column = ParseColumn(r.category);
  if (column == fc::Column::kClosed) {
    return Error::Invalid("category", core::Msg("forecasts.closed_not_adjustable"));
  }
  if (!column) {
    return Error::Invalid("category", core::Msg("field.not_in_enum",
                                                {{"field", "category"},
                                                 {"values", "commit, best_case, open_pipeline"}}));
  }
  return r;
}

core::Result<app::CreateResult<app::Record>> Adjust(app::Store& store, const core::Clock& clock,
                                                    const app::Caller& caller,
                                                    const AdjustmentRequest& in,
                                                    const app::IdempotencyRequest* idempotency,
                                                    const app::Renderer<app::Record>& render) {
  const app::EntitySpec& e = Adjustments();
  SD_TRY(app::CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(auto seen, app::FindReplay(*uow, caller, idempotency));
  if (seen) return app::CreateResult<app::Record>{std::nullopt, std::move(seen)};
  SD_ASSIGN(fc::Period period, ParsePeriod(in.period, std::nullopt));
  SD_ASSIGN(Grid grid, ReadGrid(*uow, caller, period));
  const std::string who = grid.tree.names.contains(caller.user_id)
                              ? grid.tree.names.at(caller.user_id)
                              : "user " + std::to_string(caller.user_id);
  if (!grid.tree.Find(in.person)) {
    return Error::Invalid("person", core::Msg("forecasts.adjustment_subject_unknown",
                                              {{"person", std::to_string(in.person)}}));
  }
  if (!grid.tree.MayAdjust(caller.user_id, in.person)) {
    Error err =
        Error::Make(core::ErrorCode::kForbidden,
                    core::Msg("forecasts.adjuster_not_allowed",
                              {{"author", who}, {"person", grid.tree.names.at(in.person)}}));
    err.field = "person";
    return err;
  }
  const fc::Column column = *ParseColumn(in.category);
  const fc::PersonForecast* subject = grid.forecast.Find(in.person);
  // What the adjustment replaces today (D-R3): the author's own roll-up without their own
  // adjustment, or the number the report submits.
  const std::int64_t basis =
      in.person == caller.user_id ? subject->unadjusted.at(column) : subject->view.at(column);

  const std::string key = fc::PeriodKey(period);
  SD_ASSIGN(auto previous, InForce(*uow, caller.user_id, in, key));
  const std::int64_t at = clock.Now().micros_since_epoch();
  app::Record fields{{"owner_id", caller.user_id},
                     {"subject_id", in.person},
                     {"period", key},
                     {"category", in.category},
                     {"amount", app::MoneyValue{in.value, grid.currency}},
                     {"basis", app::MoneyValue{basis, grid.currency}},
                     {"note", in.reason},
                     {"status", std::string("active")}};
  if (previous) {
    fields["replaced_id"] = app::RecordId(*previous);
    SD_ASSIGN(app::Record old,
              uow->Update(e, app::RecordId(*previous), {{"status", std::string("superseded")}},
                          app::RecordVersion(*previous), at));
    SD_TRY(app::AuditChange(*uow, caller, at, e, "update", &*previous, &old));
  }
  SD_ASSIGN(app::Record inserted, uow->Insert(e, fields, at));
  SD_TRY(app::AuditChange(*uow, caller, at, e, "create", nullptr, &inserted));
  if (render) SD_TRY(app::SaveReplay(*uow, caller, idempotency, render(inserted), at));
  SD_TRY(uow->Commit());
  return app::CreateResult<app::Record>{std::move(inserted), std::nullopt};
}

}  // namespace salesdesk::modules::forecasts
