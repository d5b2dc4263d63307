// Export of what a caller's list shows (the same access layer: visibility, cost fields) as CSV
// or XLSX, produced page by page so no export holds all its records in memory. CSV is written
// as it is read; XLSX is written to a temporary file in libxlsxwriter's constant-memory mode
// (a zip cannot be finished before its last row) and then read out in chunks.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/io/export_table.h"
#include "app/ports/record_query.h"
#include "app/records/record_service.h"
#include "core/result.h"

namespace salesdesk::app::io {

enum class ExportFormat { kCsv, kXlsx };

// What one call of RecordExport::Next gave.
enum class ChunkState { kMore, kDone, kFailed };

class RecordExport {
 public:
  // Records read per page (the list's own maximum).
  static constexpr std::int64_t kPageSize = 500;

  // Reads the first page (XLSX: every page into the file), so a refusal (unknown entity for the
  // role, a bad filter) is an error here, before anything is sent. The query's limit and offset
  // are ignored: an export holds every row the filters select.
  static core::Result<std::unique_ptr<RecordExport>> Start(RecordService& records,
                                                           const Caller& caller,
                                                           const EntitySpec& e, ListQuery query,
                                                           ExportFormat format);
  ~RecordExport();
  RecordExport(const RecordExport&) = delete;
  RecordExport& operator=(const RecordExport&) = delete;

  // Appends the next part of the file to `out`. kFailed: a later page could not be read (the
  // answer is cut short; the server then closes the connection so the client sees it).
  ChunkState Next(std::string& out);

  // Rows written so far (header excluded).
  std::int64_t rows() const { return rows_; }

 private:
  RecordExport(RecordService& records, const Caller& caller, const EntitySpec& e, ListQuery query);
  core::Result<Page> NextPage();
  void AppendCsv(const Page& page, std::string& out);
  core::Result<void> WriteXlsx();

  RecordService& records_;
  Caller caller_;
  const EntitySpec& entity_;
  ListQuery query_;
  std::vector<ExportColumn> columns_;
  std::vector<Cell> cells_;
  Page pending_;  // CSV: the first page, read by Start
  bool exhausted_ = false;
  bool header_sent_ = false;
  std::int64_t rows_ = 0;
  std::FILE* xlsx_ = nullptr;  // XLSX: the finished, already unlinked file
};

}  // namespace salesdesk::app::io
