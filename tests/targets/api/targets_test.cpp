// The targets module through the API, on both engines: a director drafts and activates a plan
// and its decomposition adds up on every level with a rep's holiday and leave (RULES A-R2..A-R5);
// the rep's progress and pace from done visits and posted invoices (never adding currencies);
// a re-plan at a month close that keeps the closed months (A-R6), replayed by Idempotency-Key;
// and who reads and writes what: another rep's plan answers like a missing one.
#include <map>

#include "api/api_test_server.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;
using app::MoneyValue;
using app::Record;

class TargetsTest : public ApiTest {
 protected:
  HttpResult Post(const std::string& user, const std::string& path, const json::object& body,
                  Headers headers = {}) {
    return Call(user, "POST", path, json::serialize(body), std::move(headers));
  }
  HttpResult Get(const std::string& user, const std::string& path) {
    return Call(user, "GET", path);
  }
  // A draft plan for `owner` created by the director.
  std::int64_t Draft(const std::string& owner, json::object fields) {
    json::object body{{"owner_id", UserId(owner)}, {"subject_kind", "rep"}, {"fiscal_year", 2026}};
    for (const auto& [k, v] : fields) body[k] = v;
    HttpResult r = Post("director", "/api/v1/target-plans", body);
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  HttpResult Activate(std::int64_t plan, const std::string& user = "director") {
    return Call(user, "POST", "/api/v1/target-plans/" + std::to_string(plan) + "/activate", "",
                {{"If-Match", ETagOf("target-plans", plan)}});
  }
  std::int64_t Active(const std::string& owner, json::object fields) {
    const std::int64_t plan = Draft(owner, std::move(fields));
    HttpResult r = Activate(plan);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return plan;
  }
  // The plan's rows of a level (and month), as date_from → target.
  std::map<std::string, std::int64_t> Rows(std::int64_t plan, const std::string& level,
                                           int month = 0, const std::string& user = "director") {
    std::string path =
        "/api/v1/target-periods?limit=100&plan_id=" + std::to_string(plan) + "&level=" + level;
    if (month) path += "&month=" + std::to_string(month);
    HttpResult r = Get(user, path);
    EXPECT_EQ(r.status, 200) << r.Describe();
    std::map<std::string, std::int64_t> out;
    const json::value v = r.Json();
    if (r.status != 200) return out;
    for (const auto& row : v.at("items").as_array()) {
      out[StringAt(row, "date_from")] = IntAt(row, "target");
    }
    return out;
  }
  static std::int64_t Sum(const std::map<std::string, std::int64_t>& rows) {
    std::int64_t s = 0;
    for (const auto& [_, t] : rows) s += t;
    return s;
  }
  void Visit(const std::string& owner, const std::string& at) {
    HttpResult r = Post(owner, "/api/v1/activities",
                        {{"kind", "visit"},
                         {"subject", "Visit"},
                         {"status", "done"},
                         {"done_at", at},
                         {"check_in_at", at},
                         {"account_id", AccountOf(owner).id}});
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  // Good Friday a holiday in Spain; rep_a on leave the afternoon of Wed 8 and all of Thu 9 April.
  void AprilHolidayAndLeave() {
    ASSERT_EQ(Post("admin", "/api/v1/public-holidays",
                   {{"country", "ES"}, {"date", "2026-04-03"}, {"name", "Viernes Santo"}})
                  .status,
              201);
    for (const auto& [from, half] :
         {std::pair("2026-04-08", true), std::pair("2026-04-09", false)}) {
      json::object body{{"date_from", from}, {"date_to", from}, {"kind", "vacation"}};
      if (half) body["from_half"] = true;
      HttpResult asked = Post("rep_a", "/api/v1/leave-requests", body);
      ASSERT_EQ(asked.status, 201) << asked.Describe();
      const std::int64_t id = IntAt(asked.Json(), "id");
      HttpResult approved =
          Call("manager", "PATCH", "/api/v1/leave-requests/" + std::to_string(id),
               R"({"status":"approved"})", {{"If-Match", ETagOf("leave-requests", id)}});
      ASSERT_EQ(approved.status, 200) << approved.Describe();
    }
  }
  // A posted invoice of the owner's dated `date` with `untaxed` (minor units), stored as the
  // billing services store it.
  void Invoice(const std::string& owner, std::int64_t untaxed, const std::string& currency,
               const std::string& date, const std::string& account_of = "") {
    const std::int64_t account = AccountOf(account_of.empty() ? owner : account_of).id;
    auto uow = api().store().Write();
    ASSERT_TRUE(uow.ok());
    Record order{{"number", "SO-TG-" + std::to_string(++documents_)},
                 {"account_id", account},
                 {"currency", currency},
                 {"status", std::string("confirmed")},
                 {"ordered_on", date},
                 {"untaxed", MoneyValue{untaxed, currency}},
                 {"tax", MoneyValue{0, currency}},
                 {"total", MoneyValue{untaxed, currency}},
                 {"owner_id", UserId(owner)}};
    auto o = (*uow)->Insert(Spec("sales-orders"), order, 1);
    ASSERT_TRUE(o.ok());
    Record invoice{{"number", "INV-TG-" + std::to_string(documents_)},
                   {"sales_order_id", app::RecordId(*o)},
                   {"account_id", account},
                   {"currency", currency},
                   {"status", std::string("posted")},
                   {"invoice_date", date},
                   {"untaxed", MoneyValue{untaxed, currency}},
                   {"tax", MoneyValue{0, currency}},
                   {"total", MoneyValue{untaxed, currency}},
                   {"owner_id", UserId(owner)}};
    ASSERT_TRUE((*uow)->Insert(Spec("invoices"), invoice, 1).ok());
    ASSERT_TRUE((*uow)->Commit().ok());
  }
  json::value Progress(const std::string& user, const std::string& person,
                       const std::string& date = "2026-04-08") {
    HttpResult r = Get(user, "/api/v1/targets/progress?user_id=" + std::to_string(UserId(person)) +
                                 "&date=" + date);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  // A posted credit note of `untaxed` against the owner's latest invoice, dated `date`.
  void CreditNote(const std::string& owner, std::int64_t untaxed, const std::string& date) {
    auto uow = api().store().Write();
    ASSERT_TRUE(uow.ok());
    auto invoices =
        app::ReadAll(**uow, Spec("invoices"), {{"owner_id", app::FilterOp::kEq, {UserId(owner)}}});
    ASSERT_TRUE(invoices.ok());
    ASSERT_FALSE(invoices->empty());
    const Record& invoice = invoices->back();
    const std::string currency = app::MoneyOf(invoice, "untaxed")->currency;
    Record note{{"number", "CN-TG-" + std::to_string(++documents_)},
                {"invoice_id", app::RecordId(invoice)},
                {"account_id", app::IntOf(invoice, "account_id").value_or(0)},
                {"currency", currency},
                {"status", std::string("posted")},
                {"credit_date", date},
                {"untaxed", MoneyValue{untaxed, currency}},
                {"owner_id", UserId(owner)}};
    ASSERT_TRUE((*uow)->Insert(Spec("credit-notes"), note, 1).ok());
    ASSERT_TRUE((*uow)->Commit().ok());
  }
  int documents_ = 0;
};

TEST_P(TargetsTest, ActivationDecomposesToTheDayAroundHolidayAndLeave) {
  AprilHolidayAndLeave();
  const std::int64_t plan =
      Draft("rep_a", {{"measure", "visits"}, {"annual_total", 1200}, {"profile_kind", "equal"}});
  HttpResult draft = Get("director", "/api/v1/target-plans/" + std::to_string(plan));
  EXPECT_EQ(StringAt(draft.Json(), "status"), "draft");
  EXPECT_EQ(IntAt(draft.Json(), "revision"), 1);
  EXPECT_EQ(IntAt(draft.Json(), "subject_id"), UserId("rep_a"));  // a rep plan is its owner's

  HttpResult unversioned =
      Call("director", "POST", "/api/v1/target-plans/" + std::to_string(plan) + "/activate");
  EXPECT_EQ(unversioned.status, 428) << unversioned.Describe();
  HttpResult active = Activate(plan);
  ASSERT_EQ(active.status, 200) << active.Describe();
  EXPECT_EQ(StringAt(active.Json(), "status"), "active");
  const json::value activated = active.Json();
  EXPECT_EQ(json::serialize(activated.at("weights")), "[1,1,1,1,1,1,1,1,1,1,1,1]");

  // 1200 over equal months: 100 each.
  const auto months = Rows(plan, "month");
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(Sum(months), 1200);
  EXPECT_EQ(months.at("2026-04-01"), 100);
  // April's week parts on half-days 4 (Good Friday off), 7 (leave), 10, 10, 8 (Σ 39):
  // 400/39 = 10 r 10, 700/39 = 17 r 37, 1000/39 = 25 r 25 (×2), 800/39 = 20 r 20; Σ floors 97;
  // the 3 units to 37, 25, 25: 10, 18, 26, 26, 20.
  const auto parts = Rows(plan, "week_part", 4);
  EXPECT_EQ(parts, (std::map<std::string, std::int64_t>{{"2026-04-01", 10},
                                                        {"2026-04-06", 18},
                                                        {"2026-04-13", 26},
                                                        {"2026-04-20", 26},
                                                        {"2026-04-27", 20}}));
  // Week 15's 18 over Mon 2, Tue 2, Wed 1, Thu 0, Fri 2: 36/7 = 5 r 1, 18/7 = 2 r 4; +1 to Wed.
  const auto days = Rows(plan, "day", 4);
  EXPECT_EQ(days.size(), 30u);
  EXPECT_EQ(Sum(days), 100);
  EXPECT_EQ(days.at("2026-04-03"), 0);  // the holiday
  EXPECT_EQ(days.at("2026-04-06"), 5);
  EXPECT_EQ(days.at("2026-04-08"), 3);  // the half day
  EXPECT_EQ(days.at("2026-04-09"), 0);  // the leave
  EXPECT_EQ(days.at("2026-04-10"), 5);
  // A plan that is active no longer changes, and is not activated twice.
  HttpResult patch = Call("director", "PATCH", "/api/v1/target-plans/" + std::to_string(plan),
                          R"({"annual_total":1})", {{"If-Match", ETagOf("target-plans", plan)}});
  EXPECT_EQ(patch.status, 422) << patch.Describe();
  EXPECT_EQ(StringAt(patch.Json(), "field"), "status");
  EXPECT_EQ(Activate(plan).status, 409);
  // A second activated plan of the same measure and year supersedes the first.
  const std::int64_t second =
      Active("rep_a", {{"measure", "visits"}, {"annual_total", 600}, {"profile_kind", "equal"}});
  EXPECT_EQ(
      StringAt(Get("director", "/api/v1/target-plans/" + std::to_string(plan)).Json(), "status"),
      "superseded");
  std::int64_t days_of_year = 0;  // a page holds 100 rows: read the days month by month
  for (int m = 1; m <= 12; ++m) days_of_year += Sum(Rows(second, "day", m));
  EXPECT_EQ(days_of_year, 600);
}

TEST_P(TargetsTest, ProgressAndPaceOfARepWithLeave) {
  AprilHolidayAndLeave();
  Active("rep_a", {{"measure", "visits"}, {"annual_total", 1200}, {"profile_kind", "equal"}});
  // 1,200,000 cents a year: 100,000 a month (EUR 1,000.00).
  Active("rep_a", {{"measure", "revenue"},
                   {"currency", "EUR"},
                   {"annual_total", 1'200'000},
                   {"profile_kind", "equal"}});
  for (const char* at : {"2026-04-07T10:00:00+02:00", "2026-04-07T12:00:00+02:00",
                         "2026-04-07T16:00:00+02:00", "2026-04-08T09:30:00+02:00"}) {
    Visit("rep_a", at);
  }
  Visit("rep_a", "2026-04-10T09:30:00+02:00");  // after the date: not counted
  Invoice("rep_a", 50'000, "EUR", "2026-04-07");
  Invoice("rep_a", 99'999, "USD", "2026-04-08");  // another currency: never added
  Invoice("rep_b", 70'000, "EUR", "2026-04-08");  // someone else's

  const json::value v = Progress("rep_a", "rep_a");
  ASSERT_EQ(v.at("plans").as_array().size(), 2u);
  const json::value& visits = v.at("plans").at(0);
  EXPECT_EQ(StringAt(visits, "measure"), "visits");
  const json::value& periods = visits.at("periods");
  // Today (the half day): target 3, 1 visit: 3333 bp.
  EXPECT_EQ(IntAt(periods.at("today"), "target"), 3);
  EXPECT_EQ(IntAt(periods.at("today"), "actual"), 1);
  EXPECT_EQ(IntAt(periods.at("today"), "attainment_bp"), 3333);
  // Week 15: target 18, to date 5 + 5 + 3 = 13; 4 visits: 4/18 = 2222 bp.
  EXPECT_EQ(IntAt(periods.at("week"), "target"), 18);
  EXPECT_EQ(IntAt(periods.at("week"), "target_to_date"), 13);
  EXPECT_EQ(IntAt(periods.at("week"), "actual"), 4);
  EXPECT_EQ(IntAt(periods.at("week"), "attainment_bp"), 2222);
  EXPECT_EQ(IntAt(periods.at("month"), "target"), 100);
  EXPECT_EQ(IntAt(periods.at("quarter"), "target"), 300);
  EXPECT_EQ(IntAt(periods.at("year_to_date"), "actual"), 4);
  // Month pace: 96 left over Fri 10 (2) + 10 + 10 + 8 half-days = 15 days: 6.4 → 6 a day.
  const json::value& pace = visits.at("pace").at("month");
  EXPECT_EQ(StringAt(pace, "remaining_working_days"), "15");
  EXPECT_EQ(IntAt(pace, "per_day"), 6);
  EXPECT_EQ(IntAt(visits.at("pace").at("year"), "target"), 1200);

  const json::value& revenue = v.at("plans").at(1);
  EXPECT_EQ(StringAt(revenue, "currency"), "EUR");
  EXPECT_EQ(IntAt(revenue.at("periods").at("month"), "actual"), 50'000);
  EXPECT_EQ(IntAt(revenue.at("periods").at("month"), "attainment_bp"), 5000);
  ASSERT_EQ(revenue.at("other_currencies").as_array().size(), 1u);
  EXPECT_EQ(revenue.at("other_currencies").at(0).as_string(), "USD");
  // A credit note of 200.00 dated the same day is net revenue too (A-R2): 300.00, 3000 bp.
  Invoice("rep_a", 10'000, "EUR", "2026-03-02");
  CreditNote("rep_a", 20'000, "2026-04-08");
  const json::value net = Progress("rep_a", "rep_a").at("plans").at(1);
  EXPECT_EQ(IntAt(net.at("periods").at("month"), "actual"), 30'000);
  EXPECT_EQ(IntAt(net.at("periods").at("month"), "attainment_bp"), 3000);
  EXPECT_EQ(IntAt(net.at("periods").at("year_to_date"), "actual"), 40'000);  // March's 100.00

  // The leader reads it; another rep and another team's leader see no plans, as for anyone
  // without plans; finance does not read targets at all.
  EXPECT_EQ(Progress("manager", "rep_a").at("plans").as_array().size(), 2u);
  EXPECT_EQ(Progress("rep_b", "rep_a").at("plans").as_array().size(), 0u);
  EXPECT_EQ(Progress("manager2", "rep_a").at("plans").as_array().size(), 0u);
  EXPECT_EQ(Get("finance", "/api/v1/targets/progress?date=2026-04-08").status, 403);
  HttpResult bad = Get("rep_a", "/api/v1/targets/progress?date=2026-04-31");
  EXPECT_EQ(bad.status, 422) << bad.Describe();
  EXPECT_EQ(StringAt(bad.Json(), "field"), "date");
}

TEST_P(TargetsTest, ReplanAtAMonthCloseKeepsTheClosedMonths) {
  // 120 visits a year, 10 a month; 12 done by the end of March (30 planned): behind by 18.
  const std::int64_t plan =
      Active("rep_a", {{"measure", "visits"}, {"annual_total", 120}, {"profile_kind", "equal"}});
  for (int i = 0; i < 12; ++i) {
    Visit("rep_a", "2026-02-" + std::to_string(10 + i) + "T10:00:00+01:00");
  }
  const auto january = Rows(plan, "day", 1);
  const std::string path = "/api/v1/target-plans/" + std::to_string(plan) + "/replan";
  const std::string body = R"({"closed_through":"2026-03"})";
  Headers headers{{"If-Match", ETagOf("target-plans", plan)}, {"Idempotency-Key", "replan-1"}};
  HttpResult r = Call("director", "POST", path, body, headers);
  ASSERT_EQ(r.status, 201) << r.Describe();
  const json::value next = r.Json();
  const std::int64_t v2 = IntAt(next, "id");
  EXPECT_EQ(IntAt(next, "revision"), 2);
  EXPECT_EQ(IntAt(next, "previous_plan_id"), plan);
  EXPECT_EQ(StringAt(next, "closed_through"), "2026-03");
  EXPECT_EQ(StringAt(next, "replan_policy"), "spread");
  // Remaining 120 − 12 = 108 over April–December's 10 each (Σ 90): 12 each exactly.
  const auto months = Rows(v2, "month");
  EXPECT_EQ(months.at("2026-01-01"), 10);
  EXPECT_EQ(months.at("2026-03-01"), 10);
  EXPECT_EQ(months.at("2026-04-01"), 12);
  EXPECT_EQ(months.at("2026-12-01"), 12);
  EXPECT_EQ(Sum(months), 30 + 108);
  EXPECT_EQ(Rows(v2, "day", 1), january);  // a closed month never changes
  EXPECT_EQ(Sum(Rows(v2, "day", 4)), 12);
  EXPECT_EQ(
      StringAt(Get("director", "/api/v1/target-plans/" + std::to_string(plan)).Json(), "status"),
      "superseded");

  // The same key replays the answer and creates nothing more.
  HttpResult again = Call("director", "POST", path, body, headers);
  EXPECT_EQ(again.status, 201) << again.Describe();
  EXPECT_EQ(IntAt(again.Json(), "id"), v2);
  // The superseded version is not re-planned; the new one is not re-opened before March.
  HttpResult old =
      Call("director", "POST", path, body, {{"If-Match", ETagOf("target-plans", plan)}});
  EXPECT_EQ(old.status, 409) << old.Describe();
  const std::string path2 = "/api/v1/target-plans/" + std::to_string(v2) + "/replan";
  HttpResult earlier = Call("director", "POST", path2, R"({"closed_through":"2026-02"})",
                            {{"If-Match", ETagOf("target-plans", v2)}});
  EXPECT_EQ(earlier.status, 422) << earlier.Describe();
  EXPECT_EQ(StringAt(earlier.Json(), "field"), "closed_through");
  HttpResult policy =
      Call("director", "POST", path2, R"({"closed_through":"2026-04","policy":"later"})",
           {{"If-Match", ETagOf("target-plans", v2)}});
  EXPECT_EQ(policy.status, 422) << policy.Describe();
  EXPECT_EQ(StringAt(policy.Json(), "field"), "policy");
  // Closing April too, still behind: remaining 108 against May–December's 8 × 12 = 96, and
  // catch_up_next_month puts the whole gap of 12 on May.
  HttpResult kept = Call("director", "POST", path2,
                         R"({"closed_through":"2026-04","policy":"catch_up_next_month"})",
                         {{"If-Match", ETagOf("target-plans", v2)}});
  ASSERT_EQ(kept.status, 201) << kept.Describe();
  const auto v3 = Rows(IntAt(kept.Json(), "id"), "month");
  EXPECT_EQ(v3.at("2026-04-01"), 12);
  EXPECT_EQ(v3.at("2026-05-01"), 24);
  EXPECT_EQ(v3.at("2026-06-01"), 12);
}

TEST_P(TargetsTest, OrdersAndNewCustomersCountConfirmedOrders) {
  Active("rep_a", {{"measure", "orders"}, {"annual_total", 120}, {"profile_kind", "equal"}});
  Active("rep_a", {{"measure", "new_customers"}, {"annual_total", 12}, {"profile_kind", "equal"}});
  // rep_b's customer ordered first in March, so rep_a's order for it in April is not a new
  // customer; rep_a's own customer orders for the first time on 7 April, again on 8 April.
  Invoice("rep_b", 1'000, "EUR", "2026-03-02");
  Invoice("rep_a", 2'000, "EUR", "2026-04-06", "rep_b");
  Invoice("rep_a", 3'000, "EUR", "2026-04-07");
  Invoice("rep_a", 4'000, "EUR", "2026-04-08");
  const json::value v = Progress("rep_a", "rep_a");
  ASSERT_EQ(v.at("plans").as_array().size(), 2u);
  const json::value& orders = v.at("plans").at(0);
  EXPECT_EQ(StringAt(orders, "measure"), "orders");
  EXPECT_EQ(IntAt(orders.at("periods").at("week"), "actual"), 3);
  EXPECT_EQ(IntAt(orders.at("periods").at("today"), "actual"), 1);
  const json::value& fresh = v.at("plans").at(1);
  EXPECT_EQ(StringAt(fresh, "measure"), "new_customers");
  EXPECT_EQ(IntAt(fresh.at("periods").at("month"), "actual"), 1);
  EXPECT_EQ(IntAt(fresh.at("periods").at("today"), "actual"), 0);
  // 1 of the month's 1 new customer: 100 %.
  EXPECT_EQ(IntAt(fresh.at("periods").at("month"), "target"), 1);
  EXPECT_EQ(IntAt(fresh.at("periods").at("month"), "attainment_bp"), 10000);
}

// The daily actuals progress reads (decision 0078) are records of their own, read-only, through
// the access layer: each person's rows, the team's for their manager, none of another team's.
TEST_P(TargetsTest, DailyActualsAreEachPersonsOwnRows) {
  Visit("rep_a", "2026-04-07T10:00:00+02:00");
  Visit("rep_a", "2026-04-07T16:00:00+02:00");
  Invoice("rep_a", 50'000, "EUR", "2026-04-07");
  Invoice("rep_b", 70'000, "EUR", "2026-04-08");
  auto rows = [&](const std::string& user, const std::string& query) {
    HttpResult r = Get(user, "/api/v1/daily-actuals?limit=100" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<std::string, std::int64_t> out;  // "owner measure unit day" → amount
    const json::value body = r.Json();
    for (const json::value& row : body.at("items").as_array()) {
      out[std::to_string(IntAt(row, "owner_id")) + " " + StringAt(row, "measure") + " " +
          StringAt(row, "unit") + " " + StringAt(row, "day")] = IntAt(row, "amount");
    }
    return out;
  };
  const std::string a = std::to_string(UserId("rep_a")), b = std::to_string(UserId("rep_b"));
  const std::map<std::string, std::int64_t> own = rows("rep_a", "");
  EXPECT_EQ(own, (std::map<std::string, std::int64_t>{{a + " visits count 2026-04-07", 2},
                                                      {a + " orders count 2026-04-07", 1},
                                                      {a + " new_customers count 2026-04-07", 1},
                                                      {a + " revenue EUR 2026-04-07", 50'000}}));
  // Another rep's rows are not there to filter for; their manager sees both, another team's
  // manager neither.
  EXPECT_TRUE(rows("rep_b", "&owner_id=" + a).empty());
  EXPECT_EQ(rows("manager", "&measure=revenue").size(), 2u);
  EXPECT_TRUE(rows("manager2", "&measure=revenue").empty());
  EXPECT_EQ(Get("finance", "/api/v1/daily-actuals").status, 403);
}

TEST_P(TargetsTest, BadPlansAreRefusedNamingTheField) {
  struct Case {
    json::object body;
    const char* field;
  };
  for (const Case& c :
       {Case{{{"measure", "revenue"}, {"annual_total", 1}}, "currency"},
        Case{{{"measure", "visits"}, {"currency", "EUR"}, {"annual_total", 1}}, "currency"},
        Case{{{"measure", "visits"},
              {"annual_total", 1},
              {"profile_kind", "weights"},
              {"weights", json::array{1, 2}}},
             "weights"},
        Case{{{"measure", "visits"}, {"annual_total", 1}, {"subject_kind", "team"}},
             "subject_id"}}) {
    json::object body{
        {"owner_id", UserId("rep_a")}, {"subject_kind", "rep"}, {"fiscal_year", 2026}};
    for (const auto& [k, v] : c.body) body[k] = v;
    HttpResult r = Post("director", "/api/v1/target-plans", body);
    EXPECT_EQ(r.status, 422) << json::serialize(body) << " " << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), c.field) << r.body;
  }
  // All-zero weights are refused when the plan is activated.
  const std::int64_t zero =
      Draft("rep_a", {{"measure", "visits"},
                      {"annual_total", 10},
                      {"profile_kind", "weights"},
                      {"weights", json::array{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}});
  HttpResult r = Activate(zero);
  EXPECT_EQ(r.status, 422) << r.Describe();
  EXPECT_EQ(StringAt(r.Json(), "field"), "weights");
  EXPECT_EQ(StringAt(r.Json(), "code"), "targets.seasonality_profile_empty");
}

TEST_P(TargetsTest, AnotherRepsPlanAnswersLikeAMissingOne) {
  const std::int64_t plan =
      Active("rep_a", {{"measure", "visits"}, {"annual_total", 120}, {"profile_kind", "equal"}});
  const std::string path = "/api/v1/target-plans/" + std::to_string(plan);
  EXPECT_EQ(Get("rep_a", path).status, 200);
  EXPECT_EQ(Get("manager", path).status, 200);
  HttpResult other = Get("rep_b", path);
  HttpResult missing = Get("rep_b", "/api/v1/target-plans/987654");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(StringAt(other.Json(), "code"), StringAt(missing.Json(), "code"));
  EXPECT_EQ(Get("manager2", path).status, 404);
  EXPECT_TRUE(Rows(plan, "month", 0, "rep_b").empty());
  EXPECT_EQ(Rows(plan, "month", 0, "rep_a").size(), 12u);
  // Reps and managers do not write plans.
  for (const char* user : {"rep_a", "manager"}) {
    HttpResult r = Post(user, "/api/v1/target-plans",
                        {{"owner_id", UserId("rep_a")},
                         {"subject_kind", "rep"},
                         {"measure", "visits"},
                         {"fiscal_year", 2026},
                         {"annual_total", 1}});
    EXPECT_EQ(r.status, 403) << user << " " << r.Describe();
  }
}

SD_INSTANTIATE_API_TEST(TargetsTest);

}  // namespace
}  // namespace salesdesk::api_test
