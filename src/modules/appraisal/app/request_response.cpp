#include "modules/appraisal/app/request_response.h"

#include <vector>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::modules::appraisal {

core::Result<std::optional<core::requests::ResponseCount>> ReadRequestResponse(
    app::UnitOfWork& uow, const app::CompanyCalendar& company, std::int64_t user_id,
    core::appraisal::Month month, std::int64_t now_us) {
  const app::EntitySpec* requests = app::FindEntity("customer-requests");
  if (requests == nullptr) return std::optional<core::requests::ResponseCount>();
  SD_ASSIGN(auto rows,
            app::ReadAll(uow, *requests,
                         {{"owner_id", app::FilterOp::kEq, {user_id}},
                          {"received_at", app::FilterOp::kGe, {company.StartOf(month.First())}},
                          {"received_at", app::FilterOp::kLt, {company.EndOf(month.Last())}}}));
  std::vector<core::requests::RequestTimes> times;
  for (const app::Record& r : rows) {
    times.push_back({app::IntOf(r, "received_at").value_or(0), app::IntOf(r, "answered_at")});
  }
  return std::optional(core::requests::CountResponses(times, now_us));
}

}  // namespace salesdesk::modules::appraisal
