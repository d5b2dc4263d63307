// What an import's columns map to: the entity's writable fields (a money field as its export's
// two columns, <field>_amount and <field>_currency), the mapping proposed from a header,
// the file shape a mapping is remembered by, and a row turned into the JSON body a create takes,
// so the record service's own decoder and rules judge it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "app/records/entity_spec.h"
#include "core/result.h"

namespace salesdesk::app::io {

// column name -> target name (a writable field, or <money>_amount / <money>_currency).
using ColumnMapping = std::map<std::string, std::string>;

// The names a column may map to, in spec order.
std::vector<std::string> ImportTargets(const EntitySpec& e);

// Lower case, blanks and dashes as underscores, trimmed: "Credit Limit" -> "credit_limit".
std::string NormalisedColumn(std::string_view header);

// Each column whose normalised name is a target maps to it (the export's headers all do).
ColumnMapping ProposeMapping(const EntitySpec& e, const std::vector<std::string>& header);

// The file shape: the entity and the normalised header row, digested.
std::string ShapeKey(const EntitySpec& e, const std::vector<std::string>& header);

// Unknown columns or targets, a target mapped twice, or nothing mapped: a problem per entry of
// `mapping` (field "mapping.<column>").
core::Result<void> CheckMapping(const EntitySpec& e, const std::vector<std::string>& header,
                                const ColumnMapping& mapping);

// One data row as a create's JSON body: empty cells are left out (defaults and required-field
// rules then apply), integers and booleans become JSON numbers and booleans when they read as
// such (otherwise the text, which the decoder refuses with its own message), money is
// {"amount","currency"}. `column_of` receives, for each body member, the column it came from.
boost::json::object RowToBody(const EntitySpec& e, const std::vector<std::string>& header,
                              const ColumnMapping& mapping, const std::vector<std::string>& cells,
                              std::map<std::string, std::string>& column_of);

}  // namespace salesdesk::app::io
