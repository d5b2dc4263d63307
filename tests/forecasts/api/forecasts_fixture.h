// The forecasts API scenarios' fixture (issue 12): a pipeline with one stage per forecast
// category, deals of the seeded people, adjustments, grids and snapshots. The test clock is
// 1 Mar 2024; the seeded company is in Europe/Madrid.
#pragma once

#include "api/api_test_server.h"
#include "modules/forecasts/app/snapshot_job.h"

namespace salesdesk::api_test {

namespace json = boost::json;

class ForecastsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    pipeline_ = Make("pipelines", {{"name", "Hospitals"}});
    prospect_ = Stage(1, "Prospect", 10, "pipeline");
    proposal_ = Stage(2, "Proposal", 50, "best_case");
    commit_ = Stage(3, "Negotiation", 75, "commit");
    won_ = Stage(4, "Won", 100, "closed", "won");
  }

  std::int64_t Make(const std::string& entity, const json::object& body,
                    const std::string& user = "director") {
    HttpResult r = Call(user, "POST", "/api/v1/" + entity, json::serialize(body));
    EXPECT_EQ(r.status, 201) << entity << ": " << r.Describe();
    return r.status == 201 ? IntAt(r.Json(), "id") : 0;
  }
  std::int64_t Stage(int position, const char* name, int probability, const char* category,
                     const char* flag = nullptr) {
    json::object body{{"pipeline_id", pipeline_},
                      {"position", position},
                      {"name", name},
                      {"probability", probability},
                      {"forecast_category", category}};
    if (flag != nullptr) body[flag] = true;
    return Make("pipeline-stages", body);
  }
  // A deal of `owner` in `stage`, expected to close on `close`.
  std::int64_t Deal(const std::string& owner, std::int64_t stage, const char* amount,
                    const char* currency = "EUR", const char* close = "2024-03-20") {
    return Make("opportunities",
                {{"title", "Infusion pumps " + std::to_string(++deals_)},
                 {"account_id", AccountOf(owner).id},
                 {"amount", {{"amount", amount}, {"currency", currency}}},
                 {"expected_close", close},
                 {"stage_id", stage}},
                owner);
  }
  void Move(std::int64_t deal, json::object body) {
    HttpResult r = Call("director", "PATCH", "/api/v1/opportunities/" + std::to_string(deal),
                        json::serialize(body), {{"If-Match", ETagOf("opportunities", deal)}});
    ASSERT_EQ(r.status, 200) << r.Describe();
  }
  HttpResult Adjust(const std::string& user, const std::string& person, const char* period,
                    const char* category, std::int64_t value, Headers headers = {}) {
    json::object body{{"person", UserId(person)},
                      {"period", period},
                      {"category", category},
                      {"value", value},
                      {"reason", "Hospital budget confirmed by phone"}};
    return Call(user, "POST", "/api/v1/forecast-adjustments", json::serialize(body), headers);
  }
  json::value Grid(const std::string& user, const std::string& query = "period=2024-03") {
    HttpResult r = Call(user, "GET", "/api/v1/forecasts/grid?" + query);
    EXPECT_EQ(r.status, 200) << r.Describe();
    return r.status == 200 ? r.Json() : json::value(json::object{{"people", json::array{}}});
  }
  // The history of a cell of March 2024 as `user` reads it (GET /forecasts/adjustments).
  HttpResult History(const std::string& user, const std::string& person) {
    return Call(user, "GET",
                "/api/v1/forecasts/adjustments?person=" + std::to_string(UserId(person)) +
                    "&period=2024-03");
  }
  // One person's row of a grid; throws when the grid has none.
  json::value Row(const json::value& grid, const std::string& person) {
    for (const auto& p : grid.at("people").as_array()) {
      if (IntAt(p, "user_id") == UserId(person)) return p;
    }
    throw std::runtime_error("no row of " + person);
  }
  std::vector<std::int64_t> People(const json::value& grid) {
    std::vector<std::int64_t> ids;
    for (const auto& p : grid.at("people").as_array()) ids.push_back(IntAt(p, "user_id"));
    return ids;
  }
  static std::int64_t At(const json::value& row, const char* figures, const char* column) {
    return row.at(figures).at(column).as_int64();
  }
  void SetDay(const char* day) {
    clock().Set(*core::ParseTimestamp(std::string(day) + "T09:00:00Z"));
  }
  void Snapshot(const char* monday) {
    auto rows = modules::forecasts::TakeSnapshot(api().store(), *core::ParseDate(monday),
                                                 clock().Now().micros_since_epoch());
    ASSERT_TRUE(rows.ok()) << rows.error().message;
  }

  std::int64_t pipeline_ = 0, prospect_ = 0, proposal_ = 0, commit_ = 0, won_ = 0;
  int deals_ = 0;
};

}  // namespace salesdesk::api_test
