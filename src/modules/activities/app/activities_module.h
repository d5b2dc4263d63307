// Activities (issue 11): the calls, visits, meetings and e-mails of the sales people, each owned
// by its salesperson and linked to an account, a contact and a record it is about (a lead, quote,
// order or contract); the timeline of a customer record; the rep's day ("Today") and the
// daily sales report.
#pragma once

#include "app/modules/app_module.h"

namespace salesdesk::modules::activities {

const app::AppModule& AppPart();

void AddEntities(std::vector<app::EntitySpec>& catalog);
void AddDailyReportEntities(std::vector<app::EntitySpec>& catalog);
core::Result<void> CreateDemo(const app::DemoContext& ctx);
core::Result<void> CreateDailyReportDemo(const app::DemoContext& ctx);
core::Result<void> CreateYesterdayDemo(const app::DemoContext& ctx);

}  // namespace salesdesk::modules::activities
