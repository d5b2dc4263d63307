// The monthly appraisal through the API, on both databases: rep_a's November 2026 scorecard
// computed live from invoices, orders and activities with figures worked out by hand (RULES
// B-R2 to B-R7), then the card opened, rated, signed (frozen: a later invoice changes nothing)
// and acknowledged, with who may do what.
#include "api/api_test_server.h"
#include "app/records/entity_spec.h"
#include "core/time/timestamp.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;

class AppraisalTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (HasFatalFailure()) return;
    clock().Set(*core::ParseTimestamp("2026-12-10T09:00:00Z"));
    // The seeded tokens date from the fixture's 2024 clock and have expired by now.
    for (const char* key :
         {"director", "senior", "manager", "rep_a", "rep_b", "rep_c", "finance"}) {
      tokens_[key] = NewToken(key);
    }
  }
  // One request as `user`, with a token issued at the scenario's clock.
  HttpResult As(const std::string& user, std::string_view method, std::string_view target,
                std::string_view body = {}, Headers headers = {}) const {
    headers.emplace_back("Authorization", "Bearer " + tokens_.at(user));
    return Call("", method, target, body, std::move(headers));
  }
  std::int64_t Insert(std::string_view entity, const Record& r) {
    auto uow = api().store().Write();
    EXPECT_TRUE(uow.ok());
    auto inserted = (*uow)->Insert(Spec(entity), r, 1);
    EXPECT_TRUE(inserted.ok());
    EXPECT_TRUE((*uow)->Commit().ok());
    return inserted.ok() ? app::RecordId(*inserted) : 0;
  }
  std::int64_t Order(std::int64_t account, const std::string& owner, const std::string& on,
                     const std::string& status = "confirmed") {
    return Insert("sales-orders", {{"number", "SO-A-" + std::to_string(++n_)},
                                   {"account_id", account},
                                   {"currency", std::string("EUR")},
                                   {"status", status},
                                   {"ordered_on", on},
                                   {"untaxed", MoneyValue{10000, "EUR"}},
                                   {"owner_id", UserId(owner)}});
  }
  // A posted invoice of `untaxed` minor units at `rate` (8 decimals) to EUR.
  std::int64_t Invoice(std::int64_t account, const std::string& owner, const std::string& on,
                       std::int64_t untaxed, const std::string& currency = "EUR",
                       std::int64_t rate = 100'000'000) {
    const std::int64_t order = Order(account, owner, "2020-01-01", "cancelled");
    return Insert("invoices", {{"number", "INV-A-" + std::to_string(++n_)},
                               {"sales_order_id", order},
                               {"account_id", account},
                               {"currency", currency},
                               {"status", std::string("posted")},
                               {"invoice_date", on},
                               {"untaxed", MoneyValue{untaxed, currency}},
                               {"rate", rate},
                               {"posted_at", clock().Now().micros_since_epoch()},
                               {"owner_id", UserId(owner)}});
  }
  // A posted credit note of `untaxed` (minor units, the invoice's currency) against `invoice`.
  void CreditNote(std::int64_t invoice, const std::string& on, std::int64_t untaxed,
                  const std::string& currency = "EUR") {
    Insert("credit-notes", {{"number", "CN-A-" + std::to_string(++n_)},
                            {"invoice_id", invoice},
                            {"account_id", AccountOf("rep_a").id},
                            {"currency", currency},
                            {"status", std::string("posted")},
                            {"credit_date", on},
                            {"untaxed", MoneyValue{untaxed, currency}},
                            {"posted_at", clock().Now().micros_since_epoch()},
                            {"owner_id", UserId("rep_a")}});
  }
  void Activity(const std::string& owner, const json::object& body) {
    HttpResult r = As(owner, "POST", "/api/v1/activities", json::serialize(body));
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  void Visit(std::int64_t account, const std::string& at, const std::string& status = "done") {
    json::object body{{"kind", "visit"},
                      {"subject", "Visit"},
                      {"status", status},
                      {"account_id", account},
                      {"planned_at", at}};
    if (status == "done") {
      body["done_at"] = at;
      body["check_in_at"] = at;
    }
    Activity("rep_a", body);
  }
  void PhoneCall(const std::string& at, const std::string& direction, const std::string& outcome) {
    Activity("rep_a", {{"kind", "call"},
                       {"subject", "Call"},
                       {"status", "done"},
                       {"done_at", at},
                       {"direction", direction},
                       {"outcome", outcome}});
  }
  HttpResult Scorecard(const std::string& user, const std::string& of,
                       const std::string& month = "2026-11") {
    return As(
        user, "GET",
        "/api/v1/appraisals/scorecard?user_id=" + std::to_string(UserId(of)) + "&month=" + month);
  }
  // rep_a's November 2026, as the scenario below describes it.
  void PlantNovember() {
    const std::int64_t x = AccountOf("rep_a").id;  // first ever order on 3 Nov: new
    std::int64_t y = 0;                            // a customer since May
    for (const auto& a : accounts()) {
      if (a.owner == "rep_a" && a.id != x) y = a.id;
    }
    z_ = SysCreate("accounts", {{"kind", "company"},
                                {"name", "Monthly buyer rep_a"},
                                {"country", "ES"},
                                {"currency", "EUR"},
                                {"owner_id", UserId("rep_a")},
                                {"lifecycle", "active"}});
    Order(x, "rep_a", "2026-11-03");
    Order(x, "rep_a", "2026-11-30");  // Monday of December's first order week
    Order(y, "rep_a", "2026-05-10");
    Order(y, "rep_a", "2026-11-01");  // Sunday of October's last order week
    Order(y, "rep_a", "2026-11-12");
    Order(y, "rep_a", "2026-11-20", "cancelled");
    Order(AccountOf("rep_b").id, "rep_b", "2026-11-05");
    // Z ordered every 30 days until 4 Aug: lost on 4 Aug + 91 = 3 Nov.
    for (const char* on : {"2026-05-06", "2026-06-05", "2026-07-05", "2026-08-04"}) {
      Order(z_, "rep_a", on);
    }
    Invoice(x, "rep_a", "2026-11-15", 100000);                     // 1,000.00 EUR
    Invoice(y, "rep_a", "2026-11-28", 10000, "USD", 92'000'000);   // 100.00 USD × 0.92
    Invoice(y, "rep_a", "2026-12-01", 50000);                      // December
    Invoice(AccountOf("rep_b").id, "rep_b", "2026-11-15", 70000);  // rep_b's
    Invoice(y, "rep_a", "2025-11-20", 80000);                      // last year: 800.00
    Visit(y, "2026-11-05T10:00:00+01:00");                         // Y had ordered in May: counts
    Visit(x, "2026-11-02T10:00:00+01:00");  // before X's first order: does not
    Visit(x, "2026-11-04T10:00:00+01:00");  // the day after it: counts
    Visit(y, "2026-11-06T10:00:00+01:00", "planned");
    PhoneCall("2026-11-09T09:00:00+01:00", "outbound", "reached");
    PhoneCall("2026-11-10T09:00:00+01:00", "outbound", "reached");
    // Business days are Madrid's (the settings' time zone): 31 Oct 23:30 UTC is 1 Nov there,
    // 30 Nov 23:30 UTC is 1 Dec.
    PhoneCall("2026-11-01T00:30:00+01:00", "outbound", "reached");
    PhoneCall("2026-12-01T00:30:00+01:00", "outbound", "reached");
    PhoneCall("2026-11-11T09:00:00+01:00", "inbound", "reached");
    PhoneCall("2026-11-12T09:00:00+01:00", "outbound", "no_answer");
    // Daily reports (row 10), each written at its own instant: due by noon (Madrid) next day.
    struct Report {
      const char* day;
      const char* submitted;
    };
    for (const Report& d : {Report{"2026-11-02", "2026-11-02T17:00:00Z"},     // on time
                            Report{"2026-11-03", "2026-11-04T10:00:00Z"},     // 11:00: on time
                            Report{"2026-11-04", "2026-11-05T12:30:00Z"},     // 13:30: late
                            Report{"2026-11-06", "2026-11-07T10:00:00Z"},     // on time
                            Report{"2026-11-08", "2026-11-08T17:00:00Z"}}) {  // a Sunday
      clock().Set(*core::ParseTimestamp(d.submitted));
      HttpResult r =
          As("rep_a", "POST", "/api/v1/daily-reports",
             json::serialize(json::object{{"report_date", d.day}, {"status", "submitted"}}));
      EXPECT_EQ(r.status, 201) << r.Describe();
    }
    clock().Set(*core::ParseTimestamp("2026-12-10T09:00:00Z"));
  }
  static json::object Row(const json::value& card, const std::string& item) {
    for (const auto& r : card.at("figures").at("rows").as_array()) {
      if (r.at("item").as_string() == item) return r.as_object();
    }
    ADD_FAILURE() << "no row " << item;
    return {};
  }
  int n_ = 0;
  std::int64_t z_ = 0;
  std::map<std::string, std::string> tokens_;
};

