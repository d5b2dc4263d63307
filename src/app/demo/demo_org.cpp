// Organisation master data of the demo company: settings, currencies and a year of monthly
// exchange rates, the authority matrix, the territory tree and the customer-group tree.
#include <algorithm>

#include "app/demo/demo_internal.h"
#include "core/money/currency.h"

namespace salesdesk::app::demo {
namespace {

using I = std::int64_t;

struct AuthorityRow {
  std::string_view role;
  I max_discount_pct, min_margin_pct, max_terms_days, max_contract_eur;
};
constexpr AuthorityRow kAuthority[] = {
    {"rep", 5, 25, 30, 20'000},
    {"manager", 10, 20, 45, 100'000},
    {"senior_manager", 20, 15, 60, 500'000},
    {"director", 35, 5, 120, 5'000'000},
    {"admin", 0, 100, 0, 0},
    {"finance", 0, 100, 0, 0},
    {"logistics", 0, 100, 0, 0},
};

struct TreeNode {
  std::string_view key, name, parent;
};
constexpr TreeNode kRegions[] = {
    {"WORLD", "World", ""},
    {"EU", "Europe", "WORLD"},
    {"EU-IB", "Iberia", "EU"},
    {"EU-DACH", "DACH", "EU"},
    {"EU-FRBX", "France & Benelux", "EU"},
    {"EU-NORD", "Nordics", "EU"},
    {"EU-UKI", "UK & Ireland", "EU"},
    {"APAC", "Asia-Pacific", "WORLD"},
    {"APAC-CN", "Greater China", "APAC"},
    {"APAC-JK", "Japan & Korea", "APAC"},
    {"APAC-SEA", "South-East Asia", "APAC"},
    {"APAC-OC", "Oceania", "APAC"},
    {"AM", "Americas", "WORLD"},
    {"AM-LA", "Latin America", "AM"},
    {"AM-LA-AND", "Andean", "AM-LA"},
    {"AM-NA", "North America", "AM"},
    {"ME", "Middle East", "WORLD"},
};
constexpr TreeNode kGroups[] = {
    {"hospitals", "Hospitals", ""},
    {"public", "Public hospitals", "hospitals"},
    {"private", "Private hospitals", "hospitals"},
    {"clinic", "Clinics", ""},
    {"distributors", "Distributors", ""},
    {"national", "National distributors", "distributors"},
    {"dealer", "Regional dealers", "distributors"},
    {"lab", "Laboratories", ""},
    {"pharmacy", "Pharmacies", ""},
    {"homecare", "Home care (B2C)", ""},
};

FieldValue ParentOf(const std::map<std::string, I, std::less<>>& ids, std::string_view key) {
  if (key.empty()) return std::monostate{};
  return ids.at(std::string(key));
}

// Rates as published by central banks: four decimals.
I RoundRate(I units) { return std::max<I>(1, (units + 5'000) / 10'000 * 10'000); }

}  // namespace

const EntitySpec& Spec(std::string_view plural) { return *FindEntity(plural); }

CompanyCalendar DemoCalendar() { return {.base_currency = "EUR", .time_zone = "Europe/Madrid"}; }

core::Result<void> CreateSettingsAndMoney(BatchWriter& writer, core::Date today,
                                          const DemoOptions& options) {
  // Settings first: a second generator racing this one fails on the primary key.
  SD_TRY(writer.Insert(SettingsSpec(), Record{{"id", I{1}},
                                              {"name", std::string("MedSupply Iberia S.L.")},
                                              {"base_currency", DemoCalendar().base_currency},
                                              {"time_zone", DemoCalendar().time_zone},
                                              {"fiscal_year_start_month", I{1}},
                                              {"address", std::string("Carrer de Balmes 150, "
                                                                      "08008 Barcelona, Spain")},
                                              {"tax_id", std::string("ESB65432187")},
                                              {"email", std::string("sales@medsupply.example")},
                                              {"phone", std::string("+34 934 000 150")},
                                              {"country", std::string("ES")}}));
  for (const auto& c : DemoCurrencies()) {
    SD_ASSIGN(core::Currency currency, core::ParseCurrency(c.code));
    SD_TRY(writer.Insert(Spec("currencies"), Record{{"code", std::string(c.code)},
                                                    {"name", std::string(c.name)},
                                                    {"exponent", I{currency.exponent()}},
                                                    {"active", true}}));
  }

  // The first day of each of the last twelve months, oldest first.
  const core::CivilDate now = today.Civil();
  std::vector<std::string> month_starts;
  for (int back = 11; back >= 0; --back) {
    const int months = now.year * 12 + (now.month - 1) - back;
    SD_ASSIGN(core::Date d, core::Date::FromCivil(months / 12, months % 12 + 1, 1));
    month_starts.push_back(d.ToString());
  }
  // The months before those, back to the order history's first (its invoices in other
  // currencies need their day's rate), newest first.
  std::vector<std::string> older_starts;
  for (int back = 12; back <= options.order_months; ++back) {
    const int months = now.year * 12 + (now.month - 1) - back;
    SD_ASSIGN(core::Date d, core::Date::FromCivil(months / 12, months % 12 + 1, 1));
    older_starts.push_back(d.ToString());
  }
  // A monthly move of up to 2.5 %, pulled a fifth of the way back to the long-run level.
  auto step = [](DemoRandom& r, I rate, I level) {
    const I moved =
        static_cast<I>(static_cast<__int128>(rate) * (10'000 + r.Uniform(-250, 250)) / 10'000);
    return moved + (level - moved) / 5;
  };
  auto insert = [&](const DemoCurrency& c, I rate, const std::string& valid_on) {
    return writer.Insert(Spec("exchange-rates"), Record{{"from_currency", std::string("EUR")},
                                                        {"to_currency", std::string(c.code)},
                                                        {"rate", RoundRate(rate)},
                                                        {"valid_on", valid_on}});
  };
  DemoRandom random(options.seed, kRatesStream);
  DemoRandom older(options.seed, kOlderRatesStream);  // the last twelve stay as they were
  for (const auto& c : DemoCurrencies()) {
    if (c.code == "EUR") continue;
    I rate = c.eur_rate;
    for (const auto& valid_on : month_starts) {
      SD_TRY(insert(c, rate, valid_on));
      rate = step(random, rate, c.eur_rate);
    }
    rate = c.eur_rate;
    for (const auto& valid_on : older_starts) {
      rate = step(older, rate, c.eur_rate);
      SD_TRY(insert(c, rate, valid_on));
    }
  }

  for (const auto& a : kAuthority) {
    SD_TRY(
        writer.Insert(Spec("authority-rules"),
                      Record{{"role", std::string(a.role)},
                             {"max_discount_pct", a.max_discount_pct * 100},
                             {"min_margin_pct", a.min_margin_pct * 100},
                             {"max_payment_term_days", a.max_terms_days},
                             {"max_contract_value", MoneyValue{a.max_contract_eur * 100, "EUR"}},
                             // Tax overrides: the director, and finance (who owns tax).
                             {"may_override_tax", a.role == "director" || a.role == "finance"}}));
  }
  return core::Ok();
}

core::Result<void> CreateTerritoriesAndGroups(BatchWriter& writer, OrgIds& org) {
  const EntitySpec& territories = Spec("territories");
  for (const auto& r : kRegions) {
    SD_ASSIGN(Record t,
              writer.Insert(territories,
                            Record{{"name", std::string(r.name)},
                                   {"code", std::string(r.key)},
                                   {"parent_id", ParentOf(org.territory_by_code, r.parent)}}));
    org.territory_by_code[std::string(r.key)] = RecordId(t);
  }
  // Every country is a leaf under its region, with its ISO code as the territory code.
  for (const auto& c : DemoCountries()) {
    SD_ASSIGN(Record t,
              writer.Insert(territories,
                            Record{{"name", std::string(c.name)},
                                   {"code", std::string(c.code)},
                                   {"parent_id", ParentOf(org.territory_by_code, c.region)}}));
    org.territory_by_code[std::string(c.code)] = RecordId(t);
  }
  for (const auto& g : kGroups) {
    SD_ASSIGN(Record r, writer.Insert(Spec("customer-groups"),
                                      Record{{"name", std::string(g.name)},
                                             {"parent_id", ParentOf(org.group_by_key, g.parent)}}));
    org.group_by_key[std::string(g.key)] = RecordId(r);
  }
  return core::Ok();
}

}  // namespace salesdesk::app::demo
