// The WHERE conditions every read of records shares: who may see a row (visibility) and what
// the request asks for (filters, ?q= search). Lists, gets and aggregates all build their
// conditions here, so no read path can see more than a list (decision 0019).
#pragma once

#include <string>
#include <vector>

#include "app/ports/record_query.h"
#include "app/records/entity_spec.h"
#include "storage/common/sql.h"

namespace salesdesk::storage {

// Appends " AND <visibility of the row aliased `alias`>" to `where`.
void AppendVisibility(const app::EntitySpec& e, const app::Visibility& v, const std::string& alias,
                      std::string& where, std::vector<SqlValue>& params);

// Appends the filters and search of `q` (its paging and sort are ignored) for the alias "t".
void AppendFilters(const app::EntitySpec& e, const app::ListQuery& q, std::string& where,
                   std::vector<SqlValue>& params);

}  // namespace salesdesk::storage