TEST_P(AppraisalTest, TheLiveScorecardCountsTheRepsWork) {
  PlantNovember();
  HttpResult r = Scorecard("manager", "rep_a");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value card = r.Json();
  EXPECT_FALSE(card.at("frozen").as_bool());
  EXPECT_TRUE(card.at("card").is_null());
  const json::value& f = card.at("figures");
  // Rows 1-2: rep_a has no target plan; sales 1,000.00 + 100.00 USD × 0.92 = 1,092.00 EUR.
  EXPECT_TRUE(f.at("planned_target").is_null());
  EXPECT_EQ(f.at("actual_sales").at("amount").as_string(), "1092.00");
  EXPECT_EQ(f.at("last_year_sales").at("amount").as_string(), "800.00");
  EXPECT_TRUE(f.at("late_adjustment").is_null());  // October's card is not signed
  // g = (1,092 − 800) / 800 = 36.5 %.
  EXPECT_EQ(f.at("growth_bp").as_int64(), 3650);
  EXPECT_EQ(f.at("weeks").at("from").as_string(), "2026-11-02");
  EXPECT_EQ(f.at("weeks").at("to").as_string(), "2026-11-29");
  EXPECT_EQ(f.at("weeks").at("count").as_int64(), 4);
  auto expect = [&](const char* item, json::value actual, json::value target,
                    json::value attainment) {
    const json::object row = Row(card, item);
    EXPECT_EQ(row.at("actual"), actual) << item;
    EXPECT_EQ(row.at("target"), target) << item;
    EXPECT_EQ(row.at("attainment_bp"), attainment) << item;
  };
  expect("sales_attainment", 109200, nullptr, nullptr);  // n/a: no target
  EXPECT_EQ(Row(card, "sales_attainment").at("not_applicable").as_string(), "no_target");
  expect("new_customers", 1, 2, 5000);              // X; Y ordered in May
  expect("existing_customer_visits", 2, 12, 1667);  // 2 / 12 = 16.67 %
  expect("outbound_calls", 3, 40, 750);             // 3 / 40
  expect("weekly_orders", 2, 12, 1667);             // 3, 12 Nov of 2 Nov-29 Nov; 3 a week × 4
  // a = 1,092 / (800 × 1.1) = 124.09 % → the 120 % cap.
  expect("growth", 3650, 1000, 12000);
  expect("customers_lost", 1, 1, 10000);  // Z, lost 3 Nov: (2·1 − 1) / 1
  // November's 21 weekdays (no holiday is planted) are all due by now; 2, 3 and 6 Nov were
  // reported on time (the Sunday's report is not a working day's): 3 / 21 = 14.29 %, and
  // a = (3 / 21) / 95 % = 30,000 / 199,500 = 15.04 %.
  expect("report_completion", 1429, 9500, 1504);
  expect("request_response", nullptr, 9000, nullptr);
  expect("conduct", nullptr, 5, nullptr);
  EXPECT_EQ(Row(card, "conduct").at("not_applicable").as_string(), "not_rated");
  // Score over the applicable rows: (10·5,000 + 10·1,667 + 5·750 + 10·1,667 + 10·12,000
  // + 5·10,000 + 5·1,504) / 55 = 264,610 / 55 = 4,811.09 → 4,811.
  EXPECT_EQ(f.at("score_bp").as_int64(), 4811);
}

