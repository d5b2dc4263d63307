#include "modules/sales/core/tax/tax_default.h"

#include <array>
#include <utility>

#include "modules/sales/core/tax/tax_rates.h"

namespace salesdesk::core::tax {
namespace {

constexpr std::array<std::pair<TaxClass, const char*>, 5> kClasses = {{
    {TaxClass::kStandard, "standard"},
    {TaxClass::kReduced, "reduced"},
    {TaxClass::kSuperReduced, "super_reduced"},
    {TaxClass::kZero, "zero"},
    {TaxClass::kExempt, "exempt"},
}};
constexpr std::array<std::pair<FiscalPosition, const char*>, 5> kPositions = {{
    {FiscalPosition::kAuto, "auto"},
    {FiscalPosition::kDomestic, "domestic"},
    {FiscalPosition::kReverseCharge, "reverse_charge"},
    {FiscalPosition::kExport, "export"},
    {FiscalPosition::kExempt, "exempt"},
}};
constexpr std::array<std::pair<TaxRegime, const char*>, 5> kRegimes = {{
    {TaxRegime::kDomestic, "domestic"},
    {TaxRegime::kReverseCharge, "reverse_charge"},
    {TaxRegime::kExport, "export"},
    {TaxRegime::kIntraEuB2c, "intra_eu_b2c"},
    {TaxRegime::kExempt, "exempt"},
}};

template <typename E, std::size_t N>
const char* NameIn(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> ParseIn(const std::array<std::pair<E, const char*>, N>& table,
                         std::string_view name) {
  for (const auto& [v, n] : table) {
    if (name == n) return v;
  }
  return std::nullopt;
}

std::string Pct(Percent p) { return p.ToString() + " %"; }

// The seller's rate for a class, falling back upwards when the country lacks that tier.
std::pair<Percent, const char*> SellerRate(const CountryRates& r, TaxClass c) {
  switch (c) {
    case TaxClass::kZero:
      return {Percent{}, "zero rate"};
    case TaxClass::kExempt:
      return {Percent{}, "exempt product"};
    case TaxClass::kSuperReduced:
      if (r.super_reduced) return {*r.super_reduced, "super-reduced rate"};
      if (r.lower_reduced) return {*r.lower_reduced, "lower reduced rate (no super-reduced rate)"};
      if (r.reduced) return {*r.reduced, "reduced rate (no super-reduced rate)"};
      return {r.standard, "standard rate (no reduced rates)"};
    case TaxClass::kReduced:
      if (r.reduced) return {*r.reduced, "reduced rate"};
      return {r.standard, "standard rate (no reduced rates)"};
    case TaxClass::kStandard:
      break;
  }
  return {r.standard, "standard rate"};
}

}  // namespace

const char* TaxClassName(TaxClass c) { return NameIn(kClasses, c); }
const char* FiscalPositionName(FiscalPosition p) { return NameIn(kPositions, p); }
const char* TaxRegimeName(TaxRegime r) { return NameIn(kRegimes, r); }
std::optional<TaxClass> ParseTaxClass(std::string_view name) { return ParseIn(kClasses, name); }
std::optional<FiscalPosition> ParseFiscalPosition(std::string_view name) {
  return ParseIn(kPositions, name);
}
std::optional<TaxRegime> ParseTaxRegime(std::string_view name) { return ParseIn(kRegimes, name); }

Result<TaxRegime> RegimeOf(const TaxQuestion& q) {
  if (!IsEuMember(q.seller_country)) {
    return Error::Invalid("settings.country",
                          q.seller_country.empty()
                              ? Msg("tax.seller_country_missing")
                              : Msg("tax.no_table", {{"country", q.seller_country}}));
  }
  if (q.customer_country.empty()) {
    return Error::Invalid("account.country", Msg("tax.customer_country_missing"));
  }
  switch (q.position) {
    case FiscalPosition::kDomestic:
      return TaxRegime::kDomestic;
    case FiscalPosition::kReverseCharge:
      return TaxRegime::kReverseCharge;
    case FiscalPosition::kExport:
      return TaxRegime::kExport;
    case FiscalPosition::kExempt:
      return TaxRegime::kExempt;
    case FiscalPosition::kAuto:
      break;
  }
  if (q.customer_country == q.seller_country) return TaxRegime::kDomestic;
  if (!IsEuMember(q.customer_country)) return TaxRegime::kExport;
  if (q.customer_is_business && !q.customer_vat_id.empty()) return TaxRegime::kReverseCharge;
  return TaxRegime::kIntraEuB2c;
}

Result<TaxAnswer> DefaultTax(const TaxQuestion& q) {
  SD_ASSIGN(const TaxRegime regime, RegimeOf(q));
  const bool forced = q.position != FiscalPosition::kAuto;
  const std::string by = forced ? " (the account's fiscal position)" : "";
  switch (regime) {
    case TaxRegime::kReverseCharge:
      return TaxAnswer{Percent{}, regime,
                       "Intra-EU sale to a business with a VAT id in " + q.customer_country + by +
                           ": reverse charge (Art. 196 Directive 2006/112/EC), 0 %"};
    case TaxRegime::kExport:
      return TaxAnswer{Percent{}, regime, "Export to " + q.customer_country + by + ": exempt, 0 %"};
    case TaxRegime::kExempt:
      return TaxAnswer{Percent{}, regime, "The customer is exempt" + by + ": 0 %"};
    case TaxRegime::kDomestic:
    case TaxRegime::kIntraEuB2c:
      break;
  }
  const CountryRates& rates = *FindCountryRates(q.seller_country);
  const auto [rate, tier] = SellerRate(rates, q.product_class);
  const std::string where = regime == TaxRegime::kDomestic
                                ? "Domestic sale in " + q.seller_country + by
                                : "Intra-EU sale to a consumer or a business without a VAT id in " +
                                      q.customer_country + ": the seller's " + q.seller_country +
                                      " VAT applies (OSS not handled)";
  return TaxAnswer{rate, regime, where + ": " + tier + " " + Pct(rate)};
}

}  // namespace salesdesk::core::tax
