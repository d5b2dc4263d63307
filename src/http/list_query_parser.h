// Turns list query parameters into a ListQuery:
//   limit (1-500, default 50), offset, sort=field or -field, q=text,
//   field=value, field__ne / __lt / __lte / __gt / __gte = value, field__in=a,b,c,
//   field__null=true|false, after=<cursor> (keyset: the page after the cursor's row; not with
//   offset), count=exact|none (the total; default: exact for offset pages, none with after).
// Only filterable (and, for sort, sortable) fields of the entity are accepted; cost fields
// are unknown to callers who may not see cost, so nothing about them leaks through ordering.
#pragma once

#include "app/ports/record_query.h"
#include "app/records/entity_spec.h"
#include "core/result.h"
#include "http/query_string.h"

namespace salesdesk::http {

core::Result<app::ListQuery> ParseListQuery(const app::EntitySpec& e, const QueryParams& params,
                                            bool sees_cost);

}  // namespace salesdesk::http
