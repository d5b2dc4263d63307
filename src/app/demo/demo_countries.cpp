// The countries MedSupply sells to, their cities and customs, and the currencies it invoices
// in. Customers outside the ten invoicing currencies are billed in EUR (Nordics) or USD.
#include <stdexcept>
#include <string>

#include "app/demo/demo_tables.h"

namespace salesdesk::app::demo {

const std::vector<DemoCountry>& DemoCountries() {
  // clang-format off
  static const std::vector<DemoCountry> kCountries = {
      {"ES", "Spain", "EU-IB", "EUR", 24, &SpanishNames(), &SpanishStyle(), "S.L.",
       "+34 9## ### ###", "ESB########", {{"Barcelona", "080##"}, {"Madrid", "280##"},
       {"Valencia", "460##"}, {"Sevilla", "410##"}, {"Bilbao", "480##"}, {"Zaragoza", "500##"},
       {"Málaga", "290##"}, {"Girona", "170##"}, {"Palma", "070##"}, {"Valladolid", "470##"}}},
      {"PT", "Portugal", "EU-IB", "EUR", 5, &PortugueseNames(), &PortugueseStyle(), "Lda.",
       "+351 2## ### ###", "PT5########", {{"Lisboa", "1###-###"}, {"Porto", "4###-###"},
       {"Coimbra", "3###-###"}, {"Braga", "47##-###"}, {"Faro", "80##-###"}}},
      {"DE", "Germany", "EU-DACH", "EUR", 10, &GermanNames(), &GermanStyle(), "GmbH",
       "+49 ### #######", "DE#########", {{"Berlin", "10###"}, {"München", "80###"},
       {"Hamburg", "20###"}, {"Stuttgart", "70###"}, {"Köln", "50###"},
       {"Frankfurt am Main", "60###"}, {"Leipzig", "04###"}, {"Dresden", "01###"}}},
      {"AT", "Austria", "EU-DACH", "EUR", 3, &GermanNames(), &GermanStyle(), "GmbH",
       "+43 1 ### ####", "ATU########", {{"Wien", "1###"}, {"Graz", "80##"}, {"Linz", "40##"},
       {"Salzburg", "50##"}, {"Innsbruck", "60##"}}},
      {"CH", "Switzerland", "EU-DACH", "CHF", 3, &GermanNames(), &GermanStyle(), "AG",
       "+41 ## ### ## ##", "CHE-###.###.###", {{"Zürich", "80##"}, {"Basel", "40##"},
       {"Bern", "30##"}, {"Luzern", "60##"}, {"St. Gallen", "90##"}}},
      {"FR", "France", "EU-FRBX", "EUR", 8, &FrenchNames(), &FrenchStyle(), "SAS",
       "+33 # ## ## ## ##", "FR## #########", {{"Paris", "750##"}, {"Lyon", "690##"},
       {"Marseille", "130##"}, {"Toulouse", "310##"}, {"Bordeaux", "330##"}, {"Lille", "590##"},
       {"Nantes", "440##"}, {"Montpellier", "340##"}}},
      {"BE", "Belgium", "EU-FRBX", "EUR", 3, &FrenchNames(), &FrenchStyle(), "SRL",
       "+32 # ### ## ##", "BE0#########", {{"Bruxelles", "1###"}, {"Liège", "4###"},
       {"Namur", "5###"}, {"Charleroi", "6###"}}},
      {"NL", "Netherlands", "EU-FRBX", "EUR", 3, &DutchNames(), &DutchStyle(), "B.V.",
       "+31 ## ### ####", "NL#########B01", {{"Amsterdam", "10## @@"}, {"Rotterdam", "30## @@"},
       {"Utrecht", "35## @@"}, {"Den Haag", "25## @@"}, {"Eindhoven", "56## @@"}}},
      {"SE", "Sweden", "EU-NORD", "EUR", 2, &NordicNames(), &EnglishStyle(), "AB",
       "+46 8 ### ### ##", "SE##########01", {{"Stockholm", "1## ##"}, {"Göteborg", "4## ##"},
       {"Malmö", "2## ##"}, {"Uppsala", "75# ##"}}},
      {"NO", "Norway", "EU-NORD", "EUR", 1, &NordicNames(), &EnglishStyle(), "AS",
       "+47 ## ## ## ##", "NO#########MVA", {{"Oslo", "0###"}, {"Bergen", "5###"},
       {"Trondheim", "7###"}}},
      {"DK", "Denmark", "EU-NORD", "EUR", 1, &NordicNames(), &EnglishStyle(), "A/S",
       "+45 ## ## ## ##", "DK########", {{"København", "1###"}, {"Aarhus", "8###"},
       {"Odense", "5###"}}},
      {"GB", "United Kingdom", "EU-UKI", "GBP", 6, &EnglishNames(), &EnglishStyle(), "Ltd",
       "+44 1### ######", "GB### #### ##", {{"London", "EC# #@@"}, {"Manchester", "M## #@@"},
       {"Birmingham", "B## #@@"}, {"Leeds", "LS# #@@"}, {"Glasgow", "G## #@@"},
       {"Bristol", "BS# #@@"}, {"Edinburgh", "EH# #@@"}}},
      {"IE", "Ireland", "EU-UKI", "EUR", 2, &EnglishNames(), &EnglishStyle(), "Ltd",
       "+353 1 ### ####", "IE#######@", {{"Dublin", "D## @###"}, {"Cork", "T## @###"},
       {"Galway", "H91 @###"}, {"Limerick", "V94 @###"}}},
      {"IT", "Italy", "EU", "EUR", 7, &ItalianNames(), &ItalianStyle(), "S.r.l.",
       "+39 0# ### ####", "IT###########", {{"Milano", "201##"}, {"Roma", "001##"},
       {"Torino", "101##"}, {"Napoli", "801##"}, {"Bologna", "401##"}, {"Firenze", "501##"},
       {"Padova", "351##"}}},
      {"CN", "China", "APAC-CN", "CNY", 5, &ChineseNames(), &ChineseStyle(), "Co., Ltd.",
       "+86 21 #### ####", "91######MA#@@@@@@@", {{"Shanghai", "200###"}, {"Beijing", "100###"},
       {"Guangzhou", "510###"}, {"Shenzhen", "518###"}, {"Chengdu", "610###"},
       {"Hangzhou", "310###"}, {"Wuhan", "430###"}}},
      {"JP", "Japan", "APAC-JK", "JPY", 3, &JapaneseNames(), &EnglishStyle(), "K.K.",
       "+81 3 #### ####", "T#############", {{"Tokyo", "1##-####"}, {"Osaka", "5##-####"},
       {"Nagoya", "4##-####"}, {"Fukuoka", "8##-####"}, {"Sapporo", "06#-####"}}},
      {"KR", "South Korea", "APAC-JK", "USD", 2, &KoreanNames(), &EnglishStyle(), "Co., Ltd.",
       "+82 2 #### ####", "###-##-#####", {{"Seoul", "0####"}, {"Busan", "4####"},
       {"Incheon", "2####"}, {"Daegu", "4####"}}},
      {"SG", "Singapore", "APAC-SEA", "USD", 2, &ChineseNames(), &EnglishStyle(), "Pte. Ltd.",
       "+65 6### ####", "20#######@", {{"Singapore", "######"}}},
      {"AU", "Australia", "APAC-OC", "AUD", 3, &EnglishNames(), &EnglishStyle(), "Pty Ltd",
       "+61 2 #### ####", "## ### ### ###", {{"Sydney", "2###"}, {"Melbourne", "3###"},
       {"Brisbane", "4###"}, {"Perth", "6###"}, {"Adelaide", "5###"}}},
      {"NZ", "New Zealand", "APAC-OC", "USD", 1, &EnglishNames(), &EnglishStyle(), "Ltd",
       "+64 9 ### ####", "###-###-###", {{"Auckland", "1###"}, {"Wellington", "6###"},
       {"Christchurch", "8###"}}},
      {"BR", "Brazil", "AM-LA", "BRL", 4, &BrazilianNames(), &PortugueseStyle(), "Ltda.",
       "+55 11 ####-####", "##.###.###/0001-##", {{"São Paulo", "0####-###"},
       {"Rio de Janeiro", "2####-###"}, {"Belo Horizonte", "3####-###"}, {"Curitiba", "8####-###"},
       {"Porto Alegre", "9####-###"}}},
      {"MX", "Mexico", "AM-LA", "MXN", 3, &LatinAmericanNames(), &SpanishStyle(), "S.A. de C.V.",
       "+52 55 #### ####", "@@@######@@#",
       {{"Ciudad de México", "0####"}, {"Guadalajara", "44###"},
        {"Monterrey", "64###"}, {"Puebla", "72###"}}},
      {"CO", "Colombia", "AM-LA-AND", "USD", 2, &LatinAmericanNames(), &SpanishStyle(), "S.A.S.",
       "+57 1 ### ####", "###.###.###-#", {{"Bogotá", "11####"}, {"Medellín", "05####"},
       {"Cali", "76####"}}},
      {"PE", "Peru", "AM-LA-AND", "USD", 1, &LatinAmericanNames(), &SpanishStyle(), "S.A.C.",
       "+51 1 ### ####", "20#########", {{"Lima", "15###"}, {"Arequipa", "04###"}}},
      {"CL", "Chile", "AM-LA-AND", "USD", 1, &LatinAmericanNames(), &SpanishStyle(), "SpA",
       "+56 2 #### ####", "##.###.###-#", {{"Santiago", "83#####"}, {"Valparaíso", "23#####"},
       {"Concepción", "40#####"}}},
      {"US", "United States", "AM-NA", "USD", 5, &EnglishNames(), &EnglishStyle(), "Inc.",
       "+1 ### ### ####", "##-#######", {{"New York", "100##"}, {"Boston", "021##"},
       {"Chicago", "606##"}, {"Houston", "770##"}, {"Miami", "331##"}, {"San Diego", "921##"},
       {"Minneapolis", "554##"}}},
      {"CA", "Canada", "AM-NA", "USD", 2, &EnglishNames(), &EnglishStyle(), "Inc.",
       "+1 ### ### ####", "#########RT0001", {{"Toronto", "M#@ #@#"}, {"Montréal", "H#@ #@#"},
       {"Vancouver", "V#@ #@#"}}},
      {"AE", "United Arab Emirates", "ME", "USD", 2, &ArabicNames(), &EnglishStyle(), "LLC",
       "+971 4 ### ####", "100#########003", {{"Dubai", ""}, {"Abu Dhabi", ""}, {"Sharjah", ""}}},
      {"SA", "Saudi Arabia", "ME", "USD", 1, &ArabicNames(), &EnglishStyle(), "Ltd.",
       "+966 11 ### ####", "3##########0003", {{"Riyadh", "1####"}, {"Jeddah", "2####"},
       {"Dammam", "3####"}}},
      {"KW", "Kuwait", "ME", "KWD", 1, &ArabicNames(), &EnglishStyle(), "W.L.L.",
       "+965 #### ####", "",
       {{"Kuwait City", "1####"}, {"Hawalli", "3####"}, {"Salmiya", "2####"}}},
  };
  // clang-format on
  return kCountries;
}

const std::vector<DemoCurrency>& DemoCurrencies() {
  static const std::vector<DemoCurrency> kCurrencies = {
      {"EUR", "Euro", 100000000},
      {"USD", "US dollar", 108000000},
      {"GBP", "Pound sterling", 85000000},
      {"CHF", "Swiss franc", 95000000},
      {"JPY", "Japanese yen", 16200000000},
      {"CNY", "Chinese yuan renminbi", 780000000},
      {"BRL", "Brazilian real", 590000000},
      {"MXN", "Mexican peso", 1950000000},
      {"AUD", "Australian dollar", 165000000},
      {"KWD", "Kuwaiti dinar", 33300000},
  };
  return kCurrencies;
}

const DemoCurrency& FindDemoCurrency(std::string_view code) {
  for (const auto& c : DemoCurrencies()) {
    if (c.code == code) return c;
  }
  // The tables are fixed; a country naming an unlisted currency is a bug in them.
  throw std::logic_error(std::string("demo currency missing: ").append(code));
}

}  // namespace salesdesk::app::demo
