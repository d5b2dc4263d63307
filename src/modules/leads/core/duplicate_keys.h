// Normalised keys for finding duplicate leads and accounts (issue 11): two records whose keys of
// one kind are equal are candidates. Pure; empty when the value gives no usable key.
#pragma once

#include <string>
#include <string_view>

namespace salesdesk::core::leads {

// Case- and accent-folded, punctuation dropped, legal-form suffixes (GmbH, AG, Ltd, Inc, S.L.,
// S.A., SARL, B.V., Co., KG, ...) removed, single spaces: "Müller Medizintechnik GmbH & Co. KG"
// -> "muller medizintechnik".
std::string NameKey(std::string_view name);
// Upper-case, spaces, dots, dashes and slashes removed: "de 123.456-789" -> "DE123456789".
std::string VatKey(std::string_view vat_id);
// The e-mail's domain unless it is a free-mail provider's (then empty).
std::string DomainKey(std::string_view email);
// Digits with the country calling code: "+34 91 123 45 67" and "0034911234567" ->
// "34911234567"; a national "030 1234567" in DE -> "49301234567". Fewer than 7 digits: empty.
std::string PhoneKey(std::string_view phone, std::string_view country);

}  // namespace salesdesk::core::leads
