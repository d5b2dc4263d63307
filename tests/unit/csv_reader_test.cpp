// The import's CSV reader: BOM, delimiter detection, RFC 4180 quoting with line breaks, the
// export's formula apostrophe read back, broken files named by row.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"

namespace salesdesk {
namespace {

using core::io::CsvReader;
using core::io::CsvStatus;
using Rows = std::vector<std::vector<std::string>>;

Rows ReadAll(std::string_view text, CsvStatus* last = nullptr) {
  CsvReader r(text);
  Rows out;
  std::vector<std::string> cells;
  CsvStatus s;
  while ((s = r.Next(cells)) == CsvStatus::kRow) out.push_back(cells);
  if (last != nullptr) *last = s;
  return out;
}

TEST(CsvReader, DetectsCommaSemicolonAndTab) {
  EXPECT_EQ(core::io::DetectCsvDelimiter("name,city\r\n"), ',');
  EXPECT_EQ(core::io::DetectCsvDelimiter("name;city;vat\n"), ';');
  EXPECT_EQ(core::io::DetectCsvDelimiter("name\tcity\n"), '\t');
  // Separators inside quotes do not count: one semicolon outside, two commas inside.
  EXPECT_EQ(core::io::DetectCsvDelimiter("\"a,b,c\";d\n"), ';');
  EXPECT_EQ(core::io::DetectCsvDelimiter("name\n"), ',');
}

TEST(CsvReader, SkipsTheBomAndReadsSemicolonFiles) {
  const Rows rows = ReadAll("\xEF\xBB\xBFname;city\nMüller GmbH;Köln\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"name", "city"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"Müller GmbH", "Köln"}));
}

TEST(CsvReader, QuotedFieldsHoldDelimitersQuotesAndLineBreaks) {
  CsvReader r("name,note\r\n\"Acme, Inc.\",\"line 1\r\nline \"\"2\"\"\"\r\nBeta,\r\n");
  std::vector<std::string> cells;
  ASSERT_EQ(r.Next(cells), CsvStatus::kRow);
  ASSERT_EQ(r.Next(cells), CsvStatus::kRow);
  EXPECT_EQ(r.row(), 2);
  EXPECT_EQ(cells, (std::vector<std::string>{"Acme, Inc.", "line 1\r\nline \"2\""}));
  ASSERT_EQ(r.Next(cells), CsvStatus::kRow);
  EXPECT_EQ(r.row(), 3);  // the record's number, not the file's line (the note took two lines)
  EXPECT_EQ(cells, (std::vector<std::string>{"Beta", ""}));
  EXPECT_EQ(r.Next(cells), CsvStatus::kEnd);
}

TEST(CsvReader, LfCrAndBlankLines) {
  EXPECT_EQ(ReadAll("a\rb\n\n\nc").size(), 3u);
  EXPECT_EQ(ReadAll("a,b\n1,2").back(), (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReader, ReadsTheExportsNeutralisedTextBack) {
  std::string file;
  core::io::AppendCsvText(file, "=HYPERLINK(\"x\")");
  core::io::CsvComma(file);
  core::io::AppendCsvText(file, "-5 off");
  core::io::CsvComma(file);
  core::io::AppendCsvNumber(file, "-5");
  core::io::CsvComma(file);
  core::io::AppendCsvText(file, "'quoted'");  // an apostrophe before no formula stays
  core::io::EndCsvRow(file);
  const Rows rows = ReadAll(file);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"=HYPERLINK(\"x\")", "-5 off", "-5", "'quoted'"}));
}

TEST(CsvReader, UnclosedQuoteAndBadUtf8AreNamedByRow) {
  CsvStatus last;
  EXPECT_EQ(ReadAll("a\nb\n\"open\n", &last).size(), 2u);
  EXPECT_EQ(last, CsvStatus::kUnclosedQuote);
  CsvReader r("a\nok\n\xC3\x28\n");  // 0xC3 0x28: a lead byte without its continuation
  std::vector<std::string> cells;
  ASSERT_EQ(r.Next(cells), CsvStatus::kRow);
  ASSERT_EQ(r.Next(cells), CsvStatus::kRow);
  EXPECT_EQ(r.Next(cells), CsvStatus::kNotUtf8);
  EXPECT_EQ(r.row(), 3);
}

TEST(CsvReader, Utf8Validation) {
  EXPECT_TRUE(core::io::IsUtf8("北京 Zürich"));
  EXPECT_FALSE(core::io::IsUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(core::io::IsUtf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(core::io::IsUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

}  // namespace
}  // namespace salesdesk
