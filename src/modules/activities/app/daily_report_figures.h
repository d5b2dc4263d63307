// The figures a daily sales report is pre-filled with: one rep's work on one of the
// organisation's days, counted from the activity log and the documents they own.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "app/ports/store.h"
#include "app/records/company_calendar.h"
#include "core/time/date.h"

namespace salesdesk::modules::activities {

struct DayFigures {
  std::int64_t calls = 0;            // done calls
  std::int64_t connected_calls = 0;  // done calls whose outcome is "reached"
  std::int64_t visits = 0;           // done visits
  std::int64_t meetings = 0;         // done meetings
  std::int64_t new_leads = 0;        // leads created that day (when the leads module is installed)
  std::int64_t quotes = 0;           // quotes created that day
  std::int64_t orders = 0;           // orders confirmed for that day (ordered_on)
  // Those orders' untaxed amounts in the company's base currency; orders in other currencies
  // are counted apart, never added in.
  std::int64_t orders_amount_minor = 0;
  std::int64_t orders_other_currency = 0;
  // The same orders' untaxed amounts per currency, the base currency included (the morning
  // meeting shows every currency apart).
  std::map<std::string, std::int64_t> orders_amount_by_currency;
};

// Reads the owner's records whatever the caller's visibility: the figures are the rep's own work,
// shown to the rep and to whoever may read their report.
core::Result<DayFigures> ReadDayFigures(app::UnitOfWork& uow, const app::CompanyCalendar& company,
                                        std::int64_t owner_id, core::Date day);

// The report's read-only figure fields set from `f` (orders_amount in the base currency).
void PutFigures(const DayFigures& f, const std::string& base_currency, app::Record& fields);

}  // namespace salesdesk::modules::activities
