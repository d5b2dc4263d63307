// The organisation's business calendar (RULES 0.5): its base currency, and the business date of an
// instant in the time zone of the organisation settings. Every module reads "today" and "the day
// of this instant" here, so a visit logged at 23:30 counts on the same day everywhere.
#pragma once

#include <cstdint>
#include <string>

#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::app {

struct CompanyCalendar {
  std::string base_currency = "EUR";
  std::string time_zone = "UTC";  // IANA name; an unknown name reads as UTC

  core::Date DateOf(std::int64_t micros) const;
  std::int64_t StartOf(core::Date day) const;  // µs since the epoch of its first instant
  std::int64_t EndOf(core::Date day) const;    // the first instant of the next day
};

// Settings record 1, read whatever the caller's visibility: the calendar is not business data.
core::Result<CompanyCalendar> LoadCompanyCalendar(RecordRepository& uow);

// "Today" at `now_us` for the company: the default date of every document, run and decision.
core::Result<core::Date> CompanyToday(RecordRepository& uow, std::int64_t now_us);

}  // namespace salesdesk::app
