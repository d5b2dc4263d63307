// GET /{entity}/export: the caller's list as CSV or XLSX, through the same access layer —
// visibility, cost fields absent for reps in both formats, every page, numbers as numbers,
// formula-like text neutralised (G11), file name and media type.
#include "api/api_test_server.h"
#include "support/xlsx_cells.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using test_support::XlsxRows;

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// CSV lines of an export (the BOM removed, the last CRLF dropped). The tests' values hold no
// line breaks, so a line is a row.
std::vector<std::string> Lines(const std::string& body) {
  std::string text = body.rfind("\xEF\xBB\xBF", 0) == 0 ? body.substr(3) : body;
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", start)) {
    out.push_back(text.substr(start, at - start));
    start = at + 2;
  }
  EXPECT_EQ(start, text.size()) << "the file ends with CRLF";
  return out;
}

std::vector<std::string> Split(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at = line.find(','); at != std::string::npos; at = line.find(',', start)) {
    out.push_back(line.substr(start, at - start));
    start = at + 1;
  }
  out.push_back(line.substr(start));
  return out;
}

std::size_t Column(const std::vector<std::string>& header, const std::string& name) {
  auto it = std::find(header.begin(), header.end(), name);
  return it == header.end() ? std::string::npos : static_cast<std::size_t>(it - header.begin());
}

class ExportTest : public ApiTest {};

TEST_P(ExportTest, RepsExportOfProductsHasNoCostInEitherFormat) {
  HttpResult csv = Call("rep_a", "GET", "/api/v1/products/export?format=csv");
  ASSERT_EQ(csv.status, 200) << csv.Describe();
  EXPECT_EQ(csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body.find("cost"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("12.50"), std::string::npos) << csv.body;
  HttpResult xlsx = Call("rep_a", "GET", "/api/v1/products/export?format=xlsx");
  ASSERT_EQ(xlsx.status, 200) << xlsx.Describe();
  EXPECT_EQ(xlsx.Header("content-type"), kXlsx);
  auto rows = XlsxRows(xlsx.body);
  ASSERT_EQ(rows.size(), 2u);  // header + the seeded product
  for (const auto& cell : rows[0]) EXPECT_EQ(cell.value.find("cost"), std::string::npos);
  for (const auto& cell : rows[1]) EXPECT_NE(cell.value, "12.5");

  // Those who may see cost get it, as a number and its currency, in both formats.
  HttpResult mcsv = Call("manager", "GET", "/api/v1/products/export");
  ASSERT_EQ(mcsv.status, 200) << mcsv.Describe();
  auto lines = Lines(mcsv.body);
  ASSERT_EQ(lines.size(), 2u);
  auto header = Split(lines[0]);
  auto row = Split(lines[1]);
  ASSERT_NE(Column(header, "cost_amount"), std::string::npos) << lines[0];
  EXPECT_EQ(row.at(Column(header, "cost_amount")), "12.50");
  EXPECT_EQ(row.at(Column(header, "cost_currency")), "EUR");
  auto mrows = XlsxRows(Call("manager", "GET", "/api/v1/products/export?format=xlsx").body);
  ASSERT_EQ(mrows.size(), 2u);
  std::size_t at = std::string::npos;
  for (std::size_t i = 0; i < mrows[0].size(); ++i)
    if (mrows[0][i].value == "cost_amount") at = i;
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(mrows[1].at(at).type, "n");
  EXPECT_EQ(mrows[1].at(at).value, "12.5");
}

TEST_P(ExportTest, ExportHoldsExactlyWhatTheListShows) {
  for (const char* user : {"rep_a", "manager", "director"}) {
    for (const char* query : {"", "&lifecycle=active", "&q=a&sort=-name"}) {
      HttpResult list = Call(user, "GET", std::string("/api/v1/accounts?limit=500") + query);
      ASSERT_EQ(list.status, 200) << list.Describe();
      HttpResult csv = Call(user, "GET", std::string("/api/v1/accounts/export?format=csv") + query);
      ASSERT_EQ(csv.status, 200) << csv.Describe();
      auto lines = Lines(csv.body);
      const json::value listed = list.Json();
      const auto& items = listed.at("items").as_array();
      ASSERT_EQ(lines.size(), items.size() + 1) << user << query;
      for (std::size_t i = 0; i < items.size(); ++i) {  // same rows, same order
        EXPECT_EQ(Split(lines[i + 1]).at(0), std::to_string(IntAt(items[i], "id")))
            << user << query;
      }
    }
  }
  // A rep sees only their own accounts: another rep's name is absent.
  HttpResult rep = Call("rep_a", "GET", "/api/v1/accounts/export");
  EXPECT_EQ(rep.body.find(AccountOf("rep_b").name), std::string::npos);
  EXPECT_NE(rep.body.find(AccountOf("rep_a").name), std::string::npos);
}

TEST_P(ExportTest, NamesTheFileAndStreamsEveryPage) {
  // More rows than one page (500): all of them, in id order, by keyset and by offset paging.
  const std::int64_t before =
      IntAt(Call("admin", "GET", "/api/v1/customer-groups").Json(), "total");
  for (int i = 0; i < 520; ++i) {
    ASSERT_GT(SysCreate("customer-groups", {{"name", "Group " + std::to_string(1000 + i)}}), 0);
  }
  HttpResult csv = Call("admin", "GET", "/api/v1/customer-groups/export");
  ASSERT_EQ(csv.status, 200) << csv.Describe();
  EXPECT_EQ(csv.Header("content-disposition"),
            "attachment; filename=\"customer-groups-2024-03-01.csv\"");
  EXPECT_EQ(csv.Header("transfer-encoding"), "chunked");
  auto lines = Lines(csv.body);
  ASSERT_EQ(static_cast<std::int64_t>(lines.size()), before + 520 + 1);
  std::int64_t last = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::int64_t id = std::stoll(Split(lines[i]).at(0));
    EXPECT_GT(id, last) << i;
    last = id;
  }
  HttpResult by_name = Call("admin", "GET", "/api/v1/customer-groups/export?sort=-name");
  auto named = Lines(by_name.body);
  ASSERT_EQ(named.size(), lines.size());
  std::vector<std::string> groups;  // by name, descending, across the page boundary (offset)
  for (const auto& line : named) {
    if (auto at = line.find("Group 1"); at != std::string::npos)
      groups.push_back(line.substr(at, 10));
  }
  ASSERT_EQ(groups.size(), 520u);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    EXPECT_EQ(groups[i], "Group " + std::to_string(1519 - i)) << i;
  }

  HttpResult xlsx = Call("admin", "GET", "/api/v1/customer-groups/export?format=xlsx");
  ASSERT_EQ(xlsx.status, 200) << xlsx.Describe();
  EXPECT_EQ(xlsx.Header("content-disposition"),
            "attachment; filename=\"customer-groups-2024-03-01.xlsx\"");
  EXPECT_EQ(static_cast<std::int64_t>(XlsxRows(xlsx.body).size()), before + 520 + 1);
}

