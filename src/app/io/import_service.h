// Imports of CSV and XLSX files into any entity with generic creates (issue 11, QUALITY G13):
// upload (columns, first rows, a proposed or remembered mapping), mapping, a dry run through
// the record service's own decoder and create rules, and the run in batches on a background
// thread, each batch one transaction through RecordService (visibility, hooks, audit), each row
// under its own idempotency key so a re-run never doubles. Decision 0042.
//
// The uploads (with their files), their progress, the last dry run's summary, the upload keys
// and the remembered mappings live in the database (decision 0054), so a restart or another
// application server finds an import where it was left; only a run's thread is this process's.
// A run whose progress stops moving for kStaleRunUs died with its server: it is marked failed,
// and running it again replays the rows it had created. An import that is not running is
// dropped, with its file, a day after its upload.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/access/caller.h"
#include "app/io/import_columns.h"
#include "app/io/import_duplicates.h"
#include "app/io/import_source.h"
#include "app/ports/store.h"
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

// A dry run's counts, kept with the import.
struct DryRunSummary {
  std::int64_t rows_total = 0;
  std::int64_t rows_ok = 0;
  std::int64_t rows_bad = 0;
  std::int64_t errors_total = 0;
};

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
  std::int64_t progress_at_us = 0;     // when rows_done last moved
  std::vector<ImportRowIssue> errors;  // the run's bad rows (the first kMaxStoredErrors)
  std::int64_t errors_total = 0;
  std::string failure;                   // kFailed: why the run stopped
  std::optional<DryRunSummary> dry_run;  // the last dry run's counts
};

struct DryRunReport {
  std::int64_t rows_total = 0;
  std::int64_t rows_ok = 0;
  std::int64_t rows_bad = 0;
  std::vector<ImportRowIssue> errors;  // every problem of every bad row
  // Good rows that look like records already there (an entity with a registered check).
  std::vector<RowDuplicates> duplicates;
  std::int64_t duplicates_checked = 0;  // good rows checked (at most kMaxDuplicateCheckedRows)
};

struct ImportOptions {
  std::size_t batch_rows = 500;           // rows per transaction
  std::int64_t max_batch_us = 1'000'000;  // a batch is written at least this often
  std::size_t preview_rows = 10;
};

class ImportService {
 public:
  // Marks the runs that died with their server failed (FailStaleRuns).
  ImportService(Store& store, RecordService& records, const core::Clock& clock,
                ImportOptions options = {});
  ~ImportService();  // stops this process's runs between batches and waits for them
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
  // A bad row of a dry run: its number in the sheet, its cells as read, its problems.
  using BadRowFn = std::function<void(std::int64_t row, const std::vector<std::string>& cells,
                                      const std::vector<ImportRowIssue>& issues)>;
  // Every row checked as a create would, nothing created; with `keep`, the counts are kept
  // with the import.
  core::Result<DryRunReport> DryRun(const Caller& caller, std::int64_t id,
                                    const BadRowFn& on_bad = {}, bool keep = true);
  // The dry run's bad rows as CSV (UTF-8 with BOM): the file's columns as read, then `row`
  // (its number in the file) and `errors` ("column: reason", one per line), so the rows can be
  // fixed in a spreadsheet and uploaded again (the two extra columns map to nothing).
  core::Result<std::string> BadRowsCsv(const Caller& caller, std::int64_t id);
  // Starts the run in the background (again, after a failed one: the rows it created are
  // replayed, not doubled); progress through Get.
  core::Result<ImportView> Run(const Caller& caller, std::int64_t id);
  // Runs whose progress has not moved for kStaleRunUs and that this process does not run are
  // marked failed with how to run them again; returns how many.
  core::Result<std::int64_t> FailStaleRuns();

  // A live run publishes progress at least every second; one silent this long has died.
  static constexpr std::int64_t kStaleRunUs = 60'000'000;

 private:
  struct Job;
  struct Loaded;
  core::Result<Loaded> Load(const Caller& caller, std::int64_t id);
  core::Result<DryRunReport> CheckRows(const Caller& caller, const EntitySpec& e,
                                       const ImportSource& source,
                                       const std::vector<std::string>& header,
                                       const ColumnMapping& mapping, const BadRowFn& on_bad);
  core::Result<std::unique_ptr<ImportSource>> LoadFile(std::int64_t id, ImportFormat format);
  core::Result<bool> Save(const ImportView& v, const std::string& shape, std::int64_t user_id,
                          std::optional<ImportStatus> if_status = std::nullopt);
  core::Result<void> FailInterrupted(ImportView& v, const std::string& shape, std::int64_t user_id);
  bool RunsHere(std::int64_t id);
  void RunJob(const std::shared_ptr<Job>& job);
  void Publish(Job& job);

  Store& store_;
  RecordService& records_;
  const core::Clock& clock_;
  ImportOptions options_;
  std::mutex mutex_;
  std::map<std::int64_t, std::shared_ptr<Job>> running_;  // this process's runs
  std::atomic<bool> stopping_{false};
};

}  // namespace salesdesk::app::io
