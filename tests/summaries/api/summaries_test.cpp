// Sales summaries through the API, on both engines (decision 0076): downloaded as PDF or XLSX
// with exactly the cockpit's figures for the period asked and the reader's visibility; e-mailed
// by the job once per closed period to the address a person chose; "send now" for the owner
// only, once per Idempotency-Key; bad parameters and bodies are problems naming the field.
//
// The data (EUR, the company currency; today is Wednesday 15 April 2026):
//   revenue plans (equal profile): rep_a 1,200,000, rep_b 2,400,000, rep_c 1,200,000.
//   posted invoices: rep_a 2026-03-20 10,000 and 2026-04-10 30,000 and 2026-04-14 20,000;
//     rep_b 2026-04-08 50,000; rep_c (another manager's team) 2026-04-09 90,000.
//   So last ISO week (2026-W15, 6–12 April) the manager's team sold 30,000 + 50,000 = 80,000:
//   rep_a's 14 April invoice is the running week's, rep_c is not in the team.
#include <cmath>
#include <regex>

#include "api/api_test_server.h"
#include "app/auth/crypto.h"
#include "app/records/record_fields.h"
#include "core/time/timestamp.h"
#include "modules/summaries/app/summary_sender.h"
#include "modules/summaries/pdf/summary_pdf.h"
#include "sales/pdf/pdf_test_util.h"
#include "support/xlsx_cells.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;
using Rows = std::vector<std::vector<test_support::XlsxCell>>;

class SummariesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    clock().Set(*core::ParseTimestamp("2026-04-15T09:00:00Z"));
    for (const char* key : {"director", "manager", "rep_a", "rep_b", "finance"}) {
      tokens_[key] = NewToken(key);
    }
    for (const char* rep : {"rep_a", "rep_b", "rep_c"}) {
      Plan(rep, rep == std::string("rep_b") ? 2'400'000 : 1'200'000);
    }
    Invoice("rep_a", "2026-03-20", 10'000);
    Invoice("rep_a", "2026-04-10", 30'000);
    Invoice("rep_a", "2026-04-14", 20'000);
    Invoice("rep_b", "2026-04-08", 50'000);
    Invoice("rep_c", "2026-04-09", 90'000);
  }
  HttpResult As(const std::string& user, std::string_view method, std::string_view target,
                std::string_view body = {}, Headers headers = {}) const {
    headers.emplace_back("Authorization", "Bearer " + tokens_.at(user));
    return Call("", method, target, body, std::move(headers));
  }
  void Plan(const std::string& owner, std::int64_t annual, const char* measure = "revenue") {
    HttpResult made = As("director", "POST", "/api/v1/target-plans",
                         json::serialize(json::object{{"owner_id", UserId(owner)},
                                                      {"subject_kind", "rep"},
                                                      {"fiscal_year", 2026},
                                                      {"profile_kind", "equal"},
                                                      {"measure", measure},
                                                      {"currency", "EUR"},
                                                      {"annual_total", annual}}));
    ASSERT_EQ(made.status, 201) << made.Describe();
    const std::int64_t id = IntAt(made.Json(), "id");
    HttpResult r =
        As("director", "POST", "/api/v1/target-plans/" + std::to_string(id) + "/activate", "",
           {{"If-Match", ETagOf("target-plans", id)}});
    ASSERT_EQ(r.status, 200) << r.Describe();
  }
  std::int64_t Insert(std::string_view entity, const Record& r) {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    auto inserted = (*uow)->Insert(Spec(entity), r, 1);
    EXPECT_TRUE(inserted.ok());
    EXPECT_TRUE((*uow)->Commit().ok());
    return inserted.ok() ? app::RecordId(*inserted) : 0;
  }
  // A posted invoice as billing stores one, due in thirty days.
  void Invoice(const std::string& owner, const std::string& on, std::int64_t net) {
    const std::string n = std::to_string(++documents_);
    const std::int64_t account = AccountOf(owner).id;
    const std::int64_t order = Insert("sales-orders", {{"number", "SO-SM-" + n},
                                                       {"account_id", account},
                                                       {"currency", std::string("EUR")},
                                                       {"status", std::string("confirmed")},
                                                       {"ordered_on", on},
                                                       {"untaxed", MoneyValue{net, "EUR"}},
                                                       {"owner_id", UserId(owner)}});
    const std::int64_t invoice = Insert("invoices", {{"number", "INV-SM-" + n},
                                                     {"sales_order_id", order},
                                                     {"account_id", account},
                                                     {"currency", std::string("EUR")},
                                                     {"status", std::string("posted")},
                                                     {"invoice_date", on},
                                                     {"untaxed", MoneyValue{net, "EUR"}},
                                                     {"tax", MoneyValue{0, "EUR"}},
                                                     {"total", MoneyValue{net, "EUR"}},
                                                     {"rate", std::int64_t{100'000'000}},
                                                     {"owner_id", UserId(owner)}});
    Insert("invoice-instalments", {{"invoice_id", invoice},
                                   {"position", std::int64_t{1}},
                                   {"due_on", (*(*core::ParseDate(on)).AddDays(30)).ToString()},
                                   {"amount", MoneyValue{net, "EUR"}}});
  }
  Rows Workbook(const std::string& user, const std::string& query) {
    HttpResult r = As(user, "GET", "/api/v1/sales-summary/xlsx?" + query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    EXPECT_NE(r.Header("Content-Type").find("spreadsheetml"), std::string::npos);
    return test_support::XlsxRows(r.body);
  }
  // The rows of the table under `heading`, after its column row, up to the next empty gap.
  static Rows Table(const Rows& rows, const std::string& heading) {
    Rows out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].empty() || rows[i][0].value != heading) continue;
      for (std::size_t j = i + 2; j < rows.size() && rows[j].size() > 1; ++j) {
        out.push_back(rows[j]);
      }
    }
    return out;
  }
  static const std::vector<test_support::XlsxCell>* RowOf(const Rows& table,
                                                          const std::string& who) {
    for (const auto& row : table) {
      if (!row.empty() && row[0].value == who) return &row;
    }
    return nullptr;
  }
  // A money cell back in minor units (EUR: cents).
  static std::int64_t Cents(const test_support::XlsxCell& c) {
    EXPECT_EQ(c.type, "n") << c.value;
    return c.value.empty() ? -1 : std::llround(std::stod(c.value) * 100);
  }
  static bool Mentions(const Rows& rows, const std::string& text) {
    for (const auto& row : rows) {
      for (const auto& c : row) {
        if (c.value.find(text) != std::string::npos) return true;
      }
    }
    return false;
  }
  std::int64_t Subscribe(const std::string& user, json::object body) {
    HttpResult r = As(user, "POST", "/api/v1/summary-subscriptions", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  json::value Get(const std::string& user, const std::string& path) {
    HttpResult r = As(user, "GET", path);
    EXPECT_EQ(r.status, 200) << path << ": " << r.Describe();
    return r.status == 200 ? r.Json() : json::value(json::object{});
  }
  std::string RunJob() {
    auto out = modules::summaries::SendDueSummaries(api().store(), clock(), pdf::RenderSummaryPdf);
    EXPECT_TRUE(out.ok()) << out.error().message;
    return out.ok() ? *out : std::string("failed");
  }

  int documents_ = 0;
  std::map<std::string, std::string> tokens_;
};

constexpr const char* kRevenue = "Sales against target — Revenue (EUR)";

TEST_P(SummariesTest, AWeeklyWorkbookHoldsTheClosedWeekOfTheTeamTheReaderLeads) {
  const Rows rows = Workbook("manager", "cadence=weekly");
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0][0].value, "Weekly sales summary 2026-W15");
  const Rows revenue = Table(rows, kRevenue);
  ASSERT_EQ(revenue.size(), 3u);  // the team line, rep_a, rep_b
  ASSERT_TRUE(RowOf(revenue, "Team") && RowOf(revenue, "rep_a") && RowOf(revenue, "rep_b"));
  EXPECT_EQ(Cents(RowOf(revenue, "Team")->at(2)), 80'000);
  EXPECT_EQ(Cents(RowOf(revenue, "rep_a")->at(2)), 30'000);  // not the 14 April invoice
  EXPECT_EQ(Cents(RowOf(revenue, "rep_b")->at(2)), 50'000);
  // Another manager's rep is nowhere in it.
  EXPECT_FALSE(Mentions(rows, "rep_c"));
  // Ratios are numbers in percent, and the column says so.
  bool percent_column = false;
  for (const auto& row : rows) {
    for (const auto& c : row) percent_column |= c.value == "Attainment (%)";
  }
  EXPECT_TRUE(percent_column);
  // The director's week has everyone: 80,000 + 90,000.
  const Rows all = Table(Workbook("director", "cadence=weekly"), kRevenue);
  EXPECT_EQ(Cents(RowOf(all, "Team")->at(2)), 170'000);
}

TEST_P(SummariesTest, AMonthlySummaryCarriesExactlyTheCockpitsFiguresOfThatMonth) {
  const json::value cockpit = Get("manager", "/api/v1/cockpit?period=2026-03");
  const json::value& month = cockpit.at("attainment").at("team").at(0).at("periods").at("month");
  const Rows revenue = Table(Workbook("manager", "cadence=monthly"), kRevenue);
  const auto* team = RowOf(revenue, "Team");
  ASSERT_NE(team, nullptr);
  EXPECT_EQ(Cents(team->at(1)), IntAt(month, "target"));
  EXPECT_EQ(Cents(team->at(2)), IntAt(month, "actual"));
  EXPECT_EQ(IntAt(month, "actual"), 10'000);
  EXPECT_EQ(std::llround(std::stod(team->at(3).value) * 100), IntAt(month, "attainment_bp"));
}

// No module gives a margin actual yet (the cockpit marks it `actual_missing`): the summary shows
// the target with a dash for the actual and the attainment, never a zero that reads as 0 %.
TEST_P(SummariesTest, AMarginPlanShowsItsTargetAndADashWhereNoActualExists) {
  Plan("rep_a", 120'000, "margin");
  const Rows margin =
      Table(Workbook("manager", "cadence=monthly"), "Sales against target — Margin (EUR)");
  // rep_a alone: the cockpit has no team line for an actual nobody gives.
  ASSERT_EQ(margin.size(), 1u);
  const auto& row = margin[0];
  EXPECT_EQ(row[0].value, "rep_a");
  EXPECT_EQ(Cents(row.at(1)), 10'000);  // March: a twelfth of 120,000 cents a year
  // Actual, attainment, year to date and pace: empty cells (absent or blank), never a 0.
  for (std::size_t column = 2; column < row.size(); ++column) {
    EXPECT_EQ(row[column].value, "") << "column " << column;
  }
  HttpResult r = As("manager", "GET", "/api/v1/sales-summary/pdf?cadence=monthly");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const std::string text = pdf::testing::RenderedPdf(r.body).Text();
  const std::size_t table = text.find("Margin (EUR)");
  ASSERT_NE(table, std::string::npos) << text;
  // rep_a's line: the target, then four dashes (actual, attainment, year to date, pace).
  static const std::regex kLine(R"(rep_a +EUR 100\.00 +– +– +– +–\n)");
  EXPECT_TRUE(std::regex_search(text.substr(table), kLine)) << text.substr(table);
}

TEST_P(SummariesTest, APdfOfAPastDayInTheLanguageAsked) {
  HttpResult r =
      As("manager", "GET", "/api/v1/sales-summary/pdf?cadence=daily&date=2026-04-10&lang=de");
  ASSERT_EQ(r.status, 200) << r.Describe();
  EXPECT_EQ(r.Header("Content-Type"), "application/pdf");
  EXPECT_NE(r.Header("Content-Disposition").find("sales-summary-2026-04-10.pdf"),
            std::string::npos);
  const std::string text = pdf::testing::RenderedPdf(r.body).Text();
  for (const char* expected :
       {"Täglicher Vertriebsbericht", "2026-04-10", "300,00 EUR", "Umsatz gegen Ziel", "manager"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " in\n" << text;
  }
  EXPECT_EQ(text.find("rep_c"), std::string::npos);
}

TEST_P(SummariesTest, BadParametersAreProblemsNamingThem) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "cadence"},
      {"cadence=hourly", "cadence"},
      {"cadence=daily&date=2026-13-01", "date"},
      {"cadence=monthly&date=2026-05-01", "date"},  // a month not begun yet
      {"cadence=daily&scope=everyone", "scope"},
      {"cadence=daily&lang=fr", "lang"},
      {"cadence=daily&colour=red", "colour"}};
  for (const auto& [query, field] : cases) {
    HttpResult r = As("manager", "GET", std::string("/api/v1/sales-summary/pdf?") + query);
    EXPECT_EQ(r.status, 422) << query << ": " << r.Describe();
    const json::value problem = r.Json();
    EXPECT_EQ(StringAt(problem, "field"), field) << query << ": " << r.body;
  }
  EXPECT_EQ(As("finance", "GET", "/api/v1/sales-summary/xlsx?cadence=weekly").status, 403);
}

TEST_P(SummariesTest, TheJobSendsEachClosedPeriodOnceToTheChosenAddress) {
  const std::int64_t id = Subscribe(
      "manager", {{"name", "Weekly report to the general manager"},
                  {"cadence", "weekly"},
                  {"recipient_email", "GM@Clinic.example"},
                  {"cc_emails", " CFO@Clinic.example; board@clinic.example,cfo@clinic.example "}});
  const json::value made = Get("manager", "/api/v1/summary-subscriptions/" + std::to_string(id));
  // Copies: each checked, lower-cased, once, in the outbox's own comma-separated form.
  EXPECT_EQ(StringAt(made, "cc_emails"), "cfo@clinic.example, board@clinic.example");
  EXPECT_EQ(StringAt(made, "language"), "en");  // the manager's own
  EXPECT_EQ(StringAt(made, "formats"), "pdf_xlsx");
  EXPECT_EQ(StringAt(made, "scope"), "team");
  EXPECT_EQ(IntAt(made, "owner_id"), UserId("manager"));

  EXPECT_EQ(RunJob(), "1 sales summaries queued");
  const json::value sent = Get("manager", "/api/v1/summary-subscriptions/" + std::to_string(id));
  EXPECT_EQ(StringAt(sent, "last_period"), "2026-W15");
  const std::int64_t message = IntAt(sent, "last_message_id");
  const json::value mail = Get("manager", "/api/v1/outbox-messages/" + std::to_string(message));
  EXPECT_EQ(StringAt(mail, "to_address"), "gm@clinic.example");
  EXPECT_EQ(StringAt(mail, "cc"), "cfo@clinic.example, board@clinic.example");
  EXPECT_EQ(StringAt(mail, "subject").rfind("Weekly sales summary 2026-W15", 0), 0u);
  EXPECT_EQ(StringAt(mail, "related_entity"), "summary-subscriptions");
  EXPECT_EQ(IntAt(mail, "related_id"), id);
  EXPECT_EQ(StringAt(mail, "state"), "queued");
  const json::value files = Get(
      "manager", "/api/v1/outbox-attachments?sort=filename&message_id=" + std::to_string(message));
  ASSERT_EQ(files.at("items").as_array().size(), 2u);
  EXPECT_EQ(StringAt(files.at("items").at(0), "filename"), "sales-summary-2026-W15.pdf");
  EXPECT_EQ(StringAt(files.at("items").at(1), "filename"), "sales-summary-2026-W15.xlsx");
  // The workbook sent is the one the manager downloads.
  auto xlsx = app::FromBase64(StringAt(files.at("items").at(1), "content_base64"));
  ASSERT_TRUE(xlsx.ok());
  EXPECT_EQ(Cents(RowOf(Table(test_support::XlsxRows(*xlsx), kRevenue), "Team")->at(2)), 80'000);

  // Nothing twice; the next Monday sends the next week; an inactive one sends nothing.
  EXPECT_EQ(RunJob(), "");
  clock().Set(*core::ParseTimestamp("2026-04-20T06:00:00Z"));
  EXPECT_EQ(RunJob(), "1 sales summaries queued");
  EXPECT_EQ(StringAt(Get("manager", "/api/v1/summary-subscriptions/" + std::to_string(id)),
                     "last_period"),
            "2026-W16");
  HttpResult off = As("manager", "PATCH", "/api/v1/summary-subscriptions/" + std::to_string(id),
                      R"({"active":false})", {{"If-Match", ETagOf("summary-subscriptions", id)}});
  ASSERT_EQ(off.status, 200) << off.Describe();
  clock().Set(*core::ParseTimestamp("2026-04-27T06:00:00Z"));
  EXPECT_EQ(RunJob(), "");
}

// A daily summary reports the last business day of its owner (Monday to Friday and no public
// holiday of their country, ES here): Monday's mail is Friday's, a weekend sends nothing, and
// the Tuesday after Easter reports the Thursday before Good Friday.
TEST_P(SummariesTest, ADailySummarySkipsWeekendsAndPublicHolidays) {
  tokens_["admin"] = NewToken("admin");
  for (const char* day : {"2026-04-03", "2026-04-06"}) {
    HttpResult holiday = As(
        "admin", "POST", "/api/v1/public-holidays",
        json::serialize(json::object{{"country", "ES"}, {"date", day}, {"name", "Semana Santa"}}));
    ASSERT_EQ(holiday.status, 201) << holiday.Describe();
  }
  const std::int64_t id = Subscribe("manager", {{"name", "My team's day"},
                                                {"cadence", "daily"},
                                                {"recipient_email", "manager@example.com"}});
  const std::string path = "/api/v1/summary-subscriptions/" + std::to_string(id);
  const auto sent_on = [&](const char* instant) {
    clock().Set(*core::ParseTimestamp(instant));
    const std::string ran = RunJob();
    return ran.empty() ? std::string() : StringAt(Get("manager", path), "last_period");
  };
  EXPECT_EQ(sent_on("2026-04-07T06:00:00Z"), "2026-04-02");  // Tuesday after Easter Monday
  EXPECT_EQ(sent_on("2026-04-08T06:00:00Z"), "2026-04-07");
  EXPECT_EQ(sent_on("2026-04-11T06:00:00Z"), "2026-04-10");  // Saturday: Friday's
  EXPECT_EQ(sent_on("2026-04-12T06:00:00Z"), "");            // Sunday: nothing new
  EXPECT_EQ(sent_on("2026-04-13T06:00:00Z"), "");            // Monday: Friday's went already
  EXPECT_EQ(sent_on("2026-04-14T06:00:00Z"), "2026-04-13");
  // A download without a date is the same day the mail carries.
  clock().Set(*core::ParseTimestamp("2026-04-07T06:00:00Z"));
  HttpResult r = As("manager", "GET", "/api/v1/sales-summary/pdf?cadence=daily");
  ASSERT_EQ(r.status, 200) << r.Describe();
  EXPECT_NE(r.Header("Content-Disposition").find("sales-summary-2026-04-02.pdf"),
            std::string::npos);
}

TEST_P(SummariesTest, SendNowIsTheOwnersOnceAndReadsAsTheOwnerSees) {
  const std::int64_t id = Subscribe("rep_a", {{"name", "My month"},
                                              {"cadence", "monthly"},
                                              {"recipient_email", "rep_a@example.com"},
                                              {"formats", "xlsx"}});
  const std::string path = "/api/v1/summary-subscriptions/" + std::to_string(id) + "/send";
  HttpResult first = As("rep_a", "POST", path, "", {{"Idempotency-Key", "send-month-1"}});
  ASSERT_EQ(first.status, 201) << first.Describe();
  HttpResult again = As("rep_a", "POST", path, "", {{"Idempotency-Key", "send-month-1"}});
  ASSERT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "id"), IntAt(first.Json(), "id"));
  const json::value messages =
      Get("rep_a", "/api/v1/outbox-messages?related_entity=summary-subscriptions&related_id=" +
                       std::to_string(id));
  EXPECT_EQ(messages.at("items").as_array().size(), 1u);
  const json::value files = Get("rep_a", "/api/v1/outbox-attachments?message_id=" +
                                             std::to_string(IntAt(first.Json(), "id")));
  ASSERT_EQ(files.at("items").as_array().size(), 1u);  // the workbook only
  auto xlsx = app::FromBase64(StringAt(files.at("items").at(0), "content_base64"));
  ASSERT_TRUE(xlsx.ok());
  const Rows rows = test_support::XlsxRows(*xlsx);
  EXPECT_TRUE(Mentions(rows, "rep_a"));
  EXPECT_FALSE(Mentions(rows, "rep_b"));  // a rep's team is themself

  // Someone else's subscription is missing, even to the rep's manager; finance has none.
  EXPECT_EQ(As("manager", "POST", path).status, 404);
  EXPECT_EQ(As("manager", "GET", "/api/v1/summary-subscriptions/" + std::to_string(id)).status,
            404);
  EXPECT_EQ(As("finance", "POST", path).status, 403);
}

TEST_P(SummariesTest, ABadSubscriptionNamesEveryProblemAndStoresNothing) {
  HttpResult r = As("manager", "POST", "/api/v1/summary-subscriptions",
                    json::serialize(json::object{{"name", "Daily"},
                                                 {"cadence", "hourly"},
                                                 {"recipient_email", "not-an-address"},
                                                 {"cc_emails", "cfo@clinic.example, nobody"}}));
  ASSERT_EQ(r.status, 422) << r.Describe();
  std::set<std::string> fields;
  const json::value problem = r.Json();
  for (const auto& e : problem.at("errors").as_array()) fields.insert(StringAt(e, "field"));
  EXPECT_EQ(fields, (std::set<std::string>{"cadence", "recipient_email"}));
  // A copy that is no address is named with it; eleven copies are one too many, and the problem
  // says what to do instead.
  HttpResult copy = As("manager", "POST", "/api/v1/summary-subscriptions",
                       json::serialize(json::object{{"name", "Daily"},
                                                    {"cadence", "daily"},
                                                    {"recipient_email", "gm@clinic.example"},
                                                    {"cc_emails", "cfo@clinic.example, nobody"}}));
  ASSERT_EQ(copy.status, 422) << copy.Describe();
  EXPECT_EQ(StringAt(copy.Json(), "field"), "cc_emails");
  EXPECT_NE(copy.body.find("nobody"), std::string::npos) << copy.body;
  // Eleven copies are one too many, and the problem says what to do instead.
  std::string eleven;
  for (int i = 1; i <= 11; ++i) eleven += "reader" + std::to_string(i) + "@clinic.example,";
  HttpResult many = As("manager", "POST", "/api/v1/summary-subscriptions",
                       json::serialize(json::object{{"name", "Daily"},
                                                    {"cadence", "daily"},
                                                    {"recipient_email", "gm@clinic.example"},
                                                    {"cc_emails", eleven}}));
  ASSERT_EQ(many.status, 422) << many.Describe();
  EXPECT_EQ(StringAt(many.Json(), "field"), "cc_emails");
  EXPECT_NE(many.body.find("list address"), std::string::npos) << many.body;
  // Personal: nobody sets one up for someone else, not even their manager.
  HttpResult other = As("manager", "POST", "/api/v1/summary-subscriptions",
                        json::serialize(json::object{{"name", "Daily"},
                                                     {"cadence", "daily"},
                                                     {"recipient_email", "gm@clinic.example"},
                                                     {"owner_id", UserId("rep_a")}}));
  ASSERT_EQ(other.status, 422) << other.Describe();
  EXPECT_EQ(StringAt(other.Json(), "field"), "owner_id");
  EXPECT_EQ(Get("manager", "/api/v1/summary-subscriptions").at("items").as_array().size(), 0u);
}

SD_INSTANTIATE_API_TEST(SummariesTest);

}  // namespace
}  // namespace salesdesk::api_test
