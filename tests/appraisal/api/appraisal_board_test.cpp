// The director's re-opening of a signed card (B-R1), the leader's team list and the leaderboard
// (decision 0053), on both databases. With no records planted, every rep's November 2026 card
// scores only the rows that apply without work: customers lost 0 against a limit of 1 is
// (2·1 − 0) / 1 = 200 % → the 120 % cap (weight 5); new customers, visits, calls, weekly orders
// (10, 10, 5, 10) and report completion (5; 21 weekdays due, none reported) are 0 %; sales and
// growth (no target, no base), requests (not built) and conduct (not rated) are n/a.
// Score = 5 · 12,000 / 45 = 1,333.33 → 1,333.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class AppraisalBoardTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (HasFatalFailure()) return;
    clock().Set(*core::ParseTimestamp("2026-12-10T09:00:00Z"));
    for (const char* key : {"director", "senior", "manager", "rep_a", "rep_b", "rep_c"}) {
      tokens_[key] = NewToken(key);
    }
  }
  HttpResult As(const std::string& user, std::string_view method, std::string_view target,
                std::string_view body = {}) const {
    return Call("", method, target, body, {{"Authorization", "Bearer " + tokens_.at(user)}});
  }
  // The card of `rep` for November 2026, opened by `by`; rated when `rating` > 0.
  std::string Card(const std::string& by, const std::string& rep, int rating) {
    HttpResult opened =
        As(by, "POST", "/api/v1/appraisals",
           R"({"user_id":)" + std::to_string(UserId(rep)) + R"(,"month":"2026-11"})");
    EXPECT_EQ(opened.status, 201) << opened.Describe();
    const std::string base = "/api/v1/appraisals/" + std::to_string(IntAt(opened.Json(), "id"));
    if (rating > 0) {
      HttpResult rated =
          As(by, "POST", base + "/rate", R"({"conduct_rating":)" + std::to_string(rating) + "}");
      EXPECT_EQ(rated.status, 200) << rated.Describe();
    }
    return base;
  }
  std::int64_t Score(const std::string& user, const std::string& of) {
    HttpResult r =
        As(user, "GET",
           "/api/v1/appraisals/scorecard?user_id=" + std::to_string(UserId(of)) + "&month=2026-11");
    EXPECT_EQ(r.status, 200) << r.Describe();
    const json::value v = r.Json();
    return v.at("figures").at("score_bp").as_int64();
  }
  json::value Board(const std::string& user, const std::string& metric = "score") {
    HttpResult r = As(user, "GET", "/api/v1/appraisals/leaderboard?month=2026-11&metric=" + metric);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  std::map<std::string, std::string> tokens_;
};

