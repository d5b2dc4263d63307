// Reference tables of the demo generator: countries with their cities, people's names by
// culture, and how customers are named in each language.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace salesdesk::app::demo {

// Names of people from one culture, and the languages they speak with us.
struct NameTable {
  std::string_view language;  // contacts.language
  std::string_view locale;    // users.locale (the UI languages: en, de, es, zh)
  std::vector<std::string_view> first_names;
  std::vector<std::string_view> last_names;
};

// How customers are named in one language. Placeholders: {city}, {last} (a surname),
// {brand} (an invented trade name), {suffix} (the country's legal form), {n} (a number).
struct NameStyle {
  std::string_view mailbox;  // purchasing mailbox: "compras", "einkauf", ...
  std::string_view street;   // address line
  std::vector<std::string_view> public_hospital, private_hospital, clinic, distributor, lab,
      pharmacy;
};

struct DemoCity {
  std::string_view name;
  std::string_view postal;  // pattern: '#' digit, '@' letter; empty where there are none
};

struct DemoCountry {
  std::string_view code;  // ISO 3166-1 alpha-2, also the territory code of the country
  std::string_view name;
  std::string_view region;    // code of the parent territory, e.g. "EU-IB"
  std::string_view currency;  // what its customers are invoiced in
  int weight;                 // share of customers (the company is strongest at home)
  const NameTable* names;
  const NameStyle* style;
  std::string_view legal_suffix;  // "S.L.", "GmbH", ...
  std::string_view phone;         // pattern
  std::string_view tax_id;        // pattern; empty where companies have none we record
  std::vector<DemoCity> cities;
};

struct DemoCurrency {
  std::string_view code;
  std::string_view name;
  std::int64_t eur_rate;  // approximate units per euro, scale 8 (1.08 USD = 108000000)
};

const std::vector<DemoCountry>& DemoCountries();
const std::vector<DemoCurrency>& DemoCurrencies();  // EUR first
const DemoCurrency& FindDemoCurrency(std::string_view code);

// Name tables and naming styles, one per culture.
const NameTable& SpanishNames();
const NameTable& LatinAmericanNames();
const NameTable& PortugueseNames();
const NameTable& BrazilianNames();
const NameTable& GermanNames();
const NameTable& FrenchNames();
const NameTable& DutchNames();
const NameTable& NordicNames();
const NameTable& EnglishNames();
const NameTable& ItalianNames();
const NameTable& ChineseNames();
const NameTable& JapaneseNames();
const NameTable& KoreanNames();
const NameTable& ArabicNames();
const NameStyle& SpanishStyle();
const NameStyle& PortugueseStyle();
const NameStyle& GermanStyle();
const NameStyle& FrenchStyle();
const NameStyle& ItalianStyle();
const NameStyle& DutchStyle();
const NameStyle& EnglishStyle();
const NameStyle& ChineseStyle();

}  // namespace salesdesk::app::demo