// An account's first order is the earliest by date, then by id (row 4): two orders on the
// account's first day, rep_b's stored first, make it rep_b's new customer and not rep_a's —
// however many other orders of it a card reads.
TEST_P(AppraisalTest, OfTwoFirstOrdersOnOneDayTheEarlierStoredDecides) {
  const std::int64_t w = SysCreate("accounts", {{"kind", "company"},
                                                {"name", "Same-day buyer"},
                                                {"country", "ES"},
                                                {"currency", "EUR"},
                                                {"owner_id", UserId("rep_a")},
                                                {"lifecycle", "active"}});
  Order(w, "rep_b", "2026-11-05");
  Order(w, "rep_a", "2026-11-05");
  Order(w, "rep_a", "2026-11-19");
  for (const auto& [rep, expected] : {std::pair{"rep_b", 1}, std::pair{"rep_a", 0}}) {
    HttpResult r = Scorecard("manager", rep);
    ASSERT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(Row(r.Json(), "new_customers").at("actual"), json::value(expected)) << rep;
  }
  // The leaderboard reads both cards in one request, sharing the customers' histories: the
  // same answer (the template's target of 2 new customers: 1 / 2 → 5,000 bp; 0 → 0 bp).
  HttpResult board =
      As("manager", "GET",
         "/api/v1/appraisals/leaderboard?month=2026-11&metric=attainment_new_customers");
  ASSERT_EQ(board.status, 200) << board.Describe();
  const json::value ranked = board.Json();
  std::map<std::int64_t, json::value> value_of;
  for (const auto& e : ranked.at("entries").as_array()) {
    value_of[e.at("user_id").as_int64()] = e.at("value_bp");
  }
  EXPECT_EQ(value_of[UserId("rep_b")], json::value(5000));
  EXPECT_EQ(value_of[UserId("rep_a")], json::value(0));
}

