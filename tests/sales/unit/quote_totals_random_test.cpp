// G4 (QUALITY.md): >= 100,000 random documents per currency exponent (0, 2, 3) and rounding
// mode. Each rounding is checked against its exact value by an independent property (within half
// a minor unit, ties broken per mode); sums are re-added here in __int128.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "modules/sales/core/quotes/quote_totals.h"
#include "quote_test_util.h"
#include "unit/core_test_util.h"

namespace salesdesk::core::quotes {
namespace {

using core::testing::Int128ToString;

constexpr int kDocuments = 100'000;

__int128 Pow10Ref(int n) {
  __int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

// True when `rounded` (units of 10^-k relative to `exact`) is `exact` / 10^k rounded per mode.
// All amounts here are >= 0.
bool IsOneRounding(__int128 exact, std::int64_t rounded, int k, RoundingMode mode) {
  const __int128 unit = Pow10Ref(k);
  const __int128 diff = static_cast<__int128>(rounded) * unit - exact;
  const __int128 twice = diff < 0 ? -2 * diff : 2 * diff;
  if (twice > unit) return false;
  if (twice < unit) return true;
  return mode == RoundingMode::kHalfUp ? diff > 0 : rounded % 2 == 0;  // a tie
}

// Prices and quantities spread over magnitudes, with many exact ties and round values.
std::int64_t RandomUnits(std::mt19937_64& rng, std::int64_t max) {
  switch (rng() % 4) {
    case 0:
      return static_cast<std::int64_t>(rng() % 1000);
    case 1:
      return static_cast<std::int64_t>(rng() % 1000) * 500;  // ties at many scales
    default:
      return static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(max));
  }
}

constexpr std::array<std::int64_t, 10> kTaxRates = {0,      25'000,  50'000,  70'000,  77'000,
                                                    80'000, 100'000, 190'000, 200'000, 210'000};

struct RandomCase {
  const char* currency;
  RoundingMode mode;
  friend void PrintTo(const RandomCase& c, std::ostream* os) {
    *os << c.currency << " " << RoundingModeName(c.mode);
  }
};

class QuoteTotalsRandomTest : public ::testing::TestWithParam<RandomCase> {};

TEST_P(QuoteTotalsRandomTest, TotalIsUntaxedPlusTaxExactly) {
  const Currency currency = testing::Cur(GetParam().currency);
  const RoundingMode mode = GetParam().mode;
  const int e = currency.exponent();
  std::mt19937_64 rng(0x5a1e5de5cULL + static_cast<unsigned>(e) * 7 + static_cast<int>(mode));
  std::vector<QuoteLine> lines;
  std::array<__int128, kTaxRates.size()> bases{};
  for (int doc = 0; doc < kDocuments; ++doc) {
    lines.clear();
    bases.fill(0);
    const int count = 1 + static_cast<int>(rng() % 8);
    for (int i = 0; i < count; ++i) {
      const std::optional<Percent> discount =
          rng() % 2 ? std::optional<Percent>(Percent::FromUnits(RandomUnits(rng, 1'000'001)))
                    : std::nullopt;
      lines.push_back(QuoteLine{Quantity::FromUnits(1 + RandomUnits(rng, 10'000'000)),
                                UnitPrice::FromUnits(RandomUnits(rng, 100'000'000'000)), discount,
                                Percent::FromUnits(kTaxRates[rng() % kTaxRates.size()]), currency});
    }
    auto totals = ComputeQuoteTotals(lines, currency, mode);
    ASSERT_TRUE(totals.ok()) << "document " << doc << ": " << totals.error().message;
    ASSERT_EQ(totals->line_nets.size(), lines.size());

    __int128 untaxed = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const QuoteLine& line = lines[i];
      const __int128 exact = static_cast<__int128>(line.quantity.units()) *
                             line.unit_price.units() *
                             (1'000'000 - (line.discount ? line.discount->units() : 0));
      const std::int64_t net = totals->line_nets[i].minor;
      ASSERT_TRUE(IsOneRounding(exact, net, 15 - e, mode))
          << "document " << doc << " line " << i << ": exact " << Int128ToString(exact)
          << " (scale 15) rounded to " << net;
      untaxed += net;
      for (std::size_t r = 0; r < kTaxRates.size(); ++r) {
        if (kTaxRates[r] == line.tax_rate.units()) bases[r] += net;
      }
    }
    ASSERT_EQ(totals->untaxed.minor, untaxed) << "document " << doc;

    __int128 tax = 0;
    std::size_t group = 0;
    for (std::size_t r = 0; r < kTaxRates.size(); ++r) {
      const bool used = std::any_of(lines.begin(), lines.end(), [&](const QuoteLine& l) {
        return l.tax_rate.units() == kTaxRates[r];
      });
      if (!used) continue;
      ASSERT_LT(group, totals->tax_groups.size());
      const TaxGroup& g = totals->tax_groups[group++];
      ASSERT_EQ(g.rate.units(), kTaxRates[r]);
      ASSERT_EQ(g.base.minor, bases[r]) << "document " << doc;
      ASSERT_TRUE(IsOneRounding(bases[r] * kTaxRates[r], g.tax.minor, 6, mode))
          << "document " << doc << " rate " << g.rate.ToString();
      tax += g.tax.minor;
    }
    ASSERT_EQ(group, totals->tax_groups.size());
    ASSERT_EQ(totals->tax.minor, tax) << "document " << doc;
    ASSERT_EQ(totals->total.minor, totals->untaxed.minor + totals->tax.minor) << "document " << doc;

    // Line order never changes a total (quote, order and invoice list lines differently).
    if (doc % 16 == 0) {
      std::reverse(lines.begin(), lines.end());
      auto reversed = ComputeQuoteTotals(lines, currency, mode);
      ASSERT_TRUE(reversed.ok());
      ASSERT_EQ(reversed->total, totals->total) << "document " << doc;
      ASSERT_EQ(reversed->tax, totals->tax) << "document " << doc;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(G4, QuoteTotalsRandomTest,
                         ::testing::Values(RandomCase{"JPY", RoundingMode::kHalfUp},
                                           RandomCase{"JPY", RoundingMode::kHalfEven},
                                           RandomCase{"EUR", RoundingMode::kHalfUp},
                                           RandomCase{"EUR", RoundingMode::kHalfEven},
                                           RandomCase{"KWD", RoundingMode::kHalfUp},
                                           RandomCase{"KWD", RoundingMode::kHalfEven}),
                         [](const ::testing::TestParamInfo<RandomCase>& info) {
                           return std::string(info.param.currency) +
                                  (info.param.mode == RoundingMode::kHalfUp ? "HalfUp"
                                                                            : "HalfEven");
                         });

}  // namespace
}  // namespace salesdesk::core::quotes
