// The default tax of a quote line: from the selling company's country, the customer's country,
// whether the customer is a business with a VAT id, the account's fiscal position and the
// product's tax class. Pure; the rules and their limits are in docs/tax.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/money/decimal.h"
#include "core/result.h"

namespace salesdesk::core::tax {

// Which of the seller's rates a product takes. Zero-rated and exempt both charge 0 %; they differ
// in law (zero-rated keeps the input-VAT deduction), which is why both exist.
enum class TaxClass : std::uint8_t { kStandard, kReduced, kSuperReduced, kZero, kExempt };

// An account's override of the automatic regime (auto decides from country and VAT id).
enum class FiscalPosition : std::uint8_t { kAuto, kDomestic, kReverseCharge, kExport, kExempt };

enum class TaxRegime : std::uint8_t {
  kDomestic,       // same country as the seller: the seller's rate
  kReverseCharge,  // intra-EU B2B with a VAT id: 0 %, the customer accounts for the VAT
  kExport,         // outside the EU: 0 %
  kIntraEuB2c,     // another EU country, no VAT id: the seller's rate (OSS not handled)
  kExempt,         // the customer is exempt (fiscal position): 0 %
};

// Stable snake_case names, as stored and shown in JSON ("reverse_charge", "super_reduced").
const char* TaxClassName(TaxClass c);
const char* FiscalPositionName(FiscalPosition p);
const char* TaxRegimeName(TaxRegime r);
std::optional<TaxClass> ParseTaxClass(std::string_view name);
std::optional<FiscalPosition> ParseFiscalPosition(std::string_view name);
std::optional<TaxRegime> ParseTaxRegime(std::string_view name);

struct TaxQuestion {
  std::string seller_country;    // ISO code of the selling company (settings.country)
  std::string customer_country;  // ISO code of the account
  bool customer_is_business = false;
  std::string customer_vat_id;  // empty: none; its format is not checked here (no VIES)
  FiscalPosition position = FiscalPosition::kAuto;
  TaxClass product_class = TaxClass::kStandard;
};

struct TaxAnswer {
  Percent rate;
  TaxRegime regime = TaxRegime::kDomestic;
  std::string reason;  // one short English sentence, e.g. "Domestic sale in ES: reduced rate 10 %"
};

// The regime from the parties alone (the product's class does not change it).
// kInvalidArgument "settings.country" when the seller's country is not an EU member state (only
// EU VAT is modelled), "account.country" when the customer's country is empty.
Result<TaxRegime> RegimeOf(const TaxQuestion& question);

// RegimeOf, then the rate: the seller's rate for the product's class in the domestic and
// intra-EU B2C regimes, 0 % otherwise. A class the seller's country has no rate for falls back to
// the next higher rate: super-reduced -> lower reduced -> reduced -> standard.
Result<TaxAnswer> DefaultTax(const TaxQuestion& question);

}  // namespace salesdesk::core::tax
