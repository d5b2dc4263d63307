// Quotes belong to an opportunity (issue 12, decision 0055). Pipeline adds opportunity_id to
// sales' quotes, checks it when a quote is created or edited, and wins the deal when the
// customer accepts a linked quote, through sales' extension points: sales never names deals.
#include <algorithm>

#include "app/records/catalog_fields.h"
#include "app/records/record_fields.h"
#include "app/records/record_rules.h"
#include "app/records/record_service.h"
#include "modules/pipeline/app/pipeline_module.h"
#include "modules/pipeline/core/pipeline/quote_win.h"
#include "modules/sales/app/quote_acceptance.h"
#include "modules/sales/app/quote_header_checks.h"

namespace salesdesk::modules::pipeline {
namespace {

using app::Record;
using app::Visibility;
using core::Error;

// A quote names a deal the caller sees (one answer for missing and hidden, as every reference)
// of the quote's own account. Checked when the link or the account changes.
core::Result<void> CheckOpportunityLink(app::sales::HeaderCheckContext& ctx) {
  const auto deal_id = app::IntOf(ctx.header, "opportunity_id");
  if (!deal_id) return core::Ok();
  const auto account_id = app::IntOf(ctx.header, "account_id");
  if (!ctx.current.empty() && app::IntOf(ctx.current, "opportunity_id") == deal_id &&
      app::IntOf(ctx.current, "account_id") == account_id) {
    return core::Ok();
  }
  const app::EntitySpec& deals = *app::FindEntity("opportunities");
  SD_TRY(app::CheckVisibleReference(ctx.uow, ctx.caller, "opportunity_id", deals, *deal_id));
  SD_ASSIGN(auto deal, ctx.uow.Get(deals, *deal_id, Visibility::All()));
  const auto deal_account = deal ? app::IntOf(*deal, "account_id") : std::nullopt;
  if (deal_account == account_id) return core::Ok();
  return Error::Invalid("opportunity_id",
                        core::Msg("pipeline.quote_deal_other_account",
                                  {{"opportunity_id", std::to_string(*deal_id)},
                                   {"deal_account_id", std::to_string(deal_account.value_or(0))},
                                   {"account_id", std::to_string(account_id.value_or(0))}}));
}

core::Result<std::optional<core::Money>> TypedMoney(const Record& r, std::string_view name) {
  const auto m = app::MoneyOf(r, name);
  if (!m) return std::optional<core::Money>();
  SD_ASSIGN(const core::Currency currency, core::ParseCurrency(m->currency));
  return std::optional<core::Money>(core::Money{m->minor, currency});
}

// The pipeline's won stage a deal goes to: the leftmost, as on the board.
core::Result<std::optional<std::int64_t>> WonStageOf(app::UnitOfWork& uow,
                                                     std::int64_t pipeline_id) {
  app::ListQuery q;
  q.filters = {{"pipeline_id", app::FilterOp::kEq, {pipeline_id}}};
  q.sort_field = "position";
  q.limit = 100;  // a pipeline has at most 100 positions
  q.with_total = false;
  SD_ASSIGN(auto stages, uow.List(*app::FindEntity("pipeline-stages"), q, Visibility::All()));
  for (const auto& s : stages.items) {
    if (app::BoolOf(s, "won")) return std::optional<std::int64_t>(app::RecordId(s));
  }
  return std::optional<std::int64_t>();
}

// Accepting a linked quote wins an open deal exactly as moving it to the won stage by hand
// does (the generic update: probability, category closed, closed_on the company's today, a
// stage history row, the audit), as the person who recorded the acceptance.
core::Result<void> WinOnAccept(app::sales::AcceptanceContext& ctx) {
  const auto deal_id = app::IntOf(ctx.quote, "opportunity_id");
  if (!deal_id) return core::Ok();
  const app::EntitySpec& deals = *app::FindEntity("opportunities");
  // The link was checked against the caller when it was made; the win follows the link.
  SD_ASSIGN(auto deal, ctx.uow.Get(deals, *deal_id, Visibility::All()));
  if (!deal) return core::Ok();
  SD_ASSIGN(auto stage, ctx.uow.Get(*app::FindEntity("pipeline-stages"),
                                    app::IntOf(*deal, "stage_id").value_or(0), Visibility::All()));
  const std::int64_t pipeline_id = app::IntOf(*deal, "pipeline_id").value_or(0);
  SD_ASSIGN(auto pipeline,
            ctx.uow.Get(*app::FindEntity("pipelines"), pipeline_id, Visibility::All()));
  SD_ASSIGN(auto won_stage, WonStageOf(ctx.uow, pipeline_id));
  core::pipeline::AcceptFacts facts{
      .win_on_quote_accept = pipeline && app::BoolOf(*pipeline, "win_on_quote_accept", true),
      .pipeline_has_won_stage = won_stage.has_value()};
  if (stage) {
    facts.deal_stage.won = app::BoolOf(*stage, "won");
    facts.deal_stage.lost = app::BoolOf(*stage, "lost");
  }
  if (core::pipeline::EffectOfAcceptance(facts) != core::pipeline::AcceptEffect::kWin) {
    return core::Ok();
  }
  Record fields{{"stage_id", *won_stage}};
  SD_ASSIGN(auto estimate, TypedMoney(*deal, "amount"));
  SD_ASSIGN(auto quote_net, TypedMoney(ctx.quote, "untaxed"));
  if (estimate) {
    if (auto amount = core::pipeline::WonAmount(*estimate, quote_net)) {
      fields["amount"] = app::MoneyValue{amount->minor, amount->currency.code()};
    }
  }
  SD_TRY(app::UpdateInTransaction(ctx.uow, ctx.caller, deals, Visibility::All(), *deal,
                                  std::move(fields), ctx.at));
  return core::Ok();
}

}  // namespace

void AddQuoteLink(std::vector<app::EntitySpec>& c) {
  auto quotes =
      std::find_if(c.begin(), c.end(), [](const auto& e) { return e.plural == "quotes"; });
  if (quotes == c.end()) std::abort();  // pipeline depends on sales
  quotes->fields.push_back(app::catalog::Of(
      app::catalog::Ref("opportunity_id", "opportunities"),
      "The deal the quote is for, of the quote's account; accepting the quote wins it when the "
      "deal is open and its pipeline's win_on_quote_accept is on"));
  app::sales::AddHeaderCheck(CheckOpportunityLink);
  app::sales::AddAcceptanceStep(WinOnAccept);
}

}  // namespace salesdesk::modules::pipeline
