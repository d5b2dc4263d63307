// The desk's conversions between stored records / request bodies and the core's types: pricing
// rules from records (bands, seasons, scopes, rounding), quote bodies, and deviations as JSON.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "core/money/currency.h"
#include "modules/sales/app/pricing_json.h"
#include "modules/sales/app/pricing_records.h"
#include "modules/sales/app/quote_authority.h"
#include "modules/sales/app/quote_input.h"

namespace salesdesk::app::sales {
namespace {

namespace pricing = core::pricing;
namespace quotes = core::quotes;

Record Rule(Record extra = {}) {
  Record r{{"id", std::int64_t{7}},
           {"name", std::string("Summer")},
           {"scope", std::string("all")},
           {"action", std::string("percent_discount")},
           {"bands", std::string(R"([{"min_quantity":"0","percent":"12"}])")}};
  for (auto& [k, v] : extra) r[k] = v;
  return r;
}

std::string FieldOfError(const Record& r) {
  auto rule = RuleFromRecord(r);
  return rule.ok() ? "<ok>" : rule.error().field;
}

TEST(RuleFromRecord, ReadsSeasonBandsAndScope) {
  auto rule = RuleFromRecord(Rule({{"season_from", std::string("06-01")},
                                   {"season_to", std::string("08-31")},
                                   {"priority", std::int64_t{5}}}));
  ASSERT_TRUE(rule.ok()) << rule.error().message;
  EXPECT_EQ(rule->id, 7);
  EXPECT_EQ(rule->priority, 5);
  EXPECT_EQ(rule->scope, pricing::RuleScope::kAll);
  ASSERT_TRUE(rule->season.has_value());
  EXPECT_EQ(rule->season->from_month, 6);
  EXPECT_EQ(rule->season->to_day, 31);
  ASSERT_EQ(rule->bands.size(), 1u);
  EXPECT_EQ(rule->bands[0].percent, core::Percent::Parse("12").value());
}

TEST(RuleFromRecord, FixedPriceBandsCarryPricesAndTheCurrency) {
  auto rule =
      RuleFromRecord(Rule({{"action", std::string("fixed_price")},
                           {"currency", std::string("EUR")},
                           {"tier_mode", std::string("graduated")},
                           {"bands", std::string(R"([{"min_quantity":"0","price":"10.5"},)"
                                                 R"({"min_quantity":"100","price":"9.75"}])")}}));
  ASSERT_TRUE(rule.ok()) << rule.error().message;
  EXPECT_EQ(rule->tier_mode, pricing::TierMode::kGraduated);
  EXPECT_EQ(rule->bands[1].price, core::UnitPrice::Parse("9.75").value());
  EXPECT_EQ(rule->bands[1].min_quantity, core::Quantity::Parse("100").value());
  EXPECT_EQ(rule->currency->code(), "EUR");
}

TEST(RuleFromRecord, ErrorsNameTheFieldToFix) {
  EXPECT_EQ(FieldOfError(Rule({{"bands", std::string("{}")}})), "bands");
  EXPECT_EQ(FieldOfError(Rule({{"bands", std::string(R"([{"min_quantity":"5","percent":"1"},)"
                                                     R"({"min_quantity":"5","percent":"2"}])")}})),
            "bands[1].min_quantity");
  EXPECT_EQ(FieldOfError(Rule({{"bands", std::string(R"([{"min_quantity":"0"}])")}})),
            "bands[0].percent");
  EXPECT_EQ(FieldOfError(Rule({{"bands", std::string(R"([{"min_quantity":"0","pct":"1"}])")}})),
            "bands[0].pct");
  EXPECT_EQ(FieldOfError(Rule({{"scope", std::string("category")}})), "category_id");
  EXPECT_EQ(FieldOfError(Rule({{"scope", std::string("product")}})), "product_id");
  EXPECT_EQ(FieldOfError(
                Rule({{"season_from", std::string("13-01")}, {"season_to", std::string("08-31")}})),
            "season_from");
  EXPECT_EQ(FieldOfError(Rule({{"season_from", std::string("06-01")}})), "season_to");
  EXPECT_EQ(FieldOfError(
                Rule({{"season_from", std::string("02-30")}, {"season_to", std::string("03-01")}})),
            "season_from");
  EXPECT_EQ(FieldOfError(Rule({{"rounding", std::string("step")}})), "rounding_step");
  EXPECT_EQ(FieldOfError(Rule({{"valid_from", std::string("2026-13-01")}})), "valid_from");
}

TEST(DecodeQuoteInput, GivesKeysToLinesAndNamesEveryBadField) {
  auto ok = DecodeQuoteInput(
      R"({"account_id":1,"price_list_id":2,"lines":[{"product_id":3,"quantity":"2"},)"
      R"({"product_id":4,"quantity":"1.5","manual_discount_pct":"7.5","line_key":"X"}]})",
      true);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  ASSERT_EQ(ok->lines.size(), 2u);
  EXPECT_EQ(ok->lines[0].line_key, "L1");
  EXPECT_EQ(ok->lines[1].line_key, "X");
  EXPECT_EQ(ok->lines[1].manual_discount, core::Percent::Parse("7.5").value());
  EXPECT_EQ(ok->lines[1].quantity, core::Quantity::Parse("1.5").value());

  auto bad = DecodeQuoteInput(
      R"({"account_id":1,"price_list_id":2,"status":"approved","lines":[)"
      R"({"product_id":3,"quantity":"0"},)"
      R"({"product_id":3,"quantity":"1","manual_unit_price":"5","manual_discount_pct":"1"},)"
      R"({"product_id":3,"quantity":"1","colour":"red","line_key":"L1"}]})",
      true);
  ASSERT_FALSE(bad.ok());
  std::set<std::string> fields;
  for (const auto& issue : bad.error().issues) fields.insert(issue.field);
  EXPECT_EQ(fields,
            (std::set<std::string>{"status", "lines[0].quantity", "lines[1].manual_discount_pct",
                                   "lines[2].colour", "lines[2].line_key"}));
  auto no_lines = DecodeQuoteInput(R"({"account_id":1,"price_list_id":2})", true);
  ASSERT_FALSE(no_lines.ok());
  EXPECT_EQ(no_lines.error().field, "lines");
}

TEST(DeviationsJson, RoundTripsWithFiguresAndHidesMarginFiguresWithoutCost) {
  const core::Currency eur = core::ParseCurrency("EUR").value();
  std::vector<quotes::Deviation> in = {
      {quotes::DeviationScope::kLine, 0, "L1", quotes::DeviationKind::kDiscount,
       core::Percent::Parse("15").value(), core::Percent::Parse("10").value()},
      {quotes::DeviationScope::kLine, 1, "L2", quotes::DeviationKind::kMargin,
       core::Percent::Parse("3.5").value(), core::Percent::Parse("5").value()},
      {quotes::DeviationScope::kDocument, 0, "", quotes::DeviationKind::kPaymentTerms, 90, 60},
      {quotes::DeviationScope::kDocument, 0, "", quotes::DeviationKind::kValue,
       core::Money{2'500'000, eur}, core::Money{2'000'000, eur}}};
  const auto back = DeviationsFromJson(boost::json::serialize(DeviationsJson(in, true)));
  ASSERT_EQ(back.size(), in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ(back[i].scope, in[i].scope) << i;
    EXPECT_EQ(back[i].kind, in[i].kind) << i;
    EXPECT_EQ(back[i].line_key, in[i].line_key) << i;
    EXPECT_EQ(back[i].requested, in[i].requested) << i;
    EXPECT_EQ(back[i].allowed, in[i].allowed) << i;
  }
  const boost::json::array hidden = DeviationsJson(in, false);
  EXPECT_FALSE(hidden[1].as_object().contains("requested")) << "margin figures reveal cost";
  EXPECT_TRUE(hidden[0].as_object().contains("requested"));
}

}  // namespace
}  // namespace salesdesk::app::sales

