// Row 10 of the appraisal (RULES B-R2): daily reports submitted on time ÷ the rep's scheduled
// working days of the month. A working day counts once its report is due (noon of the next day,
// decision 0047) or once an on-time report for it exists, so a live card never counts today's
// report as missing before it could be late.
#pragma once

#include <cstdint>

#include "app/ports/store.h"
#include "app/records/company_calendar.h"
#include "modules/appraisal/core/appraisal_month.h"

namespace salesdesk::modules::appraisal {

struct ReportCompletion {
  std::int64_t on_time = 0;  // on-time reports of the days counted
  std::int64_t due = 0;      // the days counted: scheduled working days whose report is due
};

// The subject's scheduled working days (schedules: pattern, holidays, leave, rota) and their
// reports; the caller has already been shown to see the subject's card.
core::Result<ReportCompletion> ReadReportCompletion(app::UnitOfWork& uow,
                                                    const app::CompanyCalendar& company,
                                                    std::int64_t user_id,
                                                    core::appraisal::Month month,
                                                    std::int64_t now_us);

}  // namespace salesdesk::modules::appraisal
