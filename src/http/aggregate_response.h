// GET /api/v1/{entity}/aggregate: its query parameters (a list's filters and q, plus group_by,
// sum, min and max) and its answer, a contract described in the OpenAPI document
// (AggregateResultSchema) and docs/sales-desk-api.md.
#pragma once

#include <boost/json/object.hpp>

#include "app/records/record_service.h"
#include "http/query_string.h"

namespace salesdesk::http {

// Comma-separated lists (group_by=lifecycle,key_account; sum=a,b); the other parameters are
// list filters, checked by ParseListQuery. limit, offset and sort are refused.
core::Result<app::AggregateRequest> ParseAggregateRequest(const app::EntitySpec& e,
                                                          const QueryParams& params,
                                                          bool sees_cost);

// {"group_by":[..],"groups":[{"key":{..},"count":n,"sums":{..},"mins":{..},"maxs":{..}}],
//  "total_count":n,"truncated":false,"max_groups":1000}
boost::json::object AggregateToJson(const app::EntitySpec& e, const app::AggregateOutcome& out);

// The OpenAPI pieces: the route's query parameters and its answer's schema.
boost::json::array AggregateParameters(const app::EntitySpec& e);
boost::json::object AggregateResultSchema();

}  // namespace salesdesk::http