namespace salesdesk::app::sales {
namespace {

TEST(ExplanationJson, StoredCompactlyAndExpandedWithNamesInRuleOrder) {
  const core::Currency eur = core::ParseCurrency("EUR").value();
  PricingSnapshot snapshot{.context = core::pricing::PricingContext::Build({}, {}, {}).value()};
  snapshot.rule_names = {{3, "Hospitals 5 %"}, {5, "Floor"}, {9, "Summer"}};
  snapshot.price_lists[1] = Record{{"name", std::string("EUR List")}};
  core::pricing::LinePricing line{.extended = core::Money{1000, eur}};
  line.priced = true;
  line.base.found = true;
  line.base.list_id = 1;
  line.winner_rule_id = 3;
  line.details = {"margin 4 % would be below the floor of 10 %"};
  line.candidates = {{9, core::pricing::CandidateOutcome::kLessSpecific, -1},
                     {3, core::pricing::CandidateOutcome::kApplied, -1},
                     {5, core::pricing::CandidateOutcome::kMarginFloor, 0}};

  const boost::json::object stored = StoredExplanation(line, /*with_cost=*/true);
  EXPECT_FALSE(stored.contains("candidates"));
  EXPECT_EQ(stored.at("outcomes").at("less_specific"), (boost::json::array{9}));
  EXPECT_EQ(stored.at("details").at("5"), "margin 4 % would be below the floor of 10 %");
  EXPECT_FALSE(StoredExplanation(line, false).at("details").as_object().contains("5"))
      << "a margin figure reveals cost";

  const boost::json::object expanded = ExpandExplanation(stored, snapshot);
  const auto& candidates = expanded.at("candidates").as_array();
  ASSERT_EQ(candidates.size(), 3u);
  EXPECT_EQ(candidates[0].at("rule_id"), 3);
  EXPECT_EQ(candidates[0].at("rule_name"), "Hospitals 5 %");
  EXPECT_EQ(candidates[0].at("outcome"), "applied");
  EXPECT_EQ(candidates[1].at("outcome"), "margin_floor");
  EXPECT_TRUE(candidates[1].as_object().contains("detail"));
  EXPECT_EQ(candidates[2].at("rule_name"), "Summer");
  EXPECT_EQ(expanded.at("winner_rule_name"), "Hospitals 5 %");
  EXPECT_EQ(expanded.at("base").at("list_name"), "EUR List");
  EXPECT_FALSE(expanded.contains("outcomes"));
  // The stored form is much smaller than the expanded one for many candidates.
  EXPECT_LT(boost::json::serialize(stored).size(), boost::json::serialize(expanded).size());
}

}  // namespace
}  // namespace salesdesk::app::sales
