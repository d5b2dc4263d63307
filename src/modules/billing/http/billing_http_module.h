// The billing module's HTTP part: invoices and their posting, payments, the ageing report.
#pragma once

#include "http/http_module.h"
#include "modules/billing/app/invoice_service.h"
#include "modules/billing/app/payment_service.h"

namespace salesdesk::http {

struct BillingServices {
  BillingServices(app::Store& s, const core::Clock& clock)
      : store(s), invoices(s, clock), payments(s, clock) {}
  app::Store& store;
  modules::billing::InvoiceService invoices;
  modules::billing::PaymentService payments;
};

void AddBillingRoutes(ModuleHost& host, BillingServices& s);
void AddBillingSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::billing {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::billing
