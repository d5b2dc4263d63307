// The billing module's HTTP part: invoices and their posting, payments, the ageing report,
// credit notes and dunning, and the customer documents as PDF.
#pragma once

#include "http/http_module.h"
#include "modules/billing/app/billing_print_data.h"
#include "modules/billing/app/credit_hold.h"
#include "modules/billing/app/credit_note_service.h"
#include "modules/billing/app/credit_splits.h"
#include "modules/billing/app/dunning_service.h"
#include "modules/billing/app/invoice_service.h"
#include "modules/billing/app/payment_service.h"
#include "modules/billing/app/write_off_service.h"

namespace salesdesk::http {

struct BillingServices {
  BillingServices(app::Store& s, const core::Clock& clock)
      : store(s),
        invoices(s, clock),
        payments(s, clock),
        credit_notes(s, clock),
        dunning(s, clock),
        credit_splits(s, clock),
        credit_holds(s, clock),
        write_offs(s, clock),
        prints(s) {}
  app::Store& store;
  modules::billing::InvoiceService invoices;
  modules::billing::PaymentService payments;
  modules::billing::CreditNoteService credit_notes;
  modules::billing::DunningService dunning;
  modules::billing::CreditSplitService credit_splits;
  modules::billing::CreditHoldService credit_holds;
  modules::billing::WriteOffService write_offs;
  modules::billing::BillingPrints prints;
};

void AddBillingRoutes(ModuleHost& host, BillingServices& s);
void AddCreditNoteRoutes(ModuleHost& host, BillingServices& s);
void AddDunningRoutes(ModuleHost& host, BillingServices& s);
void AddCreditSplitRoutes(ModuleHost& host, BillingServices& s);
void AddCreditHoldRoutes(ModuleHost& host, BillingServices& s);
// POST /invoices/{id}/write-off and GET /invoices/{id}/open (decision 0056).
void AddWriteOffRoutes(ModuleHost& host, BillingServices& s);
void AddBillingPdfRoutes(ModuleHost& host, BillingServices& s);
// POST /payments/{id}/apply (decision 0049).
void AddPaymentApplyRoute(ModuleHost& host);
void AddBillingSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http

namespace salesdesk::modules::billing {
const http::HttpModule& HttpPart();
}  // namespace salesdesk::modules::billing
