#include "modules/activities/app/today_service.h"

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "modules/activities/app/daily_report_figures.h"

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

core::Result<TodayView> ReadToday(Store& store, const core::Clock& clock, const Caller& caller) {
  SD_ASSIGN(auto uow, store.Read());
  TodayView view;
  SD_ASSIGN(const CompanyCalendar company, LoadCompanyCalendar(*uow));
  view.time_zone = company.time_zone;
  const core::Date today = company.DateOf(clock.Now().micros_since_epoch());
  view.date = today.ToString();
  const std::int64_t day_start = company.StartOf(today);
  const std::int64_t day_end = company.EndOf(today);
  const std::string planned = "planned";
  SD_ASSIGN(view.planned,
            Own(*uow, caller, "activities",
                {Is("status", FilterOp::kEq, planned), Is("planned_at", FilterOp::kGe, day_start),
                 Is("planned_at", FilterOp::kLt, day_end)},
                "planned_at"));
  SD_ASSIGN(view.overdue,
            Own(*uow, caller, "activities",
                {Is("status", FilterOp::kEq, planned), Is("planned_at", FilterOp::kLt, day_start)},
                "planned_at", true));
  SD_ASSIGN(
      view.tasks,
      Own(*uow, caller, "tasks",
          {Is("done", FilterOp::kEq, false), Is("due_on", FilterOp::kLe, view.date)}, "due_on"));
  SD_ASSIGN(const core::Date since_day, today.AddDays(-kNextActionLookbackDays));
  const std::string since = since_day.ToString();
  SD_ASSIGN(view.next_actions, Own(*uow, caller, "activities",
                                   {Is("status", FilterOp::kEq, std::string("done")),
                                    Is("next_action_on", FilterOp::kGe, since),
                                    Is("next_action_on", FilterOp::kLe, view.date)},
                                   "next_action_on"));
  // The figures the report card shows: counted as the report counts them, for who writes one.
  const EntitySpec* reports = FindEntity("daily-reports");
  if (reports != nullptr && VisibilityFor(*uow, caller, *reports).ok() && !caller.is_system()) {
    SD_ASSIGN(const auto figures,
              modules::activities::ReadDayFigures(*uow, company, caller.user_id, today));
    Record fields;
    modules::activities::PutFigures(figures, company.base_currency, fields);
    view.report_figures = std::move(fields);
  }
  return view;
}

}  // namespace salesdesk::app::activities
