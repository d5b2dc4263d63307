#include "core/money/money.h"

namespace salesdesk::core {
namespace {

constexpr char kAmountField[] = "amount";

Error Overflow(const Currency& currency) {
  return Error::Make(ErrorCode::kOverflow, Msg("money.overflow", {{"currency", currency.code()}}));
}

Result<void> RequireSameCurrency(const Money& a, const Money& b, const char* verb) {
  if (a.currency == b.currency) return Ok();
  const bool add = std::string_view(verb) == "add";
  return Error::Invalid("currency", Msg(add ? "money.cannot_add" : "money.cannot_subtract",
                                        {{"a", a.currency.code()}, {"b", b.currency.code()}}));
}

// Rounds an exact product held at `from_scale` to the currency's minor units.
Result<Money> RoundTo(__int128 exact, int from_scale, Currency currency, RoundingMode mode) {
  auto minor = Rescale(exact, from_scale, currency.exponent(), mode);
  if (!minor.ok()) return Overflow(currency);
  return Money{*minor, currency};
}

}  // namespace

Result<Money> ParseMoney(std::string_view amount, Currency currency) {
  const int exponent = currency.exponent();
  const ScaledParse parsed = ParseScaled(amount, exponent);
  const std::string code = currency.code();
  switch (parsed.status) {
    case DecimalParseStatus::kOk:
      return Money{parsed.units, currency};
    case DecimalParseStatus::kTooManyDecimals:
      if (exponent == 0) {
        return Error::Invalid(kAmountField, Msg("money.no_decimals", {{"currency", code}}));
      }
      return Error::Invalid(kAmountField,
                            Msg("money.too_many_decimals",
                                {{"currency", code}, {"scale", std::to_string(exponent)}}));
    case DecimalParseStatus::kOverflow:
      return Error::Invalid(
          kAmountField,
          Msg("money.too_large",
              {{"currency", code}, {"limit", FormatScaled(INT64_MAX, exponent, false)}}));
    case DecimalParseStatus::kEmpty:
    case DecimalParseStatus::kMalformed:
      break;
  }
  // Reuse the decimal messages for the shape errors; they say what the grammar is.
  auto shape = ParseScaledDecimal(amount, exponent, kAmountField);
  return std::move(shape).error();
}

std::string FormatAmount(const Money& money) {
  return FormatScaled(money.minor, money.currency.exponent(), /*trim=*/false);
}

Result<Money> Add(const Money& a, const Money& b) {
  SD_TRY(RequireSameCurrency(a, b, "add"));
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a.minor, b.minor, &sum)) return Overflow(a.currency);
  return Money{sum, a.currency};
}

Result<Money> Subtract(const Money& a, const Money& b) {
  SD_TRY(RequireSameCurrency(a, b, "subtract"));
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(a.minor, b.minor, &difference)) return Overflow(a.currency);
  return Money{difference, a.currency};
}

Result<Money> Sum(std::span<const Money> items, Currency currency) {
  Money total{0, currency};
  for (const Money& item : items) {
    SD_ASSIGN(total, Add(total, item));
  }
  return total;
}

// Percent has 4 decimals and means /100, so amount * pct.units() is at scale exponent + 6.
Result<Money> MultiplyByPercent(const Money& amount, Percent pct, RoundingMode mode) {
  const __int128 exact = static_cast<__int128>(amount.minor) * pct.units();
  return RoundTo(exact, amount.currency.exponent() + Percent::kScale + 2, amount.currency, mode);
}

Result<Money> ApplyDiscount(const Money& amount, Percent pct, RoundingMode mode) {
  // 100 % is 10^6 units; |10^6 - pct| < 2^64 and |minor| <= 2^63, so the product fits.
  const __int128 kept = static_cast<__int128>(Pow10(Percent::kScale + 2)) - pct.units();
  const __int128 exact = static_cast<__int128>(amount.minor) * kept;
  return RoundTo(exact, amount.currency.exponent() + Percent::kScale + 2, amount.currency, mode);
}

Result<Money> Extend(UnitPrice unit_price, Quantity quantity, Currency currency,
                     RoundingMode mode) {
  const __int128 exact = static_cast<__int128>(unit_price.units()) * quantity.units();
  return RoundTo(exact, UnitPrice::kScale + Quantity::kScale, currency, mode);
}

Result<Money> Convert(const Money& amount, Rate rate, Currency target, RoundingMode mode) {
  if (rate.units() <= 0) {
    return Error::Invalid("rate", Msg("money.rate_not_positive"));
  }
  const __int128 exact = static_cast<__int128>(amount.minor) * rate.units();
  return RoundTo(exact, amount.currency.exponent() + Rate::kScale, target, mode);
}

}  // namespace salesdesk::core
