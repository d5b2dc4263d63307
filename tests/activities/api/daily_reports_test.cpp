// The daily sales report through the API, on SQLite and PostgreSQL (the test clock: 2024-03-01
// 10:00 Madrid): figures pre-filled from the rep's log of the organisation's day and refreshed on
// submission; on time until noon of the next day; the rep submits, their leader reviews; the
// rules name the field to fix; nobody outside the rep's line sees the report.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class DailyReportsTest : public ApiTest {
 protected:
  void LogDone(const std::string& user, const char* kind, const char* done_at,
               const char* outcome = nullptr) {
    json::object body{{"kind", kind},
                      {"subject", "Log"},
                      {"status", "done"},
                      {"account_id", AccountOf(user).id},
                      {"done_at", done_at}};
    if (outcome != nullptr) body["outcome"] = outcome;
    if (std::string(kind) == "visit") body["check_in_at"] = done_at;
    HttpResult r = Call(user, "POST", "/api/v1/activities", json::serialize(body));
    ASSERT_EQ(r.status, 201) << r.Describe();
  }
  HttpResult Create(const std::string& user, json::object body, Headers headers = {}) {
    return Call(user, "POST", "/api/v1/daily-reports", json::serialize(body), std::move(headers));
  }
  HttpResult Patch(const std::string& user, std::int64_t id, const std::string& body) {
    return Call(user, "PATCH", "/api/v1/daily-reports/" + std::to_string(id), body,
                {{"If-Match", ETagOf("daily-reports", id)}});
  }
  static void ExpectProblem(const HttpResult& r, const char* field, const char* code) {
    EXPECT_EQ(r.status, 422) << r.Describe();
    EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    EXPECT_NE(r.body.find(code), std::string::npos) << r.body;
  }
};

TEST_P(DailyReportsTest, PrefilledSubmittedThenReviewedByTheLeader) {
  // 00:30 in Madrid on 1 March is still 29 February in UTC: the organisation's day counts it.
  LogDone("rep_a", "call", "2024-03-01T00:30:00+01:00", "reached");
  LogDone("rep_a", "call", "2024-03-01T08:00:00+01:00", "no_answer");
  LogDone("rep_a", "visit", "2024-03-01T09:00:00+01:00");
  LogDone("rep_a", "call", "2024-02-29T23:30:00+01:00", "reached");  // the day before
  LogDone("rep_b", "call", "2024-03-01T08:30:00+01:00", "reached");  // someone else's
  // Today's card shows the figures the report will be filled with, before there is a report.
  const json::value today = Call("rep_a", "GET", "/api/v1/me/today").Json();
  EXPECT_EQ(IntAt(today.at("report_figures"), "calls"), 2);
  EXPECT_EQ(IntAt(today.at("report_figures"), "connected_calls"), 1);
  EXPECT_EQ(IntAt(today.at("report_figures"), "visits"), 1);

  HttpResult created = Create("rep_a", {{"report_date", "2024-03-01"}, {"note", "Quiet morning"}});
  ASSERT_EQ(created.status, 201) << created.Describe();
  const json::value draft = created.Json();
  const std::int64_t id = IntAt(draft, "id");
  EXPECT_EQ(StringAt(draft, "status"), "draft");
  EXPECT_EQ(IntAt(draft, "calls"), 2);
  EXPECT_EQ(IntAt(draft, "connected_calls"), 1);
  EXPECT_EQ(IntAt(draft, "visits"), 1);
  EXPECT_EQ(IntAt(draft, "meetings"), 0);
  EXPECT_EQ(IntAt(draft, "orders"), 0);
  EXPECT_TRUE(draft.at("submitted_at").is_null());

  // The afternoon's visit is in the report the rep submits.
  LogDone("rep_a", "visit", "2024-03-01T09:45:00+01:00");
  HttpResult submitted = Patch("rep_a", id, R"({"status":"submitted","note":"Two visits"})");
  ASSERT_EQ(submitted.status, 200) << submitted.Describe();
  EXPECT_EQ(IntAt(submitted.Json(), "visits"), 2);
  EXPECT_EQ(StringAt(submitted.Json(), "note"), "Two visits");
  EXPECT_EQ(StringAt(submitted.Json(), "submitted_at"), "2024-03-01T09:00:00.000000Z");
  EXPECT_TRUE(submitted.Json().at("on_time").as_bool());

  ExpectProblem(Patch("rep_a", id, R"({"note":"changed my mind"})"), "note",
                "daily_report.submitted_locked");
  ExpectProblem(Patch("rep_a", id, R"({"status":"reviewed"})"), "status",
                "daily_report.review_own");
  ExpectProblem(Patch("rep_a", id, R"({"review_comment":"self praise"})"), "review_comment",
                "daily_report.comment_by_leader");
  ExpectProblem(Patch("manager", id, R"({"note":"edited"})"), "note", "daily_report.note_by_owner");

  // Outside rep_a's line the report does not exist; finance has no business with it.
  for (const char* stranger : {"manager2", "rep_b", "rep_c"}) {
    EXPECT_EQ(Call(stranger, "GET", "/api/v1/daily-reports/" + std::to_string(id)).status, 404)
        << stranger;
  }
  EXPECT_EQ(Call("finance", "GET", "/api/v1/daily-reports").status, 403);

  HttpResult reviewed =
      Patch("manager", id, R"({"status":"reviewed","review_comment":"Good follow-up"})");
  ASSERT_EQ(reviewed.status, 200) << reviewed.Describe();
  EXPECT_EQ(IntAt(reviewed.Json(), "reviewed_by"), UserId("manager"));
  EXPECT_EQ(StringAt(reviewed.Json(), "reviewed_at"), "2024-03-01T09:00:00.000000Z");
  EXPECT_EQ(IntAt(reviewed.Json(), "visits"), 2) << "a review does not recount";
  ExpectProblem(Patch("manager", id, R"({"status":"draft"})"), "status",
                "daily_report.no_way_back");
  EXPECT_EQ(IntAt(Call("director", "GET", "/api/v1/daily-reports?status=reviewed").Json(), "total"),
            1);
}

