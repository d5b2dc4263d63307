// Records stored as JSON inside other records (a quote revision's snapshot, an audit row's
// before and after) obey the field rules of the entity they belong to, wherever they are
// answered: one filter, driven by FieldSpec::embeds, applied by RecordToJson.
#pragma once

#include <boost/json/value.hpp>

#include "app/records/entity_spec.h"

namespace salesdesk::app {

// Removes from `record` (a stored record of `e`) what the caller may not see: cost-sensitive
// fields unless `include_cost`, and within its own JSON fields, what their embeds say.
void FilterStoredRecord(const EntitySpec& e, boost::json::object& record, bool include_cost);

// The value of kJson field `f` of `row` as the caller may see it: each record `f.embeds` names
// filtered by its entity's rules. A record whose entity is unknown is answered as null to
// callers who may not see cost, since nothing says which of its fields are safe.
void FilterStoredJson(const FieldSpec& f, const Record& row, boost::json::value& value,
                      bool include_cost);

}  // namespace salesdesk::app
