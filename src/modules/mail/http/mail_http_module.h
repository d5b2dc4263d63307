#pragma once

#include <boost/json/object.hpp>

#include "http/http_module.h"
#include "modules/billing/app/billing_print_data.h"
#include "modules/billing/http/billing_documents.h"
#include "modules/mail/app/calendar_feed.h"
#include "modules/mail/app/document_mail.h"
#include "modules/mail/app/quote_mail.h"
#include "modules/sales/http/sales_http_module.h"

namespace salesdesk::http {

struct MailServices {
  MailServices(app::Store& store, const core::Clock& clock)
      : sales(store, clock),
        prints(store),
        quote_mail(store, clock),
        document_mail(store, clock),
        feeds(store, clock) {}
  SalesServices sales;  // the quote's print data, read through the caller's access
  modules::billing::BillingPrints prints;  // the billing documents', likewise
  modules::mail::QuoteMail quote_mail;
  modules::mail::DocumentMail document_mail;
  modules::mail::CalendarFeeds feeds;
};

void AddQuoteEmailRoute(ModuleHost& host, MailServices& s);
void AddDocumentEmailRoutes(ModuleHost& host, MailServices& s);
void AddCalendarRoutes(ModuleHost& host, MailServices& s);
// POST /dunning-runs/{id}/send: all of an approved run's letters (decision 0049).
void AddDunningRunSendRoute(ModuleHost& host, MailServices& s);
void AddDunningRunLettersRoute(ModuleHost& host);
void AddMailSchemas(boost::json::object& schemas);

// A rendered customer document as the outbox queues it, for `related_entity` `related_id`.
modules::mail::DocumentMailFile MailFileOf(RenderedDocument document, std::string kind,
                                           std::string related_entity, std::int64_t related_id);

}  // namespace salesdesk::http
