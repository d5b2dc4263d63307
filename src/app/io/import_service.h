// Imports of CSV and XLSX files into any entity with generic creates (issue 11, QUALITY G13):
// upload (columns, first rows, a proposed or remembered mapping), mapping, a dry run through
// the record service's own decoder and create rules, and the run in batches on a background
// thread, each batch one transaction through RecordService (visibility, hooks, audit), each row
// under its own idempotency key so a re-run never doubles. Decision 0042.
//
// The uploads, their progress and the remembered mappings live in this process (the import's
// state is not yet stored in the database; see docs/import-export.md, "Not built yet"); an
// import that is not running is dropped, with its file, a day after its upload.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/access/caller.h"
#include "app/io/import_columns.h"
#include "app/io/import_source.h"
#include "app/records/record_service.h"
#include "core/result.h"
#include "core/time/clock.h"

namespace salesdesk::app::io {

// One problem of one row: the sheet's row number, the column (empty when no column holds the
// field, e.g. a required field left unmapped), the field and the coded message.
struct ImportRowIssue {
  std::int64_t row = 0;
  std::string column;
  std::string field;
  std::string code;
  std::string message;
  core::MessageParams params;  // what `message` was made from, for the web's translations
};

enum class ImportStatus { kUploaded, kRunning, kDone, kFailed };
const char* ImportStatusName(ImportStatus s);

// What an import answers (upload, mapping, progress).
struct ImportView {
  std::int64_t id = 0;
  std::string entity;
  ImportFormat format = ImportFormat::kCsv;
  ImportStatus status = ImportStatus::kUploaded;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> preview;  // the first data rows
  ColumnMapping mapping;
  bool mapping_remembered = false;  // taken from an earlier file of the same shape
  std::int64_t rows_total = 0;      // data rows (header excluded)
  std::int64_t rows_done = 0;       // read and either created, replayed or refused
  std::int64_t rows_created = 0;
  std::int64_t rows_replayed = 0;  // created by an earlier run of the same file
  std::int64_t rows_failed = 0;
  std::int64_t progress_at_us = 0;  // when rows_done last moved
  std::vector<ImportRowIssue> errors;
  std::string failure;  // kFailed: why the run stopped
};

struct DryRunReport {
  std::int64_t rows_total = 0;
  std::int64_t rows_ok = 0;
  std::int64_t rows_bad = 0;
  std::vector<ImportRowIssue> errors;  // every problem of every bad row
};

struct ImportOptions {
  std::size_t batch_rows = 500;           // rows per transaction
  std::int64_t max_batch_us = 1'000'000;  // a batch is written at least this often
  std::size_t preview_rows = 10;
};

class ImportService {
 public:
  ImportService(RecordService& records, const core::Clock& clock, ImportOptions options = {});
  ~ImportService();  // stops running imports between batches and waits for them
  ImportService(const ImportService&) = delete;
  ImportService& operator=(const ImportService&) = delete;

  // The entity, when it takes generic creates and the caller may create its records.
  core::Result<const EntitySpec*> CheckImportable(const Caller& caller,
                                                  std::string_view entity) const;
  // Stores the file for `entity` (the caller must be allowed to create those records) and reads
  // its header, first rows and row count. With a key, a retry answers the same import.
  core::Result<ImportView> Upload(const Caller& caller, std::string_view entity,
                                  ImportFormat format, std::string bytes,
                                  const IdempotencyRequest* idempotency);
  core::Result<ImportView> Get(const Caller& caller, std::int64_t id);
  // Replaces the mapping and remembers it for files of the same shape.
  core::Result<ImportView> SetMapping(const Caller& caller, std::int64_t id, ColumnMapping mapping);
  core::Result<DryRunReport> DryRun(const Caller& caller, std::int64_t id);
  // Starts the run in the background; progress through Get.
  core::Result<ImportView> Run(const Caller& caller, std::int64_t id);

 private:
  struct Job;
  core::Result<std::shared_ptr<Job>> Find(const Caller& caller, std::int64_t id);
  ImportView View(const Job& job) const;
  void RunJob(const std::shared_ptr<Job>& job);
  void ForgetOldImports(std::int64_t now_us);

  RecordService& records_;
  const core::Clock& clock_;
  ImportOptions options_;
  std::mutex mutex_;
  std::int64_t next_id_ = 1;
  std::map<std::int64_t, std::shared_ptr<Job>> jobs_;
  // shape key -> (normalised column -> target)
  std::map<std::string, ColumnMapping> remembered_;
  std::map<std::pair<std::int64_t, std::string>, std::pair<std::string, std::int64_t>> keys_;
  std::atomic<bool> stopping_{false};
};

}  // namespace salesdesk::app::io
