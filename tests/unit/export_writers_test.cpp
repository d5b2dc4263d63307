// Export writers: CSV quoting and formula neutralisation (G11), the export's columns and typed
// cells (cost hidden, money as amount + currency, dates), and XLSX cells read back.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "app/io/export_table.h"
#include "app/io/xlsx_sheet_writer.h"
#include "core/io/csv_writer.h"
#include "support/xlsx_cells.h"

namespace salesdesk {
namespace {

using app::io::Cell;
using app::io::CellKind;

std::string Csv(std::string_view text) {
  std::string out;
  core::io::AppendCsvText(out, text);
  return out;
}

TEST(CsvWriter, NeutralisesEveryFormulaStart) {
  for (std::string_view s : {"=1+2", "+33 1 23", "-5", "@SUM(A1)", "\tx", "\rx"}) {
    EXPECT_TRUE(core::io::StartsLikeFormula(s)) << s;
    EXPECT_EQ(core::io::Neutralised(s), "'" + std::string(s)) << s;
  }
  EXPECT_TRUE(core::io::StartsLikeFormula(std::string_view("\0x", 2)));
  for (std::string_view s : {"", "a=b", "Müller", "'quoted", " =x"}) {
    EXPECT_FALSE(core::io::StartsLikeFormula(s)) << s;
  }
  EXPECT_EQ(Csv("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(Csv("-5"), "'-5");
  EXPECT_EQ(Csv("\tx"), "\"'\tx\"");  // quoted for the leading tab, apostrophe inside
}

TEST(CsvWriter, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(Csv("plain"), "plain");
  EXPECT_EQ(Csv("a,b"), "\"a,b\"");
  EXPECT_EQ(Csv("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(Csv("two\r\nlines"), "\"two\r\nlines\"");
  EXPECT_EQ(Csv(" padded "), "\" padded \"");
  EXPECT_EQ(Csv("北京"), "北京");
  std::string n;
  core::io::AppendCsvNumber(n, "-12.50");
  EXPECT_EQ(n, "-12.50");  // numbers are never neutralised nor quoted
}

TEST(ExportTable, ColumnsHideCostAndSplitMoney) {
  const auto& products = *app::FindEntity("products");
  auto names = [](const std::vector<app::io::ExportColumn>& cols) {
    std::vector<std::string> out;
    for (const auto& c : cols) out.push_back(c.name);
    return out;
  };
  const auto with = names(app::io::ExportColumns(products, true));
  const auto without = names(app::io::ExportColumns(products, false));
  EXPECT_EQ(with.at(0), "id");
  EXPECT_EQ(with.at(3), "updated_at");
  EXPECT_NE(std::find(with.begin(), with.end(), "cost_amount"), with.end());
  EXPECT_NE(std::find(with.begin(), with.end(), "cost_currency"), with.end());
  for (const auto& n : without) EXPECT_EQ(n.find("cost"), std::string::npos) << n;
  EXPECT_EQ(with.size(), without.size() + 2);
}

TEST(ExportTable, StoredRecordsInJsonFieldsObeyTheirEntitysCostRule) {
  // An audit row about a product: its before/after carry the product's cost, which a caller who
  // may not see cost must not find in the export, as in the JSON answer.
  const auto& audit = *app::FindEntity("audit-events");
  const app::Record r{
      {"id", std::int64_t{1}},
      {"entity", std::string("products")},
      {"after", std::string(R"({"name":"Pump","cost":{"amount":"9.00","currency":"EUR"}})")}};
  auto text_of = [&](bool sees_cost) {
    const auto cols = app::io::ExportColumns(audit, sees_cost);
    std::vector<Cell> cells;
    app::io::ExportCells(cols, r, cells);
    for (std::size_t i = 0; i < cols.size(); ++i)
      if (cols[i].name == "after") return cells[i].text;
    ADD_FAILURE() << "no after column";
    return std::string();
  };
  EXPECT_NE(text_of(true).find("cost"), std::string::npos);
  const std::string hidden = text_of(false);
  EXPECT_EQ(hidden.find("cost"), std::string::npos) << hidden;
  EXPECT_NE(hidden.find("Pump"), std::string::npos) << hidden;
}

TEST(ExportTable, CellsCarryTypesAndExactText) {
  const auto& products = *app::FindEntity("products");
  const auto cols = app::io::ExportColumns(products, true);
  app::Record r{{"id", std::int64_t{7}},
                {"version", std::int64_t{2}},
                {"created_at", std::int64_t{1'780'000'000'123'456}},
                {"sku", std::string("=MS-1")},
                {"cost", app::MoneyValue{12340, "EUR"}},
                {"weight_kg", std::int64_t{1500}}};
  std::vector<Cell> cells;
  app::io::ExportCells(cols, r, cells);
  ASSERT_EQ(cells.size(), cols.size());
  auto at = [&](std::string_view name) -> const Cell& {
    for (std::size_t i = 0; i < cols.size(); ++i)
      if (cols[i].name == name) return cells[i];
    ADD_FAILURE() << name;
    return cells[0];
  };
  EXPECT_EQ(at("id").kind, CellKind::kNumber);
  EXPECT_EQ(at("id").text, "7");
  EXPECT_EQ(at("created_at").kind, CellKind::kTimestamp);
  EXPECT_EQ(at("created_at").text, "2026-05-28T20:26:40.123456Z");
  EXPECT_EQ(at("created_at").hour, 20);
  EXPECT_EQ(at("updated_at").kind, CellKind::kEmpty);
  EXPECT_EQ(at("sku").kind, CellKind::kText);
  EXPECT_EQ(at("sku").text, "=MS-1");  // neutralised by the writers, not here
  EXPECT_EQ(at("cost_amount").kind, CellKind::kNumber);
  EXPECT_EQ(at("cost_amount").text, "123.40");
  EXPECT_EQ(at("cost_amount").scale, 2);
  EXPECT_EQ(at("cost_currency").text, "EUR");
  EXPECT_EQ(at("weight_kg").text, "1.5");
}

TEST(XlsxSheetWriter, WritesNumbersDatesBooleansAndNeutralisedText) {
  char path[] = "/tmp/sd-xlsx-unit-XXXXXX";
  const int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ::close(fd);
  {
    app::io::XlsxSheetWriter sheet(path, "Products");
    std::vector<Cell> header = {{.kind = CellKind::kText, .text = "id"},
                                {.kind = CellKind::kText, .text = "price_amount"},
                                {.kind = CellKind::kText, .text = "valid_from"},
                                {.kind = CellKind::kText, .text = "active"},
                                {.kind = CellKind::kText, .text = "name"},
                                {.kind = CellKind::kText, .text = "note"}};
    ASSERT_TRUE(sheet.AddRow(header).ok());
    Cell date{.kind = CellKind::kDate, .text = "2026-03-01"};
    date.year = 2026;
    date.month = 3;
    date.day = 1;
    std::vector<Cell> row = {
        {.kind = CellKind::kNumber, .text = "42", .units = 42},
        {.kind = CellKind::kNumber, .text = "12.30", .scale = 2, .units = 1230},
        date,
        {.kind = CellKind::kBool, .text = "true", .units = 1},
        {.kind = CellKind::kText, .text = "@evil <&>"},
        {}};
    ASSERT_TRUE(sheet.AddRow(row).ok());
    ASSERT_TRUE(sheet.Close().ok());
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  const auto rows = test_support::XlsxRows(bytes.str());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at(1).type, "inlineStr");  // constant-memory mode: no shared strings
  EXPECT_EQ(rows[0].at(1).value, "price_amount");
  const auto& r = rows[1];
  ASSERT_GE(r.size(), 5u);
  EXPECT_EQ(r[0].type, "n");
  EXPECT_EQ(r[0].value, "42");
  EXPECT_EQ(r[1].type, "n");
  EXPECT_EQ(r[1].value, "12.3");
  EXPECT_FALSE(r[1].style.empty());  // 0.00 number format
  EXPECT_EQ(r[2].type, "n");         // a date is a serial number with a date format
  EXPECT_EQ(r[2].value, "46082");    // 2026-03-01 in Excel's 1900 system
  EXPECT_FALSE(r[2].style.empty());
  EXPECT_EQ(r[3].type, "b");
  EXPECT_EQ(r[3].value, "1");
  EXPECT_EQ(r[4].type, "inlineStr");
  EXPECT_EQ(r[4].value, "'@evil <&>");
  if (r.size() > 5) {
    EXPECT_TRUE(r[5].value.empty());
  }
}

}  // namespace
}  // namespace salesdesk
