// The pure rules of stages, forecast categories (RULES.md D-R1), days in stage and column sums.
#include "modules/pipeline/core/pipeline/opportunity_rules.h"

#include <gtest/gtest.h>

namespace salesdesk::core::pipeline {
namespace {

const StageFacts kOpen{.probability = 50, .category = "best_case"};
const StageFacts kWon{.probability = 100, .category = "closed", .won = true};
const StageFacts kLost{.probability = 0, .category = "omitted", .lost = true};

TEST(OpportunityRules, TheStageGivesTheCategoryUnlessTheOwnerOverridesAnOpenOne) {
  auto c = ChooseCategory(kOpen, std::nullopt, std::nullopt);
  EXPECT_EQ(c.category, "best_case");
  EXPECT_FALSE(c.overridden);
  c = ChooseCategory(kOpen, std::string("commit"), std::nullopt);
  EXPECT_EQ(c.category, "commit");
  EXPECT_TRUE(c.overridden);
  // An override kept from before stays; giving the stage's own category ends it.
  c = ChooseCategory(kOpen, std::nullopt, std::string("omitted"));
  EXPECT_EQ(c.category, "omitted");
  EXPECT_TRUE(c.overridden);
  c = ChooseCategory(kOpen, std::string("best_case"), std::string("omitted"));
  EXPECT_FALSE(c.overridden);
  // Won and lost stages decide alone.
  EXPECT_EQ(ChooseCategory(kWon, std::nullopt, std::string("commit")).category, "closed");
  EXPECT_EQ(ChooseCategory(kLost, std::nullopt, std::string("commit")).category, "omitted");
}

TEST(OpportunityRules, ClosedBelongsToWonStagesAndOmittedToLostOnes) {
  EXPECT_FALSE(CategoryAllowed(kOpen, "closed"));
  EXPECT_TRUE(CategoryAllowed(kOpen, "omitted"));
  EXPECT_TRUE(CategoryAllowed(kOpen, "commit"));
  EXPECT_TRUE(CategoryAllowed(kWon, "closed"));
  EXPECT_FALSE(CategoryAllowed(kWon, "commit"));
  EXPECT_TRUE(CategoryAllowed(kLost, "omitted"));
  EXPECT_FALSE(CategoryAllowed(kLost, "pipeline"));

  FieldIssues issues;
  CheckStage(kOpen, issues);
  CheckStage(kWon, issues);
  CheckStage(kLost, issues);
  EXPECT_TRUE(issues.empty());
  CheckStage({.category = "closed"}, issues);
  CheckStage({.category = "commit", .won = true}, issues);
  CheckStage({.category = "pipeline", .lost = true}, issues);
  CheckStage({.category = "closed", .won = true, .lost = true}, issues);
  EXPECT_EQ(issues.ToError().issues.size(), 4u);
}

TEST(OpportunityRules, DaysInStageAreWholeDaysAndOnlyOpenStagesRotPastTheirLimit) {
  constexpr std::int64_t kDay = 86'400'000'000;
  EXPECT_EQ(DaysInStage(0, kDay - 1), 0);
  EXPECT_EQ(DaysInStage(0, 15 * kDay + 5), 15);
  EXPECT_EQ(DaysInStage(10 * kDay, 0), 0);  // a clock behind the stamp counts nothing
  StageFacts limited = kOpen;
  limited.rotting_days = 14;
  EXPECT_FALSE(Rotting(limited, 14));
  EXPECT_TRUE(Rotting(limited, 15));
  EXPECT_FALSE(Rotting(kOpen, 1000));  // no limit
  StageFacts won = kWon;
  won.rotting_days = 1;
  EXPECT_FALSE(Rotting(won, 1000));
}

TEST(OpportunityRules, AColumnSumsConvertedDealsAndKeepsTheOthersPerCurrency) {
  const Currency eur = *ParseCurrency("EUR"), gbp = *ParseCurrency("GBP");
  ColumnSum sum(eur);
  ASSERT_TRUE(AddToColumn(sum, Money{100000, *ParseCurrency("USD")}, Money{92593, eur}).ok());
  ASSERT_TRUE(AddToColumn(sum, Money{30000, eur}, Money{30000, eur}).ok());
  ASSERT_TRUE(AddToColumn(sum, Money{20000, gbp}, std::nullopt).ok());
  ASSERT_TRUE(AddToColumn(sum, Money{5000, gbp}, std::nullopt).ok());
  EXPECT_EQ(sum.total, (Money{122593, eur}));
  EXPECT_EQ(sum.converted_count, 2);
  ASSERT_EQ(sum.unconverted.size(), 1u);
  EXPECT_EQ(sum.unconverted.at("GBP"), (Money{25000, gbp}));
  EXPECT_FALSE(AddToColumn(sum, Money{1, gbp}, Money{1, gbp}).ok());  // never mixed
}

}  // namespace
}  // namespace salesdesk::core::pipeline
