#include "app/io/record_export.h"

#include <unistd.h>

#include <cstdlib>

#include "app/access/access_policy.h"
#include "app/io/xlsx_sheet_writer.h"
#include "core/io/csv_writer.h"

namespace salesdesk::app::io {
namespace {

constexpr std::size_t kFileChunk = 64 * 1024;

void AppendCsvCell(std::string& out, const Cell& c) {
  switch (c.kind) {
    case CellKind::kEmpty:
      return;
    case CellKind::kNumber:
    case CellKind::kBool:
      core::io::AppendCsvNumber(out, c.text);
      return;
    default:
      core::io::AppendCsvText(out, c.text);
  }
}

}  // namespace

RecordExport::RecordExport(RecordService& records, const Caller& caller, const EntitySpec& e,
                           ListQuery query)
    : records_(records),
      caller_(caller),
      entity_(e),
      query_(std::move(query)),
      columns_(ExportColumns(e, SeesCost(caller))) {}

RecordExport::~RecordExport() {
  if (xlsx_ != nullptr) std::fclose(xlsx_);
}

core::Result<std::unique_ptr<RecordExport>> RecordExport::Start(RecordService& records,
                                                                const Caller& caller,
                                                                const EntitySpec& e,
                                                                ListQuery query,
                                                                ExportFormat format) {
  query.limit = kPageSize;
  query.offset = 0;
  query.with_total = false;
  std::unique_ptr<RecordExport> out(new RecordExport(records, caller, e, std::move(query)));
  if (format == ExportFormat::kXlsx) {
    SD_TRY(out->WriteXlsx());
  } else {
    SD_ASSIGN(out->pending_, out->NextPage());
  }
  return out;
}

// Every page starts after the last row read, in the list's own sort (keyset, decision 0030), so
// rows created or deleted meanwhile shift nothing, whatever the sort.
core::Result<Page> RecordExport::NextPage() {
  SD_ASSIGN(Page page, records_.List(caller_, entity_, query_));
  if (!page.has_more || !page.next) exhausted_ = true;
  query_.after = page.next;
  return page;
}

void RecordExport::AppendCsv(const Page& page, std::string& out) {
  for (const auto& r : page.items) {
    ExportCells(columns_, r, cells_);
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (i > 0) core::io::CsvComma(out);
      AppendCsvCell(out, cells_[i]);
    }
    core::io::EndCsvRow(out);
    ++rows_;
  }
}

ChunkState RecordExport::Next(std::string& out) {
  if (xlsx_ != nullptr) {
    const std::size_t at = out.size();
    out.resize(at + kFileChunk);
    const std::size_t n = std::fread(out.data() + at, 1, kFileChunk, xlsx_);
    out.resize(at + n);
    if (n == kFileChunk) return ChunkState::kMore;
    return std::ferror(xlsx_) ? ChunkState::kFailed : ChunkState::kDone;
  }
  if (!header_sent_) {
    header_sent_ = true;
    out += core::io::kUtf8Bom;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (i > 0) core::io::CsvComma(out);
      core::io::AppendCsvText(out, columns_[i].name);
    }
    core::io::EndCsvRow(out);
    AppendCsv(pending_, out);
    pending_ = {};
    return exhausted_ ? ChunkState::kDone : ChunkState::kMore;
  }
  if (exhausted_) return ChunkState::kDone;
  auto page = NextPage();
  if (!page.ok()) return ChunkState::kFailed;
  AppendCsv(*page, out);
  return exhausted_ ? ChunkState::kDone : ChunkState::kMore;
}

core::Result<void> RecordExport::WriteXlsx() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/salesdesk-export-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0)
    return core::Error::Make(core::ErrorCode::kInternal,
                             "cannot create a temporary file for the export");
  ::close(fd);
  auto result = [&]() -> core::Result<void> {
    XlsxSheetWriter sheet(path, std::string(entity_.title));
    std::vector<Cell> header;
    for (const auto& c : columns_) header.push_back({.kind = CellKind::kText, .text = c.name});
    SD_TRY(sheet.AddRow(header));
    do {
      SD_ASSIGN(Page page, NextPage());
      for (const auto& r : page.items) {
        ExportCells(columns_, r, cells_);
        SD_TRY(sheet.AddRow(cells_));
        ++rows_;
      }
    } while (!exhausted_);
    return sheet.Close();
  }();
  if (result.ok()) xlsx_ = std::fopen(path.c_str(), "rb");
  ::unlink(path.c_str());  // the open file stays readable; nothing is left behind
  if (!result.ok()) return result.error();
  if (xlsx_ == nullptr)
    return core::Error::Make(core::ErrorCode::kInternal, "cannot read the export file back");
  return {};
}

}  // namespace salesdesk::app::io
