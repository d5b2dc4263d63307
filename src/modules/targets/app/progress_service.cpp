#include "modules/targets/app/progress_service.h"

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/targets/app/actuals.h"
#include "modules/targets/app/plan_fields.h"
#include "modules/targets/app/plan_periods.h"

namespace salesdesk::modules::targets {

core::Result<ProgressReport> ReadProgress(app::Store& store, const core::Clock& clock,
                                          const app::Caller& caller, std::int64_t user_id,
                                          std::optional<core::Date> on) {
  SD_ASSIGN(auto uow, store.Read());
  core::Date date;
  if (on) {
    date = *on;
  } else {
    SD_ASSIGN(date, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
  }
  const app::EntitySpec& plans = Spec("target-plans");
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, plans));
  ProgressReport out{.user_id = user_id, .date = date};
  app::ListQuery query;
  query.filters = {{"owner_id", app::FilterOp::kEq, {user_id}},
                   {"subject_kind", app::FilterOp::kEq, {std::string("rep")}},
                   {"status", app::FilterOp::kEq, {std::string("active")}},
                   {"fiscal_year", app::FilterOp::kEq, {std::int64_t{date.Civil().year}}}};
  query.sort_field = "id";
  query.limit = 100;
  query.with_total = false;
  SD_ASSIGN(app::Page page, uow->List(plans, query, visibility));
  const core::Date jan1 = *core::Date::FromCivil(date.Civil().year, 1, 1);
  for (app::Record& plan : page.items) {
    const std::int64_t id = app::RecordId(plan);
    SD_ASSIGN(auto days, ReadDayTargets(*uow, id));
    SD_ASSIGN(Actuals actuals, ReadActuals(*uow, app::TextOf(plan, "measure"),
                                           app::TextOf(plan, "currency"), user_id, jan1, date));
    PlanProgress p{.actual_available = actuals.available,
                   .progress = ComputeProgress(days, actuals.by_day, date),
                   .other_currencies = std::move(actuals.other_currencies)};
    p.plan = std::move(plan);
    out.plans.push_back(std::move(p));
  }
  return out;
}

}  // namespace salesdesk::modules::targets
