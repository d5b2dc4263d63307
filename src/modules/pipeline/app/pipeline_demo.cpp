// The demo company's pipeline: six stages from prospect to won and lost, open deals on every
// account owner's board (some sitting too long in their stage, so they rot), and 36 months of
// won and lost deals for the forecasts: southern European territories sell more in summer
// (hospitals restock before the holiday season), so their history shows a peak in June-August.
// Sized by the accounts flag, like the customers. Some deals are split with a teammate
// (deal_split_demo.cpp), some list their products (deal_lines_demo.cpp); the sales demo's quotes
// get their deals (quote_link_demo.cpp).
#include <algorithm>
#include <map>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {
namespace {

using app::Record;
using app::demo::Spec;

constexpr std::int64_t kDay = 86'400'000'000;

struct DemoStage {
  const char* name;
  std::int64_t probability;
  const char* category;
  bool won, lost;
  std::int64_t rotting_days;  // 0: none
};
constexpr DemoStage kStages[] = {{"Prospect", 10, "pipeline", false, false, 30},
                                 {"Qualified", 25, "pipeline", false, false, 21},
                                 {"Proposal", 50, "best_case", false, false, 14},
                                 {"Negotiation", 75, "commit", false, false, 10},
                                 {"Won", 100, "closed", true, false, 0},
                                 {"Lost", 0, "omitted", false, true, 0}};
constexpr int kOpenWeights[] = {35, 25, 25, 15};
constexpr const char* kSummerCountries[] = {"ES", "PT", "IT", "GR", "HR"};
constexpr const char* kLostReasons[] = {"price",   "competitor",  "competitor",  "timing",
                                        "product", "no_decision", "relationship"};
constexpr const char* kWhat[] = {"Infusion pumps",   "Glove framework",     "Lab consumables",
                                 "Wound care range", "Ward monitors",       "Sterilisation kit",
                                 "Masks for winter", "Diagnostics reagents"};

struct DemoAccount {
  std::int64_t id = 0, owner = 0;
  std::string name, currency, country;
  std::int64_t contact = 0;
};

bool SummerCountry(const std::string& code) {
  return std::find(std::begin(kSummerCountries), std::end(kSummerCountries), code) !=
         std::end(kSummerCountries);
}

core::Result<std::vector<DemoAccount>> ReadAccounts(const app::DemoContext& ctx) {
  SD_ASSIGN(auto uow, ctx.store.Read());
  SD_ASSIGN(auto accounts, app::ReadAll(*uow, Spec("accounts"), {}, 5000));
  SD_ASSIGN(auto contacts, app::ReadAll(*uow, Spec("contacts"), {}, 10000));
  std::map<std::int64_t, std::int64_t> contact_of;
  for (const auto& c : contacts) {
    if (auto a = app::IntOf(c, "account_id")) contact_of.emplace(*a, app::RecordId(c));
  }
  std::vector<DemoAccount> out;
  for (const auto& a : accounts) {
    auto owner = app::IntOf(a, "owner_id");
    if (!owner) continue;
    const std::int64_t id = app::RecordId(a);
    out.push_back({id, *owner, app::TextOf(a, "name"), app::TextOf(a, "currency"),
                   app::TextOf(a, "country"), contact_of.count(id) ? contact_of.at(id) : 0});
  }
  return out;
}

// A deal's value: 2,000-120,000 in round hundreds of the account's currency (EUR-sized; the
// demo does not scale by rate, a JPY deal is small).
app::MoneyValue Amount(app::demo::DemoRandom& random, const std::string& currency) {
  auto c = core::ParseCurrency(currency);
  std::int64_t scale = 1;
  for (int i = 0; c.ok() && i < c->exponent(); ++i) scale *= 10;
  return {random.Uniform(20, 1200) * 100 * scale, currency};
}

Record Deal(app::demo::DemoRandom& random, const DemoAccount& a, std::int64_t pipeline,
            const Record& stage, const DemoStage& s) {
  Record deal{{"title", std::string(kWhat[random.Index(std::size(kWhat))]) + " - " + a.name},
              {"account_id", a.id},
              {"amount", Amount(random, a.currency)},
              {"pipeline_id", pipeline},
              {"stage_id", app::RecordId(stage)},
              {"probability", s.probability},
              {"forecast_category", std::string(s.category)},
              {"category_overridden", false},
              {"owner_id", a.owner}};
  if (a.contact != 0) deal["contact_id"] = a.contact;
  return deal;
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 53);
  const std::int64_t now = ctx.clock.Now().micros_since_epoch();
  app::demo::BatchWriter writer(ctx.store, now);
  SD_ASSIGN(std::vector<DemoAccount> accounts, ReadAccounts(ctx));
  std::vector<std::int64_t> competitors;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(auto rows, app::ReadAll(*uow, Spec("competitors")));
    for (const auto& r : rows) competitors.push_back(app::RecordId(r));
  }
  SD_ASSIGN(
      Record pipeline,
      writer.Insert(Spec("pipelines"), {{"name", std::string("New business")}, {"active", true}}));
  const std::int64_t pipeline_id = app::RecordId(pipeline);
  std::vector<Record> stages;
  for (std::size_t i = 0; i < std::size(kStages); ++i) {
    const DemoStage& s = kStages[i];
    Record stage{{"pipeline_id", pipeline_id},
                 {"position", static_cast<std::int64_t>(i + 1)},
                 {"name", std::string(s.name)},
                 {"probability", s.probability},
                 {"forecast_category", std::string(s.category)},
                 {"won", s.won},
                 {"lost", s.lost}};
    if (s.rotting_days > 0) stage["rotting_days"] = s.rotting_days;
    SD_ASSIGN(Record stored, writer.Insert(Spec("pipeline-stages"), stage));
    stages.push_back(std::move(stored));
  }
  if (accounts.empty()) return writer.Commit();
  const core::Date today = ctx.today;

  // Open deals: every stage, close dates in the next five months, a third sitting too long.
  const int open = std::clamp(ctx.options.accounts / 10, 40, 5000);
  for (int i = 0; i < open; ++i) {
    const DemoAccount& a = random.Pick(accounts);
    const std::size_t at = random.Weighted(kOpenWeights);
    const DemoStage& s = kStages[at];
    Record deal = Deal(random, a, pipeline_id, stages[at], s);
    SD_ASSIGN(core::Date close, today.AddDays(random.Uniform(5, 150)));
    deal["expected_close"] = close.ToString();
    const std::int64_t days = random.Percent(30) ? random.Uniform(s.rotting_days + 1, 60)
                                                 : random.Uniform(0, s.rotting_days);
    deal["stage_entered_at"] = now - days * kDay - random.Uniform(0, kDay - 1);
    if (!competitors.empty() && random.Percent(40)) {
      deal["competitor_ids"] = "[" + std::to_string(random.Pick(competitors)) + "]";
    }
    SD_ASSIGN(Record stored, writer.Insert(Spec("opportunities"), deal));
    if (at > 0) {  // how it got here: the move from the stage before
      SD_TRY(writer.Insert(Spec("opportunity-stage-changes"),
                           {{"opportunity_id", app::RecordId(stored)},
                            {"from_stage_id", app::RecordId(stages[at - 1])},
                            {"to_stage_id", app::RecordId(stages[at])},
                            {"changed_at", app::IntOf(deal, "stage_entered_at").value()},
                            {"changed_by_id", a.owner},
                            {"days_in_from", random.Uniform(3, 25)}}));
    }
  }

  // 36 months of closed deals; southern territories add a summer peak.
  std::vector<const DemoAccount*> summer;
  for (const auto& a : accounts) {
    if (SummerCountry(a.country)) summer.push_back(&a);
  }
  const int per_month = std::clamp(ctx.options.accounts / 40, 12, 1500);
  const core::CivilDate now_civil = today.Civil();
  for (int back = 36; back >= 1; --back) {
    const int months = now_civil.year * 12 + (now_civil.month - 1) - back;
    const int year = months / 12, month = months % 12 + 1;
    const bool peak = month >= 6 && month <= 8;
    const int extra = peak && !summer.empty() ? per_month * 4 / 5 : 0;
    for (int i = 0; i < per_month + extra; ++i) {
      const DemoAccount& a = i < per_month ? random.Pick(accounts) : *random.Pick(summer);
      const bool won = random.Percent(58);
      const std::size_t at = won ? 4 : 5;
      Record deal = Deal(random, a, pipeline_id, stages[at], kStages[at]);
      SD_ASSIGN(
          core::Date day,
          core::Date::FromCivil(
              year, month, static_cast<int>(random.Uniform(1, core::DaysInMonth(year, month)))));
      deal["expected_close"] = day.ToString();
      deal["closed_on"] = day.ToString();
      deal["stage_entered_at"] = day.days_since_epoch() * kDay + 10 * 3'600'000'000LL;
      if (!won) {
        const std::string reason = kLostReasons[random.Index(std::size(kLostReasons))];
        deal["lost_reason"] = reason;
        if (reason == "competitor" && !competitors.empty()) {
          deal["lost_competitor_id"] = random.Pick(competitors);
        }
      }
      SD_TRY(writer.Insert(Spec("opportunities"), deal));
    }
  }
  SD_TRY(writer.Commit());
  SD_TRY(SplitDemoDeals(ctx));
  SD_TRY(PriceDemoDealLines(ctx));
  return LinkDemoQuotes(ctx, {pipeline_id, stages[2], stages[3], stages[4]});
}

}  // namespace salesdesk::modules::pipeline
