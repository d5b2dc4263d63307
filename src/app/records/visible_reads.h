// Every record of an entity matching some filters that a caller may see, read page by page
// through the access layer: for figures that sum whole sets (ageing, the cockpit's sections),
// where a list page would cut the sum short.
#pragma once

#include <string_view>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"

namespace salesdesk::app {

core::Result<std::vector<Record>> ReadAllVisible(UnitOfWork& uow, const EntitySpec& e,
                                                 std::vector<Filter> filters,
                                                 const Visibility& visibility);

// The same, with the caller's visibility of the entity named by its plural.
core::Result<std::vector<Record>> ReadAllVisible(UnitOfWork& uow, const Caller& caller,
                                                 std::string_view entity,
                                                 std::vector<Filter> filters);

}  // namespace salesdesk::app
