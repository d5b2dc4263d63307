// The state of one import, shared by the service's calls and its background run.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/io/import_service.h"

namespace salesdesk::app::io {

struct ImportService::Job {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  const EntitySpec* entity = nullptr;
  std::unique_ptr<ImportSource> source;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> preview;
  std::int64_t rows_total = 0;
  std::string shape;
  std::int64_t created_at_us = 0;

  mutable std::mutex mutex;  // guards what follows
  ColumnMapping mapping;
  bool mapping_remembered = false;
  ImportStatus status = ImportStatus::kUploaded;
  std::int64_t rows_done = 0, rows_created = 0, rows_replayed = 0, rows_failed = 0;
  std::int64_t progress_at_us = 0;
  std::vector<ImportRowIssue> errors;
  std::string failure;
  Caller caller;  // who ran it: creates with their rights, owner defaults to them
  std::thread thread;
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
