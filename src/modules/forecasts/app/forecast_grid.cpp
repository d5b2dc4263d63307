#include "modules/forecasts/app/forecast_grid.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::modules::forecasts {
namespace {

using app::Filter;
using app::FilterOp;
using core::Error;

int Number(std::string_view digits) {
  int n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  return ec == std::errc() && end == digits.data() + digits.size() ? n : -1;
}

std::optional<fc::Category> CategoryOf(const std::string& name) {
  if (name == "pipeline") return fc::Category::kPipeline;
  if (name == "best_case") return fc::Category::kBestCase;
  if (name == "commit") return fc::Category::kCommit;
  if (name == "closed") return fc::Category::kClosed;
  if (name == "omitted") return fc::Category::kOmitted;
  return std::nullopt;
}

std::vector<app::FieldValue> Ids(const std::vector<std::int64_t>& ids) {
  return {ids.begin(), ids.end()};
}

}  // namespace

core::Result<fc::Period> ParsePeriod(std::string_view text, std::optional<fc::PeriodKind> kind,
                                     std::string_view field) {
  auto bad = [&] {
    return Error::Invalid(std::string(field),
                          core::Msg("forecasts.period", {{"value", std::string(text)}}));
  };
  if (text.size() != 7 || text[4] != '-') return bad();
  const int year = Number(text.substr(0, 4));
  if (year < 2000 || year > 2100) return bad();
  if (text[5] == 'Q') {
    const int q = Number(text.substr(6));
    if (q < 1 || q > 4 || (kind && *kind != fc::PeriodKind::kQuarter)) return bad();
    return fc::Period{fc::PeriodKind::kQuarter, year, q};
  }
  const int month = Number(text.substr(5));
  if (month < 1 || month > 12) return bad();
  return fc::PeriodOf(*core::Date::FromCivil(year, month, 1),
                      kind.value_or(fc::PeriodKind::kMonth));
}

std::string_view CategoryName(fc::Column c) {
  switch (c) {
    case fc::Column::kClosed:
      return "closed";
    case fc::Column::kCommit:
      return "commit";
    case fc::Column::kBestCase:
      return "best_case";
    case fc::Column::kOpenPipeline:
      return "open_pipeline";
  }
  return "";
}

std::optional<fc::Column> ParseColumn(std::string_view name) {
  for (fc::Column c : fc::kColumns) {
    if (CategoryName(c) == name) return c;
  }
  return std::nullopt;
}

namespace {

// The deals matching `who` (owner_id or id in …) that count in `period`: open deals by their
// expected close, won and lost ones by the day they closed.
core::Result<std::vector<fc::Opportunity>> DealsOf(app::UnitOfWork& uow,
                                                   const app::Visibility& visibility, Filter who,
                                                   fc::Period period) {
  const app::EntitySpec& deals = *app::FindEntity("opportunities");
  const std::string from = fc::FirstDay(period).ToString(), to = fc::LastDay(period).ToString();
  std::vector<fc::Opportunity> out;
  for (const char* date : {"expected_close", "closed_on"}) {
    app::ListQuery q;
    q.filters = {who,
                 {"forecast_category", FilterOp::kNe, {std::string("omitted")}},
                 {date, FilterOp::kGe, {from}},
                 {date, FilterOp::kLe, {to}}};
    if (std::string_view(date) == "expected_close") {
      q.filters.push_back({"closed_on", FilterOp::kIsNull, {}});
    }
    q.limit = INT64_MAX / 2;
    q.with_total = false;
    SD_ASSIGN(app::Page page, uow.List(deals, q, visibility));
    for (const auto& d : page.items) {
      const auto amount = app::MoneyOf(d, "amount");
      const auto category = CategoryOf(app::TextOf(d, "forecast_category"));
      if (!amount || !category) continue;
      SD_ASSIGN(core::Currency cur, core::ParseCurrency(amount->currency));
      SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(d, date)));
      out.push_back({.id = app::RecordId(d),
                     .owner = app::IntOf(d, "owner_id").value_or(0),
                     .close_date = on,
                     .category = *category,
                     .amount = core::Money{amount->minor, cur}});
    }
  }
  return out;
}

// The revenue share rows of a split deal, read internally (decision 0071).
core::Result<std::vector<app::Record>> RevenueRows(app::UnitOfWork& uow, Filter which) {
  return app::ReadAll(uow, *app::FindEntity("opportunity-credit-splits"),
                      {std::move(which), {"kind", FilterOp::kEq, {std::string("revenue")}}});
}

}  // namespace

