// The overview's parts, one file each (docs/accounts360.md): each reads inside the overview's
// one read transaction with the caller's visibility of the entity it reads.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/date.h"

namespace salesdesk::modules::accounts360 {

inline constexpr std::int64_t kTop = 5;  // items per list; the count says how many there are

struct OverviewContext {
  app::Store& store;
  app::UnitOfWork& uow;
  const app::Caller& caller;
  std::int64_t account_id;
  core::Date today;  // the company's day (RULES 0.5)
};

// The caller's visibility of an entity; none when their role reads none of it.
core::Result<std::optional<app::Visibility>> VisibilityOrNone(const OverviewContext& c,
                                                              const app::EntitySpec& e);

// {items: the first kTop records as the record API renders them, total}, or null when the
// caller's role reads none of the entity. The account's filter comes first.
core::Result<boost::json::value> TopOf(const OverviewContext& c, std::string_view entity,
                                       std::vector<app::Filter> filters, std::string sort_field,
                                       bool descending);

// revenue (this year to date and last year, per currency), receivables (open and overdue per
// currency), last order, last visit, open pipeline (per currency).
core::Result<boost::json::object> KeyFigures(const OverviewContext& c);

// open_quotes, orders, active_contracts, open_deals, next_activities, open_tasks, contacts.
core::Result<boost::json::object> OverviewLists(const OverviewContext& c);

}  // namespace salesdesk::modules::accounts360
