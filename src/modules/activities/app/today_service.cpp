#include "modules/activities/app/today_service.h"

#include <date/tz.h>

#include <chrono>

#include "app/access/access_policy.h"

namespace salesdesk::app::activities {
namespace {

using core::ErrorCode;

Filter Is(std::string field, FilterOp op, FieldValue v) {
  return {std::move(field), op, {std::move(v)}};
}

// The caller's records of `entity` matching `filters`; none when the role does not read it.
core::Result<std::vector<Record>> Own(UnitOfWork& uow, const Caller& caller,
                                      std::string_view entity, std::vector<Filter> filters,
                                      const char* sort, bool descending = false) {
  const EntitySpec* e = FindEntity(entity);
  if (e == nullptr) return std::vector<Record>{};
  auto visibility = VisibilityFor(uow, caller, *e);
  if (!visibility.ok()) {
    if (visibility.error().code == ErrorCode::kForbidden) return std::vector<Record>{};
    return std::move(visibility).error();
  }
  ListQuery q;
  q.filters = std::move(filters);
  q.filters.push_back(Is("owner_id", FilterOp::kEq, caller.user_id));
  q.sort_field = sort;
  q.sort_descending = descending;
  q.limit = kTodayListLimit;
  q.with_total = false;
  SD_ASSIGN(auto page, uow.List(*e, q, *visibility));
  return std::move(page.items);
}

}  // namespace

LocalDay LocalDayOf(std::int64_t now_us, const std::string& time_zone) {
  using namespace std::chrono;
  const sys_time<microseconds> now{microseconds{now_us}};
  const date::time_zone* zone = nullptr;
  try {
    zone = date::locate_zone(time_zone.empty() ? "UTC" : time_zone);
  } catch (const std::exception&) {
    zone = date::locate_zone("UTC");
  }
  const auto local = zone->to_local(now);
  const auto local_day = floor<days>(local);
  // Midnight may not exist (a zone skipping it): take the earliest instant of the day.
  const auto start = zone->to_sys(date::local_seconds{local_day}, date::choose::earliest);
  const auto end = zone->to_sys(date::local_seconds{local_day + days{1}}, date::choose::earliest);
  const date::year_month_day ymd{date::local_days{local_day}};
  LocalDay out;
  out.date = date::format("%F", ymd);
  out.start_us = duration_cast<microseconds>(start.time_since_epoch()).count();
  out.end_us = duration_cast<microseconds>(end.time_since_epoch()).count();
  return out;
}

core::Result<TodayView> ReadToday(Store& store, const core::Clock& clock, const Caller& caller) {
  SD_ASSIGN(auto uow, store.Read());
  TodayView view;
  {
    const EntitySpec& settings = SettingsSpec();
    SD_ASSIGN(auto visibility, VisibilityFor(*uow, caller, settings));
    SD_ASSIGN(auto record, uow->Get(settings, 1, visibility));
    if (record) {
      if (auto it = record->find("time_zone");
          it != record->end() && std::holds_alternative<std::string>(it->second)) {
        view.time_zone = std::get<std::string>(it->second);
      }
    }
  }
  if (view.time_zone.empty()) view.time_zone = "UTC";
  const LocalDay day = LocalDayOf(clock.Now().micros_since_epoch(), view.time_zone);
  view.date = day.date;
  const std::string planned = "planned";
  SD_ASSIGN(view.planned, Own(*uow, caller, "activities",
                              {Is("status", FilterOp::kEq, planned),
                               Is("planned_at", FilterOp::kGe, day.start_us),
                               Is("planned_at", FilterOp::kLt, day.end_us)},
                              "planned_at"));
  SD_ASSIGN(view.overdue, Own(*uow, caller, "activities",
                              {Is("status", FilterOp::kEq, planned),
                               Is("planned_at", FilterOp::kLt, day.start_us)},
                              "planned_at", true));
  SD_ASSIGN(
      view.tasks,
      Own(*uow, caller, "tasks",
          {Is("done", FilterOp::kEq, false), Is("due_on", FilterOp::kLe, day.date)}, "due_on"));
  const auto today = core::ParseDate(day.date);
  const std::string since =
      today.ok() ? today->AddDays(-kNextActionLookbackDays).value().ToString() : day.date;
  SD_ASSIGN(view.next_actions, Own(*uow, caller, "activities",
                                   {Is("status", FilterOp::kEq, std::string("done")),
                                    Is("next_action_on", FilterOp::kGe, since),
                                    Is("next_action_on", FilterOp::kLe, day.date)},
                                   "next_action_on"));
  return view;
}

}  // namespace salesdesk::app::activities