TEST_P(AppraisalBoardTest, TheDirectorReopensASignedCardAndTheRepAcknowledgesAgain) {
  const std::string base = Card("manager", "rep_a", 4);
  // Conduct 4 / 5 = 80 % (weight 10): (60,000 + 80,000) / 55 = 2,545.45 → 2,545.
  HttpResult signed_card = As("manager", "POST", base + "/sign");
  ASSERT_EQ(signed_card.status, 200) << signed_card.Describe();
  EXPECT_EQ(IntAt(signed_card.Json(), "score_bp"), 2545);
  ASSERT_EQ(As("rep_a", "POST", base + "/acknowledge").status, 200);

  const std::string why = R"({"reason":"The October calls were logged late."})";
  EXPECT_EQ(As("manager", "POST", base + "/reopen", why).status, 403);
  EXPECT_EQ(As("senior", "POST", base + "/reopen", why).status, 403);
  EXPECT_EQ(As("rep_a", "POST", base + "/reopen", why).status, 403);
  HttpResult blank = As("director", "POST", base + "/reopen", R"({"reason":"  "})");
  EXPECT_EQ(blank.status, 422);
  EXPECT_EQ(StringAt(blank.Json(), "field"), "reason");
  EXPECT_EQ(As("director", "POST", "/api/v1/appraisals/987654/reopen", why).status, 404);

  HttpResult reopened = As("director", "POST", base + "/reopen", why);
  ASSERT_EQ(reopened.status, 200) << reopened.Describe();
  const json::value card = reopened.Json();
  EXPECT_EQ(StringAt(card, "status"), "open");
  EXPECT_TRUE(card.at("signed_at").is_null());
  EXPECT_TRUE(card.at("acknowledged_at").is_null());
  EXPECT_TRUE(card.at("score_bp").is_null());
  EXPECT_EQ(IntAt(card, "conduct_rating"), 4);  // the rating stays
  EXPECT_EQ(StringAt(card, "reopen_reason"), "The October calls were logged late.");
  EXPECT_EQ(IntAt(card, "reopened_by_id"), UserId("director"));
  EXPECT_EQ(As("director", "POST", base + "/reopen", why).status, 409);  // open already
  EXPECT_EQ(As("rep_a", "POST", base + "/acknowledge").status, 409);     // nothing signed

  // Audited: created, rated, signed, acknowledged, re-opened.
  const std::string id = base.substr(base.rfind('/') + 1);
  HttpResult audit =
      As("director", "GET", "/api/v1/audit-events?entity=appraisal-cards&entity_id=" + id);
  EXPECT_EQ(IntAt(audit.Json(), "total"), 5) << audit.body;

  // Live again: a November call logged now counts. 1 / 40 = 2.5 % (weight 5):
  // (60,000 + 80,000 + 1,250) / 55 = 2,568.18 → 2,568, frozen by the next sign.
  HttpResult call = As("rep_a", "POST", "/api/v1/activities",
                       R"({"kind":"call","subject":"Call","status":"done",)"
                       R"("done_at":"2026-11-09T09:00:00+01:00","direction":"outbound",)"
                       R"("outcome":"reached"})");
  ASSERT_EQ(call.status, 201) << call.Describe();
  EXPECT_EQ(Score("rep_a", "rep_a"), 2568);
  HttpResult resigned = As("manager", "POST", base + "/sign");
  ASSERT_EQ(resigned.status, 200) << resigned.Describe();
  EXPECT_EQ(IntAt(resigned.Json(), "score_bp"), 2568);
  EXPECT_TRUE(resigned.Json().at("acknowledged_at").is_null());
  HttpResult ack = As("rep_a", "POST", base + "/acknowledge");
  ASSERT_EQ(ack.status, 200);
  EXPECT_FALSE(ack.Json().at("acknowledged_at").is_null());
}

TEST_P(AppraisalBoardTest, TheTeamListShowsEachCardsState) {
  Card("manager", "rep_a", 3);
  Card("manager", "rep_b", 0);
  HttpResult r = As("manager", "GET", "/api/v1/appraisals/team?month=2026-11");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value team = r.Json();
  std::map<std::string, std::string> states;
  for (const auto& p : team.at("people").as_array()) {
    states[std::string(p.at("name").as_string())] = std::string(p.at("state").as_string());
  }
  // The manager's team but not the manager; rep_c is in another team.
  EXPECT_EQ(states, (std::map<std::string, std::string>{{"rep_a", "rated"}, {"rep_b", "draft"}}));
  HttpResult all = As("director", "GET", "/api/v1/appraisals/team?month=2026-11");
  ASSERT_EQ(all.status, 200);
  const json::value everyone = all.Json();
  EXPECT_EQ(everyone.at("people").as_array().size(), 6u);  // senior, 2 managers, 3 reps
  EXPECT_EQ(As("rep_a", "GET", "/api/v1/appraisals/team?month=2026-11").status, 403);
  HttpResult bad = As("manager", "GET", "/api/v1/appraisals/team?month=2026-13");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "month");
}

