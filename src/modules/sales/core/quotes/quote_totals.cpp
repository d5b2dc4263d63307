#include "modules/sales/core/quotes/quote_totals.h"

#include <map>
#include <string>

namespace salesdesk::core::quotes {
namespace {

// 100 % in Percent units: a percentage p means p.units() / kHundredPercent.
constexpr std::int64_t kHundredPercent = 1'000'000;
// quantity (3) + unit price (6) + kept fraction (6): the scale of the exact line product.
constexpr int kLineScale = Quantity::kScale + UnitPrice::kScale + Percent::kScale + 2;

Error Overflow(const Currency& currency) {
  return Error::Make(ErrorCode::kOverflow, Msg("quote.overflow", {{"currency", currency.code()}}));
}

std::string LineField(std::size_t index, const char* name) {
  return "lines[" + std::to_string(index) + "]." + name;
}

Result<void> ValidateLine(const QuoteLine& line, std::size_t index, Currency currency) {
  if (line.currency != currency) {
    return Error::Invalid(
        LineField(index, "currency"),
        Msg("quote.line_currency_convert",
            {{"line_currency", line.currency.code()}, {"currency", currency.code()}}));
  }
  if (line.quantity.units() <= 0) {
    return Error::Invalid(LineField(index, "quantity"), Msg("quote.quantity_positive"));
  }
  if (line.unit_price.units() < 0) {
    return Error::Invalid(LineField(index, "unit_price"), Msg("quote.unit_price_negative"));
  }
  if (line.discount && (line.discount->units() < 0 || line.discount->units() > kHundredPercent)) {
    return Error::Invalid(LineField(index, "discount"), Msg("quote.discount_range"));
  }
  if (line.tax_rate.units() < 0 || line.tax_rate.units() > kHundredPercent) {
    return Error::Invalid(LineField(index, "tax_rate"), Msg("quote.tax_rate_range"));
  }
  return Ok();
}

}  // namespace

Result<Money> LineNet(const QuoteLine& line, RoundingMode mode) {
  const std::int64_t kept = kHundredPercent - (line.discount ? line.discount->units() : 0);
  __int128 exact = 0;
  // The three factors are int64, so the product can leave __int128 for absurd inputs.
  if (__builtin_mul_overflow(static_cast<__int128>(line.quantity.units()),
                             static_cast<__int128>(line.unit_price.units()), &exact) ||
      __builtin_mul_overflow(exact, static_cast<__int128>(kept), &exact)) {
    return Overflow(line.currency);
  }
  // The one rounding step of the line.
  auto minor = Rescale(exact, kLineScale, line.currency.exponent(), mode);
  if (!minor.ok()) return Overflow(line.currency);
  return Money{*minor, line.currency};
}

Result<QuoteTotals> ComputeQuoteTotals(std::span<const QuoteLine> lines, Currency currency,
                                       RoundingMode mode) {
  std::vector<NetLine> nets;
  nets.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    SD_TRY(ValidateLine(lines[i], i, currency));
    SD_ASSIGN(const Money net, LineNet(lines[i], mode));
    nets.push_back(NetLine{net, lines[i].tax_rate});
  }
  return TotalsFromNets(nets, currency, mode);
}

Result<QuoteTotals> TotalsFromNets(std::span<const NetLine> lines, Currency currency,
                                   RoundingMode mode) {
  QuoteTotals totals{{}, {}, Money{0, currency}, Money{0, currency}, Money{0, currency}};
  totals.line_nets.reserve(lines.size());
  // Ordered by rate so the groups come out in a stable, readable order.
  std::map<std::int64_t, Money> base_by_rate;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Money& net = lines[i].net;
    if (net.currency != currency) {
      return Error::Invalid(LineField(i, "currency"),
                            Msg("quote.line_currency", {{"line_currency", net.currency.code()},
                                                        {"currency", currency.code()}}));
    }
    if (lines[i].tax_rate.units() < 0 || lines[i].tax_rate.units() > kHundredPercent) {
      return Error::Invalid(LineField(i, "tax_rate"), Msg("quote.tax_rate_range"));
    }
    totals.line_nets.push_back(net);
    SD_ASSIGN(totals.untaxed, Add(totals.untaxed, net));
    auto [it, inserted] = base_by_rate.try_emplace(lines[i].tax_rate.units(), Money{0, currency});
    SD_ASSIGN(it->second, Add(it->second, net));
  }
  totals.tax_groups.reserve(base_by_rate.size());
  for (const auto& [rate_units, base] : base_by_rate) {
    const Percent rate = Percent::FromUnits(rate_units);
    // The one rounding step of the group: tax is computed on the exact sum of shown line nets.
    SD_ASSIGN(const Money tax, MultiplyByPercent(base, rate, mode));
    totals.tax_groups.push_back(TaxGroup{rate, base, tax});
    SD_ASSIGN(totals.tax, Add(totals.tax, tax));
  }
  SD_ASSIGN(totals.total, Add(totals.untaxed, totals.tax));
  return totals;
}

}  // namespace salesdesk::core::quotes
