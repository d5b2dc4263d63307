// What accepting a quote does to its deal (decision 0055): only an open deal of a pipeline that
// wins on acceptance and has a won stage is won; its amount becomes the quote's net total.
#include <gtest/gtest.h>

#include "modules/pipeline/core/pipeline/quote_win.h"

namespace salesdesk::core::pipeline {
namespace {

Money Eur(std::int64_t minor) { return Money{minor, *ParseCurrency("EUR")}; }
Money Usd(std::int64_t minor) { return Money{minor, *ParseCurrency("USD")}; }

AcceptFacts OpenDeal() {
  return {.deal_stage = {.probability = 50, .category = "best_case"},
          .win_on_quote_accept = true,
          .pipeline_has_won_stage = true};
}

TEST(QuoteWinTest, AnOpenDealOfAWinningPipelineIsWon) {
  EXPECT_EQ(EffectOfAcceptance(OpenDeal()), AcceptEffect::kWin);
}

TEST(QuoteWinTest, AWonOrLostDealIsLeftAlone) {
  AcceptFacts won = OpenDeal();
  won.deal_stage.won = true;
  EXPECT_EQ(EffectOfAcceptance(won), AcceptEffect::kAlreadyClosed);
  AcceptFacts lost = OpenDeal();
  lost.deal_stage.lost = true;
  lost.win_on_quote_accept = false;  // closed is said first, whatever the setting
  EXPECT_EQ(EffectOfAcceptance(lost), AcceptEffect::kAlreadyClosed);
}

TEST(QuoteWinTest, TheSettingOffOrNoWonStageWinsNothing) {
  AcceptFacts off = OpenDeal();
  off.win_on_quote_accept = false;
  EXPECT_EQ(EffectOfAcceptance(off), AcceptEffect::kTurnedOff);
  AcceptFacts nowhere = OpenDeal();
  nowhere.pipeline_has_won_stage = false;
  EXPECT_EQ(EffectOfAcceptance(nowhere), AcceptEffect::kNoWonStage);
}

TEST(QuoteWinTest, TheWonAmountIsTheQuotesNetTotalInItsCurrency) {
  // Estimate 1,000.00 EUR; the customer bought 10 x 20.00 = 200.00 EUR net.
  EXPECT_EQ(WonAmount(Eur(100000), Eur(20000)), Eur(20000));
  // A deal estimated in EUR won with a USD quote is worth the USD quote: 12,345.67 USD.
  EXPECT_EQ(WonAmount(Eur(100000), Usd(1234567)), Usd(1234567));
  // Equal already, or a quote without a total: the amount is left as it is.
  EXPECT_EQ(WonAmount(Eur(20000), Eur(20000)), std::nullopt);
  EXPECT_EQ(WonAmount(Eur(100000), std::nullopt), std::nullopt);
}

}  // namespace
}  // namespace salesdesk::core::pipeline
