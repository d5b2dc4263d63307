// The demo company's prospects: an assignment rule per demo country (to the sales team of its
// region), ~150 leads per 2,000 accounts across statuses, sources and the teams' reps, scored by
// the documented rule, a few converted into demo accounts, and a couple of obvious duplicates.
#include <algorithm>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/leads/app/duplicate_key_upkeep.h"
#include "modules/leads/app/leads_module.h"
#include "modules/leads/core/lead_score.h"
#include "modules/leads/core/round_robin.h"

namespace salesdesk::modules::leads {
namespace {

using app::FieldValue;
using app::Record;
using app::demo::DemoRandom;
using app::demo::Spec;

constexpr const char* kStatuses[] = {"new", "contacted", "qualified", "disqualified", "converted"};
constexpr int kStatusWeights[] = {35, 25, 15, 15, 10};
constexpr const char* kSources[] = {"web",       "referral", "event", "campaign",
                                    "cold_call", "import",   "other"};
constexpr int kSourceWeights[] = {25, 15, 20, 15, 15, 5, 5};
constexpr const char* kTitles[] = {
    "Head of Purchasing", "Purchasing Manager", "Chief Physician",  "Clinic Owner", "Nurse",
    "Lab Technician",     "Managing Director",  "Procurement Lead", "Pharmacist"};
constexpr const char* kEvents[] = {"MEDICA 2026", "Arab Health 2026", "ExpoMedical 2026"};
constexpr const char* kCampaigns[] = {"Spring glove offer", "Lab webinar series",
                                      "Newsletter November"};
constexpr const char* kReasons[] = {"no_budget", "no_need", "bad_timing", "competitor",
                                    "unreachable"};

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  DemoRandom random(ctx.options.seed, 53);
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  const auto& countries = app::demo::DemoCountries();
  // One rule per country, to the sales team of its region.
  std::map<std::string, std::pair<std::int64_t, std::size_t>> rule_of_country;  // id, team
  for (const auto& c : countries) {
    const std::size_t team = app::demo::SalesTeamOfRegion(c.region);
    if (team >= ctx.org.sales_teams.size()) continue;
    SD_ASSIGN(Record rule, writer.Insert(Spec("lead-assignment-rules"),
                                         {{"name", std::string(c.name)},
                                          {"country", std::string(c.code)},
                                          {"team_id", ctx.org.sales_teams[team].team_id},
                                          {"method", std::string("round_robin")},
                                          {"active", true}}));
    rule_of_country[std::string(c.code)] = {app::RecordId(rule), team};
  }
  // Demo accounts per owner, for the converted leads.
  std::map<std::int64_t, std::vector<std::int64_t>> accounts_of;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(auto accounts, app::ReadAll(*uow, Spec("accounts"), {}, 3000));
    for (const auto& a : accounts) {
      if (auto owner = app::IntOf(a, "owner_id")) accounts_of[*owner].push_back(app::RecordId(a));
    }
  }
  std::vector<int> country_weights;
  for (const auto& c : countries) country_weights.push_back(c.weight);
  std::map<std::size_t, std::int64_t> turns;  // per team
  const int count = std::clamp(ctx.options.accounts * 3 / 40, 30, 20000);
  std::vector<Record> written;
  for (int i = 0; i < count; ++i) {
    const auto& country = countries[random.Weighted(country_weights)];
    const auto rule = rule_of_country.find(std::string(country.code));
    if (rule == rule_of_country.end()) continue;
    const auto& team = ctx.org.sales_teams[rule->second.second];
    const std::string first(random.Pick(country.names->first_names));
    const std::string last(random.Pick(country.names->last_names));
    const bool company = random.Percent(80);
    Record lead{{"first_name", first},
                {"last_name", last},
                {"country", std::string(country.code)},
                {"territory_id", ctx.org.territory_by_code.at(std::string(country.code))},
                {"job_title", std::string(kTitles[random.Index(std::size(kTitles))])},
                {"assignment_rule_id", rule->second.first}};
    std::string domain = "gmail.com";
    if (company) {
      const std::string name =
          std::string(random.Pick(country.names->last_names)) + " " +
          std::string(random.Percent(50) ? "Medical" : "Clinic") +
          (country.legal_suffix.empty() ? "" : " " + std::string(country.legal_suffix));
      lead["company"] = name;
      if (random.Percent(70)) domain = app::demo::AsciiSlug(name, '-') + ".example";
      if (!country.tax_id.empty() && random.Percent(45)) {
        lead["vat_id"] = app::demo::FillPattern(country.tax_id, random);
      }
    }
    if (random.Percent(85)) {
      lead["email"] =
          app::demo::AsciiSlug(first, '.') + "." + app::demo::AsciiSlug(last, '.') + "@" + domain;
    }
    if (random.Percent(60)) lead["phone"] = app::demo::FillPattern(country.phone, random);
    const std::string source = kSources[random.Weighted(kSourceWeights)];
    lead["source"] = source;
    if (source == "event") lead["campaign"] = std::string(kEvents[random.Index(3)]);
    if (source == "campaign") lead["campaign"] = std::string(kCampaigns[random.Index(3)]);
    std::string status = kStatuses[random.Weighted(kStatusWeights)];
    const std::int64_t owner =
        team.rep_ids.empty() ? team.manager_id
                             : *core::leads::RepForTurn(++turns[rule->second.second], team.rep_ids);
    lead["owner_id"] = owner;
    if (status == "converted") {
      const auto& mine = accounts_of[owner];
      if (mine.empty()) {
        status = "qualified";
      } else {
        lead["converted_account_id"] = mine[random.Index(mine.size())];
        lead["converted_by_id"] = owner;
        lead["converted_at"] = ctx.clock.Now().micros_since_epoch() -
                               random.Uniform(1, 300) * std::int64_t{86'400'000'000};
      }
    }
    if (status == "disqualified") {
      lead["disqualify_reason"] = std::string(kReasons[random.Index(std::size(kReasons))]);
    }
    lead["status"] = status;
    written.push_back(lead);
  }
  // Two obvious duplicates: the same person and company typed again, differently.
  for (std::size_t i = 0; i < std::min<std::size_t>(2, written.size()); ++i) {
    Record twin = written[i];
    twin["status"] = std::string("new");
    for (const char* k :
         {"converted_account_id", "converted_by_id", "converted_at", "disqualify_reason"}) {
      twin.erase(k);
    }
    if (auto c = app::TextOf(twin, "company"); !c.empty()) {
      std::transform(c.begin(), c.end(), c.begin(),
                     [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
      twin["company"] = c;
    }
    twin["source"] = std::string("import");
    written.push_back(std::move(twin));
  }
  for (auto& lead : written) {
    const core::leads::LeadFacts facts{.company = app::TextOf(lead, "company"),
                                       .job_title = app::TextOf(lead, "job_title"),
                                       .email = app::TextOf(lead, "email"),
                                       .phone = app::TextOf(lead, "phone"),
                                       .vat_id = app::TextOf(lead, "vat_id"),
                                       .status = app::TextOf(lead, "status"),
                                       .source = app::TextOf(lead, "source"),
                                       .country_served = true};
    lead["score"] = std::int64_t{core::leads::ScoreLead(facts).total};
    SD_TRY(writer.Insert(Spec("leads"), lead));
  }
  SD_TRY(writer.Commit());
  // The batch writer skips the hooks: key the demo's accounts and leads for the duplicate check.
  SD_TRY(RebuildDuplicateKeys(ctx.store, ctx.clock));
  return core::Ok();
}

}  // namespace salesdesk::modules::leads