// B-R7.5: a loss counts for the owner on the lost date. Z1 and Z2 ordered every 30 days until
// 4 Aug (lost on 3 Nov, as Z above); both belong to rep_b today. Z2 passed to rep_b on 1 Nov,
// before its loss: rep_b's. Z1 passed on 20 Nov, after it: still rep_a's November loss.
TEST_P(AppraisalTest, ALossCountsForTheOwnerOnTheLostDate) {
  std::int64_t z[2] = {0, 0};
  for (int i = 0; i < 2; ++i) {
    z[i] = SysCreate("accounts", {{"kind", "company"},
                                  {"name", "Monthly buyer " + std::to_string(i + 1)},
                                  {"country", "ES"},
                                  {"currency", "EUR"},
                                  {"owner_id", UserId("rep_a")},
                                  {"lifecycle", "active"}});
    for (const char* on : {"2026-05-06", "2026-06-05", "2026-07-05", "2026-08-04"}) {
      Order(z[i], "rep_a", on);
    }
  }
  auto reassign = [&](std::int64_t account, const char* at) {
    clock().Set(*core::ParseTimestamp(at));
    HttpResult r = As("director", "PATCH", "/api/v1/accounts/" + std::to_string(account),
                      json::serialize(json::object{{"owner_id", UserId("rep_b")}}),
                      {{"If-Match", ETagOf("accounts", account)}});
    ASSERT_EQ(r.status, 200) << r.Describe();
  };
  reassign(z[1], "2026-11-01T09:00:00Z");
  reassign(z[0], "2026-11-20T09:00:00Z");
  clock().Set(*core::ParseTimestamp("2026-12-10T09:00:00Z"));

  for (const auto& [rep, lost] : {std::pair{"rep_a", 1}, std::pair{"rep_b", 1}}) {
    HttpResult r = Scorecard("director", rep);
    ASSERT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(Row(r.Json(), "customers_lost").at("actual"), json::value(lost)) << rep;
  }
  // October's losses are nobody's: the lost date is in November.
  HttpResult october = Scorecard("director", "rep_a", "2026-10");
  ASSERT_EQ(october.status, 200) << october.Describe();
  EXPECT_EQ(Row(october.Json(), "customers_lost").at("actual"), json::value(0));
}

