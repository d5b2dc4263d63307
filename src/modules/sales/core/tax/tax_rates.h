// The VAT rates of the EU member states, as a small table in code (docs/tax.md cites the source
// and the day the figures were checked). Only the seller's country's row is ever charged: a
// domestic sale and an intra-EU sale to a consumer take the seller's rates (OSS is out of scope),
// and every other regime is 0 %.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/money/decimal.h"

namespace salesdesk::core::tax {

struct CountryRates {
  std::string_view country;  // ISO 3166-1 alpha-2 ("GR" for Greece, whose VAT prefix is EL)
  Percent standard;
  std::optional<Percent> reduced;        // the main (higher) reduced rate, if any
  std::optional<Percent> lower_reduced;  // a second, lower reduced rate, if any
  std::optional<Percent> super_reduced;  // below 5 % (ES, FR, IE, IT, LU), if any
};

// The 27 member states, by country code.
std::span<const CountryRates> EuCountryRates();

// The row of `country`; none for a country outside the EU (or unknown).
const CountryRates* FindCountryRates(std::string_view country);

// True for the 27 EU member states (ISO codes; "EL" is not an ISO code and is not accepted).
bool IsEuMember(std::string_view country);

}  // namespace salesdesk::core::tax
