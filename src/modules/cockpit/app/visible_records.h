// Every record of an entity matching some filters that the caller may see, page by page (the
// cockpit's sections sum whole sets: the month's invoices, the open deals).
#pragma once

#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::modules::cockpit {

core::Result<std::vector<app::Record>> VisibleRecords(app::UnitOfWork& uow,
                                                      const app::Caller& caller,
                                                      std::string_view entity,
                                                      std::vector<app::Filter> filters);

}  // namespace salesdesk::modules::cockpit