// With the targets module's plans active for rep_a, rows 1 and 3 and the visits row read the
// month's planned figures instead of n/a and the template's default.
TEST_P(AppraisalTest, TheMonthsTargetsComeFromTheRepsActivePlans) {
  PlantNovember();
  auto activate = [&](const json::object& fields) {
    json::object body{{"owner_id", UserId("rep_a")},
                      {"subject_kind", "rep"},
                      {"fiscal_year", 2026},
                      {"profile_kind", "equal"}};
    for (const auto& [k, v] : fields) body[k] = v;
    HttpResult drafted = As("director", "POST", "/api/v1/target-plans", json::serialize(body));
    ASSERT_EQ(drafted.status, 201) << drafted.Describe();
    const std::int64_t id = IntAt(drafted.Json(), "id");
    HttpResult active =
        As("director", "POST", "/api/v1/target-plans/" + std::to_string(id) + "/activate", "",
           {{"If-Match", ETagOf("target-plans", id)}});
    ASSERT_EQ(active.status, 200) << active.Describe();
  };
  // 12,000.00 EUR and 120 visits over equal months: 1,000.00 and 10 in November.
  activate({{"measure", "revenue"}, {"currency", "EUR"}, {"annual_total", 1'200'000}});
  activate({{"measure", "visits"}, {"annual_total", 120}});
  HttpResult r = Scorecard("manager", "rep_a");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value card = r.Json();
  EXPECT_EQ(card.at("figures").at("planned_target").at("amount").as_string(), "1000.00");
  // 1,092.00 / 1,000.00 = 109.20 %.
  const json::object sales = Row(card, "sales_attainment");
  EXPECT_EQ(sales.at("target"), json::value(100000));
  EXPECT_EQ(sales.at("attainment_bp"), json::value(10920));
  const json::object visits = Row(card, "existing_customer_visits");
  EXPECT_EQ(visits.at("target"), json::value(10));  // the plan's, not the template's 12
  EXPECT_EQ(visits.at("attainment_bp"), json::value(2000));
  EXPECT_EQ(Row(card, "outbound_calls").at("target"), json::value(40));  // no calls plan
  // A USD plan supersedes it: a promise in another currency is not converted, so n/a again.
  activate({{"measure", "revenue"}, {"currency", "USD"}, {"annual_total", 1'200'000}});
  const json::value after = Scorecard("manager", "rep_a").Json();
  EXPECT_TRUE(after.at("figures").at("planned_target").is_null());
  EXPECT_EQ(Row(after, "sales_attainment").at("not_applicable").as_string(), "no_target");
}

// B-R2 row 2 is net of credit notes dated in the month, a foreign one at its invoice's rate.
TEST_P(AppraisalTest, CreditNotesDatedInTheMonthLowerItsSales) {
  PlantNovember();
  const std::int64_t account = AccountOf("rep_a").id;
  const std::int64_t eur = Invoice(account, "rep_a", "2026-10-15", 30000);
  const std::int64_t usd = Invoice(account, "rep_a", "2026-10-16", 20000, "USD", 90'000'000);
  CreditNote(eur, "2026-11-20", 10000);        // −100.00
  CreditNote(usd, "2026-11-21", 5000, "USD");  // −50.00 USD × 0.90 = −45.00
  CreditNote(eur, "2026-12-02", 7000);         // December's
  const json::value card = Scorecard("manager", "rep_a").Json();
  // 1,092.00 − 100.00 − 45.00 = 947.00; October had 300.00 + 180.00 of invoices and no credit.
  EXPECT_EQ(card.at("figures").at("actual_sales").at("amount").as_string(), "947.00");
  EXPECT_EQ(Row(card, "sales_attainment").at("actual"), json::value(94700));
  const json::value october = Scorecard("manager", "rep_a", "2026-10").Json();
  EXPECT_EQ(october.at("figures").at("actual_sales").at("amount").as_string(), "480.00");
}

