// The negotiation desk's HTTP part: the services its handlers call and the route groups, each
// in its own file.
#pragma once

#include "http/http_module.h"
#include "modules/sales/app/contract_signing.h"
#include "modules/sales/app/order_intake.h"
#include "modules/sales/app/order_service.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/sales/app/quote_service.h"

namespace salesdesk::http {

// One set per Api: the pricing source caches the engine's context between requests.
struct SalesServices {
  SalesServices(app::Store& store, const core::Clock& clock)
      : quotes(store, clock, pricing),
        orders(store, clock),
        intake(store, clock, pricing),
        signing(store, clock) {}
  app::sales::PricingSource pricing;
  app::sales::QuoteService quotes;
  app::sales::OrderService orders;
  app::sales::OrderIntakeService intake;
  app::sales::ContractSigning signing;
};

void AddSalesRoutes(ModuleHost& host, SalesServices& s);
void AddQuotePdfRoute(ModuleHost& host, SalesServices& s);
void AddContractRoutes(ModuleHost& host, SalesServices& s);
// The desk's OpenAPI schemas (sales_openapi_schemas.cpp).
void AddSalesSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::sales {
// The module's HTTP entry for the registry.
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::sales
