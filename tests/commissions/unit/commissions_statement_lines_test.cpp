// The statement's lines from invoices and payments (app/statement_lines.h), hand-computed: a
// quarterly tier opens at the quarter's earlier months, a monthly one does not; plan components
// are refused with the path of the member at fault.
#include <gtest/gtest.h>

#include "modules/commissions/app/statement_lines.h"

namespace salesdesk::modules::commissions {
namespace {

core::Date D(const char* iso) { return *core::ParseDate(iso); }

std::vector<EarnedLine> Earn(const char* period, const char* month_first, const char* month_last) {
  const core::Currency eur = *core::ParseCurrency("EUR");
  static const app::sales::ExchangeRates rates{.base_currency = "EUR"};
  const std::string json =
      std::string(R"([{"name":"Tiered","base":"net","structure":"marginal","period":")") + period +
      R"(","trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"1000.00","rate":"4"}]}])";
  EarningInput in{.components = *ParseComponents(json, eur),
                  .payout = eur,
                  .rates = &rates,
                  .first = D(month_first),
                  .last = D(month_last)};
  in.invoices = {{.id = 1,
                  .date = D("2026-01-15"),
                  .number = "INV-1",
                  .currency = "EUR",
                  .net = 80'000,
                  .gross = 95'200,
                  .lines = {{11, 80'000}}},
                 {.id = 2,
                  .date = D("2026-02-10"),
                  .number = "INV-2",
                  .currency = "EUR",
                  .net = 40'000,
                  .gross = 47'600,
                  .lines = {{21, 10'000}, {22, 30'000}}}};
  return *EarnLines(in);
}

TEST(CommissionsStatementLines, AQuarterlyTierOpensAtTheQuartersEarlierMonths) {
  // Quarter: January's 800.00 is already credited; February's 400.00 takes the cumulative base
  // from 800.00 (C = 16.00) to 1,200.00 (C = 20.00 + 4 % × 200.00 = 28.00): 12.00, split over
  // the lines of 100.00 / 300.00 → 3.00 / 9.00.
  const auto quarter = Earn("quarter", "2026-02-01", "2026-02-28");
  ASSERT_EQ(quarter.size(), 2u);
  EXPECT_EQ(quarter[0].invoice_line_id, 21);
  EXPECT_EQ(quarter[0].amount, 300);
  EXPECT_EQ(quarter[1].amount, 900);
  EXPECT_EQ(quarter[1].payout, 900);
  EXPECT_EQ(quarter[1].earned_on, D("2026-02-10"));
  // Monthly: February alone, C(400.00) = 8.00 → 2.00 / 6.00.
  const auto month = Earn("month", "2026-02-01", "2026-02-28");
  ASSERT_EQ(month.size(), 2u);
  EXPECT_EQ(month[0].amount, 200);
  EXPECT_EQ(month[1].amount, 600);
}

TEST(CommissionsStatementLines, ComponentsAreRefusedWithThePathOfTheMemberAtFault) {
  const core::Currency eur = *core::ParseCurrency("EUR");
  auto field = [&](const char* json) {
    auto r = ParseComponents(json, eur);
    return r.ok() ? std::string("ok") : r.error().field;
  };
  EXPECT_EQ(field(R"([{"name":"A","base":"net","structure":"flat","period":"month",)"
                  R"("trigger":"invoice","rate":"2.5"}])"),
            "ok");
  EXPECT_EQ(field(R"([{"name":"A","base":"net","structure":"flat","period":"week",)"
                  R"("trigger":"invoice","rate":"2.5"}])"),
            "components/0/period");
  EXPECT_EQ(
      field(
          R"([{"name":"A","base":"net","structure":"slab","period":"month",)"
          R"("trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"9.999","rate":"3"}]}])"),
      "components/0/tiers/1/from");  // EUR has two decimals
  EXPECT_EQ(field(R"([{"name":"A","base":"net","structure":"marginal","on":"attainment",)"
                  R"("period":"month","trigger":"invoice","rate":"1",)"
                  R"("tiers":[{"from":"0","multiplier":"1"},{"from":"100.5","multiplier":"x"}]}])"),
            "components/0/tiers/1/multiplier");
  EXPECT_EQ(field(R"([{"name":"A","base":"net","structure":"flat","period":"month",)"
                  R"("trigger":"invoice","rate":"2","colour":"red"}])"),
            "components/0/colour");
  EXPECT_EQ(field(R"({"name":"A"})"), "components");
}

}  // namespace
}  // namespace salesdesk::modules::commissions