TEST_P(AppraisalBoardTest, TheLeaderboardRanksTiesTogetherAndARepSeesOnlyTheirPlace) {
  // rep_a and rep_b rated 5: (60,000 + 100,000) / 55 = 2,909.09 → 2,909; rep_c unrated 1,333.
  Card("manager", "rep_a", 5);
  Card("manager", "rep_b", 5);
  const json::value all = Board("director");
  EXPECT_TRUE(all.at("names_shown").as_bool());
  EXPECT_EQ(all.at("team_size").as_int64(), 3);
  std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> got;
  for (const auto& e : all.at("entries").as_array()) {
    got.emplace_back(std::string(e.at("name").as_string()), e.at("rank").as_int64(),
                     e.at("value_bp").as_int64());
  }
  using T = std::tuple<std::string, std::int64_t, std::int64_t>;
  EXPECT_EQ(got, (std::vector<T>{{"rep_a", 1, 2909}, {"rep_b", 1, 2909}, {"rep_c", 3, 1333}}));
  // The manager ranks their team's reps only.
  EXPECT_EQ(Board("manager").at("entries").as_array().size(), 2u);
  // A rep: their rank and the team's size (Iberia: rep_a, rep_b), no colleague.
  const json::value mine = Board("rep_a");
  EXPECT_FALSE(mine.at("names_shown").as_bool());
  EXPECT_EQ(mine.at("team_size").as_int64(), 2);
  ASSERT_EQ(mine.at("entries").as_array().size(), 1u);
  EXPECT_EQ(mine.at("entries").at(0).at("user_id").as_int64(), UserId("rep_a"));
  EXPECT_EQ(mine.at("entries").at(0).at("rank").as_int64(), 1);
  EXPECT_EQ(Board("rep_c").at("team_size").as_int64(), 1);
  // No revenue target anywhere: n/a, unranked.
  const json::value revenue = Board("director", "attainment_revenue");
  for (const auto& e : revenue.at("entries").as_array()) EXPECT_TRUE(e.at("rank").is_null());
  HttpResult bad = As("director", "GET", "/api/v1/appraisals/leaderboard?month=2026-11&metric=x");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "metric");
}

// Decision 0077: the month per team. rep_a (signed) and rep_b (rated) score 2,909 each in Iberia
// (led by manager), rep_c's open-less card 1,333 in Asia (led by manager2); the director's total
// averages the three: 7,151 / 3 = 2,383.67 → 2,384. Nobody has a revenue target: no attainment.
TEST_P(AppraisalBoardTest, TheRollUpSumsEachTeamAndTheLeaderSeesTheirOwnTeamsOnly) {
  const std::string a = Card("manager", "rep_a", 5);
  ASSERT_EQ(As("manager", "POST", a + "/sign").status, 200);
  Card("manager", "rep_b", 5);
  HttpResult r = As("director", "GET", "/api/v1/appraisals/roll-up?month=2026-11");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value all = r.Json();
  EXPECT_EQ(StringAt(all, "currency"), "EUR");
  const json::array& teams = all.at("teams").as_array();
  ASSERT_EQ(teams.size(), 2u);
  const json::value& asia = teams.at(0);
  const json::value& iberia = teams.at(1);
  EXPECT_EQ(StringAt(asia, "team_name"), "Asia");
  EXPECT_EQ(StringAt(asia, "leader_name"), "manager2");
  EXPECT_EQ(IntAt(asia, "reps"), 1);
  EXPECT_EQ(IntAt(asia.at("score"), "mean_bp"), 1333);
  EXPECT_EQ(StringAt(iberia, "team_name"), "Iberia");
  EXPECT_EQ(StringAt(iberia, "leader_name"), "manager");
  EXPECT_EQ(IntAt(iberia, "reps"), 2);
  EXPECT_EQ(IntAt(iberia.at("score"), "mean_bp"), 2909);
  EXPECT_EQ(IntAt(iberia.at("score"), "count"), 2);
  EXPECT_EQ(IntAt(iberia.at("states"), "signed"), 1);
  EXPECT_EQ(IntAt(iberia.at("states"), "rated"), 1);
  EXPECT_EQ(IntAt(iberia.at("states"), "none"), 0);
  EXPECT_EQ(IntAt(asia.at("states"), "none"), 1);
  // Items: conduct 100 % for both Iberia reps, nobody rated in Asia (n/a, not 0).
  const auto item = [](const json::value& team, const std::string& name) -> const json::value& {
    for (const auto& i : team.at("items").as_array()) {
      if (i.at("item").as_string() == name) return i;
    }
    static const json::value none;
    return none;
  };
  EXPECT_EQ(IntAt(item(iberia, "conduct"), "mean_bp"), 10000);
  EXPECT_TRUE(item(asia, "conduct").at("mean_bp").is_null());
  EXPECT_EQ(IntAt(item(asia, "conduct"), "count"), 0);
  EXPECT_EQ(IntAt(item(iberia, "customers_lost"), "mean_bp"), 12000);
  const json::value& total = all.at("total");
  EXPECT_EQ(IntAt(total, "reps"), 3);
  EXPECT_EQ(IntAt(total.at("score"), "mean_bp"), 2384);
  EXPECT_EQ(IntAt(total.at("score"), "low_bp"), 1333);
  EXPECT_EQ(IntAt(total.at("score"), "high_bp"), 2909);
  EXPECT_TRUE(total.at("sales_attainment_bp").is_null());
  EXPECT_EQ(StringAt(total.at("planned_target"), "amount"), "0.00");
  // The manager and the senior manager (Europe's sub-tree) see Iberia alone; reps none.
  for (const char* leader : {"manager", "senior"}) {
    HttpResult mine = As(leader, "GET", "/api/v1/appraisals/roll-up?month=2026-11");
    ASSERT_EQ(mine.status, 200) << leader << ": " << mine.Describe();
    const json::value v = mine.Json();
    ASSERT_EQ(v.at("teams").as_array().size(), 1u) << leader;
    EXPECT_EQ(StringAt(v.at("teams").at(0), "team_name"), "Iberia") << leader;
    EXPECT_EQ(IntAt(v.at("total"), "reps"), 2) << leader;
  }
  EXPECT_EQ(As("rep_a", "GET", "/api/v1/appraisals/roll-up?month=2026-11").status, 403);
  HttpResult bad = As("director", "GET", "/api/v1/appraisals/roll-up?month=2026-11&team=1");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "team");
}

