#include "modules/sales/core/quotes/authority_check.h"

#include <limits>
#include <utility>

namespace salesdesk::core::quotes {
namespace {

constexpr std::int64_t kHundredPercent = 1'000'000;  // 100 % in Percent units
constexpr __int128 kOne = kHundredPercent;           // the same number as a scale factor

__int128 FloorDiv(__int128 a, __int128 b) {  // b > 0
  const __int128 q = a / b;
  return (a % b != 0 && a < 0) ? q - 1 : q;
}
__int128 CeilDiv(__int128 a, __int128 b) {  // b > 0
  const __int128 q = a / b;
  return (a % b != 0 && a > 0) ? q + 1 : q;
}

// Reported percentages saturate: a margin of minus billions of percent is still just "below".
Percent SaturatedPercent(__int128 units) {
  constexpr __int128 kMin = std::numeric_limits<std::int64_t>::min();
  constexpr __int128 kMax = std::numeric_limits<std::int64_t>::max();
  return Percent::FromUnits(static_cast<std::int64_t>(units < kMin   ? kMin
                                                      : units > kMax ? kMax
                                                                     : units));
}

std::string LineField(std::size_t index, const char* name) {
  return "lines[" + std::to_string(index) + "]." + name;
}

Result<void> ValidateLine(const AuthorityLine& line, std::size_t i) {
  if (line.engine_unit_price.units() < 0) {
    return Error::Invalid(LineField(i, "engine_unit_price"), Msg("quote.engine_price_negative"));
  }
  if (line.unit_price.units() < 0) {
    return Error::Invalid(LineField(i, "unit_price"), Msg("quote.unit_price_negative"));
  }
  if (line.discount && (line.discount->units() < 0 || line.discount->units() > kHundredPercent)) {
    return Error::Invalid(LineField(i, "discount"), Msg("quote.discount_range"));
  }
  if (line.unit_cost && line.unit_cost->units() < 0) {
    return Error::Invalid(LineField(i, "unit_cost"), Msg("quote.unit_cost_negative"));
  }
  for (const auto& [rate, name] : {std::pair{line.tax_rate, "tax_rate"},
                                   std::pair{line.default_tax_rate, "default_tax_rate"}}) {
    if (rate && (rate->units() < 0 || rate->units() > kHundredPercent)) {
      return Error::Invalid(LineField(i, name), Msg("quote.line_tax_rate_range"));
    }
  }
  return Ok();
}

void CheckLine(const AuthorityLine& line, std::size_t i, const AuthorityLimits& limits,
               AuthorityCheck& out) {
  // Final price at scale 12: unit_price (6) times the kept fraction (6).
  const __int128 final12 = static_cast<__int128>(line.unit_price.units()) *
                           (kOne - (line.discount ? line.discount->units() : 0));
  const __int128 engine12 = static_cast<__int128>(line.engine_unit_price.units()) * kOne;
  auto deviation = [&](DeviationKind kind, Percent requested, Percent allowed) {
    out.deviations.push_back(
        Deviation{DeviationScope::kLine, i, line.line_key, kind, requested, allowed});
  };
  auto skip = [&](DeviationKind kind, std::string reason) {
    out.skipped.push_back(
        SkippedCheck{DeviationScope::kLine, i, line.line_key, kind, std::move(reason)});
  };

  // Discount in Percent units = 10^6 * (engine - final) / engine. For an integer limit m,
  // exact > m  <=>  ceil(exact) > m, so the rounded-up figure decides exactly.
  if (engine12 == 0) {
    skip(DeviationKind::kDiscount, "the engine price is 0, so there is no discount to measure");
  } else {
    const __int128 discount = CeilDiv((engine12 - final12) * kOne, engine12);
    if (discount > limits.max_discount.units()) {
      deviation(DeviationKind::kDiscount, SaturatedPercent(discount), limits.max_discount);
    }
  }

  // Margin in Percent units = 10^6 * (final - cost) / final; exact < m  <=>  floor(exact) < m.
  if (!line.unit_cost) {
    skip(DeviationKind::kMargin, "no cost is known for this line, so its margin is not checked");
  } else if (final12 == 0) {
    skip(DeviationKind::kMargin,
         "the final price is 0, so there is no margin to measure (the discount check applies)");
  } else {
    const __int128 cost12 = static_cast<__int128>(line.unit_cost->units()) * kOne;
    const __int128 margin = FloorDiv((final12 - cost12) * kOne, final12);
    if (margin < limits.min_margin.units()) {
      deviation(DeviationKind::kMargin, SaturatedPercent(margin), limits.min_margin);
    }
  }

  // A tax rate other than the default is a concession of its own (or a mistake): it needs
  // may_override_tax. The figures are rates, not cost, so everyone who sees the line may see them.
  if (line.tax_rate && line.default_tax_rate && *line.tax_rate != *line.default_tax_rate &&
      !limits.may_override_tax) {
    deviation(DeviationKind::kTaxRate, *line.tax_rate, *line.default_tax_rate);
  }
}

}  // namespace

Result<void> ValidateLimits(const AuthorityLimits& limits) {
  if (limits.max_discount.units() < 0 || limits.max_discount.units() > kHundredPercent) {
    return Error::Invalid("limits.max_discount", Msg("quote.max_discount_range"));
  }
  if (limits.min_margin.units() > kHundredPercent) {
    return Error::Invalid("limits.min_margin", Msg("quote.min_margin_range"));
  }
  if (limits.max_payment_term_days < 0) {
    return Error::Invalid("limits.max_payment_term_days", Msg("quote.payment_term_days_negative"));
  }
  if (limits.max_contract_value.minor < 0) {
    return Error::Invalid("limits.max_contract_value", Msg("quote.contract_value_negative"));
  }
  return Ok();
}

Result<AuthorityCheck> CheckAuthority(std::span<const AuthorityLine> lines,
                                      const AuthorityDocument& document,
                                      const AuthorityLimits& limits, RoundingMode mode) {
  SD_TRY(ValidateLimits(limits));
  for (std::size_t i = 0; i < lines.size(); ++i) SD_TRY(ValidateLine(lines[i], i));
  if (document.payment_term_days < 0) {
    return Error::Invalid("payment_term_days", Msg("quote.payment_term_days_negative"));
  }
  const Currency base = limits.max_contract_value.currency;
  Money value = document.untaxed;
  if (document.untaxed.currency != base) {
    if (!document.rate_to_base) {
      return Error::Invalid(
          "rate_to_base", Msg("quote.rate_to_base", {{"currency", document.untaxed.currency.code()},
                                                     {"base", base.code()}}));
    }
    // The one rounding step of the conversion.
    SD_ASSIGN(value, Convert(document.untaxed, *document.rate_to_base, base, mode));
  }

  AuthorityCheck out;
  for (std::size_t i = 0; i < lines.size(); ++i) CheckLine(lines[i], i, limits, out);
  if (document.payment_term_days > limits.max_payment_term_days) {
    out.deviations.push_back(Deviation{DeviationScope::kDocument,
                                       0,
                                       {},
                                       DeviationKind::kPaymentTerms,
                                       document.payment_term_days,
                                       limits.max_payment_term_days});
  }
  if (value.minor > limits.max_contract_value.minor) {
    out.deviations.push_back(Deviation{
        DeviationScope::kDocument, 0, {}, DeviationKind::kValue, value, limits.max_contract_value});
  }
  return out;
}

}  // namespace salesdesk::core::quotes
