// Row 11 of the appraisal (RULES B-R2): customer requests received in the month (company time)
// answered within the 24-hour SLA ÷ those requests, for the rep who must answer them. A request
// counts once answered or once its 24 hours have run out, so a live card never counts one still
// within its time as late (decision 0066).
#pragma once

#include <cstdint>
#include <optional>

#include "app/ports/store.h"
#include "app/records/company_calendar.h"
#include "modules/appraisal/core/appraisal_month.h"
#include "modules/requests/core/response_sla.h"

namespace salesdesk::modules::appraisal {

// None when the requests module is not installed (the row is then "not built").
core::Result<std::optional<core::requests::ResponseCount>> ReadRequestResponse(
    app::UnitOfWork& uow, const app::CompanyCalendar& company, std::int64_t user_id,
    core::appraisal::Month month, std::int64_t now_us);

}  // namespace salesdesk::modules::appraisal
