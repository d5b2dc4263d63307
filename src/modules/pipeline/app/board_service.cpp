#include "modules/pipeline/app/board_service.h"

#include <map>

#include "app/access/access_policy.h"
#include "app/records/company_calendar.h"
#include "app/records/record_fields.h"
#include "modules/sales/app/pricing_source.h"

namespace salesdesk::app::pipeline {
namespace {

using app::Filter;
using core::Error;
using core::ErrorCode;
namespace rules = core::pipeline;

rules::StageFacts FactsOf(const Record& stage) {
  return {.probability = IntOf(stage, "probability").value_or(0),
          .category = TextOf(stage, "forecast_category"),
          .won = BoolOf(stage, "won"),
          .lost = BoolOf(stage, "lost"),
          .rotting_days = IntOf(stage, "rotting_days")};
}

// The valid_on of the rate ExchangeRates::Between takes (direct pair first, else the inverse).
std::optional<std::string> RateDate(const sales::ExchangeRates& rates, const std::string& from,
                                    const std::string& to, const std::string& day) {
  for (const auto& pair : {std::pair{from, to}, std::pair{to, from}}) {
    auto it = rates.history.find(pair);
    if (it == rates.history.end()) continue;
    const sales::ExchangeRates::Dated* best = nullptr;
    for (const auto& d : it->second) {
      if (d.valid_on <= day) best = &d;
    }
    if (best != nullptr) return best->valid_on;
  }
  return std::nullopt;
}

core::Result<void> Convert(const sales::ExchangeRates& rates, const core::Currency& company,
                           BoardCard& card) {
  const auto amount = MoneyOf(card.record, "amount");
  if (!amount) return core::Ok();
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(amount->currency));
  if (amount->currency == company.code()) {
    card.converted = core::Money{amount->minor, company};
    return core::Ok();
  }
  SD_ASSIGN(core::Date close, core::ParseDate(TextOf(card.record, "expected_close")));
  auto rate = rates.Between(amount->currency, company.code(), close);
  if (!rate) return core::Ok();
  SD_ASSIGN(card.converted, core::Convert(core::Money{amount->minor, currency}, *rate, company));
  card.rate = rate->ToString();
  card.rate_date = RateDate(rates, amount->currency, company.code(), close.ToString());
  return core::Ok();
}

}  // namespace

core::Result<Board> ReadBoard(Store& store, const core::Clock& clock, const Caller& caller,
                              std::int64_t pipeline_id, int limit, int closed_days) {
  const EntitySpec& pipelines = *FindEntity("pipelines");
  const EntitySpec& stages = *FindEntity("pipeline-stages");
  const EntitySpec& deals = *FindEntity("opportunities");
  SD_ASSIGN(auto uow, store.Read());
  SD_ASSIGN(auto deal_visibility, VisibilityFor(*uow, caller, deals));
  SD_ASSIGN(auto pipeline_visibility, VisibilityFor(*uow, caller, pipelines));
  SD_ASSIGN(auto pipeline, uow->Get(pipelines, pipeline_id, pipeline_visibility));
  if (!pipeline) {
    return Error::Make(ErrorCode::kNotFound,
                       core::Msg("record.not_found",
                                 {{"entity", "pipeline"}, {"id", std::to_string(pipeline_id)}}));
  }
  SD_ASSIGN(auto stage_visibility, VisibilityFor(*uow, caller, stages));
  ListQuery stage_query;
  stage_query.filters = {{"pipeline_id", FilterOp::kEq, {pipeline_id}}};
  stage_query.sort_field = "position";
  stage_query.limit = 1000;
  stage_query.with_total = false;
  SD_ASSIGN(auto stage_page, uow->List(stages, stage_query, stage_visibility));

  SD_ASSIGN(const sales::ExchangeRates rates, sales::LoadExchangeRates(*uow));
  SD_ASSIGN(core::Currency company, core::ParseCurrency(rates.base_currency));
  const std::int64_t now = clock.Now().micros_since_epoch();

  Board board;
  board.pipeline = std::move(*pipeline);
  board.currency = company.code();
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, now));
  board.as_of = today.ToString();
  std::map<std::int64_t, std::size_t> column_of;
  for (auto& stage : stage_page.items) {
    column_of[RecordId(stage)] = board.columns.size();
    BoardColumn column(company);
    column.stage = std::move(stage);
    board.columns.push_back(std::move(column));
  }

  // Every visible open deal of the pipeline and those closed since `closed_since`, soonest close
  // first: the totals need them all. Open and closed deals sit in different columns, so reading
  // them one after the other keeps each column's order.
  SD_ASSIGN(core::Date since, today.AddDays(-closed_days));
  board.closed_since = since.ToString();
  std::vector<Record> read;
  for (const Filter& which : {Filter{"closed_on", FilterOp::kIsNull, {}},
                              Filter{"closed_on", FilterOp::kGe, {board.closed_since}}}) {
    ListQuery deal_query;
    deal_query.filters = {{"pipeline_id", FilterOp::kEq, {pipeline_id}}, which};
    deal_query.sort_field = "expected_close";
    deal_query.limit = INT64_MAX / 2;
    deal_query.with_total = false;
    SD_ASSIGN(auto deal_page, uow->List(deals, deal_query, deal_visibility));
    for (auto& deal : deal_page.items) read.push_back(std::move(deal));
  }
  for (auto& deal : read) {
    auto it = column_of.find(IntOf(deal, "stage_id").value_or(0));
    if (it == column_of.end()) continue;
    BoardColumn& column = board.columns[it->second];
    BoardCard card;
    card.record = std::move(deal);
    card.days_in_stage =
        rules::DaysInStage(IntOf(card.record, "stage_entered_at").value_or(now), now);
    card.rotting = rules::Rotting(FactsOf(column.stage), card.days_in_stage);
    SD_TRY(Convert(rates, company, card));
    const auto amount = MoneyOf(card.record, "amount");
    if (amount) {
      SD_ASSIGN(core::Currency currency, core::ParseCurrency(amount->currency));
      SD_TRY(rules::AddToColumn(column.sum, core::Money{amount->minor, currency}, card.converted));
    }
    if (card.rate_date) {
      if (!column.first_rate_date || *card.rate_date < *column.first_rate_date) {
        column.first_rate_date = card.rate_date;
      }
      if (!column.last_rate_date || *card.rate_date > *column.last_rate_date) {
        column.last_rate_date = card.rate_date;
      }
    }
    ++column.count;
    if (static_cast<int>(column.cards.size()) < limit) column.cards.push_back(std::move(card));
  }
  return board;
}

}  // namespace salesdesk::app::pipeline
