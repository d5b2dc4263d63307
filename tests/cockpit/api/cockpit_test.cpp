// The director's cockpit through the API, on both engines: a small hand-made month (April 2026,
// read on Wednesday 15 April) whose figures are computed by hand below; a manager sees only the
// team they lead, a rep only themself; finance is refused (decision 0046); bad parameters are
// problems naming the parameter.
//
// The data (all EUR, the company currency, so no conversion):
//   plans (equal profile, revenue): rep_a 1,200,000 → April 100,000; rep_b 2,400,000 → 200,000;
//     rep_c 1,200,000 → 100,000. Visits plan rep_a 120 → April 10.
//   invoices: rep_a 2026-02-10 10,000 (due 2026-03-01), rep_a 2026-04-10 30,000 (due 2026-05-10;
//     one line 3 × 125.00 = 37,500 list, net 30,000), rep_b 2026-04-14 50,000 (due 2026-04-14;
//     5 × 100.00 = 50,000 list and net), rep_c 2026-04-13 90,000 (due 2026-04-30; list = net).
//   deals: rep_a 1,000.00 prospect (pipeline) and 2,000.00 negotiation (commit), 4,000.00 won;
//     rep_b 3,000.00 won and 1,000.00 lost; rep_c 5,000.00 lost (all closed 2026-04-15).
#include "api/api_test_server.h"
#include "app/records/record_fields.h"
#include "core/time/timestamp.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;

class CockpitTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    clock().Set(*core::ParseTimestamp("2026-04-15T09:00:00Z"));
    // The seeded tokens date from the fixture's 2024 clock and have expired by now.
    for (const char* key : {"director", "manager", "rep_a", "rep_b", "rep_c", "finance"}) {
      tokens_[key] = NewToken(key);
    }
    Data();
  }
  HttpResult As(const std::string& user, std::string_view method, std::string_view target,
                std::string_view body = {}, Headers headers = {}) const {
    headers.emplace_back("Authorization", "Bearer " + tokens_.at(user));
    return Call("", method, target, body, std::move(headers));
  }
  std::int64_t Make(const std::string& user, const std::string& entity, const json::object& body) {
    HttpResult r = As(user, "POST", "/api/v1/" + entity, json::serialize(body));
    EXPECT_EQ(r.status, 201) << entity << ": " << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  std::int64_t Insert(std::string_view entity, const Record& r) {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    auto inserted = (*uow)->Insert(Spec(entity), r, 1);
    EXPECT_TRUE(inserted.ok());
    EXPECT_TRUE((*uow)->Commit().ok());
    return inserted.ok() ? app::RecordId(*inserted) : 0;
  }
  void Plan(const std::string& owner, json::object fields) {
    json::object body{{"owner_id", UserId(owner)},
                      {"subject_kind", "rep"},
                      {"fiscal_year", 2026},
                      {"profile_kind", "equal"}};
    for (const auto& [k, v] : fields) body[k] = v;
    const std::int64_t id = Make("director", "target-plans", body);
    HttpResult r =
        As("director", "POST", "/api/v1/target-plans/" + std::to_string(id) + "/activate", "",
           {{"If-Match", ETagOf("target-plans", id)}});
    ASSERT_EQ(r.status, 200) << r.Describe();
  }
  // A posted invoice with one line (quantity in thousandths, unit price in millionths of a euro)
  // and one instalment, stored as the billing services store them.
  void Invoice(const std::string& owner, const std::string& on, const std::string& due,
               std::int64_t quantity, std::int64_t unit_price, std::int64_t net,
               const std::string& currency = "EUR") {
    const std::int64_t account = AccountOf(owner).id;
    const std::string n = std::to_string(++documents_);
    const std::int64_t order = Insert("sales-orders", {{"number", "SO-CK-" + n},
                                                       {"account_id", account},
                                                       {"currency", currency},
                                                       {"status", std::string("confirmed")},
                                                       {"ordered_on", on},
                                                       {"untaxed", MoneyValue{net, currency}},
                                                       {"owner_id", UserId(owner)}});
    const std::int64_t invoice = Insert("invoices", {{"number", "INV-CK-" + n},
                                                     {"sales_order_id", order},
                                                     {"account_id", account},
                                                     {"currency", currency},
                                                     {"status", std::string("posted")},
                                                     {"invoice_date", on},
                                                     {"untaxed", MoneyValue{net, currency}},
                                                     {"tax", MoneyValue{0, "EUR"}},
                                                     {"total", MoneyValue{net, currency}},
                                                     {"rate", std::int64_t{100'000'000}},
                                                     {"owner_id", UserId(owner)}});
    Insert("invoice-lines", {{"invoice_id", invoice},
                             {"position", std::int64_t{1}},
                             {"product_id", product_id()},
                             {"quantity", quantity},
                             {"unit", std::string("pc")},
                             {"unit_price", unit_price},
                             {"tax_rate_pct", std::int64_t{0}},
                             {"net", MoneyValue{net, currency}}});
    Insert("invoice-instalments", {{"invoice_id", invoice},
                                   {"position", std::int64_t{1}},
                                   {"due_on", due},
                                   {"amount", MoneyValue{net, currency}}});
  }
  void Deal(const std::string& owner, const char* amount, std::int64_t stage,
            json::object close = {}) {
    const std::int64_t id = Make(owner, "opportunities",
                                 {{"title", "Monitors for " + owner},
                                  {"account_id", AccountOf(owner).id},
                                  {"amount", {{"amount", amount}, {"currency", "EUR"}}},
                                  {"expected_close", "2026-06-30"},
                                  {"pipeline_id", pipeline_},
                                  {"stage_id", stage}});
    if (close.empty()) return;
    HttpResult r = As(owner, "PATCH", "/api/v1/opportunities/" + std::to_string(id),
                      json::serialize(close), {{"If-Match", ETagOf("opportunities", id)}});
    ASSERT_EQ(r.status, 200) << r.Describe();
  }
  std::int64_t Stage(int position, const char* category, const char* flag = nullptr) {
    json::object body{{"pipeline_id", pipeline_},
                      {"position", position},
                      {"name", category},
                      {"probability", position * 20},
                      {"forecast_category", category}};
    if (flag != nullptr) body[flag] = true;
    return Make("director", "pipeline-stages", body);
  }
  void Data() {
    Plan("rep_a", {{"measure", "revenue"}, {"currency", "EUR"}, {"annual_total", 1'200'000}});
    Plan("rep_b", {{"measure", "revenue"}, {"currency", "EUR"}, {"annual_total", 2'400'000}});
    Plan("rep_c", {{"measure", "revenue"}, {"currency", "EUR"}, {"annual_total", 1'200'000}});
    Plan("rep_a", {{"measure", "visits"}, {"annual_total", 120}});
    Invoice("rep_a", "2026-02-10", "2026-03-01", 1'000, 100'000'000, 10'000);
    Invoice("rep_a", "2026-04-10", "2026-05-10", 3'000, 125'000'000, 30'000);
    Invoice("rep_b", "2026-04-14", "2026-04-14", 5'000, 100'000'000, 50'000);
    Invoice("rep_c", "2026-04-13", "2026-04-30", 1'000, 900'000'000, 90'000);
    HttpResult visit = As("rep_a", "POST", "/api/v1/activities",
                          json::serialize(json::object{{"kind", "visit"},
                                                       {"subject", "Visit"},
                                                       {"status", "done"},
                                                       {"done_at", "2026-04-14T10:00:00Z"},
                                                       {"check_in_at", "2026-04-14T10:00:00Z"},
                                                       {"account_id", AccountOf("rep_a").id}}));
    ASSERT_EQ(visit.status, 201) << visit.Describe();
    pipeline_ = Make("director", "pipelines", {{"name", "Hospitals"}});
    const std::int64_t prospect = Stage(1, "pipeline"), commit = Stage(2, "commit");
    const std::int64_t won = Stage(3, "closed", "won"), lost = Stage(4, "omitted", "lost");
    const json::object to_won{{"stage_id", won}};
    const json::object to_lost{{"stage_id", lost}, {"lost_reason", "price"}};
    Deal("rep_a", "1000", prospect);
    Deal("rep_a", "2000", commit);
    Deal("rep_a", "4000", prospect, to_won);
    Deal("rep_b", "3000", prospect, to_won);
    Deal("rep_b", "1000", prospect, to_lost);
    Deal("rep_c", "5000", prospect, to_lost);
  }
  json::value Cockpit(const std::string& user, const std::string& query = "period=2026-04") {
    HttpResult r = As(user, "GET", "/api/v1/cockpit?" + query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json() : json::value(json::object{});
  }
  static std::vector<std::string> Names(const json::value& v) {
    std::vector<std::string> out;
    for (const auto& p : v.at("people").as_array()) out.push_back(StringAt(p, "name"));
    std::sort(out.begin(), out.end());
    return out;
  }
  static const json::value& Person(const json::value& list, std::int64_t id) {
    for (const auto& p : list.as_array()) {
      if (IntAt(p, "user_id") == id) return p;
    }
    ADD_FAILURE() << "no person " << id << " in " << json::serialize(list);
    static const json::value kNone = json::object{};
    return kNone;
  }
  std::int64_t pipeline_ = 0;
  int documents_ = 0;
  std::map<std::string, std::string> tokens_;
};

TEST_P(CockpitTest, AManagerSeesTheTeamsAttainmentPaceAndActivity) {
  const json::value v = Cockpit("manager");
  EXPECT_EQ(StringAt(v, "as_of"), "2026-04-15");  // the current month: today
  const json::value& team = v.at("attainment").at("team").as_array().at(0);
  EXPECT_EQ(StringAt(team, "measure"), "revenue");
  EXPECT_EQ(IntAt(team, "people"), 2);  // rep_a, rep_b: rep_c leads to another manager
  const json::value& month = team.at("periods").at("month");
  // Targets 100,000 + 200,000; actuals 30,000 + 50,000; 80,000 / 300,000 = 2,666.67 → 2,667 bp.
  EXPECT_EQ(IntAt(month, "target"), 300'000);
  EXPECT_EQ(IntAt(month, "actual"), 80'000);
  EXPECT_EQ(IntAt(month, "attainment_bp"), 2'667);
  // The team's records: what the manager sees, without an owner filter.
  EXPECT_EQ(StringAt(team, "drill"),
            "/invoices?status=posted&invoice_date__gte=2026-04-01&invoice_date__lte=2026-04-15");
  // Year to date adds rep_a's February 10,000: actual 90,000.
  EXPECT_EQ(IntAt(team.at("periods").at("year_to_date"), "actual"), 90'000);
  const json::value& a = Person(v.at("attainment").at("people"), UserId("rep_a"));
  const json::value& plan = a.at("plans").as_array().at(0);
  EXPECT_EQ(IntAt(plan.at("periods").at("month"), "attainment_bp"), 3'000);  // 30,000 / 100,000
  // The team's pace per day is the sum of its people's.
  const json::value& b = Person(v.at("attainment").at("people"), UserId("rep_b"));
  EXPECT_EQ(IntAt(team.at("pace"), "month_per_day"),
            IntAt(plan.at("pace").at("month"), "per_day") +
                IntAt(b.at("plans").as_array().at(0).at("pace").at("month"), "per_day"));
  EXPECT_EQ(StringAt(plan, "drill"),
            "/invoices?owner_id=" + std::to_string(UserId("rep_a")) +
                "&status=posted&invoice_date__gte=2026-04-01&invoice_date__lte=2026-04-15");
  // Visits: April's 10 of 120, one done → 1,000 bp.
  const json::value& visits = v.at("activity").at("team").as_array().at(0);
  EXPECT_EQ(StringAt(visits, "measure"), "visits");
  EXPECT_EQ(IntAt(visits.at("periods").at("month"), "target"), 10);
  EXPECT_EQ(IntAt(visits.at("periods").at("month"), "actual"), 1);
  EXPECT_EQ(IntAt(visits.at("periods").at("month"), "attainment_bp"), 1'000);
}

TEST_P(CockpitTest, PipelineWinRateReceivablesLeakageAndCustomersForTheTeam) {
  const json::value v = Cockpit("manager");
  const json::value& pipeline = v.at("pipeline");
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> by;
  for (const auto& c : pipeline.at("by_category").as_array()) {
    by[StringAt(c, "category")] = {IntAt(c, "count"), IntAt(c, "amount")};
  }
  EXPECT_EQ(by["pipeline"], std::make_pair(std::int64_t{1}, std::int64_t{100'000}));
  EXPECT_EQ(by["commit"], std::make_pair(std::int64_t{1}, std::int64_t{200'000}));
  EXPECT_EQ(by["best_case"], std::make_pair(std::int64_t{0}, std::int64_t{0}));
  // Won 4,000 + 3,000 (2 deals), lost 1,000 (1): 2/3 → 6,667 bp; 700,000 / 800,000 → 8,750 bp.
  const json::value& win = pipeline.at("win_rate");
  EXPECT_EQ(IntAt(win.at("won"), "count"), 2);
  EXPECT_EQ(IntAt(win.at("won"), "amount"), 700'000);
  EXPECT_EQ(IntAt(win.at("lost"), "count"), 1);
  EXPECT_EQ(IntAt(win, "count_bp"), 6'667);
  EXPECT_EQ(IntAt(win, "amount_bp"), 8'750);
  EXPECT_EQ(StringAt(win, "from"), "2026-01-16");  // 90 days ending 15 April

  // Ageing on 15 April: rep_a 30,000 not due, 10,000 45 days late (31–60); rep_b 50,000 one
  // day late (1–30). Open 90,000, overdue 60,000.
  const json::value& owed = v.at("receivables").at("by_currency").as_array().at(0);
  EXPECT_EQ(StringAt(owed, "currency"), "EUR");
  EXPECT_EQ(IntAt(owed, "not_due"), 30'000);
  EXPECT_EQ(IntAt(owed, "days_1_30"), 50'000);
  EXPECT_EQ(IntAt(owed, "days_31_60"), 10'000);
  EXPECT_EQ(IntAt(owed, "open"), 90'000);
  EXPECT_EQ(IntAt(owed, "overdue"), 60'000);
  const json::value& a_owes = Person(v.at("receivables").at("people"), UserId("rep_a"));
  EXPECT_EQ(IntAt(a_owes.at("by_currency").as_array().at(0), "overdue"), 10'000);

  // April's invoices: list 3 × 125.00 + 5 × 100.00 = 87,500; net 80,000; given 7,500;
  // 7,500 / 87,500 = 857.14 → 857 bp. rep_a alone: 7,500 / 37,500 = 2,000 bp.
  const json::value& leak = v.at("discount_leakage");
  EXPECT_EQ(IntAt(leak, "invoices"), 2);
  EXPECT_EQ(IntAt(leak, "list"), 87'500);
  EXPECT_EQ(IntAt(leak, "net"), 80'000);
  EXPECT_EQ(IntAt(leak, "given"), 7'500);
  EXPECT_EQ(IntAt(leak, "given_bp"), 857);
  EXPECT_EQ(IntAt(Person(leak.at("people"), UserId("rep_a")), "given_bp"), 2'000);

  // New customers: rep_b's account first ordered on 14 April; rep_a's in February. None lost.
  const json::value& customers = v.at("customers");
  EXPECT_EQ(IntAt(Person(customers.at("people"), UserId("rep_b")), "new"), 1);
  EXPECT_EQ(IntAt(Person(customers.at("people"), UserId("rep_a")), "new"), 0);
  EXPECT_EQ(IntAt(customers, "lost"), 0);
  EXPECT_EQ(StringAt(v.at("absent").as_array().at(0), "reason"), "not_built");
}

TEST_P(CockpitTest, TheDirectorSeesEveryoneAManagerTheTeamARepThemself) {
  const json::value director = Cockpit("director");
  const json::value& win = director.at("pipeline").at("win_rate");
  // With rep_c: won 700,000 (2), lost 100,000 + 500,000 (2): 5,000 bp; 7 / 13 → 5,385 bp.
  EXPECT_EQ(IntAt(win, "count_bp"), 5'000);
  EXPECT_EQ(IntAt(win, "amount_bp"), 5'385);
  const json::value& month =
      director.at("attainment").at("team").as_array().at(0).at("periods").at("month");
  EXPECT_EQ(IntAt(month, "actual"), 170'000);  // 80,000 + rep_c's 90,000
  EXPECT_EQ(IntAt(month, "target"), 400'000);

  const json::value manager = Cockpit("manager");
  const std::vector<std::string> team = Names(manager);
  for (const auto& p : manager.at("people").as_array()) {
    EXPECT_NE(IntAt(p, "user_id"), UserId("rep_c")) << "rep_c leads to manager2";
  }
  EXPECT_GE(team.size(), 2u);

  for (const std::string scope : {"team", "me"}) {
    const json::value rep = Cockpit("rep_a", "period=2026-04&scope=" + scope);
    ASSERT_EQ(rep.at("people").as_array().size(), 1u) << scope;
    EXPECT_EQ(IntAt(rep.at("people").as_array().at(0), "user_id"), UserId("rep_a"));
    // Only rep_a's deal won, none lost: 10,000 bp; only rep_a's invoices.
    EXPECT_EQ(IntAt(rep.at("pipeline").at("win_rate"), "count_bp"), 10'000);
    EXPECT_EQ(IntAt(rep.at("discount_leakage"), "list"), 37'500);
    EXPECT_EQ(IntAt(rep.at("receivables").at("by_currency").as_array().at(0), "open"), 40'000);
    // With scope me the drill-downs name the owner; with team the list's visibility does.
    EXPECT_EQ(StringAt(rep.at("customers"), "drill_lost"),
              scope == "me"
                  ? "/accounts?owner_id=" + std::to_string(UserId("rep_a")) + "&lifecycle=lost"
                  : std::string("/accounts?lifecycle=lost"));
  }
  // A leader's own figures: a manager has no plans and no deals.
  const json::value own = Cockpit("manager", "period=2026-04&scope=me");
  EXPECT_EQ(IntAt(own.at("pipeline").at("win_rate").at("won"), "count"), 0);
  EXPECT_TRUE(own.at("pipeline").at("win_rate").at("count_bp").is_null());
}

TEST_P(CockpitTest, AClosedMonthIsReadOnItsLastDayAndBadParametersAreNamed) {
  const json::value march = Cockpit("manager", "period=2026-03");
  EXPECT_EQ(StringAt(march, "as_of"), "2026-03-31");
  // On 31 March only rep_a's February invoice was posted: due 1 March, 30 days late.
  const json::value& owed = march.at("receivables").at("by_currency").as_array().at(0);
  EXPECT_EQ(IntAt(owed, "days_1_30"), 10'000);
  EXPECT_EQ(IntAt(owed, "open"), 10'000);

  auto problem = [&](const std::string& query, const char* field, const char* code) {
    HttpResult r = As("manager", "GET", "/api/v1/cockpit?" + query);
    EXPECT_EQ(r.status, 422) << query << ": " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  };
  problem("period=2026-05", "period", "cockpit.period_future");
  problem("period=April", "period", "appraisal.month_format");
  problem("scope=everyone", "scope", "cockpit.scope");
  problem("user_id=3", "user_id", "cockpit.param");
  // Finance reads receivables in billing's own screens, not people's attainment (decision 0046).
  EXPECT_EQ(As("finance", "GET", "/api/v1/cockpit").status, 403);
}

// The performance matrix, January to June 2026 read on 15 April (months to come have targets
// but no attainment). Equal plans: rep_a 100,000 a month, rep_b 200,000, rep_c 100,000.
TEST_P(CockpitTest, TheMatrixGivesEachPersonsMonthsAgainstTargetsAndTheTeamLine) {
  HttpResult r = As("manager", "GET", "/api/v1/cockpit/matrix?from=2026-01&to=2026-06");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value v = r.Json();
  EXPECT_EQ(StringAt(v, "unit"), "EUR");
  std::vector<std::string> states;
  for (const auto& m : v.at("months").as_array()) states.push_back(StringAt(m, "state"));
  EXPECT_EQ(states, (std::vector<std::string>{"closed", "closed", "closed", "current", "to_come",
                                              "to_come"}));
  auto cell = [](const json::value& line, std::size_t i) -> const json::value& {
    return line.at("cells").as_array().at(i);
  };
  // rep_a: February 10,000 of 100,000 → 1,000 bp; April 30,000 → 3,000 bp; May: no attainment.
  const json::value& a = Person(v.at("people"), UserId("rep_a"));
  EXPECT_EQ(IntAt(cell(a, 1), "actual"), 10'000);
  EXPECT_EQ(IntAt(cell(a, 1), "attainment_bp"), 1'000);
  EXPECT_EQ(IntAt(cell(a, 2), "attainment_bp"), 0);
  EXPECT_EQ(IntAt(cell(a, 3), "attainment_bp"), 3'000);
  EXPECT_EQ(IntAt(cell(a, 4), "target"), 100'000);
  EXPECT_TRUE(cell(a, 4).at("attainment_bp").is_null());
  // Total: 40,000 of the 400,000 of January to April → 1,000 bp; 600,000 in all.
  EXPECT_EQ(IntAt(a.at("total"), "actual"), 40'000);
  EXPECT_EQ(IntAt(a.at("total"), "target"), 600'000);
  EXPECT_EQ(IntAt(a.at("total"), "target_to_date"), 400'000);
  EXPECT_EQ(IntAt(a.at("total"), "attainment_bp"), 1'000);
  // The manager leads rep_a and rep_b and has no plan: zeros, no target.
  const json::value& self = Person(v.at("people"), UserId("manager"));
  EXPECT_TRUE(cell(self, 3).at("target").is_null());
  EXPECT_TRUE(self.at("total").at("attainment_bp").is_null());
  for (const auto& p : v.at("people").as_array()) EXPECT_NE(IntAt(p, "user_id"), UserId("rep_c"));
  // Team April: 80,000 of 300,000 → 2,667 bp; February 10,000 of 300,000 → 333 bp. Total
  // 90,000 of 1,200,000 to date → 750 bp.
  const json::value& team = v.at("team");
  EXPECT_EQ(IntAt(cell(team, 3), "actual"), 80'000);
  EXPECT_EQ(IntAt(cell(team, 3), "target"), 300'000);
  EXPECT_EQ(IntAt(cell(team, 3), "attainment_bp"), 2'667);
  EXPECT_EQ(IntAt(cell(team, 1), "attainment_bp"), 333);
  EXPECT_EQ(IntAt(team.at("total"), "actual"), 90'000);
  EXPECT_EQ(IntAt(team.at("total"), "target_to_date"), 1'200'000);
  EXPECT_EQ(IntAt(team.at("total"), "attainment_bp"), 750);
  EXPECT_TRUE(v.at("other_currencies").as_array().empty());

  // The director's team line adds rep_c's 90,000 and 100,000: 170,000 of 400,000 → 4,250 bp.
  HttpResult d = As("director", "GET", "/api/v1/cockpit/matrix?from=2026-04&to=2026-04");
  ASSERT_EQ(d.status, 200) << d.Describe();
  const json::value everyone = d.Json();
  EXPECT_EQ(IntAt(cell(everyone.at("team"), 0), "attainment_bp"), 4'250);
  // A rep reads their own line only; visits count: one done of April's 10 → 1,000 bp.
  HttpResult rep =
      As("rep_a", "GET", "/api/v1/cockpit/matrix?measure=visits&from=2026-04&to=2026-04");
  ASSERT_EQ(rep.status, 200) << rep.Describe();
  const json::value own = rep.Json();
  ASSERT_EQ(own.at("people").as_array().size(), 1u);
  const json::value& mine = own.at("people").as_array().at(0);
  EXPECT_EQ(IntAt(mine, "user_id"), UserId("rep_a"));
  EXPECT_EQ(StringAt(own, "unit"), "count");
  EXPECT_EQ(IntAt(cell(mine, 0), "actual"), 1);
  EXPECT_EQ(IntAt(cell(mine, 0), "attainment_bp"), 1'000);
}

TEST_P(CockpitTest, TheMatrixNamesOtherCurrenciesAndItsBadParameters) {
  // A posted USD invoice of rep_b in March: left out of the EUR matrix and named.
  Invoice("rep_b", "2026-03-05", "2026-04-05", 1'000, 250'000'000, 25'000, "USD");
  HttpResult r = As("manager", "GET", "/api/v1/cockpit/matrix?from=2026-03&to=2026-03");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value eur = r.Json();
  EXPECT_EQ(json::serialize(eur.at("other_currencies")), R"(["USD"])");
  EXPECT_EQ(IntAt(eur.at("team").at("cells").as_array().at(0), "actual"), 0);
  HttpResult usd =
      As("manager", "GET", "/api/v1/cockpit/matrix?from=2026-02&to=2026-03&currency=USD");
  ASSERT_EQ(usd.status, 200) << usd.Describe();
  const json::value in_usd = usd.Json();
  // In USD: March 25,000; February's EUR invoice of rep_a is the one left out.
  EXPECT_EQ(IntAt(in_usd.at("team").at("cells").as_array().at(1), "actual"), 25'000);
  EXPECT_EQ(json::serialize(in_usd.at("other_currencies")), R"(["EUR"])");

  auto problem = [&](const std::string& query, const char* field, const char* code) {
    HttpResult p = As("manager", "GET", "/api/v1/cockpit/matrix?" + query);
    EXPECT_EQ(p.status, 422) << query << ": " << p.Describe();
    EXPECT_EQ(StringAt(p.Json(), "field"), field) << p.body;
    EXPECT_EQ(StringAt(p.Json(), "code"), code) << p.body;
  };
  problem("from=2026-05&to=2026-04", "from", "cockpit.matrix_order");
  problem("from=2023-01&to=2026-01", "to", "cockpit.matrix_span");  // 37 months
  problem("measure=margin", "measure", "cockpit.matrix_measure");
  problem("measure=visits&currency=EUR", "currency", "cockpit.matrix_currency");
  problem("to=2026-13", "to", "appraisal.month_format");
  problem("scope=me", "scope", "cockpit.matrix_param");
  EXPECT_EQ(As("manager", "GET", "/api/v1/cockpit/matrix?from=2023-02&to=2026-01").status, 200);
  EXPECT_EQ(As("finance", "GET", "/api/v1/cockpit/matrix").status, 403);
}

SD_INSTANTIATE_API_TEST(CockpitTest);

}  // namespace
}  // namespace salesdesk::api_test
