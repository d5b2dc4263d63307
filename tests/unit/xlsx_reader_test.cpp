// The import's XLSX reader on files made here with libxlsxwriter (shared strings, inline
// strings in constant-memory mode, numbers, booleans, dates), and zip bombs made with minizip:
// one whose directory declares more than the limit (refused before inflating) and one whose
// directory lies (refused by the inflated byte count).
#include <gtest/gtest.h>
#include <minizip/zip.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include <chrono>
#include <string>
#include <vector>

#include "app/io/xlsx_reader.h"

namespace salesdesk {
namespace {

using Rows = std::vector<std::pair<std::int64_t, std::vector<std::string>>>;

std::string TempPath(const char* stem) {
  return ::testing::TempDir() + stem + std::to_string(::getpid()) + ".xlsx";
}

core::Result<Rows> ReadAll(const std::string& path,
                           std::uint64_t limit = app::io::kMaxXlsxExpandedBytes) {
  Rows rows;
  auto r = app::io::ReadXlsxRows(
      path,
      [&](std::int64_t row, std::vector<std::string>& cells) {
        rows.emplace_back(row, cells);
        return true;
      },
      limit);
  if (!r.ok()) return r.error();
  return rows;
}

void WriteSheet(const std::string& path, bool constant_memory) {
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Accounts");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy-mm-dd");
  lxw_format* stamp = workbook_add_format(wb);
  format_set_num_format(stamp, "yyyy-mm-dd hh:mm:ss");
  lxw_format* money = workbook_add_format(wb);
  format_set_num_format(money, "0.00");
  worksheet_write_string(ws, 0, 0, "name", nullptr);
  worksheet_write_string(ws, 0, 1, "credit_limit_amount", nullptr);
  worksheet_write_string(ws, 0, 2, "active", nullptr);
  worksheet_write_string(ws, 0, 3, "since", nullptr);
  worksheet_write_string(ws, 0, 4, "seen_at", nullptr);
  worksheet_write_string(ws, 1, 0, "Müller & Söhne 北京", nullptr);
  worksheet_write_number(ws, 1, 1, 1250.5, money);
  worksheet_write_boolean(ws, 1, 2, 1, nullptr);
  lxw_datetime d = {2026, 12, 3, 0, 0, 0};
  worksheet_write_datetime(ws, 1, 3, &d, date);
  lxw_datetime t = {2026, 12, 3, 14, 30, 15};
  worksheet_write_datetime(ws, 1, 4, &t, stamp);
  // Row 3 left empty (skipped); row 4 has a gap in column B and the export's apostrophe.
  worksheet_write_string(ws, 3, 0, "'=1+2", nullptr);
  worksheet_write_number(ws, 3, 2, -5, nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

void ExpectSheet(const std::string& path) {
  auto rows = ReadAll(path);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].first, 1);
  EXPECT_EQ((*rows)[0].second, (std::vector<std::string>{"name", "credit_limit_amount", "active",
                                                         "since", "seen_at"}));
  EXPECT_EQ((*rows)[1].second,
            (std::vector<std::string>{"Müller & Söhne 北京", "1250.5", "true", "2026-12-03",
                                      "2026-12-03T14:30:15.000000Z"}));
  EXPECT_EQ((*rows)[2].first, 4);
  EXPECT_EQ((*rows)[2].second, (std::vector<std::string>{"=1+2", "", "-5"}));
}

TEST(XlsxReader, SharedStringsNumbersBooleansAndDates) {
  const std::string path = TempPath("xlsx_shared");
  WriteSheet(path, false);
  ExpectSheet(path);
  ::unlink(path.c_str());
}

TEST(XlsxReader, InlineStringsOfConstantMemoryFiles) {
  const std::string path = TempPath("xlsx_inline");
  WriteSheet(path, true);
  ExpectSheet(path);
  ::unlink(path.c_str());
}

TEST(XlsxReader, SerialDatesOfThe1900System) {
  // Serial 1 = 1900-01-01; 59 = 1900-02-28; 60 = Lotus's phantom 1900-02-29; 61 = 1900-03-01;
  // 25569 = 1970-01-01; 46359 = 2026-12-03 (25569 + 20790 days since 1970).
  EXPECT_EQ(app::io::ExcelSerialText(1), "1900-01-01");
  EXPECT_EQ(app::io::ExcelSerialText(59), "1900-02-28");
  EXPECT_EQ(app::io::ExcelSerialText(60), "1900-02-29");
  EXPECT_EQ(app::io::ExcelSerialText(61), "1900-03-01");
  EXPECT_EQ(app::io::ExcelSerialText(25569), "1970-01-01");
  EXPECT_EQ(app::io::ExcelSerialText(46359), "2026-12-03");
  EXPECT_EQ(app::io::ExcelSerialText(46359.75), "2026-12-03T18:00:00.000000Z");  // 0.75 day = 18 h
}

TEST(XlsxReader, NotAZipIsBroken) {
  const std::string path = TempPath("xlsx_text");
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("name,city\n", f);
  std::fclose(f);
  auto rows = ReadAll(path);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().message_code, "import.xlsx_broken");
  ::unlink(path.c_str());
}

