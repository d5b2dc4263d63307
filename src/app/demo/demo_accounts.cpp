// Customers and their contacts: B2B hospitals, clinics, distributors, laboratories and
// pharmacies named after their city in the local language, plus about 10 % home-care
// patients (B2C). Each is owned by a rep of the team that covers its country.
#include <algorithm>

#include "app/demo/demo_internal.h"
#include "core/money/currency.h"

namespace salesdesk::app::demo {
namespace {

using I = std::int64_t;

struct GroupProfile {
  std::string_view key;          // customer group
  int weight;                    // share of the company customers
  I min_credit_k, max_credit_k;  // credit limit range in thousands of euros
  std::vector<I> terms;          // payment terms, days
  int key_account_percent;
  std::vector<std::string_view> titles;  // the first is the usual primary contact
  std::vector<std::string_view> NameStyle::*names;
};

const std::vector<GroupProfile>& Profiles() {
  static const std::vector<std::string_view> kHospitalTitles = {
      "Head of Procurement", "Chief Physician",     "Head of Radiology",
      "Head Nurse",          "Biomedical Engineer", "Purchasing Manager"};
  static const std::vector<GroupProfile> kProfiles = {
      {"public", 14, 50, 500, {60, 90}, 15, kHospitalTitles, &NameStyle::public_hospital},
      {"private", 12, 30, 300, {30, 45, 60}, 8, kHospitalTitles, &NameStyle::private_hospital},
      {"clinic",
       25,
       5,
       50,
       {30, 45},
       1,
       {"Medical Director", "Practice Manager", "Head Nurse", "Purchasing Manager"},
       &NameStyle::clinic},
      {"national",
       6,
       100,
       1000,
       {30, 45, 60, 90},
       20,
       {"Purchasing Manager", "Managing Director", "Product Manager", "Head of Logistics"},
       &NameStyle::distributor},
      {"dealer",
       10,
       20,
       200,
       {30, 45, 60},
       3,
       {"Owner", "Purchasing Manager", "Sales Manager"},
       &NameStyle::distributor},
      {"lab",
       12,
       10,
       100,
       {30, 45, 60},
       3,
       {"Laboratory Director", "Quality Manager", "Purchasing Manager"},
       &NameStyle::lab},
      {"pharmacy", 21, 2, 20, {15, 30}, 0, {"Pharmacist", "Owner"}, &NameStyle::pharmacy},
  };
  return kProfiles;
}

constexpr std::string_view kBrands[] = {"Medisys", "Biomedix", "Healix",   "Curamed",
                                        "Novamed", "Sanimed",  "Promedic", "Vitalis",
                                        "Medisur", "Omnicare", "Salutis",  "Clinovo"};
constexpr int kRiskWeights[] = {50, 35, 15};  // low, medium, high
constexpr int kPersonRiskWeights[] = {20, 50, 30};
constexpr std::string_view kRisks[] = {"low", "medium", "high"};
constexpr std::string_view kMethods[] = {"open_account", "letter_of_credit", "prepayment"};
constexpr int kLifecycleWeights[] = {20, 60, 12, 8};
constexpr std::string_view kLifecycles[] = {"prospect", "active", "at_risk", "lost"};

// Two significant digits, as a credit committee would set them: 123,456 -> 120,000.
I RoundLimit(I major) {
  if (major < 100) return major;
  I step = 1;
  while (major / step >= 100) step *= 10;
  return (major + step / 2) / step * step;
}

I Pow10(int n) {
  I p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// A limit of `eur` whole euros expressed in minor units of the account's currency.
I CreditLimitMinor(I eur, std::string_view currency) {
  static const std::map<std::string, int, std::less<>> kExponents = [] {
    std::map<std::string, int, std::less<>> m;
    for (const auto& c : DemoCurrencies())
      m[std::string(c.code)] = core::ParseCurrency(c.code)->exponent();
    return m;
  }();
  const I local = static_cast<I>(static_cast<__int128>(eur) * FindDemoCurrency(currency).eur_rate /
                                 100'000'000);
  return RoundLimit(local) * Pow10(kExponents.find(currency)->second);
}

}  // namespace

core::Result<CustomerCounts> CreateCustomers(BatchWriter& writer, const OrgIds& org,
                                             const DemoOptions& options) {
  const EntitySpec& accounts = Spec("accounts");
  const EntitySpec& contacts = Spec("contacts");
  const auto& countries = DemoCountries();
  std::vector<int> country_weights, group_weights;
  for (const auto& c : countries) country_weights.push_back(c.weight);
  for (const auto& g : Profiles()) group_weights.push_back(g.weight);
  const int per_account = std::max(0, options.contacts_per_account);
  const int fewest = per_account == 0 ? 0 : std::max(1, per_account - 1);
  const int most = 2 * per_account - fewest;  // symmetric around the requested average

  DemoRandom random(options.seed, kCustomersStream);
  CustomerCounts counts;
  for (int i = 0; i < options.accounts; ++i) {
    const DemoCountry& country = countries[random.Weighted(country_weights)];
    const DemoCity& city = random.Pick(country.cities);
    const NameTable& names = *country.names;
    const NameStyle& style = *country.style;
    const bool person = random.Percent(10);
    const GroupProfile* group = person ? nullptr : &Profiles()[random.Weighted(group_weights)];

    std::string name, first, domain, email;
    FieldValue legal_name, tax_id, website;
    std::string last = std::string(random.Pick(names.last_names));
    if (person) {
      first = std::string(random.Pick(names.first_names));
      name = first + " " + last;
      email = AsciiSlug(first, '.') + "." + AsciiSlug(last, '.') +
              std::to_string(random.Uniform(1, 99)) + "@mail.example";
    } else {
      const auto& templates = style.*(group->names);
      const std::string_view pattern = random.Pick(templates);
      const std::string_view brand = kBrands[random.Index(std::size(kBrands))];
      name = Expand(pattern, {{"city", city.name},
                              {"last", last},
                              {"brand", brand},
                              {"suffix", country.legal_suffix}});
      // The web domain leaves out the legal form: "klinikum-stuttgart-nord.example".
      domain =
          AsciiSlug(Expand(pattern,
                           {{"city", city.name}, {"last", last}, {"brand", brand}, {"suffix", ""}}),
                    '-') +
          ".example";
      email = std::string(style.mailbox) + "@" + domain;
      website = "https://www." + domain;
      legal_name = group->key == "public" || name.ends_with(country.legal_suffix)
                       ? name
                       : name + " " + std::string(country.legal_suffix);
      if (!country.tax_id.empty()) tax_id = FillPattern(country.tax_id, random);
    }
    std::string street_name = std::string(random.Pick(names.last_names));
    std::string address = Expand(
        style.street, {{"last", street_name}, {"n", std::to_string(random.Uniform(1, 180))}});
    FieldValue postal;
    if (!city.postal.empty()) postal = FillPattern(city.postal, random);
    std::string phone = FillPattern(country.phone, random);

    const std::size_t risk = random.Weighted(person ? kPersonRiskWeights : kRiskWeights);
    const bool key_account = !person && random.Percent(group->key_account_percent);
    std::size_t lifecycle = random.Weighted(kLifecycleWeights);
    if (key_account) lifecycle = 1;  // key accounts are customers today
    I credit_eur = 0;
    if (person) {
      if (random.Percent(30)) credit_eur = random.Uniform(5, 20) * 100;
    } else {
      credit_eur = random.Uniform(group->min_credit_k, group->max_credit_k) * 1000;
    }
    const I terms = person ? 0 : random.Pick(group->terms);

    // Reps own most customers; managers keep a few, above all key accounts.
    const SalesTeam& team = org.sales_teams[SalesTeamOfRegion(country.region)];
    I owner = team.manager_id;
    const int manager_percent = key_account ? 40 : 5;
    if (!team.rep_ids.empty() && !random.Percent(manager_percent)) {
      owner = random.Pick(team.rep_ids);
    }

    const std::string currency(country.currency);
    SD_ASSIGN(
        Record account,
        writer.Insert(
            accounts,
            Record{{"kind", std::string(person ? "person" : "company")},
                   {"name", name},
                   {"legal_name", legal_name},
                   {"tax_id", tax_id},
                   {"email", email},
                   {"phone", phone},
                   {"website", website},
                   {"address_line", address},
                   {"city", std::string(city.name)},
                   {"postal_code", postal},
                   {"country", std::string(country.code)},
                   {"currency", currency},
                   {"customer_group_id",
                    org.group_by_key.at(std::string(person ? "homecare" : group->key))},
                   {"territory_id", org.territory_by_code.at(std::string(country.code))},
                   {"payment_terms_days", terms},
                   {"credit_limit", MoneyValue{CreditLimitMinor(credit_eur, currency), currency}},
                   {"risk_profile", std::string(kRisks[risk])},
                   {"sales_method", std::string(kMethods[risk])},
                   {"key_account", key_account},
                   {"lifecycle", std::string(kLifecycles[lifecycle])},
                   {"owner_id", owner},
                   {"notes", std::monostate{}}}));
    ++counts.accounts;

    // A patient's contacts are the patient and perhaps a family carer.
    const I n = person ? std::min<I>(most, 1 + random.Uniform(0, 1)) : random.Uniform(fewest, most);
    for (I k = 0; k < n; ++k) {
      std::string contact_first =
          person && k == 0 ? first : std::string(random.Pick(names.first_names));
      std::string contact_last =
          person && k == 0 ? last : std::string(random.Pick(names.last_names));
      FieldValue title, contact_email, mobile;
      if (person) {
        if (k > 0) title = std::string("Family carer");
        contact_email = k == 0 ? email
                               : AsciiSlug(contact_first, '.') + "." +
                                     AsciiSlug(contact_last, '.') + "@mail.example";
      } else {
        title = std::string(k == 0 ? group->titles[0] : random.Pick(group->titles));
        contact_email =
            AsciiSlug(contact_first, '.') + "." + AsciiSlug(contact_last, '.') + "@" + domain;
      }
      std::string contact_phone = FillPattern(country.phone, random);
      if (random.Percent(60)) mobile = FillPattern(country.phone, random);
      SD_TRY(writer.Insert(contacts, Record{{"account_id", RecordId(account)},
                                            {"first_name", std::move(contact_first)},
                                            {"last_name", std::move(contact_last)},
                                            {"job_title", title},
                                            {"email", contact_email},
                                            {"phone", contact_phone},
                                            {"mobile", mobile},
                                            {"language", std::string(names.language)},
                                            {"is_primary", k == 0}}));
      ++counts.contacts;
    }
  }
  return counts;
}

}  // namespace salesdesk::app::demo
