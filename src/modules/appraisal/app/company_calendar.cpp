#include "modules/appraisal/app/company_calendar.h"

#include <date/tz.h>

#include "app/records/record_fields.h"

namespace salesdesk::modules::appraisal {
namespace {

const date::time_zone* Zone(const std::string& name) {
  try {
    return date::locate_zone(name.empty() ? "UTC" : name);
  } catch (const std::exception&) {
    return date::locate_zone("UTC");
  }
}

}  // namespace

core::Date CompanyCalendar::DateOf(std::int64_t micros) const {
  using namespace std::chrono;
  const auto local = Zone(time_zone)->to_local(sys_time<microseconds>{microseconds{micros}});
  const auto day = floor<days>(local);
  return *core::Date::FromDaysSinceEpoch(day.time_since_epoch().count());
}

std::int64_t CompanyCalendar::StartOf(core::Date day) const {
  using namespace std::chrono;
  const date::local_days local{days{day.days_since_epoch()}};
  // Midnight may not exist (a zone skipping it): the earliest instant of the day.
  const auto start = Zone(time_zone)->to_sys(date::local_seconds{local}, date::choose::earliest);
  return duration_cast<microseconds>(start.time_since_epoch()).count();
}

core::Result<CompanyCalendar> LoadCompanyCalendar(app::RecordRepository& uow) {
  SD_ASSIGN(auto settings, uow.Get(app::SettingsSpec(), 1, app::Visibility::All()));
  CompanyCalendar out{"EUR", "UTC"};
  if (settings) {
    if (auto c = app::TextOf(*settings, "base_currency"); !c.empty()) out.base_currency = c;
    if (auto z = app::TextOf(*settings, "time_zone"); !z.empty()) out.time_zone = z;
  }
  return out;
}

}  // namespace salesdesk::modules::appraisal