TEST_P(DailyReportsTest, OnTimeUntilNoonOfTheNextDayAndOneReportPerDay) {
  // Due by 2024-02-29 12:00 Madrid: late now (1 March, 10:00).
  HttpResult late = Create("rep_a", {{"report_date", "2024-02-28"}, {"status", "submitted"}});
  ASSERT_EQ(late.status, 201) << late.Describe();
  EXPECT_FALSE(late.Json().at("on_time").as_bool());
  // Due by 2024-03-01 12:00 Madrid: on time.
  HttpResult yesterday = Create("rep_a", {{"report_date", "2024-02-29"}, {"status", "submitted"}},
                                {{"Idempotency-Key", "report-0229"}});
  ASSERT_EQ(yesterday.status, 201) << yesterday.Describe();
  EXPECT_TRUE(yesterday.Json().at("on_time").as_bool());
  HttpResult replay = Create("rep_a", {{"report_date", "2024-02-29"}, {"status", "submitted"}},
                             {{"Idempotency-Key", "report-0229"}});
  EXPECT_EQ(replay.status, 201) << replay.Describe();
  EXPECT_EQ(IntAt(replay.Json(), "id"), IntAt(yesterday.Json(), "id"));
  EXPECT_EQ(Create("rep_a", {{"report_date", "2024-02-29"}}).status, 409);
  EXPECT_EQ(Create("rep_b", {{"report_date", "2024-02-29"}}).status, 201) << "another rep's day";

  ExpectProblem(Create("rep_a", {{"report_date", "2024-03-02"}}), "report_date",
                "daily_report.future_date");
  ExpectProblem(Create("manager", {{"report_date", "2024-03-01"}, {"owner_id", UserId("rep_a")}}),
                "owner_id", "daily_report.own_only");
  ExpectProblem(Create("rep_a", {{"report_date", "2024-03-01"}, {"status", "reviewed"}}), "status",
                "daily_report.create_status");

  HttpResult draft = Create("rep_a", {{"report_date", "2024-03-01"}});
  ASSERT_EQ(draft.status, 201) << draft.Describe();
  const std::int64_t id = IntAt(draft.Json(), "id");
  ExpectProblem(Patch("manager", id, R"({"review_comment":"where is it?"})"), "review_comment",
                "daily_report.not_submitted");
  ExpectProblem(Patch("manager", id, R"({"status":"submitted"})"), "status",
                "daily_report.submit_by_owner");
  ExpectProblem(Patch("rep_a", id, R"({"report_date":"2024-02-27"})"), "report_date",
                "daily_report.date_fixed");
  EXPECT_EQ(Call("rep_a", "DELETE", "/api/v1/daily-reports/" + std::to_string(id), "",
                 {{"If-Match", ETagOf("daily-reports", id)}})
                .status,
            405);
}

SD_INSTANTIATE_API_TEST(DailyReportsTest);

}  // namespace
}  // namespace salesdesk::api_test