core::Result<fc::Rollup> OwnTotals(app::UnitOfWork& uow, const app::Visibility& visibility,
                                   const std::vector<std::int64_t>& owners, fc::Period period,
                                   std::string& currency) {
  std::vector<fc::Opportunity> opportunities;
  if (!owners.empty()) {
    SD_ASSIGN(opportunities,
              DealsOf(uow, visibility, {"owner_id", FilterOp::kIn, Ids(owners)}, period));
    // A person credited on someone else's deal counts their share of it, whoever may open the
    // deal: the figure is the person's, the deal is not shown (decision 0071, as 0045 does for
    // invoices).
    std::set<std::int64_t> read;
    for (const auto& o : opportunities) read.insert(o.id);
    SD_ASSIGN(auto named, RevenueRows(uow, {"user_id", FilterOp::kIn, Ids(owners)}));
    std::vector<std::int64_t> more;
    for (const auto& r : named) {
      const std::int64_t deal = app::IntOf(r, "opportunity_id").value_or(0);
      if (read.insert(deal).second) more.push_back(deal);
    }
    if (!more.empty()) {
      SD_ASSIGN(auto shared,
                DealsOf(uow, app::Visibility::All(), {"id", FilterOp::kIn, Ids(more)}, period));
      opportunities.insert(opportunities.end(), shared.begin(), shared.end());
    }
    std::vector<std::int64_t> ids;
    for (const auto& o : opportunities) ids.push_back(o.id);
    if (!ids.empty()) {
      SD_ASSIGN(auto rows, RevenueRows(uow, {"opportunity_id", FilterOp::kIn, Ids(ids)}));
      std::sort(rows.begin(), rows.end(), [](const app::Record& a, const app::Record& b) {
        return app::IntOf(a, "position") < app::IntOf(b, "position");
      });
      std::map<std::int64_t, std::vector<fc::Credit>> credits;
      for (const auto& r : rows) {
        credits[app::IntOf(r, "opportunity_id").value_or(0)].push_back(
            {app::IntOf(r, "user_id").value_or(0), app::IntOf(r, "share_bp").value_or(0)});
      }
      for (auto& o : opportunities) {
        if (auto c = credits.find(o.id); c != credits.end()) o.credits = std::move(c->second);
      }
    }
  }
  SD_ASSIGN(const app::sales::ExchangeRates rates, app::sales::LoadExchangeRates(uow));
  SD_ASSIGN(core::Currency company, core::ParseCurrency(rates.base_currency));
  currency = company.code();
  SD_ASSIGN(fc::Rollup rollup, fc::RollUp(opportunities, company, period.kind,
                                          [&rates](const core::Currency& c, core::Date on) {
                                            return rates.ToBase(c.code(), on);
                                          }));
  // A split names people outside `owners` too; their parts are not asked for here.
  const std::set<std::int64_t> asked(owners.begin(), owners.end());
  std::erase_if(rollup.cells, [&](const fc::RollupCell& c) { return !asked.contains(c.owner); });
  return rollup;
}

core::Result<Grid> ReadGrid(app::UnitOfWork& uow, const app::Caller& caller, fc::Period period) {
  const app::EntitySpec& adjustments = *app::FindEntity("forecast-adjustments");
  SD_ASSIGN(auto visibility, app::VisibilityFor(uow, caller, adjustments));
  Grid grid;
  grid.period = period;
  SD_ASSIGN(grid.tree, ReadTeamTree(uow));
  if (visibility.all) {
    grid.people = grid.tree.people;
  } else {
    grid.people = grid.tree.Below(caller.user_id);
  }
  std::vector<std::int64_t> ids;
  for (const auto& p : grid.people) ids.push_back(p.id);

  SD_ASSIGN(auto deal_visibility,
            app::VisibilityFor(uow, caller, *app::FindEntity("opportunities")));
  SD_ASSIGN(fc::Rollup own, OwnTotals(uow, deal_visibility, ids, period, grid.currency));
  grid.missing_rates = std::move(own.missing_rates);
  std::map<std::int64_t, fc::Totals> own_by_person;
  for (const auto& cell : own.cells) own_by_person[cell.owner] = cell.totals;

  std::vector<fc::Adjustment> in_force;
  if (!ids.empty()) {
    app::ListQuery q;
    q.filters = {{"period", FilterOp::kEq, {fc::PeriodKey(period)}},
                 {"status", FilterOp::kEq, {std::string("active")}},
                 {"subject_id", FilterOp::kIn, Ids(ids)},
                 {"owner_id", FilterOp::kIn, Ids(ids)}};
    q.sort_field = "id";
    q.limit = INT64_MAX / 2;
    q.with_total = false;
    SD_ASSIGN(app::Page page, uow.List(adjustments, q, visibility));
    for (auto& a : page.items) {
      const auto column = ParseColumn(app::TextOf(a, "category"));
      const std::int64_t author = app::IntOf(a, "owner_id").value_or(0);
      const std::int64_t subject = app::IntOf(a, "subject_id").value_or(0);
      // An adjustment whose author no longer manages the person (a team changed) is history.
      if (!column || !grid.tree.MayAdjust(author, subject)) continue;
      in_force.push_back({.author = author,
                          .subject = subject,
                          .column = *column,
                          .amount = app::MoneyOf(a, "amount").value_or(app::MoneyValue{}).minor,
                          .basis = app::MoneyOf(a, "basis").value_or(app::MoneyValue{}).minor,
                          .note = app::TextOf(a, "note")});
      grid.adjustments.push_back(std::move(a));
    }
  }
  SD_ASSIGN(grid.forecast, fc::RollUpHierarchy(grid.people, own_by_person, in_force));
  return grid;
}

}  // namespace salesdesk::modules::forecasts
