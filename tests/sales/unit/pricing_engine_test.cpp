// Pricing engine edge cases beyond the golden files: season boundaries and leap days, tree depth,
// cumulative windows, commercial rounding, and the validation errors callers see.
#include <gtest/gtest.h>

#include "modules/sales/core/pricing/line_resolution.h"
#include "modules/sales/core/pricing/price_math.h"
#include "modules/sales/core/pricing/pricing_engine.h"
#include "modules/sales/core/pricing/season_window.h"

namespace salesdesk::core::pricing {
namespace {

CivilDate Day(int y, int m, int d) { return {y, m, d}; }
Date D(const char* text) { return *ParseDate(text); }
UnitPrice P(const char* text) { return *UnitPrice::Parse(text); }

TEST(PricingSeason, BoundariesAreInclusiveAndWrapTheYearEnd) {
  const SeasonWindow winter{11, 15, 2, 15};
  EXPECT_FALSE(InSeason(winter, Day(2026, 11, 14)));
  EXPECT_TRUE(InSeason(winter, Day(2026, 11, 15)));
  EXPECT_TRUE(InSeason(winter, Day(2026, 12, 31)));
  EXPECT_TRUE(InSeason(winter, Day(2027, 1, 1)));
  EXPECT_TRUE(InSeason(winter, Day(2027, 2, 15)));
  EXPECT_FALSE(InSeason(winter, Day(2027, 2, 16)));
  const SeasonWindow peak{6, 1, 8, 31};
  EXPECT_FALSE(InSeason(peak, Day(2026, 5, 31)));
  EXPECT_TRUE(InSeason(peak, Day(2026, 6, 1)));
  EXPECT_TRUE(InSeason(peak, Day(2026, 8, 31)));
  EXPECT_FALSE(InSeason(peak, Day(2026, 9, 1)));
  const SeasonWindow one_day{3, 1, 3, 1};
  EXPECT_TRUE(InSeason(one_day, Day(2026, 3, 1)));
  EXPECT_FALSE(InSeason(one_day, Day(2026, 3, 2)));
}

TEST(PricingSeason, LeapDay) {
  // A window ending Feb 28 excludes Feb 29; one ending Feb 29 covers it in leap years.
  EXPECT_FALSE(InSeason({12, 1, 2, 28}, Day(2028, 2, 29)));
  EXPECT_TRUE(InSeason({12, 1, 2, 29}, Day(2028, 2, 29)));
  EXPECT_FALSE(InSeason({12, 1, 2, 29}, Day(2027, 3, 1)));
  // Starting Feb 29: in common years the window starts on Mar 1.
  EXPECT_TRUE(InSeason({2, 29, 3, 10}, Day(2028, 2, 29)));
  EXPECT_FALSE(InSeason({2, 29, 3, 10}, Day(2027, 2, 28)));
  EXPECT_TRUE(InSeason({2, 29, 3, 10}, Day(2027, 3, 1)));
}

TEST(PricingSeason, CumulativeWindows) {
  const DateRange year =
      *CumulativeWindow({Quantity(), VolumePeriod::kCalendarYear}, D("2028-02-29"));
  EXPECT_EQ(year.from, D("2028-01-01"));
  EXPECT_EQ(year.to, D("2028-02-29"));
  const DateRange rolling =
      *CumulativeWindow({Quantity(), VolumePeriod::kRollingDays, 90}, D("2026-03-31"));
  EXPECT_EQ(rolling.from, D("2026-01-01"));  // 90 days including Mar 31
  EXPECT_EQ(DaysBetween(rolling.from, rolling.to), 89);
  EXPECT_FALSE(CumulativeWindow({Quantity(), VolumePeriod::kRollingDays, 0}, D("2026-03-31")).ok());
}

TEST(PricingRounding, StepsAndEndings) {
  auto round = [](PriceRounding r, const char* price) {
    const __int128 p12 = ToPrice12(P(price));
    return ToUnitPrice(internal::ApplyPriceRounding(r, p12, RoundingMode::kHalfUp),
                       RoundingMode::kHalfUp)
        ->ToString();
  };
  const PriceRounding nickel{RoundingKind::kStep, P("0.05"), UnitPrice()};
  EXPECT_EQ(round(nickel, "11.4762"), "11.5");
  EXPECT_EQ(round(nickel, "11.475"), "11.5");  // half-up at the midpoint
  EXPECT_EQ(round(nickel, "11.474999"), "11.45");
  const PriceRounding nines{RoundingKind::kEnding, P("1"), P("0.99")};
  EXPECT_EQ(round(nines, "12.48"), "11.99");
  EXPECT_EQ(round(nines, "12.49"), "12.99");  // equidistant: half-up
  EXPECT_EQ(round(nines, "12.50"), "12.99");
  EXPECT_EQ(round(nines, "0.10"), "0.99");
  EXPECT_EQ(FormatPrice(P("9.5"), *ParseCurrency("EUR")), "9.50");
  EXPECT_EQ(FormatPrice(P("1200"), *ParseCurrency("JPY")), "1200");
  EXPECT_EQ(FormatPrice(P("1.25"), *ParseCurrency("KWD")), "1.250");
}

TEST(PricingTree, AncestorsDepthAndErrors) {
  std::vector<TreeNode> chain;
  for (int i = 0; i < 50; ++i) {
    chain.push_back({i, i == 0 ? std::nullopt : std::optional<std::int64_t>(i - 1)});
  }
  const TreeIndex tree = *TreeIndex::Build(chain, "categories");
  EXPECT_EQ(tree.Depth(0), 0);
  EXPECT_EQ(tree.Depth(49), 49);
  EXPECT_EQ(tree.Depth(50), -1);
  EXPECT_TRUE(InAncestors(tree.Ancestors(49), 0));
  EXPECT_TRUE(tree.ContainsByWalking(0, 49));
  EXPECT_FALSE(tree.ContainsByWalking(49, 0));
  EXPECT_EQ(TreeIndex::Build({{1, 2}, {2, 1}}, "territories").error().message,
            "territories 1 is part of a cycle of parent links");
  EXPECT_FALSE(TreeIndex::Build({{1, 7}}, "territories").ok());
  EXPECT_FALSE(TreeIndex::Build({{1, {}}, {1, {}}}, "territories").ok());
}

PricingRule Discount(std::int64_t id, RuleScope scope, std::int64_t scope_id, const char* pct) {
  PricingRule r;
  r.id = id;
  r.scope = scope;
  r.scope_id = scope_id;
  r.bands.push_back({Quantity(), UnitPrice(), *Percent::Parse(pct)});
  return r;
}

TEST(PricingEngine, DeepestCategoryWinsOnADeepTree) {
  const Currency eur = *ParseCurrency("EUR");
  PricingCatalog catalog;
  for (int i = 0; i < 12; ++i) {
    catalog.categories.push_back({i, i == 0 ? std::nullopt : std::optional<std::int64_t>(i - 1)});
  }
  catalog.products.push_back({1, 11, {}});
  std::vector<PriceList> lists{{.id = 1, .currency = eur, .entries = {{1, "pc", {}, P("100")}}}};
  std::vector<PricingRule> rules;
  for (int depth = 0; depth < 12; depth += 3) {
    rules.push_back(
        Discount(depth + 1, RuleScope::kCategory, depth, std::to_string(depth).c_str()));
  }
  const PricingContext ctx = *PricingContext::Build(catalog, lists, rules);
  const PricingRequest req{.account = {1},
                           .currency = eur,
                           .price_list_id = 1,
                           .date = D("2026-01-01"),
                           .lines = {{1, "pc", *Quantity::Parse("1")}}};
  const PricingResult result = *Price(ctx, req);
  EXPECT_EQ(result.lines[0].winner_rule_id, 10);  // category 9, the deepest with a rule
  EXPECT_EQ(FormatAmount(result.lines[0].extended), "91.00");
}

TEST(PricingEngine, ValidationErrorsNameTheField) {
  const Currency eur = *ParseCurrency("EUR");
  std::vector<PriceList> lists{{.id = 1, .currency = eur, .valid_to = D("2026-12-31")}};
  const PricingContext ctx = *PricingContext::Build({}, lists, {});
  PricingRequest req{.account = {1},
                     .currency = eur,
                     .price_list_id = 1,
                     .date = D("2026-01-01"),
                     .lines = {{1, "pc", Quantity()}}};
  EXPECT_EQ(Price(ctx, req).error().field, "lines[0].quantity");
  req.lines[0].quantity = *Quantity::Parse("1");
  req.lines[0].manual_discount = *Percent::Parse("101");
  EXPECT_EQ(Price(ctx, req).error().field, "lines[0].manual_discount");
  req.date = D("2027-01-01");
  EXPECT_EQ(Price(ctx, req).error().field, "date");
  req.currency = *ParseCurrency("USD");
  EXPECT_EQ(Price(ctx, req).error().field, "currency");
  req.price_list_id = 2;
  EXPECT_EQ(Price(ctx, req).error().field, "price_list_id");

  PricingRule graduated = Discount(1, RuleScope::kAll, 0, "5");
  graduated.tier_mode = TierMode::kGraduated;
  graduated.bands[0].min_quantity = *Quantity::Parse("10");
  EXPECT_EQ(PricingContext::Build({}, lists, {graduated}).error().field, "rules[id=1].bands");
  PricingRule stack = Discount(2, RuleScope::kAll, 0, "5");
  stack.stackable = true;
  stack.action = RuleAction::kCostPlus;
  EXPECT_EQ(PricingContext::Build({}, lists, {stack}).error().field, "rules[id=2].stackable");
  PricingRule fixed = Discount(3, RuleScope::kAll, 0, "5");
  fixed.action = RuleAction::kFixedPrice;
  EXPECT_EQ(PricingContext::Build({}, lists, {fixed}).error().field, "rules[id=3].currency");
  std::vector<PriceList> cyclic{{.id = 1, .currency = eur, .parent_id = 2},
                                {.id = 2, .currency = eur, .parent_id = 1}};
  EXPECT_FALSE(PricingContext::Build({}, cyclic, {}).ok());
}

}  // namespace
}  // namespace salesdesk::core::pricing
