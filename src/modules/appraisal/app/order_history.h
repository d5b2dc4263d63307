// A customer's order history: the distinct dates of its confirmed (not cancelled) orders and who
// owned its first one. Read company-wide (decision 0038): whether an account is new, ordered
// before a visit, or fell silent is a fact about the customer, not about one rep's records, and
// only counts derived from it are ever answered.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "app/ports/record_repository.h"
#include "core/time/date.h"

namespace salesdesk::modules::appraisal {

struct AccountOrders {
  std::vector<core::Date> dates;  // distinct, ascending
  std::int64_t first_owner = 0;   // the owner of the earliest order (date, then id)
};

// The histories of `accounts` (none: of every account), orders dated up to `until`.
core::Result<std::map<std::int64_t, AccountOrders>> OrderHistory(
    app::RecordRepository& uow, std::optional<std::vector<std::int64_t>> accounts,
    core::Date until);

}  // namespace salesdesk::modules::appraisal
