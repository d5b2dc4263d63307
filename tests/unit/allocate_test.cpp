// Allocate (RULES 0.4): hand cases with the arithmetic written out, and the properties of 0.4.5
// over many random inputs checked against an independent exact reference.
#include "core/money/allocate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

namespace salesdesk::core {
namespace {

using Parts = std::vector<std::int64_t>;

Parts Split(std::int64_t total, std::vector<std::int64_t> weights) {
  auto r = Allocate(total, weights);
  EXPECT_TRUE(r.ok()) << r.error().message;
  return r.ok() ? *r : Parts{};
}

TEST(Allocate, HundredOverThreeEqualWeights) {
  // quotas 33⅓ each; floors 33,33,33 = 99; L = 1; equal remainders and weights → index 0.
  EXPECT_EQ(Split(100, {1, 1, 1}), (Parts{34, 33, 33}));
}

TEST(Allocate, TieOnRemainderGoesToTheLargerWeight) {
  // 10 over 1,3: quotas 2.5 and 7.5, floors 2+7 = 9, L = 1, remainders ½ and ½ tie → weight 3.
  EXPECT_EQ(Split(10, {1, 3}), (Parts{2, 8}));
  // 5 over 1,1,2: quotas 1.25, 1.25, 2.5 → floors 1,1,2 = 4, L = 1; remainders ¼,¼,½ → index 2.
  EXPECT_EQ(Split(5, {1, 1, 2}), (Parts{1, 1, 3}));
  // 2 over 1,1,1,1... : quotas ½ each, L = 2, all tie → indexes 0 and 1.
  EXPECT_EQ(Split(2, {1, 1, 1, 1}), (Parts{1, 1, 0, 0}));
  // 3 over 2,1,2,1: quotas 1, ½, 1, ½ → floors 1,0,1,0 = 2, L = 1; remainders 0,½,0,½ tie on
  // remainder and weight → lower index 1.
  EXPECT_EQ(Split(3, {2, 1, 2, 1}), (Parts{1, 1, 1, 0}));
}

TEST(Allocate, LargestRemainderWinsBeforeWeight) {
  // 10 over 3,3,4 (Σ10): quotas 3, 3, 4 exactly → no remainder.
  EXPECT_EQ(Split(10, {3, 3, 4}), (Parts{3, 3, 4}));
  // 7 over 1,2,4 (Σ7): exact 1,2,4.  8 over 1,2,4: quotas 8/7=1.142, 16/7=2.285, 32/7=4.571
  // floors 1,2,4 = 7, L = 1, largest remainder 4/7 (index 2) → 1,2,5.
  EXPECT_EQ(Split(8, {1, 2, 4}), (Parts{1, 2, 5}));
  // 11 over 1,2,4: quotas 11/7=1.571, 22/7=3.142, 44/7=6.285; floors 1,3,6 = 10; L = 1;
  // remainders 4/7, 1/7, 2/7 → index 0 gets it although its weight is the smallest.
  EXPECT_EQ(Split(11, {1, 2, 4}), (Parts{2, 3, 6}));
}

TEST(Allocate, ZeroWeightsGetZero) {
  // 1 over 0,1,0 → 0,1,0; 100 over 0,1,1 → quotas 0, 50, 50.
  EXPECT_EQ(Split(1, {0, 1, 0}), (Parts{0, 1, 0}));
  EXPECT_EQ(Split(101, {0, 1, 1, 0}), (Parts{0, 51, 50, 0}));
  EXPECT_EQ(Split(0, {1, 2}), (Parts{0, 0}));
}

TEST(Allocate, NegativeTotalSplitsTheMagnitudeAndNegates) {
  // -100 over 1,1,1 → -(34,33,33), not -33,-33,-34 as flooring negative quotas would give.
  EXPECT_EQ(Split(-100, {1, 1, 1}), (Parts{-34, -33, -33}));
  EXPECT_EQ(Split(-10, {1, 3}), (Parts{-2, -8}));
}

TEST(Allocate, ThreeEqualInstalmentsOfThirtyThousandPointTwo) {
  // 30,000.20 EUR over 1,1,1 (frappe/erpnext#26951): 3,000,020 cents / 3 = 1,000,006⅔ each;
  // floors 1,000,006 × 3 = 3,000,018, L = 2 → indexes 0 and 1: 10,000.07 / 10,000.07 / 10,000.06.
  EXPECT_EQ(Split(3000020, {1, 1, 1}), (Parts{1000007, 1000007, 1000006}));
}

TEST(Allocate, ExactRationalWeights) {
  // Weights ⅓, ⅙, ½ (Σ 1): 100 → quotas 33⅓, 16⅔, 50 → floors 33,16,50 = 99, L = 1,
  // remainders ⅓, ⅔, 0 → index 1: 33, 17, 50.
  const std::vector<Weight> w = {{1, 3}, {1, 6}, {1, 2}};
  auto r = Allocate(100, w);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, (Parts{33, 17, 50}));
  // 2/4 equals 1/2: 1 over {2/4, 1/2} ties on remainder and weight → index 0.
  const std::vector<Weight> same = {{2, 4}, {1, 2}};
  EXPECT_EQ(*Allocate(1, same), (Parts{1, 0}));
  // 1 over {1/3, 2/5}: larger weight 2/5 wins the tie on remainder? quotas 5/11 and 6/11 →
  // remainder 6/11 is larger → index 1.
  const std::vector<Weight> thirds = {{1, 3}, {2, 5}};
  EXPECT_EQ(*Allocate(1, thirds), (Parts{0, 1}));
}

TEST(Allocate, EmptyOrZeroBasisIsRefusedNamingTheField) {
  for (const std::vector<std::int64_t>& w :
       {std::vector<std::int64_t>{}, std::vector<std::int64_t>{0, 0}}) {
    auto r = Allocate(100, w, "portions");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message_code, "money.allocation_basis_empty");
    EXPECT_EQ(r.error().field, "portions");
    EXPECT_NE(r.error().message.find("portions"), std::string::npos);
  }
}

