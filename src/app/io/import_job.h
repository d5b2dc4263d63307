// A run of an import in this process, shared by the service and its background thread.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/io/import_service.h"
#include "app/io/import_state.h"

namespace salesdesk::app::io {

struct ImportService::Job {
  std::int64_t user_id = 0;
  const EntitySpec* entity = nullptr;
  std::unique_ptr<ImportSource> source;
  std::string shape;
  Caller caller;  // who ran it: creates with their rights, owner defaults to them

  mutable std::mutex mutex;  // guards view
  ImportView view;           // status, counts, bad rows: saved after every batch
  std::thread thread;
};

// An import read from the database, with its entity.
struct ImportService::Loaded {
  StoredState state;
  std::int64_t user_id = 0;
  const EntitySpec* entity = nullptr;
};

// A row's problems (the decoder's or the create rules'), each placed in the column its field
// came from.
void AddRowIssues(std::int64_t row, const core::Error& e,
                  const std::map<std::string, std::string>& column_of,
                  std::vector<ImportRowIssue>& out);

// Whether a create's error is the row's own fault (reported, the run goes on) rather than the
// run's (forbidden, database unavailable: the run stops).
bool IsRowFault(const core::Error& e);

}  // namespace salesdesk::app::io
