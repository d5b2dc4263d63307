// Win/loss analysis: rates by count and by value per group, every deal once in the total, lost
// deals by reason, unconverted currencies listed and never added. Figures by hand below.
#include "modules/pipeline/core/pipeline/win_loss.h"

#include <gtest/gtest.h>

namespace salesdesk::core::pipeline {
namespace {

const Currency kEur = *ParseCurrency("EUR");
const Currency kGbp = *ParseCurrency("GBP");

ClosedDeal Deal(std::vector<std::string> groups, bool won, std::int64_t eur_cents,
                std::string reason = "") {
  return {std::move(groups), won, Money{eur_cents, kEur}, Money{eur_cents, kEur},
          std::move(reason)};
}

TEST(WinLoss, RatesByCountAndValuePerGroupAndEveryDealOnceInTheTotal) {
  // Against Acme: won 10,000.00 and 5,000.00, lost 5,000.00 (price) → 2 of 3 = 6,667 bp by count;
  // by value 15,000 / 20,000 = 7,500 bp. Against Borg: the 5,000.00 win, shared with Acme, and a
  // 30,000.00 loss (competitor) → 1 of 2 = 5,000 bp; 5,000 / 35,000 = 0.142857 → 1,429 bp.
  // Total: 2 won (10,000 + 5,000) of 4 closed = 5,000 bp; by value
  // 15,000 / 50,000 = 3,000 bp — the shared deal counts once.
  const std::vector<ClosedDeal> deals{
      Deal({"acme"}, true, 1'000'000), Deal({"acme", "borg"}, true, 500'000),
      Deal({"acme"}, false, 500'000, "price"), Deal({"borg"}, false, 3'000'000, "competitor")};
  auto result = AnalyseWinLoss(deals, kEur);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->rows.size(), 2u);
  const WinLossRow& acme = result->rows[0];  // 3 closed before Borg's 2
  EXPECT_EQ(acme.key, "acme");
  EXPECT_EQ(acme.cell.won_count, 2);
  EXPECT_EQ(acme.cell.lost_count, 1);
  EXPECT_EQ(acme.cell.count_bp, 6'667);
  EXPECT_EQ(acme.cell.amount_bp, 7'500);
  EXPECT_EQ(acme.cell.won.total.minor, 1'500'000);
  const WinLossRow& borg = result->rows[1];
  EXPECT_EQ(borg.cell.count_bp, 5'000);
  EXPECT_EQ(borg.cell.amount_bp, 1'429);
  EXPECT_EQ(result->total.won_count, 2);
  EXPECT_EQ(result->total.lost_count, 2);
  EXPECT_EQ(result->total.count_bp, 5'000);
  EXPECT_EQ(result->total.amount_bp, 3'000);
  ASSERT_EQ(result->lost_reasons.size(), 2u);
  EXPECT_EQ(result->lost_reasons[0].reason, "competitor");  // ties keep the key order
  EXPECT_EQ(result->lost_reasons[0].sum.total.minor, 3'000'000);
  EXPECT_EQ(result->lost_reasons[1].reason, "price");
}

TEST(WinLoss, UnconvertedAmountsAreListedApartAndALossWithoutReasonIsUnstated) {
  // A GBP win without a rate counts in the count rate (1 of 2 = 5,000 bp) but not the value
  // rate, which is the converted EUR alone: 0 won of 2,000.00 lost = 0 bp.
  const std::vector<ClosedDeal> deals{{{"rep"}, true, Money{700'000, kGbp}, std::nullopt, ""},
                                      Deal({"rep"}, false, 200'000)};
  auto result = AnalyseWinLoss(deals, kEur);
  ASSERT_TRUE(result.ok());
  const WinLossCell& cell = result->rows.at(0).cell;
  EXPECT_EQ(cell.count_bp, 5'000);
  EXPECT_EQ(cell.amount_bp, 0);
  EXPECT_EQ(cell.won.total.minor, 0);
  ASSERT_EQ(cell.won.unconverted.count("GBP"), 1u);
  EXPECT_EQ(cell.won.unconverted.at("GBP").minor, 700'000);
  ASSERT_EQ(result->lost_reasons.size(), 1u);
  EXPECT_EQ(result->lost_reasons[0].reason, "unstated");
}

TEST(WinLoss, NothingClosedHasNoRate) {
  auto result = AnalyseWinLoss({}, kEur);
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->rows.empty());
  EXPECT_FALSE(result->total.count_bp.has_value());
  EXPECT_FALSE(result->total.amount_bp.has_value());
}

}  // namespace
}  // namespace salesdesk::core::pipeline
