// Random differential test: the indexed engine and NaivePrice (every rule scanned per line, trees
// walked per rule) must give identical prices and explanations on random catalogs and rules.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "modules/sales/core/pricing/pricing_engine.h"

namespace salesdesk::core::pricing {
namespace {

std::string Dump(const LinePricing& l) {
  std::string s = std::to_string(l.priced) + "|" + l.unit_price.ToString() + "|" +
                  FormatAmount(l.extended) + "|" + std::to_string(l.winner_rule_id.value_or(-1)) +
                  "|" + std::to_string(l.base.list_id) + "|" + l.engine_unit_price.ToString();
  for (const CandidateResult& c : l.candidates) {
    s += "|" + std::to_string(c.rule_id) + ":" + CandidateOutcomeName(c.outcome) + ":" +
         std::string(DetailOf(l, c));
  }
  for (std::int64_t id : l.stacked_rule_ids) s += "|s" + std::to_string(id);
  for (const PriceCapStep& c : l.caps) s += "|c" + c.before.ToString() + ">" + c.after.ToString();
  for (const Note& n : l.notes) s += "|" + n.code + ":" + n.text;
  return s;
}

struct Random {
  std::mt19937_64 rng{20260504};
  explicit Random(std::uint64_t seed = 20260504) : rng(seed) {}
  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  bool Chance(int percent) { return Int(1, 100) <= percent; }
};

std::vector<TreeNode> RandomTree(Random& r, std::int64_t first, int count) {
  std::vector<TreeNode> nodes;
  for (int i = 0; i < count; ++i) {
    std::optional<std::int64_t> parent;
    if (i > 0 && r.Chance(80)) parent = first + r.Int(0, i - 1);
    nodes.push_back({first + i, parent});
  }
  return nodes;
}

struct Counts {
  int winners = 0, stacked = 0, next_breaks = 0, margin_losses = 0;
  int caps = 0, wrong_list = 0, converted = 0, amounts = 0;
};

// Random catalogs, lists, rules and requests priced by both engines. With `actions`, the rules
// also use markups, amounts off and surcharges, maximum margins and price-list restrictions,
// products pack boxes of 10 pieces, lines come in boxes and list 2 is sometimes inactive.
void PriceRandomData(std::uint64_t seed, bool actions, Counts& n) {
  Random r(seed);
  const Currency eur = *ParseCurrency("EUR");
  for (int round = 0; round < 8; ++round) {
    PricingCatalog catalog;
    catalog.categories = RandomTree(r, 100, 30);
    catalog.customer_groups = RandomTree(r, 200, 12);
    catalog.territories = RandomTree(r, 300, 12);
    for (int p = 1; p <= 60; ++p) {
      ProductInfo info{p, std::nullopt, {}};
      if (r.Chance(90)) info.category_id = 100 + r.Int(0, 29);
      if (r.Chance(70))
        info.costs.push_back({"pc", UnitPrice::FromUnits(r.Int(1, 5000) * 10000), eur});
      if (actions && r.Chance(40))
        info.conversions.push_back({"box", "pc", r.Chance(50) ? 10 : 12});
      catalog.products.push_back(info);
    }
    std::vector<PriceList> lists;
    for (int id = 1; id <= 3; ++id) {
      PriceList list{.id = id, .currency = eur};
      if (id > 1) list.parent_id = id - 1;
      if (actions && id == 2) list.active = r.Chance(50);
      for (int p = 1; p <= 60; ++p) {
        if (!r.Chance(id == 1 ? 90 : 30)) continue;
        list.entries.push_back(
            {p, "pc", Quantity(), UnitPrice::FromUnits(r.Int(100, 9000) * 10000)});
        if (r.Chance(40)) {
          list.entries.push_back({p, "pc", Quantity::FromUnits(r.Int(5, 80) * 1000),
                                  UnitPrice::FromUnits(r.Int(100, 9000) * 9000)});
        }
      }
      lists.push_back(std::move(list));
    }
    std::vector<PricingRule> rules;
    for (int id = 1; id <= 400; ++id) {
      PricingRule rule;
      rule.id = id;
      rule.priority = r.Int(0, 3);
      rule.created_at = *Timestamp::FromMicros(r.Int(0, 100) * Timestamp::kMicrosPerDay);
      const int scope = r.Int(0, 9);
      rule.scope = scope < 5   ? RuleScope::kProduct
                   : scope < 9 ? RuleScope::kCategory
                               : RuleScope::kAll;
      rule.scope_id = rule.scope == RuleScope::kProduct ? r.Int(1, 60) : 100 + r.Int(0, 29);
      if (r.Chance(15)) rule.condition.account_id = r.Int(1, 3);
      if (r.Chance(20)) rule.condition.customer_group_id = 200 + r.Int(0, 11);
      if (r.Chance(20)) rule.condition.territory_id = 300 + r.Int(0, 11);
      if (r.Chance(10)) rule.condition.channel = r.Chance(50) ? "web" : "field";
      if (r.Chance(20)) rule.min_quantity = Quantity::FromUnits(r.Int(1, 50) * 1000);
      if (r.Chance(10)) rule.max_quantity = Quantity::FromUnits(r.Int(51, 200) * 1000);
      if (r.Chance(15))
        rule.season = SeasonWindow{r.Int(1, 12), r.Int(1, 28), r.Int(1, 12), r.Int(1, 28)};
      if (r.Chance(10))
        rule.cumulative = CumulativeVolume{Quantity::FromUnits(r.Int(1, 100) * 1000)};
      const int action = r.Int(0, actions ? 11 : 9);
      rule.action = action < 6    ? RuleAction::kPercentDiscount
                    : action < 8  ? RuleAction::kFixedPrice
                    : action < 9  ? RuleAction::kCostPlus
                    : action < 10 ? RuleAction::kFromList
                    : action < 11 ? RuleAction::kAmountOff
                                  : RuleAction::kSurcharge;
      if (UsesAmount(rule.action)) rule.currency = eur;
      if (actions && r.Chance(15)) {
        for (int id = 1; id <= 3; ++id) {
          if (r.Chance(50)) rule.price_list_ids.push_back(id);
        }
      }
      if (rule.action == RuleAction::kFromList) rule.source_list_id = r.Int(1, 3);
      rule.tier_mode = r.Chance(30) ? TierMode::kGraduated : TierMode::kVolume;
      const int bands = r.Int(1, 3);
      for (int b = 0; b < bands; ++b) {
        const int min = b == 0 ? (rule.tier_mode == TierMode::kGraduated ? 0 : r.Int(0, 5))
                               : b * 20 + r.Int(0, 9);
        const bool markup = actions && rule.action != RuleAction::kCostPlus && r.Chance(20);
        rule.bands.push_back(
            {Quantity::FromUnits(min * 1000), UnitPrice::FromUnits(r.Int(50, 9000) * 10000),
             Percent::FromUnits((markup ? -1 : 1) * (r.Int(0, 40) * 10000 + r.Int(0, 9999)))});
      }
      if (r.Chance(15))
        rule.rounding = {RoundingKind::kStep, UnitPrice::FromUnits(50000), UnitPrice()};
      if (r.Chance(10))
        rule.rounding = {RoundingKind::kEnding, UnitPrice::FromUnits(1000000),
                         UnitPrice::FromUnits(990000)};
      if (r.Chance(20)) rule.min_margin = Percent::FromUnits(r.Int(0, 30) * 10000);
      if (actions && r.Chance(20)) {
        rule.max_margin = Percent::FromUnits(r.Int(30, 60) * 10000);
      }
      if (rule.action == RuleAction::kPercentDiscount && bands == 1 &&
          rule.rounding.kind == RoundingKind::kNone && !rule.max_margin && r.Chance(30)) {
        rule.stackable = true;
      }
      rules.push_back(std::move(rule));
    }
    Result<PricingContext> ctx = PricingContext::Build(catalog, lists, rules);
    ASSERT_TRUE(ctx.ok()) << ctx.error().field << ": " << ctx.error().message;
    for (int q = 0; q < 10; ++q) {
      PricingRequest req{
          .account = {r.Int(1, 3), 200 + r.Int(0, 11), 300 + r.Int(0, 11),
                      r.Chance(50) ? "web" : "field"},
          .currency = eur,
          // List 2 may be inactive (then never asked for; list 3 falls back past it).
          .price_list_id = actions ? (r.Chance(50) ? 1 : 3) : r.Int(1, 3),
          .date = *Date::FromCivil(2026, r.Int(1, 12), r.Int(1, 28)),
          .rules_as_of = *Timestamp::FromMicros(r.Int(0, 110) * Timestamp::kMicrosPerDay)};
      for (int id = 1; id <= 400; id += 7)
        req.purchased.push_back({id, Quantity::FromUnits(r.Int(0, 100) * 1000)});
      for (int l = 0; l < 60; ++l) {
        PricingLine line{r.Int(1, 65), actions && r.Chance(30) ? "box" : "pc",
                         Quantity::FromUnits(r.Int(1, 120000))};
        if (r.Chance(5)) line.manual_unit_price = UnitPrice::FromUnits(r.Int(1, 1000) * 10000);
        if (r.Chance(5)) line.manual_discount = Percent::FromUnits(r.Int(0, 20) * 10000);
        if (line.manual_unit_price && line.manual_discount) line.manual_discount.reset();
        req.lines.push_back(line);
      }
      Result<PricingResult> fast = Price(*ctx, req);
      Result<PricingResult> naive = NaivePrice(*ctx, req);
      ASSERT_TRUE(fast.ok()) << fast.error().message;
      ASSERT_TRUE(naive.ok()) << naive.error().message;
      ASSERT_EQ(fast->lines.size(), naive->lines.size());
      for (std::size_t i = 0; i < fast->lines.size(); ++i) {
        ASSERT_EQ(Dump(fast->lines[i]), Dump(naive->lines[i]))
            << "round " << round << " line " << i;
        const LinePricing& line = fast->lines[i];
        n.winners += line.winner_rule_id.has_value();
        n.stacked += !line.stacked_rule_ids.empty();
        n.next_breaks += line.next_break.has_value();
        n.caps += !line.caps.empty();
        n.converted += line.unit_factor != 1;
        for (const CandidateResult& c : line.candidates) {
          n.margin_losses += c.outcome == CandidateOutcome::kMarginFloor;
          n.wrong_list += c.outcome == CandidateOutcome::kWrongPriceList;
        }
        for (const Note& note : line.notes) {
          n.amounts += note.code == "pricing.amount_off" || note.code == "pricing.surcharge" ||
                       note.code == "pricing.markup";
        }
      }
    }
  }
}

TEST(PricingDifferential, IndexedEqualsNaiveOnRandomData) {
  Counts n;
  PriceRandomData(20260504, /*actions=*/false, n);
  // The data must exercise the interesting paths, not only list prices.
  EXPECT_GT(n.winners, 1000);
  EXPECT_GT(n.stacked, 50);
  EXPECT_GT(n.next_breaks, 100);
  EXPECT_GT(n.margin_losses, 50);
  std::printf("winners %d, stacked %d, next breaks %d, margin losses %d\n", n.winners, n.stacked,
              n.next_breaks, n.margin_losses);
}

TEST(PricingDifferential, IndexedEqualsNaiveWithPricingActions) {
  Counts n;
  PriceRandomData(20261202, /*actions=*/true, n);
  EXPECT_GT(n.winners, 1000);
  EXPECT_GT(n.next_breaks, 100);
  EXPECT_GT(n.caps, 50);
  EXPECT_GT(n.wrong_list, 100);
  EXPECT_GT(n.converted, 200);
  EXPECT_GT(n.amounts, 100);
  std::printf("winners %d, next breaks %d, caps %d, wrong list %d, converted %d, actions %d\n",
              n.winners, n.next_breaks, n.caps, n.wrong_list, n.converted, n.amounts);
}

}  // namespace
}  // namespace salesdesk::core::pricing
