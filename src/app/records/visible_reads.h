// Records a caller may see, read through the access layer outside the list routes. Every record
// of an entity matching some filters, page by page: for figures that sum whole sets (ageing,
// the cockpit's sections), where a list page would cut the sum short; and one record by id.
#pragma once

#include <optional>
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

// One record of the entity named by its plural as the caller sees it: none when it is hidden
// or absent (alike). For rules that read another record within a write.
core::Result<std::optional<Record>> GetVisible(UnitOfWork& uow, const Caller& caller,
                                               std::string_view entity, std::int64_t id);

}  // namespace salesdesk::app
