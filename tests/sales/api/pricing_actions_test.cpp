// Pricing through the API on both databases (docs/pricing.md): the pricing actions a pricing
// manager expects (amount off, surcharge, markup, maximum margin, rules for some price lists, a
// box of 10 priced per piece) created as rule records and pricing quote lines; the simulator
// refusing what a quote refuses; and reps never getting a number the product's cost can be
// worked out from.
#include <algorithm>
#include <string_view>

#include "sales/api/eur_price_list_test.h"

namespace salesdesk::api_test {
namespace {

namespace json = boost::json;

class PricingActionsTest : public EurPriceListTest {
 protected:
  // A rule created by the director: its status and body.
  HttpResult NewRule(const json::object& rule) {
    return Call("director", "POST", "/api/v1/pricing-rules", json::serialize(rule));
  }
  std::string QuoteBody(std::int64_t list_id, const char* quantity, const char* unit = nullptr) {
    json::object line{{"product_id", product_id()}, {"quantity", quantity}};
    if (unit != nullptr) line["unit"] = unit;
    return json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                        {"price_list_id", list_id},
                                        {"lines", json::array{line}}});
  }
  std::string SimulateBody(std::int64_t list_id, const char* quantity) {
    return json::serialize(json::object{{"account_id", AccountOf("rep_a").id},
                                        {"product_id", product_id()},
                                        {"quantity", quantity},
                                        {"price_list_id", list_id}});
  }
  static std::vector<std::string> NoteCodes(const json::value& explanation) {
    std::vector<std::string> codes;
    for (const json::value& n : explanation.at("notes").as_array()) {
      codes.emplace_back(n.at("code").as_string());
    }
    return codes;
  }
  static bool Has(const std::vector<std::string>& codes, const std::string& code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  }
};

TEST_P(PricingActionsTest, AnAmountOffForOneListPricesAQuoteLineAndBadRulesAreRefused) {
  const std::int64_t other =
      SysCreate("price-lists", {{"name", "EUR wholesale"}, {"currency", "EUR"}});
  SysCreate("price-list-items",
            {{"price_list_id", other}, {"product_id", product_id()}, {"price", "20.00"}});
  HttpResult rule = NewRule({{"name", "Loyalty 2.50 off"},
                             {"scope", "product"},
                             {"product_id", product_id()},
                             {"action", "amount_off"},
                             {"currency", "EUR"},
                             {"price_list_ids", json::array{list_id_}},
                             {"bands", json::array{{{"min_quantity", "0"}, {"price", "2.50"}}}}});
  ASSERT_EQ(rule.status, 201) << rule.Describe();
  const std::int64_t rule_id = IntAt(rule.Json(), "id");

  HttpResult quote = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(list_id_, "10"));
  ASSERT_EQ(quote.status, 201) << quote.Describe();
  const json::value line = quote.Json().at("lines").at(0);
  EXPECT_EQ(StringAt(line, "unit_price"), "17.5");
  EXPECT_EQ(StringAt(line.at("net"), "amount"), "175.00");
  EXPECT_EQ(IntAt(line.at("explanation"), "winner_rule_id"), rule_id);
  const auto codes = NoteCodes(line.at("explanation"));
  EXPECT_TRUE(Has(codes, "pricing.amount_off")) << line;
  EXPECT_TRUE(Has(codes, "pricing.rule_price_lists")) << line;

  HttpResult elsewhere = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(other, "10"));
  ASSERT_EQ(elsewhere.status, 201) << elsewhere.Describe();
  const json::value other_line = elsewhere.Json().at("lines").at(0);
  EXPECT_EQ(StringAt(other_line, "unit_price"), "20");
  EXPECT_EQ(StringAt(other_line.at("explanation").at("candidates").at(0), "outcome"),
            "wrong_price_list");

  const std::pair<json::object, const char*> refused[] = {
      {{{"name", "No currency"},
        {"scope", "all"},
        {"action", "surcharge"},
        {"bands", json::array{{{"min_quantity", "0"}, {"price", "1.00"}}}}},
       "currency"},
      {{{"name", "Unknown list"},
        {"scope", "all"},
        {"action", "percent_discount"},
        {"price_list_ids", json::array{999999}},
        {"bands", json::array{{{"min_quantity", "0"}, {"percent", "5"}}}}},
       "price_list_ids"},
      {{{"name", "Not ids"},
        {"scope", "all"},
        {"action", "percent_discount"},
        {"price_list_ids", json::array{"EUR 2026"}},
        {"bands", json::array{{{"min_quantity", "0"}, {"percent", "5"}}}}},
       "price_list_ids[0]"},
      {{{"name", "Ceiling below floor"},
        {"scope", "all"},
        {"action", "percent_discount"},
        {"min_margin_pct", "30"},
        {"max_margin_pct", "20"},
        {"bands", json::array{{{"min_quantity", "0"}, {"percent", "5"}}}}},
       "max_margin_pct"},
      {{{"name", "Markup too large"},
        {"scope", "all"},
        {"action", "percent_discount"},
        {"bands", json::array{{{"min_quantity", "0"}, {"percent", "-1500"}}}}},
       "bands"}};
  for (const auto& [body, field] : refused) {
    HttpResult r = NewRule(body);
    EXPECT_EQ(r.status, 422) << r.Describe();
    if (r.status == 422) {
      EXPECT_EQ(StringAt(r.Json(), "field"), field) << r.body;
    }
  }
}

