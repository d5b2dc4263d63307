// A signed card's figures are stored as JSON and read back strictly (B-R1): what is written
// reads back the same, and a member missing or of the wrong type is an error, never a
// half-shown card.
#include <gtest/gtest.h>

#include "modules/appraisal/app/scorecard.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace ca = core::appraisal;
namespace json = boost::json;

Scorecard Sample() {
  Scorecard s;
  s.user_id = 7;
  s.month = {2026, 11};
  s.base_currency = "EUR";
  s.planned_target = std::nullopt;
  s.actual_sales = 109200;
  s.late_adjustment = 2500;
  s.last_year_sales = 80000;
  s.growth_bp = 3650;
  s.weeks_from = *core::ParseDate("2026-11-02");
  s.weeks_to = *core::ParseDate("2026-11-29");
  s.weeks = 4;
  s.evaluated_on = "2026-12-10";
  s.rows = {
      {ca::Item::kNewCustomers, 10, 12000, 1, 2, 5000, std::nullopt},
      {ca::Item::kGrowth, 10, 12000, 3650, 1000, 12000, std::nullopt},
      {ca::Item::kConduct, 10, 10000, std::nullopt, 5, std::nullopt, NotApplicable::kNotRated}};
  s.score_bp = 8500;
  return s;
}

TEST(AppraisalFrozenFigures, WhatIsStoredReadsBackTheSame) {
  const json::object stored = ScorecardToJson(Sample());
  EXPECT_EQ(stored.at("actual_sales").at("amount").as_string(), "1092.00");
  auto back = ScorecardFromJson(json::parse(json::serialize(stored)));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(json::serialize(ScorecardToJson(*back)), json::serialize(stored));
  EXPECT_EQ(back->rows.at(2).not_applicable, NotApplicable::kNotRated);
  EXPECT_EQ(back->score_bp, 8500);
}

TEST(AppraisalFrozenFigures, AMissingOrMistypedMemberIsRefused) {
  json::object stored = ScorecardToJson(Sample());
  json::object no_score = stored;
  no_score.erase("score_bp");
  EXPECT_FALSE(ScorecardFromJson(no_score).ok());
  json::object text_weight = stored;
  text_weight["rows"].as_array()[0].as_object()["weight"] = "10";
  EXPECT_FALSE(ScorecardFromJson(text_weight).ok());
  json::object other_currency = stored;
  other_currency["actual_sales"].as_object()["currency"] = "USD";
  EXPECT_FALSE(ScorecardFromJson(other_currency).ok());
  json::object unknown_item = stored;
  unknown_item["rows"].as_array()[1].as_object()["item"] = "charm";
  auto refused = ScorecardFromJson(unknown_item);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInternal);
}

}  // namespace
}  // namespace salesdesk::modules::appraisal
