// What the statement-line unit tests share: dates from ISO text, an EarningInput in EUR for one
// month with no other rates, and the sum of the lines' payouts.
#pragma once

#include <numeric>

#include "modules/commissions/app/statement_lines.h"

namespace salesdesk::modules::commissions::test_util {

inline core::Date D(const char* iso) { return *core::ParseDate(iso); }

inline const app::sales::ExchangeRates& Rates() {
  static const app::sales::ExchangeRates rates{.base_currency = "EUR"};
  return rates;
}

inline EarningInput Input(const char* components, const char* first, const char* last) {
  const core::Currency eur = *core::ParseCurrency("EUR");
  return EarningInput{.components = *ParseComponents(components, eur),
                      .payout = eur,
                      .rates = &Rates(),
                      .first = D(first),
                      .last = D(last)};
}

inline std::int64_t Sum(const std::vector<EarnedLine>& lines) {
  return std::accumulate(lines.begin(), lines.end(), std::int64_t{0},
                         [](std::int64_t s, const EarnedLine& l) { return s + l.payout; });
}

}  // namespace salesdesk::modules::commissions::test_util
