// The reads a scorecard makes that do not depend on whose it is — the company's calendar, each
// role's template, the accounts' owner changes since the month began, the customers' order
// histories — kept for the rest of one request, so a leaderboard, the team roll-up, twelve months
// of history or the cockpit's customers read them once rather than once per person and month
// (QUALITY W6, bench/README.md). Never kept beyond a request: each read is as fresh as its
// request's.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "app/access/role.h"
#include "app/ports/store.h"
#include "app/records/company_calendar.h"
#include "modules/appraisal/app/order_history.h"
#include "modules/appraisal/core/owner_history.h"
#include "modules/appraisal/core/scorecard_items.h"

namespace salesdesk::modules::appraisal {

using OwnerChanges = std::map<std::int64_t, std::vector<core::appraisal::OwnerChange>>;

class ScorecardReads {
 public:
  core::Result<app::CompanyCalendar> Company(app::UnitOfWork& uow);
  // The template lines of a role (the default rep template when the role has none).
  core::Result<std::vector<core::appraisal::TemplateLine>> Template(app::UnitOfWork& uow,
                                                                    app::Role role);
  // Owner changes at or after `since_us`: read once from the earliest instant asked.
  core::Result<OwnerChanges> ChangesSince(app::UnitOfWork& uow, std::int64_t since_us);
  // The histories of `accounts` up to `until`: only the accounts not read yet are read.
  core::Result<std::map<std::int64_t, AccountOrders>> History(
      app::UnitOfWork& uow, const std::vector<std::int64_t>& accounts, core::Date until);

 private:
  std::optional<app::CompanyCalendar> company_;
  std::map<app::Role, std::vector<core::appraisal::TemplateLine>> templates_;
  std::optional<std::int64_t> changes_since_;
  OwnerChanges changes_;
  std::optional<core::Date> history_until_;
  std::set<std::int64_t> history_read_;  // accounts read, with or without orders
  std::map<std::int64_t, AccountOrders> history_;
};

}  // namespace salesdesk::modules::appraisal
