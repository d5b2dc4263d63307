// The statistical forecast of a monthly series from order history (RULES D-R6, decision 0041):
// a rep's or a territory's revenue (confirmed orders' untaxed amounts), a product group's
// revenue (its order lines' net) and a product's demand (quantity ordered). Money is converted
// to the company currency at the rate of the order date; the series is the whole months from the
// first order month to the month before today, read through the caller's visibility (what their
// own lists would show). The core back-tests both models and keeps the better one.
// A rep's or territory's revenue may instead be read from won deals (source "won_deals": amount
// on the day won): the pipeline keeps years of them where order history is short.
#pragma once

#include <string>
#include <vector>

#include "app/access/caller.h"
#include "app/ports/store.h"
#include "core/time/clock.h"
#include "modules/forecasts/core/stat_backtest.h"

namespace salesdesk::modules::forecasts {

struct StatisticalReport {
  std::string scope;
  std::int64_t id = 0;
  std::string measure;   // "revenue" (minor units of `currency`) or "quantity"
  std::string currency;  // revenue only
  std::string first_month;
  std::vector<double> history;  // from first_month, one value a month
  core::forecasts::StatForecast forecast;
};

core::Result<StatisticalReport> ReadStatistical(app::Store& store, const core::Clock& clock,
                                                const app::Caller& caller, const std::string& scope,
                                                const std::string& source, std::int64_t id,
                                                int horizon);

}  // namespace salesdesk::modules::forecasts