// A zip with one sheet entry of `real` zero bytes (compressed by zlib here) whose directory
// declares `declared` uncompressed bytes.
void WriteBomb(const std::string& path, std::uint64_t real, std::uint64_t declared) {
  std::vector<unsigned char> raw;
  z_stream z{};
  ASSERT_EQ(deflateInit2(&z, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::vector<unsigned char> zeros(1 << 20, 0), out(1 << 16);
  uLong crc = crc32(0, nullptr, 0);
  std::uint64_t left = real;
  int flush = Z_NO_FLUSH;
  do {
    const std::size_t n = left < zeros.size() ? left : zeros.size();
    left -= n;
    crc = crc32(crc, zeros.data(), static_cast<uInt>(n));
    z.next_in = zeros.data();
    z.avail_in = static_cast<uInt>(n);
    flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
    do {
      z.next_out = out.data();
      z.avail_out = static_cast<uInt>(out.size());
      deflate(&z, flush);
      raw.insert(raw.end(), out.data(), out.data() + (out.size() - z.avail_out));
    } while (z.avail_out == 0);
  } while (flush != Z_FINISH);
  deflateEnd(&z);
  zipFile zf = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  ASSERT_NE(zf, nullptr);
  zip_fileinfo info{};
  ASSERT_EQ(zipOpenNewFileInZip2_64(zf, "xl/worksheets/sheet1.xml", &info, nullptr, 0, nullptr, 0,
                                    nullptr, Z_DEFLATED, 9, 1 /*raw*/, 1),
            ZIP_OK);
  ASSERT_EQ(zipWriteInFileInZip(zf, raw.data(), static_cast<unsigned>(raw.size())), ZIP_OK);
  ASSERT_EQ(zipCloseFileInZipRaw64(zf, declared, crc), ZIP_OK);
  ASSERT_EQ(zipClose(zf, nullptr), ZIP_OK);
}

TEST(XlsxReader, RefusesABombFromItsDirectoryBeforeInflating) {
  const std::string path = TempPath("xlsx_bomb");
  // 300 MB of zeros deflate to about 300 KB; the directory says 300 MB, past the 200 MB limit.
  WriteBomb(path, 300ull << 20, 300ull << 20);
  const auto start = std::chrono::steady_clock::now();
  auto rows = ReadAll(path);
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().message_code, "import.xlsx_too_large");
  EXPECT_EQ(rows.error().params.at(0), (std::pair<std::string, std::string>("limit_mb", "200")));
  // Nothing was inflated: reading the directory takes milliseconds, not seconds.
  EXPECT_LT(took, std::chrono::milliseconds(200));
  ::unlink(path.c_str());
}

TEST(XlsxReader, RefusesABombWhoseDirectoryLies) {
  const std::string path = TempPath("xlsx_liar");
  // The directory declares 1,000 bytes; the entry inflates to 8 MB. Inflating stops at the
  // declared size (minizip's own bound, with our count of inflated bytes behind it), so the part
  // read is a truncated one: its XML and its checksum fail, and the file is refused at once.
  WriteBomb(path, 8ull << 20, 1000);
  const auto start = std::chrono::steady_clock::now();
  auto rows = ReadAll(path);
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().message_code, "import.xlsx_broken");
  EXPECT_LT(took, std::chrono::milliseconds(200));  // 8 MB were not inflated
  ::unlink(path.c_str());
}

TEST(XlsxReader, TheLimitIsAParameter) {
  const std::string path = TempPath("xlsx_limit");
  WriteSheet(path, false);
  // The whole file expands to a few KB: a 1 KB limit refuses it.
  auto rows = ReadAll(path, 1024);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().message_code, "import.xlsx_too_large");
  ::unlink(path.c_str());
}

}  // namespace
}  // namespace salesdesk