TEST_P(AppraisalTest, WhoSeesWhichScorecard) {
  EXPECT_EQ(Scorecard("rep_a", "rep_a").status, 200);
  // Another rep's card answers like a missing user's.
  HttpResult other = Scorecard("rep_a", "rep_b");
  HttpResult missing =
      As("rep_a", "GET", "/api/v1/appraisals/scorecard?user_id=987654&month=2026-11");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(other.Json().at("title"), missing.Json().at("title"));
  EXPECT_EQ(Scorecard("manager", "rep_b").status, 200);
  EXPECT_EQ(Scorecard("manager", "rep_c").status, 404);  // another team
  EXPECT_EQ(Scorecard("director", "rep_c").status, 200);
  EXPECT_EQ(Scorecard("finance", "rep_a").status, 403);
  HttpResult bad = Scorecard("manager", "rep_a", "2026-13");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "month");
}

TEST_P(AppraisalTest, ACardIsRatedSignedFrozenAndAcknowledged) {
  PlantNovember();
  const std::string body =
      R"({"user_id":)" + std::to_string(UserId("rep_a")) + R"(,"month":"2026-11"})";
  EXPECT_EQ(As("rep_a", "POST", "/api/v1/appraisals", body).status, 403);
  HttpResult opened =
      As("manager", "POST", "/api/v1/appraisals", body, {{"Idempotency-Key", "c1"}});
  ASSERT_EQ(opened.status, 201) << opened.Describe();
  const std::int64_t id = IntAt(opened.Json(), "id");
  EXPECT_EQ(opened.Header("Location"), "/api/v1/appraisal-cards/" + std::to_string(id));
  HttpResult replay =
      As("manager", "POST", "/api/v1/appraisals", body, {{"Idempotency-Key", "c1"}});
  EXPECT_EQ(replay.status, 201);
  EXPECT_EQ(IntAt(replay.Json(), "id"), id);
  EXPECT_EQ(As("manager", "POST", "/api/v1/appraisals", body).status, 409);
  const std::string base = "/api/v1/appraisals/" + std::to_string(id);

  HttpResult unsigned_sign = As("manager", "POST", base + "/sign");
  EXPECT_EQ(unsigned_sign.status, 422);
  EXPECT_EQ(StringAt(unsigned_sign.Json(), "field"), "conduct_rating");
  EXPECT_EQ(As("rep_a", "POST", base + "/acknowledge").status, 409);  // not signed yet
  HttpResult six = As("manager", "POST", base + "/rate", R"({"conduct_rating":6})");
  EXPECT_EQ(six.status, 422);
  EXPECT_EQ(StringAt(six.Json(), "field"), "conduct_rating");
  EXPECT_EQ(As("rep_a", "POST", base + "/rate", R"({"conduct_rating":5})").status, 403);
  HttpResult rated = As("manager", "POST", base + "/rate",
                        R"({"conduct_rating":4,"manager_comment":"Steady month."})");
  ASSERT_EQ(rated.status, 200) << rated.Describe();
  EXPECT_EQ(IntAt(rated.Json(), "conduct_rating"), 4);
  // Live with the rating: + 10 × 8,000 → 344,610 / 65 = 5,301.69 → 5,302.
  HttpResult live = Scorecard("rep_a", "rep_a");
  EXPECT_EQ(live.Json().at("figures").at("score_bp").as_int64(), 5302);
  EXPECT_EQ(Row(live.Json(), "conduct").at("attainment_bp").as_int64(), 8000);

  HttpResult signed_card = As("manager", "POST", base + "/sign");
  ASSERT_EQ(signed_card.status, 200) << signed_card.Describe();
  EXPECT_EQ(StringAt(signed_card.Json(), "status"), "signed");
  EXPECT_EQ(IntAt(signed_card.Json(), "score_bp"), 5302);
  // A late invoice dated in November does not change the frozen card; December shows it as
  // a late adjustment (B-R1).
  EXPECT_EQ(Scorecard("rep_a", "rep_a", "2026-12").Json().at("figures").at("late_adjustment"),
            json::value(json::object{{"amount", "0.00"}, {"currency", "EUR"}}));
  ASSERT_TRUE(clock().Advance(1'000'000).ok());
  Invoice(AccountOf("rep_a").id, "rep_a", "2026-11-20", 500000);
  HttpResult frozen = Scorecard("rep_a", "rep_a");
  ASSERT_EQ(frozen.status, 200);
  EXPECT_TRUE(frozen.Json().at("frozen").as_bool());
  EXPECT_EQ(frozen.Json().at("figures").at("actual_sales").at("amount").as_string(), "1092.00");
  EXPECT_EQ(frozen.Json().at("figures").at("score_bp").as_int64(), 5302);
  const json::value december = Scorecard("rep_a", "rep_a", "2026-12").Json();
  EXPECT_EQ(december.at("figures").at("late_adjustment").at("amount").as_string(), "5000.00");
  EXPECT_EQ(december.at("figures").at("actual_sales").at("amount").as_string(), "500.00");
  EXPECT_EQ(As("manager", "POST", base + "/rate", R"({"conduct_rating":5})").status, 409);
  EXPECT_EQ(As("manager", "POST", base + "/sign").status, 409);

  EXPECT_EQ(As("rep_b", "POST", base + "/acknowledge").status, 404);    // not theirs to see
  EXPECT_EQ(As("manager", "POST", base + "/acknowledge").status, 403);  // not theirs
  HttpResult ack = As("rep_a", "POST", base + "/acknowledge");
  ASSERT_EQ(ack.status, 200) << ack.Describe();
  EXPECT_FALSE(ack.Json().at("acknowledged_at").is_null());
  EXPECT_EQ(As("rep_a", "POST", base + "/acknowledge").status, 200);  // once is enough
  // The card's generic read follows the same visibility.
  EXPECT_EQ(As("rep_a", "GET", "/api/v1/appraisal-cards/" + std::to_string(id)).status, 200);
  EXPECT_EQ(As("rep_c", "GET", "/api/v1/appraisal-cards/" + std::to_string(id)).status, 404);
}

