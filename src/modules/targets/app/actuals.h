// A rep's actuals per day for one measure (issue 14, brief s20), for a date range:
//  revenue   the untaxed net of the rep's posted invoices (invoices.owner_id) by invoice date,
//            in the plan's currency only; invoices in other currencies are never added or
//            converted, they are named in `other_currencies` (there are no credit notes yet);
//  visits,   done activities of that kind owned by the rep, by the company-local day of done_at;
//  calls
//  orders    the rep's confirmed sales orders by order date;
//  new_customers  accounts whose first confirmed order (by order date, then id) is the rep's
//            and falls in the range, on that order's date.
// Margin has no actual yet (`available` false): invoices carry no cost.
#pragma once

#include <map>
#include <set>
#include <string>

#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::modules::targets {

struct Actuals {
  bool available = true;
  std::map<core::Date, std::int64_t> by_day;
  std::set<std::string> other_currencies;

  std::int64_t Sum(core::Date from, core::Date to) const;
};

// Read from the maintained daily actuals (daily_actuals.h): what every request reads.
core::Result<Actuals> ReadActuals(app::UnitOfWork& uow, const std::string& measure,
                                  const std::string& currency, std::int64_t user_id,
                                  core::Date from, core::Date to);
// Counted from the records themselves: what the daily actuals are built and kept from, and what
// tests compare them with.
core::Result<Actuals> ActualsFromRecords(app::UnitOfWork& uow, const std::string& measure,
                                         const std::string& currency, std::int64_t user_id,
                                         core::Date from, core::Date to);

}  // namespace salesdesk::modules::targets
