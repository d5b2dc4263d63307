#include "modules/sales/app/sales_module.h"

#include <string>

#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_service.h"

namespace salesdesk::app::sales {

core::Result<std::string> ExpireOverdueQuotes(Store& store, const core::Clock& clock) {
  // Expiry prices nothing: a fresh pricing source costs nothing until asked for a context.
  PricingSource pricing;
  QuoteService quotes(store, clock, pricing);
  SD_ASSIGN(int expired, quotes.ExpireOverdue());
  return expired == 0 ? std::string() : std::to_string(expired) + " quotes expired";
}

}  // namespace salesdesk::app::sales

namespace salesdesk::modules::sales {

const app::AppModule& AppPart() {
  using namespace app::sales;
  static const app::AppModule kModule{
      .name = "sales",
      .depends = {},
      .add_entities = AddSalesEntities,
      .add_demo = CreateSalesDemo,
      // Sent quotes past their validity expire (was a thread of its own in `serve`).
      .jobs = {{.name = "quotes.expire",
                .period = std::chrono::minutes(10),
                .run = ExpireOverdueQuotes}},
  };
  return kModule;
}

}  // namespace salesdesk::modules::sales