TEST_P(ExportTest, NeutralisesFormulasAndKeepsNumbersNumbers) {
  const std::int64_t id = SysCreate("accounts", {{"kind", "company"},
                                                 {"name", "=HYPERLINK(\"http://x\",\"y\")"},
                                                 {"city", "-Madrid, Centro"},
                                                 {"country", "ES"},
                                                 {"currency", "EUR"},
                                                 {"payment_terms_days", 45},
                                                 {"owner_id", UserId("rep_a")}});
  ASSERT_GT(id, 0);
  const std::string filter = "&id=" + std::to_string(id);
  HttpResult csv = Call("rep_a", "GET", "/api/v1/accounts/export?format=csv" + filter);
  ASSERT_EQ(csv.status, 200) << csv.Describe();
  EXPECT_NE(csv.body.find(R"x("'=HYPERLINK(""http://x"",""y"")")x"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find(R"x("'-Madrid, Centro")x"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find(",45,"), std::string::npos) << "numbers unquoted: " << csv.body;

  auto rows = XlsxRows(Call("rep_a", "GET", "/api/v1/accounts/export?format=xlsx" + filter).body);
  ASSERT_EQ(rows.size(), 2u);
  std::map<std::string, test_support::XlsxCell> cell;
  for (std::size_t i = 0; i < rows[0].size() && i < rows[1].size(); ++i)
    cell[rows[0][i].value] = rows[1][i];
  EXPECT_EQ(cell["name"].value, "'=HYPERLINK(\"http://x\",\"y\")");
  EXPECT_EQ(cell["city"].value, "'-Madrid, Centro");
  EXPECT_EQ(cell["payment_terms_days"].type, "n");
  EXPECT_EQ(cell["payment_terms_days"].value, "45");
  EXPECT_EQ(cell["id"].type, "n");
  EXPECT_EQ(cell["created_at"].type, "n");  // a date-time cell
  EXPECT_FALSE(cell["created_at"].style.empty());
}

TEST_P(ExportTest, BadRequestsAreProblemsNamingTheParameter) {
  HttpResult format = Call("rep_a", "GET", "/api/v1/accounts/export?format=pdf");
  EXPECT_EQ(format.status, 400) << format.Describe();
  EXPECT_TRUE(format.IsProblem());
  EXPECT_EQ(StringAt(format.Json(), "field"), "query.format") << format.body;
  HttpResult filter = Call("rep_a", "GET", "/api/v1/accounts/export?nonsense=1");
  EXPECT_EQ(filter.status, 400) << filter.Describe();
  EXPECT_EQ(StringAt(filter.Json(), "field"), "query.nonsense") << filter.body;
  // Reps may not filter on a field they cannot see.
  HttpResult cost = Call("rep_a", "GET", "/api/v1/products/export?cost__gt=1");
  EXPECT_EQ(cost.status, 400) << cost.Describe();
  EXPECT_EQ(Call("", "GET", "/api/v1/accounts/export").status, 401);
}

SD_INSTANTIATE_API_TEST(ExportTest);

}  // namespace
}  // namespace salesdesk::api_test
