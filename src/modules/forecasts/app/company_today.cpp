#include "modules/forecasts/app/company_today.h"

#include "app/records/company_calendar.h"

namespace salesdesk::modules::forecasts {

core::Result<core::Date> CompanyToday(app::RecordRepository& uow, const core::Clock& clock) {
  SD_ASSIGN(const app::CompanyCalendar company, app::LoadCompanyCalendar(uow));
  return company.DateOf(clock.Now().micros_since_epoch());
}

}  // namespace salesdesk::modules::forecasts
