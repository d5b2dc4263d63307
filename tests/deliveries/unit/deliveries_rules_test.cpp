// The deliveries' pure rules: PartNet (the parts of a priced line add up to its net to the cent,
// whatever the split) and FirstExcess (no line delivers or returns more than it has left).
#include <gtest/gtest.h>

#include <random>

#include "core/money/currency.h"
#include "modules/deliveries/core/open_quantity.h"
#include "modules/deliveries/core/part_net.h"

namespace salesdesk::core::deliveries {
namespace {

Quantity Q(std::int64_t units) { return Quantity::FromUnits(units); }

// 10 pc at 33.333333 EUR, stored net 333.33.
PricedLine TenAtAThird() {
  return {.whole = Q(10'000),
          .whole_net = Money{33333, *ParseCurrency("EUR")},
          .unit_price = UnitPrice::FromUnits(33'333'333)};
}

TEST(DeliveriesPartNet, EachPartIsTheDifferenceOfTheCumulativeNets) {
  // 4 pc: 133.333332 -> 133.33; then 6 pc: 333.33 (the stored whole) - 133.33 = 200.00.
  EXPECT_EQ(PartNet(TenAtAThird(), Q(0), Q(4'000))->minor, 13333);
  EXPECT_EQ(PartNet(TenAtAThird(), Q(4'000), Q(6'000))->minor, 20000);
  // 1 pc each time: 33.33, then net(2) - net(1) = 66.67 - 33.33 = 33.34.
  EXPECT_EQ(PartNet(TenAtAThird(), Q(0), Q(1'000))->minor, 3333);
  EXPECT_EQ(PartNet(TenAtAThird(), Q(1'000), Q(1'000))->minor, 3334);
}

TEST(DeliveriesPartNet, ADiscountIsAppliedBeforeTheOneRounding) {
  PricedLine line = TenAtAThird();
  line.discount = Percent::FromUnits(100'000);  // 10 %
  line.whole_net = Money{30000, line.whole_net.currency};
  // 3 pc: 99.999999 x 0.9 = 89.9999991 -> 90.00.
  EXPECT_EQ(PartNet(line, Q(0), Q(3'000))->minor, 9000);
}

TEST(DeliveriesPartNet, RandomSplitsAlwaysAddUpToTheLinesNet) {
  std::mt19937 rng(13);
  for (int run = 0; run < 500; ++run) {
    const std::int64_t whole = 1'000 + static_cast<std::int64_t>(rng() % 50'000);
    const std::int64_t price = 1 + static_cast<std::int64_t>(rng() % 99'999'999);
    const std::int64_t net = 12345 + static_cast<std::int64_t>(rng() % 1000);  // any stored net
    const PricedLine line{.whole = Q(whole),
                          .whole_net = Money{net, *ParseCurrency("EUR")},
                          .unit_price = UnitPrice::FromUnits(price)};
    std::int64_t done = 0, sum = 0;
    while (done < whole) {
      const std::int64_t part =
          std::min(whole - done, 1 + static_cast<std::int64_t>(rng() % whole));
      auto p = PartNet(line, Q(done), Q(part));
      ASSERT_TRUE(p.ok());
      sum += p->minor;
      done += part;
    }
    EXPECT_EQ(sum, net) << "whole " << whole << " price " << price;
  }
}

TEST(DeliveriesPartNet, APartOutsideTheLineIsRefused) {
  EXPECT_FALSE(PartNet(TenAtAThird(), Q(4'000), Q(7'000)).ok());
  EXPECT_FALSE(PartNet(TenAtAThird(), Q(0), Q(0)).ok());
  EXPECT_FALSE(PartNet(TenAtAThird(), Q(-1), Q(1)).ok());
}

TEST(DeliveriesFirstExcess, CountsEarlierRequestsOfTheSameLine) {
  const std::map<std::int64_t, Quantity> left{{1, Q(6'000)}, {2, Q(0)}};
  const Wanted fits[] = {{1, Q(6'000)}};
  EXPECT_FALSE(FirstExcess(fits, left));
  const Wanted over[] = {{1, Q(4'000)}, {1, Q(3'000)}};
  auto e = FirstExcess(over, left);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->index, 1u);
  EXPECT_EQ(e->left.units(), 2'000);
  const Wanted unknown[] = {{3, Q(1)}};
  EXPECT_EQ(FirstExcess(unknown, left)->left.units(), 0);
}

}  // namespace
}  // namespace salesdesk::core::deliveries
