// JSON <-> record, driven by the entity spec. Decoding is strict: unknown fields, read-only
// fields, wrong types and malformed values are rejected with the field named, and every
// invalid field of a body is reported at once.
#pragma once

#include <string_view>

#include <boost/json/object.hpp>

#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app {

enum class DecodeMode { kCreate, kUpdate };

core::Result<Record> DecodeRecord(const EntitySpec& e, std::string_view body, DecodeMode mode);
// The same for a body already parsed (a document's header decoded beside its lines).
core::Result<Record> DecodeRecordObject(const EntitySpec& e, const boost::json::object& body,
                                        DecodeMode mode);

// A request body that must be one JSON object nested at most `max_depth` deep; otherwise a
// problem on "body" saying what is wrong.
core::Result<boost::json::object> ParseBodyObject(std::string_view body, int max_depth = 16);

// Field by field; `include_cost` false drops cost-sensitive fields entirely.
boost::json::object RecordToJson(const EntitySpec& e, const Record& r, bool include_cost);

// Parses one query-string value of a field for filtering ("EUR", "12.5", "true", "42").
core::Result<FieldValue> ParseFieldText(const FieldSpec& f, std::string_view text);

}  // namespace salesdesk::app
