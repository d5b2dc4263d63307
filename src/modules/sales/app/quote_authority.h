// Authority around a stored quote: the limits of a person (the authority matrix of their role),
// the chain of superiors up the team tree, the quote's deviations from its owner's limits, and
// deviations as JSON (stored on approval requests, read back for re-approval).
#pragma once

#include <boost/json/array.hpp>
#include <vector>

#include "app/ports/store.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/core/quotes/approval_routing.h"
#include "modules/sales/core/quotes/authority_check.h"

namespace salesdesk::app::sales {

// The limits of a role from authority-rules; a role without a row may grant nothing.
core::Result<core::quotes::AuthorityLimits> LimitsOfRole(UnitOfWork& uow, const std::string& role,
                                                         const std::string& base_currency);

// The people above `user_id`, nearest first: the leader of their team, then of its parent team,
// up to the top. Only sales roles (manager, senior manager, director) take part.
core::Result<std::vector<core::quotes::ChainMember>> ChainAbove(UnitOfWork& uow,
                                                                std::int64_t user_id,
                                                                const std::string& base_currency);

// CheckAuthority for a stored quote and its lines against its owner's limits.
core::Result<core::quotes::AuthorityCheck> CheckQuote(UnitOfWork& uow, const Record& quote,
                                                      const std::vector<Record>& lines,
                                                      const PricingSnapshot& snapshot);

boost::json::array DeviationsJson(const std::vector<core::quotes::Deviation>& deviations,
                                  bool with_cost);
std::vector<core::quotes::Deviation> DeviationsFromJson(const std::string& text);

}  // namespace salesdesk::app::sales
