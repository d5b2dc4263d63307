// An import as the database keeps it (decision 0054): the view the API answers plus the file's
// shape, encoded as the JSON `state` of its imports row and read back.
#pragma once

#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/io/import_service.h"
#include "app/ports/import_state_store.h"

namespace salesdesk::app::io {

// Bad rows kept per import (the run's and the answer's); errors_total counts them all.
inline constexpr std::size_t kMaxStoredErrors = 1000;

struct StoredState {
  ImportView view;
  std::string shape;
};

// The members the stored state and the API's answer share (the first kMaxStoredErrors bad rows).
boost::json::object ImportViewJson(const ImportView& v);
boost::json::object IssueJson(const ImportRowIssue& i);
boost::json::array StringsJson(const std::vector<std::string>& v);

std::string EncodeState(const ImportView& v, const std::string& shape);
// The row's columns (id, status, progress) win over the JSON's.
core::Result<StoredState> DecodeState(const StoredImport& row);

ImportStatus ParseImportStatus(std::string_view s);

}  // namespace salesdesk::app::io
