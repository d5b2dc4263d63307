// The company's base currency and business days (RULES 0.5): an instant's business date and a
// date's first instant in the time zone of the organisation settings.
#pragma once

#include <cstdint>
#include <string>

#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::modules::appraisal {

struct CompanyCalendar {
  std::string base_currency;
  std::string time_zone;  // IANA name; UTC when unknown

  core::Date DateOf(std::int64_t micros) const;
  std::int64_t StartOf(core::Date day) const;  // µs since the epoch of its first instant
};

core::Result<CompanyCalendar> LoadCompanyCalendar(app::RecordRepository& uow);

}  // namespace salesdesk::modules::appraisal