// Row 10 on a live card: today's report is not missing before it could be late (noon of the
// next day); once it is in on time the month so far is complete.
TEST_P(AppraisalTest, TodaysReportIsNotMissingBeforeItsDeadline) {
  clock().Set(*core::ParseTimestamp("2026-12-01T10:00:00Z"));  // Tuesday, 11:00 in Madrid
  json::value card = Scorecard("manager", "rep_a", "2026-12").Json();
  EXPECT_TRUE(Row(card, "report_completion").at("actual").is_null());
  EXPECT_EQ(Row(card, "report_completion").at("not_applicable").as_string(), "none_due");
  HttpResult r = As("rep_a", "POST", "/api/v1/daily-reports",
                    R"({"report_date":"2026-12-01","status":"submitted"})");
  ASSERT_EQ(r.status, 201) << r.Describe();
  card = Scorecard("manager", "rep_a", "2026-12").Json();
  // 1 / 1 = 100 %; a = 100 % / 95 % = 105.26 %.
  EXPECT_EQ(Row(card, "report_completion").at("actual"), json::value(10000));
  EXPECT_EQ(Row(card, "report_completion").at("attainment_bp"), json::value(10526));
  // Two days later Wednesday's report is late and missing: 1 / 2 = 50 %; 50 / 95 = 52.63 %.
  clock().Set(*core::ParseTimestamp("2026-12-03T12:00:00Z"));
  card = Scorecard("manager", "rep_a", "2026-12").Json();
  EXPECT_EQ(Row(card, "report_completion").at("actual"), json::value(5000));
  EXPECT_EQ(Row(card, "report_completion").at("attainment_bp"), json::value(5263));
}

