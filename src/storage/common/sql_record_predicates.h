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

// Appends the filters of `q` (its search, paging and sort are ignored) for the alias "t".
void AppendFilters(const app::EntitySpec& e, const app::ListQuery& q, std::string& where,
                   std::vector<SqlValue>& params);

// Appends the ?q= search for the alias "t" (decision 0064): through the engine's full-text
// index for entities that have one (app::FullTextIndexOf: every word a word prefix; also the
// record named by its `via`, read with `visibility`), else a case-insensitive LIKE over
// search_fields.
void AppendSearch(const app::EntitySpec& e, const std::string& search,
                  const app::Visibility& visibility, Dialect dialect, std::string& where,
                  std::vector<SqlValue>& params);

// The statements of one list page: the count (when asked) and the page itself, which selects
// one more row than the limit and, after the record's columns, the sort key (for the cursor).
// Built apart from running them so the plan test (tests/contract) can EXPLAIN the very SQL.
struct ListSql {
  std::string count, page;
  std::vector<SqlValue> count_params, page_params;
};
ListSql BuildListSql(const app::EntitySpec& e, const app::ListQuery& q,
                     const app::Visibility& visibility, Dialect dialect);

}  // namespace salesdesk::storage
