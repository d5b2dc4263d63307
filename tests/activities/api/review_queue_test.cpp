// The leader's review queue of daily reports, on SQLite and PostgreSQL (the test clock: Friday
// 2024-03-01 10:00 Madrid, before noon): the team's submitted reports not yet reviewed, oldest
// first with the late ones marked; per rep, the last five working days (Monday to Friday, no
// schedule of their own) without a submitted report; a review takes a report off the queue.
#include <set>

#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class ReviewQueueTest : public ApiTest {
 protected:
  std::int64_t Report(const std::string& rep, const char* day, const char* status) {
    HttpResult r = Call(rep, "POST", "/api/v1/daily-reports",
                        json::serialize(json::object{{"report_date", day}, {"status", status}}));
    EXPECT_EQ(r.status, 201) << r.Describe();
    return IntAt(r.Json(), "id");
  }
  json::value Queue(const std::string& user) {
    HttpResult r = Call(user, "GET", "/api/v1/daily-reports/review-queue");
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  // "rep_a 2024-02-23 overdue" per missing day, in the answer's order.
  std::vector<std::string> Missing(const json::value& q) {
    std::map<std::int64_t, std::string> names;
    for (const char* u : {"rep_a", "rep_b", "rep_c"}) names[UserId(u)] = u;
    std::vector<std::string> out;
    for (const auto& m : q.at("missing").as_array()) {
      std::string line =
          names[m.at("owner_id").as_int64()] + " " + std::string(m.at("report_date").as_string());
      if (m.at("overdue").as_bool()) line += " overdue";
      if (!m.at("draft_id").is_null()) line += " draft";
      out.push_back(line);
    }
    return out;
  }
};

TEST_P(ReviewQueueTest, WaitingReportsOldestFirstAndMissingDaysPerRep) {
  const std::int64_t late = Report("rep_a", "2024-02-28", "submitted");  // due 29 Feb noon
  const std::int64_t on_time = Report("rep_a", "2024-02-29", "submitted");
  Report("rep_b", "2024-02-29", "draft");
  Report("rep_c", "2024-02-29", "submitted");  // manager2's team

  const json::value q = Queue("manager");
  EXPECT_EQ(StringAt(q, "date"), "2024-03-01");
  const json::array& reports = q.at("reports").as_array();
  ASSERT_EQ(reports.size(), 2u) << q;
  EXPECT_EQ(IntAt(reports[0], "id"), late) << "oldest first";
  EXPECT_FALSE(reports[0].at("on_time").as_bool());
  EXPECT_EQ(IntAt(reports[1], "id"), on_time);
  EXPECT_TRUE(reports[1].at("on_time").as_bool());
  // The last five working days before Friday 1 March: 23, 26, 27, 28, 29 February. Yesterday's
  // is not overdue before noon; rep_b's draft is still missing (not submitted).
  EXPECT_EQ(Missing(q),
            (std::vector<std::string>{"rep_a 2024-02-23 overdue", "rep_a 2024-02-26 overdue",
                                      "rep_a 2024-02-27 overdue", "rep_b 2024-02-23 overdue",
                                      "rep_b 2024-02-26 overdue", "rep_b 2024-02-27 overdue",
                                      "rep_b 2024-02-28 overdue", "rep_b 2024-02-29 draft"}));

  // Reviewed, the late report leaves the queue.
  HttpResult reviewed =
      Call("manager", "PATCH", "/api/v1/daily-reports/" + std::to_string(late),
           R"({"status":"reviewed","review_comment":"Send it by noon next time"})",
           {{"If-Match", ETagOf("daily-reports", late)}});
  ASSERT_EQ(reviewed.status, 200) << reviewed.Describe();
  const json::value after = Queue("manager");
  ASSERT_EQ(after.at("reports").as_array().size(), 1u);
  EXPECT_EQ(IntAt(after.at("reports").as_array()[0], "id"), on_time);

  // manager2 leads Asia: rep_c's report and days only; the director sees every rep.
  const json::value asia = Queue("manager2");
  ASSERT_EQ(asia.at("reports").as_array().size(), 1u);
  for (const auto& line : Missing(asia)) EXPECT_TRUE(line.starts_with("rep_c")) << line;
  EXPECT_EQ(Missing(asia).size(), 4u);
  const json::value all = Queue("director");
  EXPECT_EQ(all.at("reports").as_array().size(), 2u);
  EXPECT_EQ(Missing(all).size(), 12u);  // 3 + 5 + 4

  for (const char* user : {"rep_a", "finance", "admin"}) {
    EXPECT_EQ(Call(user, "GET", "/api/v1/daily-reports/review-queue").status, 403) << user;
  }
  // Like /me/today: no parameters, a query string is refused naming it.
  HttpResult query = Call("manager", "GET", "/api/v1/daily-reports/review-queue?x=1");
  EXPECT_EQ(query.status, 422);
  EXPECT_NE(query.body.find("daily_report.queue_no_parameters"), std::string::npos) << query.body;
}

SD_INSTANTIATE_API_TEST(ReviewQueueTest);

}  // namespace
}  // namespace salesdesk::api_test
