#include "app/io/import_source.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "core/io/csv_reader.h"

namespace salesdesk::app::io {

using core::Error;
using core::ErrorCode;

std::string StableDigest(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

core::Result<std::unique_ptr<ImportSource>> ImportSource::FromBytes(ImportFormat format,
                                                                    std::string bytes) {
  if (bytes.empty()) return Error::Invalid("body", core::Msg("import.empty_file"));
  std::unique_ptr<ImportSource> out(new ImportSource(format, StableDigest(bytes)));
  if (format == ImportFormat::kCsv) {
    out->csv_ = std::move(bytes);
    return out;
  }
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/salesdesk-import-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0)
    return Error::Make(ErrorCode::kInternal, "cannot create a temporary file for the import");
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::close(fd);
  out->xlsx_path_ = path;
  if (written != bytes.size())
    return Error::Make(ErrorCode::kInternal, "cannot write the import's temporary file");
  return out;
}

ImportSource::~ImportSource() {
  if (!xlsx_path_.empty()) ::unlink(xlsx_path_.c_str());
}

core::Result<void> ImportSource::ForEachRow(const SheetRowFn& on_row) const {
  if (format_ == ImportFormat::kXlsx) return ReadXlsxRows(xlsx_path_, on_row);
  core::io::CsvReader reader(csv_);
  std::vector<std::string> cells;
  for (;;) {
    switch (reader.Next(cells)) {
      case core::io::CsvStatus::kEnd:
        return {};
      case core::io::CsvStatus::kUnclosedQuote:
        return Error::Invalid("body", core::Msg("import.csv_unclosed_quote",
                                                {{"row", std::to_string(reader.row())}}));
      case core::io::CsvStatus::kNotUtf8:
        return Error::Invalid(
            "body", core::Msg("import.csv_not_utf8", {{"row", std::to_string(reader.row())}}));
      case core::io::CsvStatus::kRow:
        if (!on_row(reader.row(), cells)) return {};
    }
  }
}

}  // namespace salesdesk::app::io
