#include "modules/forecasts/app/statistical_service.h"

#include <cstdio>
#include <map>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/money.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::forecasts {
namespace {

using app::FilterOp;
using core::Error;

constexpr int kMaxMonths = 120;  // ten years are plenty for m = 12

core::Result<std::vector<app::Record>> Visible(app::UnitOfWork& uow, const app::Caller& caller,
                                               std::string_view plural,
                                               std::vector<app::Filter> filters) {
  const app::EntitySpec& e = *app::FindEntity(plural);
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, e));
  app::ListQuery q;
  q.filters = std::move(filters);
  q.limit = INT64_MAX / 2;
  q.with_total = false;
  SD_ASSIGN(app::Page page, uow.List(e, q, visibility));
  return std::move(page.items);
}

std::vector<app::FieldValue> IdsOf(const std::vector<app::Record>& records,
                                   std::string_view field = "id") {
  std::vector<app::FieldValue> ids;
  for (const auto& r : records) {
    ids.emplace_back(field == "id" ? app::RecordId(r) : app::IntOf(r, field).value_or(0));
  }
  return ids;
}

int MonthIndex(core::Date d) {
  const auto c = d.Civil();
  return c.year * 12 + c.month - 1;
}

std::string MonthKey(int index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", index / 12, index % 12 + 1);
  return buf;
}

}  // namespace

core::Result<StatisticalReport> ReadStatistical(app::Store& store, const core::Clock& clock,
                                                const app::Caller& caller, const std::string& scope,
                                                const std::string& source, std::int64_t id,
                                                int horizon) {
  StatisticalReport report{.scope = scope, .id = id};
  SD_ASSIGN(auto uow, store.Read());
  const std::vector<app::Filter> confirmed = {
      {"status", FilterOp::kEq, {std::string("confirmed")}}};
  std::vector<app::Record> orders, lines;
  const bool won_deals = source == "won_deals";
  if (won_deals && scope != "rep" && scope != "territory") {
    return Error::Invalid("source", core::Msg("forecasts.source"));
  }
  if (scope == "rep" || scope == "territory") {
    std::vector<app::Filter> f =
        won_deals ? std::vector<app::Filter>{{"forecast_category",
                                              FilterOp::kEq,
                                              {std::string("closed")}},
                                             {"closed_on", FilterOp::kNotNull, {}}}
                  : confirmed;
    if (scope == "rep") {
      f.push_back({"owner_id", FilterOp::kEq, {id}});
    } else {
      SD_ASSIGN(auto accounts, app::ReadAll(*uow, *app::FindEntity("accounts"),
                                            {{"territory_id", FilterOp::kEq, {id}}}));
      if (accounts.empty()) accounts.push_back({{"id", std::int64_t{0}}});
      f.push_back({"account_id", FilterOp::kIn, IdsOf(accounts)});
    }
    SD_ASSIGN(orders,
              Visible(*uow, caller, won_deals ? "opportunities" : "sales-orders", std::move(f)));
  } else if (scope == "product" || scope == "product_group") {
    std::vector<app::FieldValue> products{id};
    if (scope == "product_group") {
      SD_ASSIGN(auto in_group, app::ReadAll(*uow, *app::FindEntity("products"),
                                            {{"category_id", FilterOp::kEq, {id}}}));
      products = IdsOf(in_group);
      if (products.empty()) products.emplace_back(std::int64_t{0});
    }
    SD_ASSIGN(lines, Visible(*uow, caller, "sales-order-lines",
                             {{"product_id", FilterOp::kIn, products}}));
    std::vector<app::Filter> f = confirmed;
    auto order_ids = IdsOf(lines, "sales_order_id");
    if (order_ids.empty()) order_ids.emplace_back(std::int64_t{0});
    f.push_back({"id", FilterOp::kIn, std::move(order_ids)});
    SD_ASSIGN(orders, Visible(*uow, caller, "sales-orders", std::move(f)));
  } else {
    return Error::Invalid("scope", core::Msg("forecasts.scope"));
  }
  report.measure = scope == "product" ? "quantity" : "revenue";

  SD_ASSIGN(const app::sales::ExchangeRates rates, app::sales::LoadExchangeRates(*uow));
  report.currency = report.measure == "revenue" ? rates.base_currency : "";
  SD_ASSIGN(core::Currency company, core::ParseCurrency(rates.base_currency));
  std::map<std::int64_t, core::Date> order_day;
  for (const auto& o : orders) {
    SD_ASSIGN(core::Date d,
              core::ParseDate(app::TextOf(o, won_deals ? "closed_on" : "ordered_on")));
    order_day[app::RecordId(o)] = d;
  }
  // Money into the company currency at the rate of its day; without a rate it is left out (a
  // statistical series is an estimate; the rate gap is rare and says so in the doc).
  auto in_company = [&](const app::MoneyValue& m, core::Date on) -> std::optional<double> {
    if (m.currency == company.code()) return static_cast<double>(m.minor);
    auto rate = rates.ToBase(m.currency, on);
    auto currency = core::ParseCurrency(m.currency);
    if (!rate || !currency.ok()) return std::nullopt;
    auto converted = core::Convert(core::Money{m.minor, *currency}, *rate, company);
    return converted.ok() ? std::optional<double>(converted->minor) : std::nullopt;
  };
  std::map<int, double> by_month;
  if (lines.empty()) {
    for (const auto& o : orders) {
      const auto untaxed = app::MoneyOf(o, won_deals ? "amount" : "untaxed");
      const core::Date day = order_day[app::RecordId(o)];
      if (auto v = untaxed ? in_company(*untaxed, day) : std::nullopt)
        by_month[MonthIndex(day)] += *v;
    }
  } else {
    for (const auto& l : lines) {
      const auto it = order_day.find(app::IntOf(l, "sales_order_id").value_or(0));
      if (it == order_day.end()) continue;  // not confirmed
      if (report.measure == "quantity") {
        by_month[MonthIndex(it->second)] += app::IntOf(l, "quantity").value_or(0) / 1000.0;
      } else if (const auto net = app::MoneyOf(l, "net")) {
        if (auto v = in_company(*net, it->second)) by_month[MonthIndex(it->second)] += *v;
      }
    }
  }
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock.Now().micros_since_epoch()));
  const int last = MonthIndex(today) - 1;
  const int first =
      std::max(by_month.empty() ? last + 1 : by_month.begin()->first, last - kMaxMonths + 1);
  report.first_month = MonthKey(first);
  for (int m = first; m <= last; ++m)
    report.history.push_back(by_month.contains(m) ? by_month[m] : 0);
  SD_ASSIGN(report.forecast, core::forecasts::ForecastSeries(report.history, horizon));
  return report;
}

}  // namespace salesdesk::modules::forecasts
