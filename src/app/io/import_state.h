// An import as the database keeps it (decision 0054): the view the API answers plus the file's
// shape, encoded as the JSON `state` of its imports row and read back.
#pragma once

#include <string>

#include "app/io/import_service.h"
#include "app/ports/import_state_store.h"

namespace salesdesk::app::io {

// Bad rows kept per import (the run's and the answer's); errors_total counts them all.
inline constexpr std::size_t kMaxStoredErrors = 1000;

struct StoredState {
  ImportView view;
  std::string shape;
};

std::string EncodeState(const ImportView& v, const std::string& shape);
// The row's columns (id, status, progress) win over the JSON's.
core::Result<StoredState> DecodeState(const StoredImport& row);

ImportStatus ParseImportStatus(std::string_view s);

}  // namespace salesdesk::app::io
