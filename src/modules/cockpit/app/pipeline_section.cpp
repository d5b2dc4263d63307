// Pipeline by forecast category (open deals) and the win rate of the 90 days to as_of, from the
// opportunities the caller sees (docs/pipeline.md; the rep's own with scope me). Amounts in the
// company currency the way the board sums them: each deal at the rate of its own day (expected
// close while open, closed_on once closed), rounded once; a deal whose currency has no rate is
// summed apart per currency, never added (core::pipeline::AddToColumn). Win rate = won ÷ (won +
// lost) by count and by converted amount, in bp rounded once; none without a closed deal.
#include <map>

#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "app/records/visible_reads.h"
#include "modules/cockpit/app/drill.h"
#include "modules/cockpit/app/sections.h"
#include "modules/pipeline/core/pipeline/opportunity_rules.h"
#include "modules/sales/app/pricing_source.h"
#include "modules/targets/core/pace.h"

namespace salesdesk::modules::cockpit {
namespace {

namespace json = boost::json;
namespace rules = core::pipeline;
using app::Record;

constexpr int kWinRateDays = 90;
constexpr const char* kOpenCategories[] = {"commit", "best_case", "pipeline"};

json::value Optional(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

core::Result<void> Add(rules::ColumnSum& sum, const app::sales::ExchangeRates& rates,
                       const core::Currency& company, const Record& deal,
                       const std::string& day_field) {
  const auto amount = app::MoneyOf(deal, "amount");
  if (!amount) return core::Ok();
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(amount->currency));
  const core::Money money{amount->minor, currency};
  std::optional<core::Money> converted;
  if (amount->currency == company.code()) {
    converted = money;
  } else {
    SD_ASSIGN(core::Date day, core::ParseDate(app::TextOf(deal, day_field)));
    if (auto rate = rates.Between(amount->currency, company.code(), day)) {
      SD_ASSIGN(converted, core::Convert(money, *rate, company));
    }
  }
  return rules::AddToColumn(sum, money, converted);
}

json::object SumJson(const rules::ColumnSum& sum, std::int64_t count) {
  json::array unconverted;
  for (const auto& [code, m] : sum.unconverted) {
    unconverted.push_back(json::object{{"currency", code}, {"amount", m.minor}});
  }
  return {{"count", count}, {"amount", sum.total.minor}, {"unconverted", std::move(unconverted)}};
}

}  // namespace

core::Result<json::object> PipelineSection(const SectionContext& c) {
  SD_ASSIGN(auto uow, c.store.Read());
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency company, core::ParseCurrency(rates.base_currency));
  DrillFilters mine;
  std::vector<app::Filter> own;
  if (c.scope == Scope::kMe) {
    mine.emplace_back("owner_id", std::to_string(c.caller.user_id));
    own.push_back({"owner_id", app::FilterOp::kEq, {c.caller.user_id}});
  }
  auto with = [](std::vector<app::Filter> f, app::Filter more) {
    f.push_back(std::move(more));
    return f;
  };
  auto drill = [&](DrillFilters more) {
    DrillFilters f = mine;
    f.insert(f.end(), more.begin(), more.end());
    return Drill("/opportunities", f);
  };

  json::array categories;
  for (const char* category : kOpenCategories) {
    SD_ASSIGN(auto deals,
              app::ReadAllVisible(
                  *uow, c.caller, "opportunities",
                  with(own, {"forecast_category", app::FilterOp::kEq, {std::string(category)}})));
    rules::ColumnSum sum(company);
    for (const auto& d : deals) SD_TRY(Add(sum, rates, company, d, "expected_close"));
    json::object o = SumJson(sum, static_cast<std::int64_t>(deals.size()));
    o["category"] = category;
    o["drill"] = drill({{"forecast_category", category}});
    categories.push_back(std::move(o));
  }

  // Won and lost: the stage says which (a won stage counts as closed, a lost one as omitted).
  SD_ASSIGN(auto stages, app::ReadAll(*uow, *app::FindEntity("pipeline-stages")));
  std::map<std::int64_t, const Record*> stage_of;
  for (const auto& s : stages) stage_of[app::RecordId(s)] = &s;
  SD_ASSIGN(core::Date from, c.as_of.AddDays(-(kWinRateDays - 1)));
  auto closed = with(own, {"closed_on", app::FilterOp::kGe, {from.ToString()}});
  closed.push_back({"closed_on", app::FilterOp::kLe, {c.as_of.ToString()}});
  SD_ASSIGN(auto deals, app::ReadAllVisible(*uow, c.caller, "opportunities", closed));
  rules::ColumnSum won(company), lost(company);
  std::int64_t won_count = 0, lost_count = 0;
  for (const auto& d : deals) {
    auto s = stage_of.find(app::IntOf(d, "stage_id").value_or(0));
    if (s == stage_of.end()) continue;
    if (app::BoolOf(*s->second, "won")) {
      ++won_count;
      SD_TRY(Add(won, rates, company, d, "closed_on"));
    } else if (app::BoolOf(*s->second, "lost")) {
      ++lost_count;
      SD_TRY(Add(lost, rates, company, d, "closed_on"));
    }
  }
  const DrillFilters window{{"closed_on__gte", from.ToString()},
                            {"closed_on__lte", c.as_of.ToString()}};
  auto closed_drill = [&](const char* category) {
    DrillFilters f = window;
    f.emplace_back("forecast_category", category);
    return drill(f);
  };
  json::object won_json = SumJson(won, won_count), lost_json = SumJson(lost, lost_count);
  won_json["drill"] = closed_drill("closed");
  lost_json["drill"] = closed_drill("omitted");
  return json::object{
      {"currency", company.code()},
      {"by_category", std::move(categories)},
      {"win_rate",
       {{"days", kWinRateDays},
        {"from", from.ToString()},
        {"to", c.as_of.ToString()},
        {"won", std::move(won_json)},
        {"lost", std::move(lost_json)},
        {"count_bp", Optional(targets::AttainmentBp(won_count, won_count + lost_count))},
        {"amount_bp",
         Optional(targets::AttainmentBp(won.total.minor, won.total.minor + lost.total.minor))},
        {"drill", drill(window)}}}};
}

}  // namespace salesdesk::modules::cockpit