// Row 11 (decision 0066): November's requests of rep_a answered within 24 hours ÷ those that
// count — answered, or past their 24 hours — in the company's time zone (Madrid, UTC+1).
TEST_P(AppraisalTest, TheResponseRowCountsRequestsAnsweredWithinTheirDay) {
  const std::int64_t account = AccountOf("rep_a").id;
  auto request = [&](const char* received, json::object more = {}) {
    more["account_id"] = account;
    more["subject"] = "Price of gloves";
    more["kind"] = "quote";
    more["received_at"] = received;
    HttpResult r = As("rep_a", "POST", "/api/v1/customer-requests", json::serialize(more));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  };
  // Answered by writing the answer: a minute past its 24 hours.
  clock().Set(*core::ParseTimestamp("2026-11-10T09:00:00Z"));
  const std::int64_t late = request("2026-11-10T10:00:00+01:00");
  clock().Set(*core::ParseTimestamp("2026-11-11T09:01:00Z"));
  HttpResult answered =
      As("rep_a", "PATCH", "/api/v1/customer-requests/" + std::to_string(late),
         R"({"answer":"Quote sent"})", {{"If-Match", ETagOf("customer-requests", late)}});
  ASSERT_EQ(answered.status, 200) << answered.Describe();
  EXPECT_EQ(StringAt(answered.Json(), "status"), "answered");
  EXPECT_EQ(StringAt(answered.Json(), "answered_at"), "2026-11-11T09:01:00.000000Z");
  EXPECT_FALSE(answered.Json().at("answered_on_time").as_bool());
  // Received late in the evening of 30 November, still within its 24 hours on 1 December.
  clock().Set(*core::ParseTimestamp("2026-11-30T21:00:00Z"));
  request("2026-11-30T22:00:00+01:00");
  // Logged afterwards with their times.
  clock().Set(*core::ParseTimestamp("2026-12-01T09:00:00Z"));
  request("2026-11-03T09:00:00+01:00", {{"answered_at", "2026-11-03T15:00:00+01:00"}});
  // Answered at exactly its due instant: on time.
  request("2026-11-05T10:00:00+01:00", {{"answered_at", "2026-11-06T10:00:00+01:00"}});
  // 00:30 on 1 November in Madrid (31 October in UTC): November's; never answered.
  request("2026-10-31T23:30:00Z");
  // 00:30 on 1 December in Madrid: December's.
  request("2026-11-30T23:30:00Z", {{"answered_at", "2026-12-01T08:00:00Z"}});

  clock().Set(*core::ParseTimestamp("2026-12-01T10:00:00Z"));
  json::value card = Scorecard("manager", "rep_a", "2026-11").Json();
  // Counted: 3 Nov (on time), 5 Nov (on time), 1 Nov (overdue), 10 Nov (late) = 2 / 4 = 50 %;
  // a = 50 % / 90 % = 55.56 %.
  EXPECT_EQ(Row(card, "request_response").at("actual"), json::value(5000));
  EXPECT_EQ(Row(card, "request_response").at("target"), json::value(9000));
  EXPECT_EQ(Row(card, "request_response").at("attainment_bp"), json::value(5556));
  // A day later the evening's request is past its 24 hours unanswered: 2 / 5 = 40 %, 44.44 %.
  clock().Set(*core::ParseTimestamp("2026-12-02T10:00:00Z"));
  card = Scorecard("manager", "rep_a", "2026-11").Json();
  EXPECT_EQ(Row(card, "request_response").at("actual"), json::value(4000));
  EXPECT_EQ(Row(card, "request_response").at("attainment_bp"), json::value(4444));
  // Another rep's card has none of rep_a's requests: nothing due.
  card = Scorecard("manager", "rep_b", "2026-11").Json();
  EXPECT_EQ(Row(card, "request_response").at("not_applicable").as_string(), "none_due");
}

TEST_P(AppraisalTest, NobodyAppraisesThemselves) {
  const std::string own =
      R"({"user_id":)" + std::to_string(UserId("manager")) + R"(,"month":"2026-11"})";
  EXPECT_EQ(As("manager", "POST", "/api/v1/appraisals", own).status, 403);
  HttpResult by_senior = As("senior", "POST", "/api/v1/appraisals", own);
  ASSERT_EQ(by_senior.status, 201) << by_senior.Describe();
  const std::string base = "/api/v1/appraisals/" + std::to_string(IntAt(by_senior.Json(), "id"));
  EXPECT_EQ(As("manager", "POST", base + "/rate", R"({"conduct_rating":5})").status, 403);
  EXPECT_EQ(As("senior", "POST", base + "/rate", R"({"conduct_rating":3})").status, 200);
}

SD_INSTANTIATE_API_TEST(AppraisalTest);

}  // namespace
}  // namespace salesdesk::api_test
