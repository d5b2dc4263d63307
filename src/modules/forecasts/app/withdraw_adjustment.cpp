#include "modules/forecasts/app/withdraw_adjustment.h"

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/record_fields.h"
#include "modules/forecasts/app/team_tree.h"

namespace salesdesk::modules::forecasts {

using core::Error;

core::Result<app::Record> Withdraw(app::Store& store, const core::Clock& clock,
                                   const app::Caller& caller, std::int64_t adjustment) {
  const app::EntitySpec& e = *app::FindEntity("forecast-adjustments");
  SD_TRY(app::CheckMayWrite(caller, e));
  SD_ASSIGN(auto uow, store.Write());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, e));
  SD_ASSIGN(auto found, uow->Get(e, adjustment, visibility));
  if (!found) {
    return Error::Make(
        core::ErrorCode::kNotFound,
        core::Msg("record.not_found", {{"entity", std::string("forecast_adjustment")},
                                       {"id", std::to_string(adjustment)}}));
  }
  const app::Record& current = *found;
  SD_ASSIGN(TeamTree tree, ReadTeamTree(*uow));
  const std::int64_t author = app::IntOf(current, "owner_id").value_or(0);
  const core::forecasts::Person* by = tree.Find(author);
  if (caller.user_id != author && (by == nullptr || by->manager != caller.user_id)) {
    const auto name = [&](std::int64_t id) {
      return tree.names.contains(id) ? tree.names.at(id) : "user " + std::to_string(id);
    };
    Error err =
        Error::Make(core::ErrorCode::kForbidden,
                    core::Msg("forecasts.withdrawer_not_allowed",
                              {{"caller", name(caller.user_id)}, {"author", name(author)}}));
    err.field = "id";
    return err;
  }
  if (const std::string status = app::TextOf(current, "status"); status != "active") {
    return Error::Make(core::ErrorCode::kConflict,
                       core::Msg("forecasts.adjustment_not_active", {{"status", status}}));
  }
  const std::int64_t at = clock.Now().micros_since_epoch();
  SD_ASSIGN(app::Record withdrawn,
            uow->Update(e, adjustment, {{"status", std::string("withdrawn")}},
                        app::RecordVersion(current), at));
  SD_TRY(app::AuditChange(*uow, caller, at, e, "update", &current, &withdrawn));
  SD_TRY(uow->Commit());
  return withdrawn;
}

}  // namespace salesdesk::modules::forecasts
