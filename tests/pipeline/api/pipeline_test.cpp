// Pipelines and opportunities through the API (issue 12, docs/pipeline.md): a deal takes its
// stage's probability and forecast category, the owner may override the category in an open
// stage (RULES.md D-R1) and a re-mapped stage moves only the deals that follow it; won and lost
// stages date the deal, a lost one says why; references are checked through the caller's
// visibility; every stage change is recorded; the board sums each column in the company
// currency at the rate of each deal's close date and reports currencies without a rate.
#include "api/api_test_server.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class PipelineTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    pipeline_ = Make("pipelines", {{"name", "Hospitals"}});
    prospect_ = Stage(1, "Prospect", 10, "pipeline");
    proposal_ = Stage(2, "Proposal", 50, "best_case", 14);
    negotiation_ = Stage(3, "Negotiation", 75, "commit");
    won_ = Stage(4, "Won", 100, "closed", 0, "won");
    lost_ = Stage(5, "Lost", 0, "omitted", 0, "lost");
  }

  std::int64_t Make(const std::string& entity, const json::object& body,
                    const std::string& user = "director") {
    HttpResult r = Call(user, "POST", "/api/v1/" + entity, json::serialize(body));
    EXPECT_EQ(r.status, 201) << entity << ": " << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  std::int64_t Stage(int position, const char* name, int probability, const char* category,
                     int rotting_days = 0, const char* flag = nullptr) {
    json::object body{{"pipeline_id", pipeline_},
                      {"position", position},
                      {"name", name},
                      {"probability", probability},
                      {"forecast_category", category}};
    if (rotting_days > 0) body["rotting_days"] = rotting_days;
    if (flag != nullptr) body[flag] = true;
    return Make("pipeline-stages", body);
  }
  json::object Deal(const std::string& owner, const char* amount, const char* currency,
                    const char* close = "2024-04-15") {
    return {{"title", "Infusion pumps for " + owner},
            {"account_id", AccountOf(owner).id},
            {"amount", {{"amount", amount}, {"currency", currency}}},
            {"expected_close", close},
            {"pipeline_id", pipeline_}};
  }
  HttpResult Create(const std::string& user, const json::object& body) {
    return Call(user, "POST", "/api/v1/opportunities", json::serialize(body));
  }
  std::int64_t Opportunity(const std::string& user, const json::object& body) {
    HttpResult r = Create(user, body);
    EXPECT_EQ(r.status, 201) << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  HttpResult Patch(const std::string& user, const std::string& entity, std::int64_t id,
                   const json::object& body) {
    return Call(user, "PATCH", "/api/v1/" + entity + "/" + std::to_string(id),
                json::serialize(body), {{"If-Match", ETagOf(entity, id)}});
  }
  HttpResult Move(const std::string& user, std::int64_t id, json::object body) {
    return Patch(user, "opportunities", id, body);
  }
  json::value Get(const std::string& user, std::int64_t id) {
    HttpResult r = Call(user, "GET", "/api/v1/opportunities/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  void ExpectProblem(const HttpResult& r, int status, const char* field, const char* code) {
    EXPECT_EQ(r.status, status) << field << ": " << r.Describe();
    EXPECT_TRUE(r.IsProblem()) << r.Describe();
    if (field != nullptr) {
      EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    }
    EXPECT_EQ(StringAt(r.Json(), "code"), code) << r.body;
  }
  json::value Board(const std::string& user, const std::string& query = "") {
    HttpResult r =
        Call(user, "GET", "/api/v1/pipelines/" + std::to_string(pipeline_) + "/board" + query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  }
  static const json::value& Column(const json::value& board, std::int64_t stage) {
    for (const auto& c : board.at("columns").as_array()) {
      if (IntAt(c.at("stage"), "id") == stage) return c;
    }
    throw std::runtime_error("no column of stage " + std::to_string(stage));
  }

  std::int64_t pipeline_ = 0, prospect_ = 0, proposal_ = 0, negotiation_ = 0, won_ = 0, lost_ = 0;
};

TEST_P(PipelineTest, ADealTakesItsStagesDefaultsAndTheOwnerMayOverrideTheCategory) {
  HttpResult created = Create("rep_a", Deal("rep_a", "1000", "EUR"));
  ASSERT_EQ(created.status, 201) << created.Describe();
  const std::int64_t id = IntAt(created.Json(), "id");
  EXPECT_EQ(IntAt(created.Json(), "stage_id"), prospect_);  // the pipeline's first stage
  EXPECT_EQ(IntAt(created.Json(), "probability"), 10);
  EXPECT_EQ(StringAt(created.Json(), "forecast_category"), "pipeline");
  EXPECT_EQ(IntAt(created.Json(), "owner_id"), UserId("rep_a"));

  HttpResult moved = Move("rep_a", id, {{"stage_id", proposal_}});
  ASSERT_EQ(moved.status, 200) << moved.Describe();
  EXPECT_EQ(IntAt(moved.Json(), "probability"), 50);
  EXPECT_EQ(StringAt(moved.Json(), "forecast_category"), "best_case");
  EXPECT_FALSE(moved.Json().at("category_overridden").as_bool());

  // The owner overrides the category and the probability; the stage stays.
  HttpResult commit = Move("rep_a", id, {{"forecast_category", "commit"}, {"probability", 65}});
  ASSERT_EQ(commit.status, 200) << commit.Describe();
  EXPECT_EQ(StringAt(commit.Json(), "forecast_category"), "commit");
  EXPECT_EQ(IntAt(commit.Json(), "probability"), 65);
  EXPECT_TRUE(commit.Json().at("category_overridden").as_bool());
  // Closed is a won stage's alone.
  ExpectProblem(Move("rep_a", id, {{"forecast_category", "closed"}}), 422, "forecast_category",
                "pipeline.category_not_allowed");
  // A stage given with its pipeline must be one of its stages.
  const std::int64_t other = Make("pipelines", {{"name", "Tenders"}});
  ExpectProblem(Move("rep_a", id, {{"pipeline_id", other}, {"stage_id", negotiation_}}), 422,
                "stage_id", "pipeline.stage_other_pipeline");

  // D-R1: re-mapping the stage moves the deals that follow it, not the overridden one.
  const std::int64_t follower = Opportunity("rep_a", Deal("rep_a", "200", "EUR"));
  ASSERT_EQ(Move("rep_a", follower, {{"stage_id", proposal_}}).status, 200);
  HttpResult remap =
      Patch("director", "pipeline-stages", proposal_, {{"forecast_category", "pipeline"}});
  ASSERT_EQ(remap.status, 200) << remap.Describe();
  EXPECT_EQ(StringAt(Get("rep_a", follower), "forecast_category"), "pipeline");
  EXPECT_EQ(StringAt(Get("rep_a", id), "forecast_category"), "commit");

  // A new stage drops the override: the deal takes the stage's category and probability.
  HttpResult next = Move("rep_a", id, {{"stage_id", negotiation_}});
  ASSERT_EQ(next.status, 200) << next.Describe();
  EXPECT_EQ(StringAt(next.Json(), "forecast_category"), "commit");
  EXPECT_FALSE(next.Json().at("category_overridden").as_bool());
  EXPECT_EQ(IntAt(next.Json(), "probability"), 75);
}

TEST_P(PipelineTest, StagesKeepWonClosedAndLostOmitted) {
  json::object won{{"pipeline_id", pipeline_}, {"position", 6}, {"name", "Signed"},
                   {"probability", 100},       {"won", true},   {"forecast_category", "commit"}};
  HttpResult r = Call("director", "POST", "/api/v1/pipeline-stages", json::serialize(won));
  ExpectProblem(r, 422, "forecast_category", "pipeline.stage_won_closed");
  won["forecast_category"] = "closed";
  won["lost"] = true;
  r = Call("director", "POST", "/api/v1/pipeline-stages", json::serialize(won));
  ExpectProblem(r, 422, "lost", "pipeline.stage_won_and_lost");
  ExpectProblem(Patch("director", "pipeline-stages", prospect_, {{"forecast_category", "closed"}}),
                422, "forecast_category", "pipeline.stage_closed_needs_won");
  EXPECT_EQ(Call("rep_a", "POST", "/api/v1/pipeline-stages", json::serialize(won)).status, 403);
}

TEST_P(PipelineTest, WonAndLostDealsAreDatedAndALostOneSaysWhy) {
  const std::int64_t competitor = Make("competitors", {{"name", "Nordklinik AB"}}, "rep_a");
  const std::int64_t id = Opportunity("rep_a", Deal("rep_a", "1000", "EUR"));
  ExpectProblem(Move("rep_a", id, {{"lost_reason", "price"}}), 422, "lost_reason",
                "pipeline.lost_only");
  ExpectProblem(Move("rep_a", id, {{"stage_id", lost_}}), 422, "lost_reason",
                "pipeline.lost_reason_required");
  HttpResult lost = Move(
      "rep_a", id,
      {{"stage_id", lost_}, {"lost_reason", "competitor"}, {"lost_competitor_id", competitor}});
  ASSERT_EQ(lost.status, 200) << lost.Describe();
  EXPECT_EQ(StringAt(lost.Json(), "forecast_category"), "omitted");
  EXPECT_EQ(StringAt(lost.Json(), "closed_on"), "2024-03-01");
  EXPECT_EQ(IntAt(lost.Json(), "probability"), 0);
  // Reopened: the reason and the date no longer describe it.
  HttpResult reopened = Move("rep_a", id, {{"stage_id", negotiation_}});
  ASSERT_EQ(reopened.status, 200) << reopened.Describe();
  EXPECT_TRUE(reopened.Json().at("lost_reason").is_null());
  EXPECT_TRUE(reopened.Json().at("lost_competitor_id").is_null());
  EXPECT_TRUE(reopened.Json().at("closed_on").is_null());
  HttpResult won = Move("rep_a", id, {{"stage_id", won_}});
  ASSERT_EQ(won.status, 200) << won.Describe();
  EXPECT_EQ(StringAt(won.Json(), "forecast_category"), "closed");
  EXPECT_EQ(StringAt(won.Json(), "closed_on"), "2024-03-01");
  ExpectProblem(Move("rep_a", id, {{"forecast_category", "commit"}}), 422, "forecast_category",
                "pipeline.category_not_allowed");
  // The Won column shows the last 90 days' wins by default; older ones on request. A deal won
  // 91 days ago (the clock set back for the move) is off the default board.
  const core::Timestamp today = clock().Now();
  const std::int64_t old = Opportunity("rep_a", Deal("rep_a", "500", "EUR"));
  clock().Set(*core::Timestamp::FromMicros(today.micros_since_epoch() - 91LL * 86'400'000'000));
  ASSERT_EQ(Move("rep_a", old, {{"stage_id", won_}}).status, 200);
  clock().Set(today);
  const json::value board = Board("rep_a");
  EXPECT_EQ(StringAt(board, "closed_since"), "2023-12-02");
  EXPECT_EQ(IntAt(Column(board, won_), "count"), 1);
  EXPECT_EQ(IntAt(Column(Board("rep_a", "?closed_days=91"), won_), "count"), 2);
  ExpectProblem(Call("rep_a", "GET",
                     "/api/v1/pipelines/" + std::to_string(pipeline_) + "/board?closed_days=-1"),
                400, "query.closed_days", "field.out_of_range");
}

TEST_P(PipelineTest, ReferencesAreCheckedThroughTheCallersVisibility) {
  // Someone else's account answers like a missing one.
  json::object hidden = Deal("rep_a", "10", "EUR");
  hidden["account_id"] = AccountOf("rep_b").id;
  HttpResult h = Create("rep_a", hidden);
  hidden["account_id"] = 987654;
  HttpResult m = Create("rep_a", hidden);
  ASSERT_EQ(h.status, 422) << h.Describe();
  EXPECT_EQ(h.status, m.status);
  EXPECT_EQ(StringAt(h.Json(), "field"), "account_id");
  EXPECT_EQ(StringAt(h.Json(), "code"), StringAt(m.Json(), "code"));

  // The contact belongs to the account (the director sees both).
  json::object wrong = Deal("rep_a", "10", "EUR");
  wrong["contact_id"] = AccountOf("rep_b").contact_id;
  ExpectProblem(Create("director", wrong), 422, "contact_id", "pipeline.contact_other_account");
  wrong["contact_id"] = AccountOf("rep_a").contact_id;
  EXPECT_EQ(Create("director", wrong).status, 201);

  // Competitors: ids of competitors, kept sorted and once each.
  const std::int64_t a = Make("competitors", {{"name", "Alpina"}}, "rep_a");
  const std::int64_t b = Make("competitors", {{"name", "Rhein"}}, "rep_a");
  json::object with = Deal("rep_a", "10", "EUR");
  with["competitor_ids"] = json::array{b, a, b};
  HttpResult kept = Create("rep_a", with);
  ASSERT_EQ(kept.status, 201) << kept.Describe();
  EXPECT_EQ(json::serialize(kept.Json().at("competitor_ids")),
            json::serialize(json::array{std::min(a, b), std::max(a, b)}));
  with["competitor_ids"] = json::array{a, 99999};
  ExpectProblem(Create("rep_a", with), 422, "competitor_ids", "pipeline.no_competitor");
  with["competitor_ids"] = json::array{"x"};
  ExpectProblem(Create("rep_a", with), 422, "competitor_ids", "pipeline.competitor_ids_shape");
  // Neither a stage nor a pipeline.
  json::object nowhere = Deal("rep_a", "10", "EUR");
  nowhere.erase("pipeline_id");
  ExpectProblem(Create("rep_a", nowhere), 422, "stage_id", "pipeline.stage_required");
}

TEST_P(PipelineTest, EveryStageChangeIsRecordedAndReadLikeItsDeal) {
  const std::int64_t id = Opportunity("rep_a", Deal("rep_a", "1000", "EUR"));
  ASSERT_TRUE(clock().Advance(3LL * 86'400'000'000 + 3'600'000'000).ok());
  ASSERT_EQ(Move("rep_a", id, {{"stage_id", proposal_}}).status, 200);
  ASSERT_EQ(Move("rep_a", id, {{"notes", "no move"}}).status, 200);
  ASSERT_TRUE(clock().Advance(86'400'000'000).ok());
  ASSERT_EQ(Move("manager", id, {{"stage_id", negotiation_}}).status, 200);

  const std::string list =
      "/api/v1/opportunity-stage-changes?opportunity_id=" + std::to_string(id) + "&sort=id";
  HttpResult r = Call("rep_a", "GET", list);
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value doc = r.Json();
  const auto& items = doc.at("items").as_array();
  ASSERT_EQ(items.size(), 2u) << r.body;
  EXPECT_EQ(IntAt(items[0], "from_stage_id"), prospect_);
  EXPECT_EQ(IntAt(items[0], "to_stage_id"), proposal_);
  EXPECT_EQ(IntAt(items[0], "changed_by_id"), UserId("rep_a"));
  EXPECT_EQ(IntAt(items[0], "days_in_from"), 3);
  EXPECT_EQ(IntAt(items[1], "from_stage_id"), proposal_);
  EXPECT_EQ(IntAt(items[1], "to_stage_id"), negotiation_);
  EXPECT_EQ(IntAt(items[1], "changed_by_id"), UserId("manager"));
  EXPECT_EQ(IntAt(items[1], "days_in_from"), 1);
  // Read like the deal: not by another rep, nor by another team's leader; never written.
  EXPECT_EQ(Call("rep_b", "GET", list).Json().at("items").as_array().size(), 0u);
  EXPECT_EQ(Call("manager2", "GET", list).Json().at("items").as_array().size(), 0u);
  EXPECT_EQ(Call("director", "GET", list).Json().at("items").as_array().size(), 2u);
  EXPECT_EQ(Call("director", "POST", "/api/v1/opportunity-stage-changes", "{}").status, 405);
}

TEST_P(PipelineTest, TheBoardFlagsRottingDeals) {
  // Deals written in the past (the seeded tokens would expire if the clock ran ahead).
  constexpr std::int64_t kDay = 86'400'000'000;
  const std::int64_t now = clock().Now().micros_since_epoch();
  auto at = [&](std::int64_t days_ago) {
    clock().Set(*core::Timestamp::FromMicros(now - days_ago * kDay));
  };
  at(400);
  const std::int64_t old = Opportunity("rep_a", Deal("rep_a", "1", "EUR"));
  at(15);
  const std::int64_t slow = Opportunity("rep_a", Deal("rep_a", "1000", "EUR"));
  ASSERT_EQ(Move("rep_a", slow, {{"stage_id", proposal_}}).status, 200);
  at(1);
  const std::int64_t fresh = Opportunity("rep_a", Deal("rep_a", "1000", "EUR"));
  ASSERT_EQ(Move("rep_a", fresh, {{"stage_id", proposal_}}).status, 200);
  json::value board = Board("rep_a");
  auto card_of = [&](std::int64_t stage, std::int64_t id) -> json::value {
    for (const auto& c : Column(board, stage).at("cards").as_array()) {
      if (IntAt(c.at("opportunity"), "id") == id) return c;
    }
    ADD_FAILURE() << "no card " << id;
    return json::object{{"days_in_stage", -1}, {"rotting", false}};
  };
  EXPECT_EQ(IntAt(card_of(proposal_, slow), "days_in_stage"), 14);
  EXPECT_FALSE(card_of(proposal_, slow).at("rotting").as_bool());  // the limit, not beyond it
  at(0);
  board = Board("rep_a");
  EXPECT_EQ(IntAt(card_of(proposal_, slow), "days_in_stage"), 15);
  EXPECT_TRUE(card_of(proposal_, slow).at("rotting").as_bool());
  EXPECT_EQ(IntAt(card_of(proposal_, fresh), "days_in_stage"), 1);
  EXPECT_FALSE(card_of(proposal_, fresh).at("rotting").as_bool());
  // A stage without a limit never rots.
  EXPECT_EQ(IntAt(card_of(prospect_, old), "days_in_stage"), 400);
  EXPECT_FALSE(card_of(prospect_, old).at("rotting").as_bool());
}

TEST_P(PipelineTest, BoardTotalsConvertAtTheCloseDatesRateAndReportMissingRates) {
  // EUR is the company currency; EUR->USD is 1.08 from 2024-01-01 (seeded) and 1.25 from
  // 2024-06-01: a USD deal closing in April converts at 1/1.08, one closing in July at 0.8.
  SysCreate("exchange-rates", {{"from_currency", "EUR"},
                               {"to_currency", "USD"},
                               {"rate", "1.25"},
                               {"valid_on", "2024-06-01"}});
  for (const auto& [amount, currency, close] :
       std::vector<std::tuple<const char*, const char*, const char*>>{
           {"1000", "USD", "2024-04-15"},
           {"500", "USD", "2024-07-01"},
           {"300", "EUR", "2024-05-01"},
           {"200", "GBP", "2024-05-01"},
           {"50", "GBP", "2024-05-02"}}) {
    const std::int64_t id = Opportunity("rep_a", Deal("rep_a", amount, currency, close));
    ASSERT_EQ(Move("rep_a", id, {{"stage_id", negotiation_}}).status, 200);
  }
  const json::value board = Board("rep_a");
  EXPECT_EQ(StringAt(board, "currency"), "EUR");
  const json::value& column = Column(board, negotiation_);
  EXPECT_EQ(IntAt(column, "count"), 5);
  // 1000 / 1.08 = 925.93 (rounded once per deal), 500 * 0.8 = 400.00, 300.00.
  EXPECT_EQ(StringAt(column.at("total"), "amount"), "1625.93");
  EXPECT_EQ(StringAt(column.at("total"), "currency"), "EUR");
  EXPECT_EQ(IntAt(column, "converted_count"), 3);
  EXPECT_EQ(json::serialize(column.at("unconverted")),
            json::serialize(json::array{{{"amount", "250.00"}, {"currency", "GBP"}}}));
  EXPECT_EQ(StringAt(column, "first_rate_date"), "2024-01-01");
  EXPECT_EQ(StringAt(column, "last_rate_date"), "2024-06-01");
  const auto& first = column.at("cards").at(0);  // soonest close first
  EXPECT_EQ(StringAt(first.at("converted"), "amount"), "925.93");
  EXPECT_EQ(StringAt(first, "rate"), "0.92592593");
  EXPECT_EQ(StringAt(first, "rate_date"), "2024-01-01");
  const auto& last_gbp = column.at("cards").at(3);  // 2024-05-02
  EXPECT_EQ(StringAt(last_gbp.at("opportunity").at("amount"), "currency"), "GBP");
  EXPECT_TRUE(last_gbp.at("converted").is_null());  // no GBP rate
  EXPECT_TRUE(last_gbp.at("rate").is_null());
  EXPECT_EQ(StringAt(Column(board, prospect_).at("total"), "amount"), "0.00");

  // Capped per column, counted in full.
  const json::value capped = Board("rep_a", "?limit=2");
  EXPECT_EQ(Column(capped, negotiation_).at("cards").as_array().size(), 2u);
  EXPECT_EQ(IntAt(Column(capped, negotiation_), "count"), 5);
  EXPECT_EQ(StringAt(Column(capped, negotiation_).at("total"), "amount"), "1625.93");
  // Another rep sees none of these deals; finance and the manager see them all.
  EXPECT_EQ(IntAt(Column(Board("rep_b"), negotiation_), "count"), 0);
  EXPECT_EQ(IntAt(Column(Board("manager"), negotiation_), "count"), 5);
  EXPECT_EQ(IntAt(Column(Board("finance"), negotiation_), "count"), 5);
  EXPECT_EQ(IntAt(Column(Board("manager2"), negotiation_), "count"), 0);
  const std::string path = "/api/v1/pipelines/" + std::to_string(pipeline_) + "/board";
  EXPECT_EQ(Call("admin", "GET", path).status, 403);
  ExpectProblem(Call("rep_a", "GET", path + "?limit=0"), 400, "query.limit",
                "pipeline.board_limit");
  ExpectProblem(Call("rep_a", "GET", path + "?page=2"), 400, "query.page",
                "pipeline.board_parameter");
  EXPECT_EQ(Call("rep_a", "GET", "/api/v1/pipelines/987654/board").status, 404);
}

TEST_P(PipelineTest, WinLossRatesPerOwnerCompetitorAndSourceWithLostReasons) {
  // Closed today (2024-03-01). rep_a: won 1,000.00 EUR against Alpina; won 540.00 USD against
  // Alpina and Rhein (540 / 1.08 = 500.00 EUR); lost 500.00 EUR to Alpina on price. rep_b: lost
  // 3,000.00 EUR to Rhein; lost 200.00 GBP (no rate) on timing, no competitor, from a campaign.
  const std::int64_t alpina = Make("competitors", {{"name", "Alpina"}}, "rep_a");
  const std::int64_t rhein = Make("competitors", {{"name", "Rhein"}}, "rep_a");
  const std::string a = std::to_string(alpina), b = std::to_string(rhein);
  auto close = [&](const std::string& owner, const char* amount, const char* currency,
                   json::array competitors, std::int64_t stage, const char* reason) {
    json::object deal = Deal(owner, amount, currency);
    if (!competitors.empty()) deal["competitor_ids"] = competitors;
    if (competitors.empty()) deal["campaign"] = "Medica 2023";
    const std::int64_t id = Opportunity(owner, deal);
    json::object move{{"stage_id", stage}};
    if (reason != nullptr) move["lost_reason"] = reason;
    ASSERT_EQ(Move(owner, id, move).status, 200);
  };
  close("rep_a", "1000", "EUR", {alpina}, won_, nullptr);
  close("rep_a", "540", "USD", {alpina, rhein}, won_, nullptr);
  close("rep_a", "500", "EUR", {alpina}, lost_, "price");
  close("rep_b", "3000", "EUR", {rhein}, lost_, "competitor");
  close("rep_b", "200", "GBP", {}, lost_, "timing");

  auto win_loss = [&](const std::string& user, const std::string& query) {
    HttpResult r = Call(user, "GET", "/api/v1/pipeline/win-loss" + query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.Json();
  };
  auto row = [](const json::value& report, const std::string& key) -> const json::value& {
    for (const auto& r : report.at("rows").as_array()) {
      if (StringAt(r, "key") == key) return r;
    }
    throw std::runtime_error("no row " + key);
  };
  // Per owner: rep_a 2 of 3 = 6,667 bp; by value 1,500.00 of 2,000.00 = 7,500 bp. rep_b 0 of 2;
  // by value 0 of 3,000.00 = 0 bp (the GBP loss is listed, not added).
  const json::value owners = win_loss("director", "");
  EXPECT_EQ(StringAt(owners, "from"), "2023-03-03");  // 365 days to today, both counted
  EXPECT_EQ(StringAt(owners, "to"), "2024-03-01");
  const json::value& rep_a = row(owners, std::to_string(UserId("rep_a")));
  EXPECT_EQ(IntAt(rep_a, "count_bp"), 6'667);
  EXPECT_EQ(IntAt(rep_a, "amount_bp"), 7'500);
  EXPECT_EQ(StringAt(rep_a.at("won"), "amount"), "1500.00");
  EXPECT_FALSE(StringAt(rep_a, "label").empty());
  const json::value& rep_b = row(owners, std::to_string(UserId("rep_b")));
  EXPECT_EQ(IntAt(rep_b, "lost_count"), 2);
  EXPECT_EQ(IntAt(rep_b, "count_bp"), 0);
  EXPECT_EQ(StringAt(rep_b.at("lost"), "amount"), "3000.00");
  EXPECT_EQ(json::serialize(rep_b.at("lost_unconverted")),
            json::serialize(json::array{{{"amount", "200.00"}, {"currency", "GBP"}}}));
  // Total: 2 won of 5 = 4,000 bp; 1,500.00 of 5,000.00 = 3,000 bp.
  EXPECT_EQ(IntAt(owners.at("total"), "count_bp"), 4'000);
  EXPECT_EQ(IntAt(owners.at("total"), "amount_bp"), 3'000);
  // Lost reasons, most first; ties in reason order.
  const auto& reasons = owners.at("lost_reasons").as_array();
  ASSERT_EQ(reasons.size(), 3u);
  EXPECT_EQ(StringAt(reasons[0], "reason"), "competitor");
  EXPECT_EQ(StringAt(reasons[0].at("amount"), "amount"), "3000.00");
  EXPECT_EQ(StringAt(reasons[2], "reason"), "timing");
  EXPECT_EQ(StringAt(reasons[2].at("amount"), "amount"), "0.00");

  // Per competitor met: Alpina as rep_a; Rhein won 500.00 (the shared deal), lost 3,000.00 →
  // 1 of 2 = 5,000 bp, 500 / 3,500 = 1,429 bp; the deal without one is "none" with no value rate.
  const json::value met = win_loss("director", "?group=competitor");
  EXPECT_EQ(StringAt(row(met, a), "label"), "Alpina");
  EXPECT_EQ(IntAt(row(met, a), "count_bp"), 6'667);
  EXPECT_EQ(IntAt(row(met, b), "count_bp"), 5'000);
  EXPECT_EQ(IntAt(row(met, b), "amount_bp"), 1'429);
  EXPECT_TRUE(row(met, "none").at("amount_bp").is_null());
  EXPECT_EQ(IntAt(met.at("total"), "won_count"), 2);  // the shared deal counts once

  const json::value sources = win_loss("director", "?group=source");
  EXPECT_EQ(IntAt(row(sources, "direct"), "won_count"), 2);
  EXPECT_EQ(IntAt(row(sources, "campaign"), "lost_count"), 1);

  // A rep sees their own deals only; a window before the closes holds nothing.
  const json::value own = win_loss("rep_b", "");
  ASSERT_EQ(own.at("rows").as_array().size(), 1u);
  EXPECT_EQ(IntAt(own.at("total"), "lost_count"), 2);
  const json::value before = win_loss("director", "?from=2024-01-01&to=2024-02-29");
  EXPECT_TRUE(before.at("rows").as_array().empty());
  EXPECT_TRUE(before.at("total").at("count_bp").is_null());

  EXPECT_EQ(Call("admin", "GET", "/api/v1/pipeline/win-loss").status, 403);
  ExpectProblem(Call("director", "GET", "/api/v1/pipeline/win-loss?group=region"), 400,
                "query.group", "pipeline.win_loss_group");
  ExpectProblem(Call("director", "GET", "/api/v1/pipeline/win-loss?from=2024-03-02&to=2024-03-01"),
                400, "query.from", "pipeline.win_loss_range");
  ExpectProblem(Call("director", "GET", "/api/v1/pipeline/win-loss?since=2024-01-01"), 400,
                "query.since", "pipeline.win_loss_parameter");
}

SD_INSTANTIATE_API_TEST(PipelineTest);

}  // namespace
}  // namespace salesdesk::api_test