TEST_P(PricingActionsTest, MarkupSurchargeCeilingAndABoxOfTenPriceQuoteLines) {
  // A markup for small quantities: a negative discount.
  HttpResult markup =
      NewRule({{"name", "Small orders +10 %"},
               {"scope", "all"},
               {"max_quantity", "5"},
               {"action", "percent_discount"},
               {"bands", json::array{{{"min_quantity", "0"}, {"percent", "-10"}}}}});
  ASSERT_EQ(markup.status, 201) << markup.Describe();
  HttpResult small = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(list_id_, "2"));
  ASSERT_EQ(small.status, 201) << small.Describe();
  EXPECT_EQ(StringAt(small.Json().at("lines").at(0), "unit_price"), "22");
  EXPECT_TRUE(Has(NoteCodes(small.Json().at("lines").at(0).at("explanation")), "pricing.markup"));

  // The product (cost 12.50) comes in boxes of 10, priced per piece.
  const std::string product = "/api/v1/products/" + std::to_string(product_id());
  HttpResult half = Call("director", "PATCH", product, R"({"sales_unit":"box"})",
                         {{"If-Match", ETagOf("products", product_id())}});
  EXPECT_EQ(half.status, 422) << half.Describe();
  if (half.status == 422) {
    EXPECT_EQ(StringAt(half.Json(), "field"), "sales_unit_factor");
  }
  HttpResult boxed =
      Call("director", "PATCH", product, R"({"sales_unit":"box","sales_unit_factor":10})",
           {{"If-Match", ETagOf("products", product_id())}});
  ASSERT_EQ(boxed.status, 200) << boxed.Describe();
  // A surcharge of 1.00 would make 21.00 a piece, but the margin may be at most 20 %: 12.50 / 0.8.
  HttpResult capped = NewRule({{"name", "Handling, capped"},
                               {"scope", "product"},
                               {"product_id", product_id()},
                               {"unit", "pc"},
                               {"action", "surcharge"},
                               {"currency", "EUR"},
                               {"max_margin_pct", "20"},
                               {"bands", json::array{{{"min_quantity", "0"}, {"price", "1.00"}}}}});
  ASSERT_EQ(capped.status, 201) << capped.Describe();
  HttpResult boxes = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(list_id_, "2", "box"));
  ASSERT_EQ(boxes.status, 201) << boxes.Describe();
  const json::value line = boxes.Json().at("lines").at(0);
  EXPECT_EQ(StringAt(line, "unit"), "box");
  EXPECT_EQ(StringAt(line, "unit_price"), "156.25") << "15.625 a piece, 10 a box";
  EXPECT_EQ(StringAt(line.at("net"), "amount"), "312.50");
  const json::value& rep_view = line.at("explanation");
  EXPECT_TRUE(rep_view.at("caps").as_array().empty()) << "the ceiling's amounts reveal cost";
  const auto codes = NoteCodes(rep_view);
  EXPECT_TRUE(Has(codes, "pricing.unit_conversion")) << rep_view;
  EXPECT_TRUE(Has(codes, "pricing.cost_based")) << rep_view;
  EXPECT_FALSE(Has(codes, "pricing.margin_cap")) << rep_view;
  const std::int64_t quote_id = IntAt(boxes.Json().at("quote"), "id");
  HttpResult seen =
      Call("director", "GET", "/api/v1/quotes/" + std::to_string(quote_id) + "/document");
  ASSERT_EQ(seen.status, 200) << seen.Describe();
  const json::value seen_doc = seen.Json();
  const json::value& caps = seen_doc.at("lines").at(0).at("explanation").at("caps");
  ASSERT_EQ(caps.as_array().size(), 1u) << seen.body;
  EXPECT_EQ(StringAt(caps.at(0), "before"), "21");
  EXPECT_EQ(StringAt(caps.at(0), "after"), "15.625");
  // The box costs 10 pieces: 125.00 against 156.25 is a 20 % margin.
  EXPECT_EQ(StringAt(seen_doc.at("lines").at(0), "unit_cost"), "125");
  EXPECT_EQ(StringAt(seen_doc.at("lines").at(0), "margin_pct"), "20");
}

