// Golden pricing scenarios: each tests/sales/golden/pricing/*.json holds a catalog, price lists,
// rules, a request and the expected prices and explanation facts. Both the indexed engine and
// NaivePrice must produce them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "modules/sales/core/pricing/pricing_engine.h"
#include "pricing_scenario_loader.h"

namespace salesdesk::core::pricing::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ScenarioNames() {
  std::vector<std::string> names;
  for (const auto& entry :
       fs::directory_iterator(fs::path(SALESDESK_TESTS_DIR) / "sales" / "golden" / "pricing")) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

json::object ReadScenario(const std::string& name) {
  std::ifstream in(fs::path(SALESDESK_TESTS_DIR) / "sales" / "golden" / "pricing" /
                   (name + ".json"));
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str()).as_object();
}

void ExpectLine(const LinePricing& line, const json::object& want, const Currency& currency) {
  SCOPED_TRACE("line " + std::to_string(line.line_index));
  std::string notes;
  for (const Note& n : line.notes) notes += "\n  " + n.code + ": " + n.text;
  SCOPED_TRACE("notes:" + notes);
  if (const json::value* v = Opt(want, "priced")) {
    EXPECT_EQ(line.priced, v->as_bool());
  }
  if (const json::value* v = Opt(want, "unit_price")) {
    EXPECT_EQ(line.unit_price.ToString(), Dec<UnitPrice>(*v).ToString());
  }
  if (const json::value* v = Opt(want, "engine_unit_price")) {
    EXPECT_EQ(line.engine_unit_price.ToString(), Dec<UnitPrice>(*v).ToString());
  }
  if (const json::value* v = Opt(want, "extended")) {
    EXPECT_EQ(FormatAmount(line.extended), Str(*v));
    EXPECT_EQ(line.extended.currency, currency);
  }
  if (const json::value* v = Opt(want, "winner")) {
    if (v->is_null()) {
      EXPECT_FALSE(line.winner_rule_id.has_value());
    } else {
      EXPECT_EQ(line.winner_rule_id.value_or(-1), v->to_number<std::int64_t>());
    }
  }
  if (const json::value* v = Opt(want, "stacked")) {
    std::vector<std::int64_t> ids;
    for (const json::value& id : v->as_array()) ids.push_back(id.to_number<std::int64_t>());
    EXPECT_EQ(line.stacked_rule_ids, ids);
  }
  if (const json::value* v = Opt(want, "candidates")) {
    std::map<std::string, std::string> got, expected;
    for (const CandidateResult& c : line.candidates) {
      got[std::to_string(c.rule_id)] = CandidateOutcomeName(c.outcome);
    }
    for (const auto& [id, outcome] : v->as_object()) expected[id] = Str(outcome);
    EXPECT_EQ(got, expected);
  }
  if (const json::value* v = Opt(want, "base")) {
    const json::object& b = v->as_object();
    EXPECT_EQ(line.base.found, !b.contains("found") || b.at("found").as_bool());
    if (b.contains("list")) {
      EXPECT_EQ(line.base.list_id, b.at("list").to_number<std::int64_t>());
    }
    if (b.contains("inherited")) {
      EXPECT_EQ(line.base.inherited, b.at("inherited").as_bool());
    }
    if (b.contains("break_min_quantity")) {
      EXPECT_EQ(line.base.break_min_quantity, Dec<Quantity>(b.at("break_min_quantity")));
    }
    if (b.contains("price")) {
      EXPECT_EQ(line.base.price, Dec<UnitPrice>(b.at("price")));
    }
  }
  if (const json::value* v = Opt(want, "next_break")) {
    EXPECT_EQ(line.next_break.has_value() ? line.next_break->text : "null",
              v->is_null() ? "null" : Str(*v));
  }
  if (const json::value* v = Opt(want, "manual_price_kept")) {
    EXPECT_EQ(line.manual_price_kept, v->as_bool());
  }
  if (const json::value* v = Opt(want, "roundings")) {
    std::vector<std::string> got, expected;
    for (const PriceRoundingStep& r : line.roundings) {
      got.push_back(std::to_string(r.rule_id) + ": " + r.before.ToString() + " -> " +
                    r.after.ToString());
    }
    for (const json::value& r : v->as_array()) expected.push_back(Str(r));
    EXPECT_EQ(got, expected);
  }
  if (const json::value* v = Opt(want, "caps")) {
    std::vector<std::string> got, expected;
    for (const PriceCapStep& c : line.caps) {
      got.push_back(std::to_string(c.rule_id) + ": " + c.before.ToString() + " -> " +
                    c.after.ToString());
    }
    for (const json::value& c : v->as_array()) expected.push_back(Str(c));
    EXPECT_EQ(got, expected);
  }
  if (const json::value* v = Opt(want, "cost_based")) {
    EXPECT_EQ(line.cost_based, v->as_bool());
  }
  if (const json::value* v = Opt(want, "note_codes")) {
    std::vector<std::string> got, expected;
    for (const Note& n : line.notes) got.push_back(n.code);
    for (const json::value& c : v->as_array()) expected.push_back(Str(c));
    EXPECT_EQ(got, expected);
  }
  if (const json::value* v = Opt(want, "bands")) {
    std::vector<std::string> got, expected;
    for (const BandSlice& b : line.bands) {
      got.push_back(b.quantity.ToString() + " @ " + b.price.ToString());
    }
    for (const json::value& b : v->as_array()) expected.push_back(Str(b));
    EXPECT_EQ(got, expected);
  }
  if (const json::value* v = Opt(want, "notes_contain")) {
    for (const json::value& n : v->as_array()) {
      EXPECT_NE(notes.find(Str(n)), std::string::npos) << "missing note: " << Str(n);
    }
  }
}

class PricingGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(PricingGolden, Scenario) {
  const json::object scenario = ReadScenario(GetParam());
  Result<PricingContext> context =
      PricingContext::Build(LoadCatalog(scenario.at("catalog").as_object()),
                            LoadLists(scenario.at("price_lists").as_array()), [&] {
                              std::vector<PricingRule> rules;
                              for (const json::value& r : scenario.at("rules").as_array()) {
                                rules.push_back(LoadRule(r.as_object()));
                              }
                              return rules;
                            }());
  ASSERT_TRUE(context.ok()) << context.error().field << ": " << context.error().message;
  const PricingRequest request = LoadRequest(scenario.at("request").as_object());
  for (bool naive : {false, true}) {
    SCOPED_TRACE(naive ? "NaivePrice" : "Price");
    Result<PricingResult> result = naive ? NaivePrice(*context, request) : Price(*context, request);
    ASSERT_TRUE(result.ok()) << result.error().field << ": " << result.error().message;
    const json::array& expected = scenario.at("expected").as_array();
    ASSERT_EQ(result->lines.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      ExpectLine(result->lines[i], expected[i].as_object(), request.currency);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Files, PricingGolden, ::testing::ValuesIn(ScenarioNames()),
                         [](const auto& info) { return info.param; });

TEST(PricingGoldenFiles, AtLeastFifteenScenarios) { EXPECT_GE(ScenarioNames().size(), 15u); }

}  // namespace
}  // namespace salesdesk::core::pricing::testing
