// An uploaded import file and its rows: CSV held in memory, XLSX kept as an unlinked-on-close
// temporary file that the reader opens on each pass (preview, dry run, run).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/io/xlsx_reader.h"
#include "core/result.h"

namespace salesdesk::app::io {

enum class ImportFormat { kCsv, kXlsx };

class ImportSource {
 public:
  // Takes the uploaded bytes; XLSX goes to a temporary file. kInvalidArgument when it is empty.
  static core::Result<std::unique_ptr<ImportSource>> FromBytes(ImportFormat format,
                                                               std::string bytes);
  ~ImportSource();
  ImportSource(const ImportSource&) = delete;
  ImportSource& operator=(const ImportSource&) = delete;

  // Every non-empty row, the header (row 1 of a CSV, the first non-empty row of a sheet)
  // included, with its 1-based row number. A broken file is an error naming the row.
  core::Result<void> ForEachRow(const SheetRowFn& on_row) const;

  ImportFormat format() const { return format_; }
  // A digest of the bytes (StableDigest): names the file in each row's idempotency key.
  const std::string& digest() const { return digest_; }

 private:
  ImportSource(ImportFormat format, std::string digest)
      : format_(format), digest_(std::move(digest)) {}
  ImportFormat format_;
  std::string digest_;
  std::string csv_;
  std::string xlsx_path_;
};

// FNV-1a 64-bit of `bytes` as 16 hex digits: a stable name across processes (not a security
// hash; nobody gains by colliding their own files).
std::string StableDigest(std::string_view bytes);

}  // namespace salesdesk::app::io