TEST(Allocate, NegativeWeightOrBadDenominatorIsRefused) {
  auto neg = Allocate(10, std::vector<std::int64_t>{1, -1}, "portions");
  ASSERT_FALSE(neg.ok());
  EXPECT_EQ(neg.error().field, "portions/1");
  EXPECT_EQ(neg.error().message_code, "field.negative");
  const std::vector<Weight> zero_den = {{1, 0}};
  auto bad = Allocate(10, zero_den, "w");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "w/0");
}

TEST(Allocate, OverflowIsAnErrorNotAWrongAnswer) {
  const std::vector<Weight> huge = {{static_cast<__int128>(1) << 100, 1}, {1, 1}};
  auto r = Allocate(std::numeric_limits<std::int64_t>::max(), huge);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kOverflow);
}

// Independent reference: sort by (remainder desc, weight desc, index asc) on rationals with
// cross-multiplication instead of a common denominator.
Parts Reference(std::int64_t total, const std::vector<Weight>& w) {
  const bool neg = total < 0;
  const __int128 t = neg ? -static_cast<__int128>(total) : total;
  // Σw as a rational S = sn/sd.
  __int128 sn = 0, sd = 1;
  for (const Weight& x : w) {
    sn = sn * x.den + x.num * sd;
    sd *= x.den;
  }
  // quota_i = t * (n_i/d_i) / (sn/sd) = t*n_i*sd / (d_i*sn)
  const std::size_t n = w.size();
  std::vector<__int128> qn(n), qd(n), fl(n);
  __int128 given = 0;
  for (std::size_t i = 0; i < n; ++i) {
    qn[i] = t * w[i].num * sd;
    qd[i] = w[i].den * sn;
    fl[i] = qn[i] / qd[i];
    given += fl[i];
  }
  std::vector<std::size_t> idx(n);
  std::iota(idx.begin(), idx.end(), std::size_t{0});
  std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    const __int128 ra = qn[a] % qd[a], rb = qn[b] % qd[b];
    const __int128 l = ra * qd[b], r = rb * qd[a];
    if (l != r) return l > r;
    const __int128 wl = w[a].num * w[b].den, wr = w[b].num * w[a].den;
    if (wl != wr) return wl > wr;
    return a < b;
  });
  for (__int128 k = 0; k < t - given; ++k) fl[idx[static_cast<std::size_t>(k)]] += 1;
  Parts out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::int64_t>(neg ? -fl[i] : fl[i]);
  return out;
}

TEST(Allocate, PropertiesHoldOverRandomInputs) {
  std::mt19937_64 rng(20261203);
  std::uniform_int_distribution<int> parts_count(1, 12);
  std::uniform_int_distribution<std::int64_t> totals(-5'000'000, 50'000'000);
  std::uniform_int_distribution<int> nums(0, 40);
  std::uniform_int_distribution<int> dens(1, 12);
  std::bernoulli_distribution rational(0.5), zero(0.15);
  for (int run = 0; run < 20000; ++run) {
    const std::size_t n = static_cast<std::size_t>(parts_count(rng));
    std::vector<Weight> w(n);
    __int128 num_sum = 0;
    for (auto& x : w) {
      x.num = zero(rng) ? 0 : nums(rng);
      x.den = rational(rng) ? dens(rng) : 1;
      num_sum += x.num;
    }
    if (num_sum == 0) w[0].num = 1;
    const std::int64_t total = run % 10 == 0 ? run % 7 : totals(rng);
    auto r = Allocate(total, w);
    ASSERT_TRUE(r.ok()) << r.error().message;
    const Parts& p = *r;
    ASSERT_EQ(p.size(), n);
    // Σparts = total exactly.
    EXPECT_EQ(std::accumulate(p.begin(), p.end(), std::int64_t{0}), total);
    // Same answer as the independent reference (remainder, weight, index tie-break).
    EXPECT_EQ(p, Reference(total, w));
    // |part − quota| < 1, a zero weight gets zero; quota = total × w_i / Σw exactly.
    __int128 sn = 0, sd = 1;
    for (const Weight& x : w) {
      sn = sn * x.den + x.num * sd;
      sd *= x.den;
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (w[i].num == 0) {
        EXPECT_EQ(p[i], 0);
      }
      // |p − T·n·sd/(d·sn)| < 1  ⇔  |p·d·sn − T·n·sd| < d·sn
      const __int128 diff = static_cast<__int128>(p[i]) * w[i].den * sn -
                            static_cast<__int128>(total) * w[i].num * sd;
      EXPECT_LT(diff < 0 ? -diff : diff, w[i].den * sn);
    }
    // Depends only on (total, weights, order): scaling every weight by 7 changes nothing.
    std::vector<Weight> scaled = w;
    for (auto& x : scaled) x.num *= 7;
    EXPECT_EQ(*Allocate(total, scaled), p);
    // A negative total is the negation of the positive split.
    if (total != 0) {
      Parts mirrored = *Allocate(-total, w);
      for (auto& v : mirrored) v = -v;
      EXPECT_EQ(mirrored, p);
    }
  }
}

}  // namespace
}  // namespace salesdesk::core
