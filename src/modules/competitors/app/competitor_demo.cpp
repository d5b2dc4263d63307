// The demo company's competitors: six rivals across its markets, with the prices the sales team
// saw of their products beside ours (a few percent under or over our list price).
#include "app/demo/demo_internal.h"
#include "modules/competitors/app/competitors_module.h"

namespace salesdesk::modules::competitors {
namespace {

using app::MoneyValue;
using app::Record;

struct DemoCompetitor {
  const char* name;
  const char* website;
  const char* country;
  const char* strengths;
  const char* weaknesses;
};

constexpr DemoCompetitor kCompetitors[] = {
    {"Medisupply Iberica", "https://medisupply.example.es", "ES",
     "Same-day delivery in Madrid and Barcelona; hospital tenders won on price",
     "Narrow range outside consumables; slow to answer technical questions"},
    {"Nordklinik AB", "https://nordklinik.example.se", "SE",
     "Long framework contracts with Nordic regions; strong service team",
     "Prices 5-10 % above ours on consumables; rigid payment terms"},
    {"Rhein Medizintechnik GmbH", "https://rhein-mt.example.de", "DE",
     "Own production of instruments; German-language support",
     "Minimum order quantities too high for clinics; long lead times in summer"},
    {"Alpina Health Supplies", "https://alpina-health.example.ch", "CH",
     "Premium brand; trained clinical advisers visit every month", "Expensive; no online ordering"},
    {"Pacific Medical Trading", "https://pacific-med.example.com", "US",
     "Very low prices on gloves and masks from own Asian plants",
     "Quality complaints in 2025; weak European logistics"},
    {"Lumen Labs Distribution", "https://lumen-labs.example.fr", "FR",
     "Laboratory range broader than ours; good e-commerce",
     "Little presence in hospitals; no key account management"},
};

constexpr const char* kSources[] = {"customer", "tender", "website", "trade_show", "customer"};

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  app::demo::DemoRandom random(ctx.options.seed, 41);
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  // Our products with a price to compare: the first 40 by id.
  std::vector<Record> products;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    app::ListQuery query;
    query.limit = 40;
    query.with_total = false;
    SD_ASSIGN(auto page, uow->List(Spec("products"), query, app::Visibility::All()));
    products = std::move(page.items);
  }
  const core::Date today = ctx.today;
  for (const auto& c : kCompetitors) {
    SD_ASSIGN(Record competitor,
              writer.Insert(Spec("competitors"), {{"name", std::string(c.name)},
                                                  {"website", std::string(c.website)},
                                                  {"country", std::string(c.country)},
                                                  {"strengths", std::string(c.strengths)},
                                                  {"weaknesses", std::string(c.weaknesses)},
                                                  {"active", true}}));
    for (int i = 0; i < 5 && !products.empty(); ++i) {
      const Record& ours = random.Pick(products);
      Record seen{{"competitor_id", app::RecordId(competitor)},
                  {"name", std::string(c.name).substr(0, std::string(c.name).find(' ')) + " " +
                               std::get<std::string>(ours.at("name"))},
                  {"product_id", app::RecordId(ours)},
                  {"seen_on", today.AddDays(-random.Uniform(3, 200)).value().ToString()},
                  {"source", std::string(kSources[random.Index(std::size(kSources))])}};
      // Their price: our cost marked up 35-75 %, so some undercut our list price and some not.
      if (auto cost = ours.find("cost"); cost != ours.end()) {
        if (const auto* money = std::get_if<MoneyValue>(&cost->second)) {
          seen["price_seen"] =
              MoneyValue{money->minor * random.Uniform(135, 175) / 100, money->currency};
        }
      }
      SD_TRY(writer.Insert(Spec("competitor-products"), seen));
    }
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::competitors
