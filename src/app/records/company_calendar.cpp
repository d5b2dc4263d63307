#include "app/records/company_calendar.h"

#include <date/tz.h>

#include "app/records/record_fields.h"

namespace salesdesk::app {
namespace {

const date::time_zone* Zone(const std::string& name) {
  try {
    return date::locate_zone(name.empty() ? "UTC" : name);
  } catch (const std::exception&) {
    return date::locate_zone("UTC");
  }
}

std::int64_t FirstInstant(const std::string& zone, std::int64_t days_since_epoch) {
  using namespace std::chrono;
  const date::local_days local{days{days_since_epoch}};
  // Midnight may not exist (a zone skipping it): the earliest instant of the day.
  const auto start = Zone(zone)->to_sys(date::local_seconds{local}, date::choose::earliest);
  return duration_cast<microseconds>(start.time_since_epoch()).count();
}

}  // namespace

core::Date CompanyCalendar::DateOf(std::int64_t micros) const {
  using namespace std::chrono;
  const auto local = Zone(time_zone)->to_local(sys_time<microseconds>{microseconds{micros}});
  const auto day = floor<days>(local);
  return *core::Date::FromDaysSinceEpoch(day.time_since_epoch().count());
}

std::int64_t CompanyCalendar::StartOf(core::Date day) const {
  return FirstInstant(time_zone, day.days_since_epoch());
}

std::int64_t CompanyCalendar::EndOf(core::Date day) const {
  return FirstInstant(time_zone, day.days_since_epoch() + 1);
}

core::Result<CompanyCalendar> LoadCompanyCalendar(RecordRepository& uow) {
  SD_ASSIGN(auto settings, uow.Get(SettingsSpec(), 1, Visibility::All()));
  CompanyCalendar out;
  if (settings) {
    if (auto c = TextOf(*settings, "base_currency"); !c.empty()) out.base_currency = c;
    if (auto z = TextOf(*settings, "time_zone"); !z.empty()) out.time_zone = z;
  }
  return out;
}

core::Result<core::Date> CompanyToday(RecordRepository& uow, std::int64_t now_us) {
  SD_ASSIGN(const CompanyCalendar company, LoadCompanyCalendar(uow));
  return company.DateOf(now_us);
}

}  // namespace salesdesk::app
