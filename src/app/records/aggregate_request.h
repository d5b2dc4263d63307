// What a caller asks of a grouped read, by field name ("lifecycle", "created_at:month"), checked
// against the entity spec and the caller's right to see cost before it reaches storage.
#pragma once

#include <string>
#include <vector>

#include "app/ports/aggregate_query.h"
#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app {

// The most groups one answer holds; more are dropped and the answer says truncated.
inline constexpr std::int64_t kMaxAggregateGroups = 1000;

struct AggregateRequest {
  std::vector<Filter> filters;  // already checked, as a list's (ParseListQuery)
  std::string search;
  std::vector<std::string> group_by;  // "field" or "field:day|month|year" for dates
  std::vector<std::string> sum, min, max;
};

// Fields a caller may group by / measure (cost fields only for those who see cost), as the
// problem bodies list them: "lifecycle", "created_at:month".
std::vector<std::string> GroupableFields(const EntitySpec& e, bool sees_cost);
std::vector<std::string> MeasurableFields(const EntitySpec& e, bool sees_cost);

// A problem on query.group_by / query.sum / query.min / query.max naming the field and listing
// what is allowed, or the query for storage.
core::Result<AggregateQuery> ResolveAggregate(const EntitySpec& e, const AggregateRequest& request,
                                              bool sees_cost);

// The name a group key answers under: "lifecycle", "created_at:month".
std::string GroupKeyName(const GroupBy& g);

}  // namespace salesdesk::app