TEST_P(PricingActionsTest, TheSimulatorRefusesWhatAQuoteRefuses) {
  const std::int64_t inactive =
      SysCreate("price-lists", {{"name", "EUR old"}, {"currency", "EUR"}, {"active", false}});
  SysCreate("price-list-items",
            {{"price_list_id", inactive}, {"product_id", product_id()}, {"price", "200.00"}});
  HttpResult quote = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(inactive, "1"));
  EXPECT_EQ(quote.status, 422) << quote.Describe();
  HttpResult simulated =
      Call("rep_a", "POST", "/api/v1/pricing/simulate", SimulateBody(inactive, "1"));
  EXPECT_EQ(simulated.status, 422) << simulated.Describe();
  if (quote.status == 422 && simulated.status == 422) {
    EXPECT_EQ(StringAt(simulated.Json(), "field"), "price_list_id");
    EXPECT_EQ(StringAt(simulated.Json(), "detail"), StringAt(quote.Json(), "detail"));
  }
  // A child list does not inherit from an inactive parent: no price, for both.
  const std::int64_t child = SysCreate(
      "price-lists", {{"name", "EUR child"}, {"currency", "EUR"}, {"parent_id", inactive}});
  quote = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(child, "1"));
  EXPECT_EQ(quote.status, 422) << quote.Describe();
  simulated = Call("rep_a", "POST", "/api/v1/pricing/simulate", SimulateBody(child, "1"));
  EXPECT_EQ(simulated.status, 422) << simulated.Describe();
  if (quote.status == 422 && simulated.status == 422) {
    EXPECT_EQ(StringAt(quote.Json(), "field"), "lines[0].product_id");
    EXPECT_EQ(StringAt(simulated.Json(), "field"), "product_id");
    EXPECT_EQ(StringAt(simulated.Json(), "detail"), StringAt(quote.Json(), "detail"));
  }
  // An active list still simulates as before.
  EXPECT_EQ(Call("rep_a", "POST", "/api/v1/pricing/simulate", SimulateBody(list_id_, "1")).status,
            200);
}