// Twelve months on one screen: oldest first, each as the scorecard answers it (the signed
// November frozen with its state), months after the current one left out; for whoever may read
// the person's scorecard, a hidden person answering as a missing one.
TEST_P(AppraisalBoardTest, TheHistoryHoldsTwelveMonthsAsTheScorecardAnswersThem) {
  const std::string a = Card("manager", "rep_a", 5);
  ASSERT_EQ(As("manager", "POST", a + "/sign").status, 200);
  const std::string path = "/api/v1/appraisals/history?user_id=" + std::to_string(UserId("rep_a"));
  HttpResult r = As("rep_a", "GET", path + "&month=2026-11");
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value history = r.Json();
  const json::array& months = history.at("months").as_array();
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(StringAt(months.front(), "month"), "2025-12");
  EXPECT_EQ(StringAt(months.back(), "month"), "2026-11");
  EXPECT_EQ(StringAt(months.back(), "state"), "signed");
  EXPECT_TRUE(months.back().at("frozen").as_bool());
  EXPECT_EQ(IntAt(months.back(), "score_bp"), Score("rep_a", "rep_a"));
  EXPECT_EQ(months.back().at("items").as_array().size(), 10u);
  EXPECT_EQ(StringAt(months.at(10), "state"), "none");
  EXPECT_FALSE(months.at(10).at("frozen").as_bool());
  // A month not begun yet is not listed: asked to March 2027, it ends with December 2026.
  HttpResult later = As("manager", "GET", path + "&month=2027-03");
  ASSERT_EQ(later.status, 200) << later.Describe();
  const json::value l = later.Json();
  EXPECT_EQ(l.at("months").as_array().size(), 12u);
  EXPECT_EQ(StringAt(l.at("months").as_array().back(), "month"), "2026-12");
  EXPECT_EQ(StringAt(l.at("months").as_array().front(), "month"), "2026-01");
  // rep_b and the other team's rep do not see rep_a's: as if rep_a did not exist.
  EXPECT_EQ(As("rep_b", "GET", path + "&month=2026-11").status, 404);
  EXPECT_EQ(As("rep_c", "GET", path + "&month=2026-11").status, 404);
  HttpResult bad = As("rep_a", "GET", path);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(StringAt(bad.Json(), "field"), "month");
}

