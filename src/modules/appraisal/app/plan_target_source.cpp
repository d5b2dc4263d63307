#include "modules/appraisal/app/plan_target_source.h"

#include <algorithm>
#include <string>

#include "app/records/company_calendar.h"
#include "app/records/field_value.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/targets/app/plan_fields.h"
#include "modules/targets/app/plan_periods.h"

namespace salesdesk::modules::appraisal {
namespace {

using app::FilterOp;

// The month's target of the rep's newest active plan of `measure` (and `currency` for money).
core::Result<std::optional<std::int64_t>> MonthOfPlan(app::UnitOfWork& uow, std::int64_t user_id,
                                                      core::appraisal::Month month,
                                                      const std::string& measure,
                                                      const std::string& currency) {
  std::vector<app::Filter> filters = {{"owner_id", FilterOp::kEq, {user_id}},
                                      {"subject_kind", FilterOp::kEq, {std::string("rep")}},
                                      {"status", FilterOp::kEq, {std::string("active")}},
                                      {"measure", FilterOp::kEq, {measure}},
                                      {"fiscal_year", FilterOp::kEq, {std::int64_t{month.year}}}};
  if (!currency.empty()) filters.push_back({"currency", FilterOp::kEq, {currency}});
  SD_ASSIGN(auto plans, app::ReadAll(uow, targets::Spec("target-plans"), std::move(filters)));
  if (plans.empty()) return std::optional<std::int64_t>();
  std::int64_t newest = 0;
  for (const app::Record& p : plans) newest = std::max(newest, app::RecordId(p));
  SD_ASSIGN(targets::Months months, targets::ReadMonthTargets(uow, newest));
  return std::optional<std::int64_t>(months[static_cast<std::size_t>(month.month - 1)]);
}

}  // namespace

core::Result<std::optional<std::int64_t>> PlanTargetSource::MoneyTarget(
    app::UnitOfWork& uow, std::int64_t user_id, core::appraisal::Month month) {
  SD_ASSIGN(app::CompanyCalendar company, app::LoadCompanyCalendar(uow));
  return MonthOfPlan(uow, user_id, month, "revenue", company.base_currency);
}

core::Result<std::optional<std::int64_t>> PlanTargetSource::CountTarget(
    app::UnitOfWork& uow, std::int64_t user_id, core::appraisal::Month month,
    core::appraisal::Item item) {
  using core::appraisal::Item;
  switch (item) {
    case Item::kNewCustomers:
      return MonthOfPlan(uow, user_id, month, "new_customers", "");
    case Item::kExistingVisits:
      return MonthOfPlan(uow, user_id, month, "visits", "");
    case Item::kOutboundCalls:
      return MonthOfPlan(uow, user_id, month, "calls", "");
    default:
      return std::optional<std::int64_t>();
  }
}

}  // namespace salesdesk::modules::appraisal
