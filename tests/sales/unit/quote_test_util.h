// Short constructors for the quote tests: parse from decimal text, abort on a typo in a test.
#pragma once

#include <cstdlib>
#include <optional>
#include <string_view>

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/money/money.h"
#include "modules/sales/core/quotes/authority_check.h"

namespace salesdesk::core::quotes::testing {

template <typename T>
T OrDie(Result<T> result) {
  if (!result.ok()) std::abort();
  return std::move(result).value();
}

inline Currency Cur(std::string_view code) { return OrDie(ParseCurrency(code)); }
inline Percent Pct(std::string_view text) { return OrDie(Percent::Parse(text)); }
inline UnitPrice Price(std::string_view text) { return OrDie(UnitPrice::Parse(text)); }
inline Quantity Qty(std::string_view text) { return OrDie(Quantity::Parse(text)); }
inline Rate Fx(std::string_view text) { return OrDie(Rate::Parse(text)); }
inline Money Amount(std::string_view text, std::string_view code) {
  return OrDie(ParseMoney(text, Cur(code)));
}

// A line for CheckAuthority; nullopt discount or cost means none.
using OptText = std::optional<const char*>;
inline AuthorityLine ALine(const char* key, const char* engine, const char* price, OptText discount,
                           OptText cost) {
  return AuthorityLine{key, Price(engine), Price(price),
                       discount ? std::optional<Percent>(Pct(*discount)) : std::nullopt,
                       cost ? std::optional<UnitPrice>(Price(*cost)) : std::nullopt};
}

// A junior manager: 10 % discount, 20 % margin, 30 days, `value` in `base`.
inline AuthorityLimits Junior(const char* base = "EUR", const char* value = "10000") {
  return AuthorityLimits{Pct("10"), Pct("20"), 30, Amount(value, base)};
}

inline AuthorityDocument SmallEurDocument() {
  return AuthorityDocument{Amount("100", "EUR"), 14, {}};
}

}  // namespace salesdesk::core::quotes::testing