// Decision 0069: the director may show reps their team's whole ranking. Only the director
// writes the setting; a rep then sees their team (Iberia: rep_a, rep_b) with names and figures,
// still not another team's reps; back to own_place, their own entry only.
TEST_P(AppraisalBoardTest, TheDirectorMayShowRepsTheirTeamsRanking) {
  Card("manager", "rep_a", 5);
  const std::string body = R"({"reps_see":"team_ranking"})";
  EXPECT_EQ(As("manager", "POST", "/api/v1/appraisal-settings", body).status, 403);
  HttpResult wrong = As("director", "POST", "/api/v1/appraisal-settings", R"({"reps_see":"all"})");
  EXPECT_EQ(wrong.status, 422) << wrong.Describe();
  EXPECT_EQ(StringAt(wrong.Json(), "field"), "reps_see");
  HttpResult made = As("director", "POST", "/api/v1/appraisal-settings", body);
  ASSERT_EQ(made.status, 201) << made.Describe();
  EXPECT_EQ(StringAt(made.Json(), "scope"), "company");
  // One row for the company: a second is refused.
  EXPECT_EQ(As("director", "POST", "/api/v1/appraisal-settings", body).status, 409);
  const json::value team = Board("rep_b");
  EXPECT_TRUE(team.at("names_shown").as_bool());
  EXPECT_EQ(team.at("team_size").as_int64(), 2);
  std::vector<std::string> names;
  for (const auto& e : team.at("entries").as_array()) names.emplace_back(e.at("name").as_string());
  EXPECT_EQ(names, (std::vector<std::string>{"rep_a", "rep_b"}));  // rep_a rated 5 ranks first
  EXPECT_EQ(Board("rep_c").at("entries").as_array().size(), 1u);   // Asia: rep_c alone
  const std::int64_t id = IntAt(made.Json(), "id");
  HttpResult back = Call("", "PATCH", "/api/v1/appraisal-settings/" + std::to_string(id),
                         R"({"reps_see":"own_place"})",
                         {{"Authorization", "Bearer " + tokens_.at("director")},
                          {"If-Match", ETagOf("appraisal-settings", id)}});
  ASSERT_EQ(back.status, 200) << back.Describe();
  const json::value own = Board("rep_b");
  EXPECT_FALSE(own.at("names_shown").as_bool());
  ASSERT_EQ(own.at("entries").as_array().size(), 1u);
  EXPECT_EQ(own.at("entries").at(0).at("user_id").as_int64(), UserId("rep_b"));
}

// The PDF follows the card's visibility: the rep their own, their manager, the director; a
// colleague meets a missing card and finance has no cards at all.
TEST_P(AppraisalBoardTest, TheCardsPdfIsForWhoMayReadTheCard) {
  const std::string base = Card("manager", "rep_a", 4);
  ASSERT_EQ(As("manager", "POST", base + "/sign").status, 200);
  for (const char* reader : {"rep_a", "manager", "director"}) {
    HttpResult pdf = As(reader, "GET", base + "/pdf");
    ASSERT_EQ(pdf.status, 200) << reader << pdf.Describe();
    EXPECT_EQ(pdf.Header("Content-Type"), "application/pdf");
    EXPECT_TRUE(pdf.body.starts_with("%PDF-")) << reader;
  }
  EXPECT_EQ(As("rep_b", "GET", base + "/pdf").status, 404);
  EXPECT_EQ(As("rep_c", "GET", base + "/pdf").status, 404);
  HttpResult french = As("rep_a", "GET", base + "/pdf?lang=fr");
  EXPECT_EQ(french.status, 422);
  EXPECT_EQ(StringAt(french.Json(), "field"), "lang");
}

SD_INSTANTIATE_API_TEST(AppraisalBoardTest);

}  // namespace
}  // namespace salesdesk::api_test
