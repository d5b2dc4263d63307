#include "modules/sales/core/tax/tax_rates.h"

#include <algorithm>
#include <array>

namespace salesdesk::core::tax {
namespace {

// Percent has 4 decimals: P(21) is 21 %, P(5, 5000) is 5.5 %.
constexpr Percent P(std::int64_t whole, std::int64_t ten_thousandths = 0) {
  return Percent::FromUnits(whole * 10'000 + ten_thousandths);
}
constexpr std::optional<Percent> kNone = std::nullopt;

// Rates in force in 2025 after the mid-year changes (EE 24 % from 2025-07-01, RO 21 % / 11 %
// from 2025-08-01). Sorted by country code; docs/tax.md lists the same table and its sources.
// clang-format off
constexpr std::array<CountryRates, 27> kRates = {{
    {"AT", P(20), P(13), P(10), kNone},
    {"BE", P(21), P(12), P(6), kNone},
    {"BG", P(20), P(9), kNone, kNone},
    {"CY", P(19), P(9), P(5), kNone},
    {"CZ", P(21), P(12), kNone, kNone},
    {"DE", P(19), P(7), kNone, kNone},
    {"DK", P(25), kNone, kNone, kNone},
    {"EE", P(24), P(13), P(9), kNone},
    {"ES", P(21), P(10), kNone, P(4)},
    {"FI", P(25, 5000), P(14), P(10), kNone},
    {"FR", P(20), P(10), P(5, 5000), P(2, 1000)},
    {"GR", P(24), P(13), P(6), kNone},
    {"HR", P(25), P(13), P(5), kNone},
    {"HU", P(27), P(18), P(5), kNone},
    {"IE", P(23), P(13, 5000), P(9), P(4, 8000)},
    {"IT", P(22), P(10), P(5), P(4)},
    {"LT", P(21), P(9), P(5), kNone},
    {"LU", P(17), P(8), kNone, P(3)},
    {"LV", P(21), P(12), P(5), kNone},
    {"MT", P(18), P(7), P(5), kNone},
    {"NL", P(21), P(9), kNone, kNone},
    {"PL", P(23), P(8), P(5), kNone},
    {"PT", P(23), P(13), P(6), kNone},
    {"RO", P(21), P(11), kNone, kNone},
    {"SE", P(25), P(12), P(6), kNone},
    {"SI", P(22), P(9, 5000), P(5), kNone},
    {"SK", P(23), P(19), P(5), kNone},
}};
// clang-format on

}  // namespace

std::span<const CountryRates> EuCountryRates() { return kRates; }

const CountryRates* FindCountryRates(std::string_view country) {
  auto it =
      std::lower_bound(kRates.begin(), kRates.end(), country,
                       [](const CountryRates& r, std::string_view c) { return r.country < c; });
  return it != kRates.end() && it->country == country ? &*it : nullptr;
}

bool IsEuMember(std::string_view country) { return FindCountryRates(country) != nullptr; }

}  // namespace salesdesk::core::tax
