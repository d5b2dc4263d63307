#pragma once

#include <boost/json/object.hpp>

#include "http/http_module.h"
#include "modules/mail/app/calendar_feed.h"
#include "modules/mail/app/quote_mail.h"
#include "modules/sales/http/sales_http_module.h"

namespace salesdesk::http {

struct MailServices {
  MailServices(app::Store& store, const core::Clock& clock)
      : sales(store, clock), quote_mail(store, clock), feeds(store, clock) {}
  SalesServices sales;  // the quote's print data, read through the caller's access
  modules::mail::QuoteMail quote_mail;
  modules::mail::CalendarFeeds feeds;
};

void AddQuoteEmailRoute(ModuleHost& host, MailServices& s);
void AddCalendarRoutes(ModuleHost& host, MailServices& s);
void AddMailSchemas(boost::json::object& schemas);

}  // namespace salesdesk::http