TEST_P(PricingActionsTest, ARepGetsNoNumberTheCostCanBeWorkedOutFrom) {
  // Cost 12.50 + 35 % = 16.875, rounded to the .99 ending: 16.99.
  HttpResult rule = NewRule({{"name", "Cost plus 35"},
                             {"scope", "product"},
                             {"product_id", product_id()},
                             {"action", "cost_plus"},
                             {"rounding", "ending"},
                             {"rounding_step", "1"},
                             {"rounding_ending", "0.99"},
                             {"bands", json::array{{{"min_quantity", "0"}, {"percent", "35"}}}}});
  ASSERT_EQ(rule.status, 201) << rule.Describe();
  auto expect_no_cost = [](const json::value& explanation, const std::string& where) {
    const std::string text = json::serialize(explanation);
    EXPECT_EQ(text.find("16.875"), std::string::npos) << where << ": cost x 1.35: " << text;
    EXPECT_EQ(text.find("12.5"), std::string::npos) << where << ": the cost: " << text;
    EXPECT_TRUE(explanation.at("roundings").as_array().empty()) << where;
    EXPECT_TRUE(explanation.at("cost_based").as_bool()) << where;
    EXPECT_TRUE(Has(NoteCodes(explanation), "pricing.cost_based")) << where;
  };
  HttpResult rep = Call("rep_a", "POST", "/api/v1/pricing/simulate", SimulateBody(list_id_, "3"));
  ASSERT_EQ(rep.status, 200) << rep.Describe();
  EXPECT_EQ(StringAt(rep.Json().at("line"), "unit_price"), "16.99");
  expect_no_cost(rep.Json().at("line"), "simulator");

  HttpResult quote = Call("rep_a", "POST", "/api/v1/quotes", QuoteBody(list_id_, "3"));
  ASSERT_EQ(quote.status, 201) << quote.Describe();
  const std::string doc =
      "/api/v1/quotes/" + std::to_string(IntAt(quote.Json().at("quote"), "id")) + "/document";
  HttpResult read = Call("rep_a", "GET", doc);
  ASSERT_EQ(read.status, 200) << read.Describe();
  expect_no_cost(read.Json().at("lines").at(0).at("explanation"), "quote document");

  // Those who may see cost get the rounding trace.
  HttpResult manager =
      Call("manager", "POST", "/api/v1/pricing/simulate", SimulateBody(list_id_, "3"));
  ASSERT_EQ(manager.status, 200) << manager.Describe();
  const json::value manager_doc = manager.Json();
  const json::value& roundings = manager_doc.at("line").at("roundings");
  ASSERT_EQ(roundings.as_array().size(), 1u) << manager.body;
  EXPECT_EQ(StringAt(roundings.at(0), "before"), "16.875");
}

TEST_P(PricingActionsTest, NotesAndTheNextBreakCarryStableCodes) {
  HttpResult rule = NewRule({{"name", "Ten or more"},
                             {"scope", "product"},
                             {"product_id", product_id()},
                             {"action", "percent_discount"},
                             {"bands", json::array{{{"min_quantity", "0"}, {"percent", "5"}},
                                                   {{"min_quantity", "10"}, {"percent", "10"}}}}});
  ASSERT_EQ(rule.status, 201) << rule.Describe();
  HttpResult r = Call("rep_a", "POST", "/api/v1/pricing/simulate", SimulateBody(list_id_, "4"));
  ASSERT_EQ(r.status, 200) << r.Describe();
  const json::value doc = r.Json();
  const json::value& nb = doc.at("line").at("next_break");
  EXPECT_EQ(StringAt(nb, "code"), "pricing.next_break");
  EXPECT_EQ(StringAt(nb.at("params"), "unit_price"), "18.00");
  EXPECT_EQ(StringAt(nb.at("params"), "current_unit_price"), "19.00");
  EXPECT_EQ(StringAt(nb.at("params"), "saving"), "1.00");
  EXPECT_EQ(StringAt(nb, "text"),
            "buy 6 more: unit price 18.00 instead of 19.00, saving 1.00 per unit");
  for (const json::value& n : doc.at("line").at("notes").as_array()) {
    EXPECT_TRUE(std::string_view(n.at("code").as_string()).starts_with("pricing.")) << n;
    EXPECT_TRUE(n.at("params").is_object()) << n;
    EXPECT_FALSE(n.at("text").as_string().empty()) << n;
  }
}

}  // namespace

SD_INSTANTIATE_API_TEST(PricingActionsTest);

}  // namespace salesdesk::api_test
