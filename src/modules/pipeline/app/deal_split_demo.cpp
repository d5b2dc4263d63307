// The demo's split deals (decision 0071): about one open deal in eight from Proposal on, and one
// won deal in eight of the last six months, is shared with a teammate of its owner — 50/50 or
// 60/40, the owner first — as when two reps of a team work a hospital group together. The
// forecast grid then shows each rep's share, and an order made from such a deal's quote is
// credited the same way.
#include <map>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/pipeline/app/pipeline_module.h"

namespace salesdesk::modules::pipeline {

core::Result<void> SplitDemoDeals(const app::DemoContext& ctx) {
  app::demo::DemoRandom random(ctx.options.seed, 71);
  std::map<std::int64_t, std::int64_t> team_of;
  std::map<std::int64_t, std::vector<std::int64_t>> reps_of;
  std::vector<app::Record> deals;
  {
    SD_ASSIGN(auto uow, ctx.store.Read());
    SD_ASSIGN(auto users, app::ReadAll(*uow, app::demo::Spec("users"),
                                       {{"role", app::FilterOp::kEq, {std::string("rep")}}}));
    for (const auto& u : users) {
      if (auto team = app::IntOf(u, "team_id")) {
        team_of[app::RecordId(u)] = *team;
        reps_of[*team].push_back(app::RecordId(u));
      }
    }
    SD_ASSIGN(const core::Date since, ctx.today.AddDays(-183));
    SD_ASSIGN(auto open, app::ReadAll(*uow, app::demo::Spec("opportunities"),
                                      {{"closed_on", app::FilterOp::kIsNull, {}},
                                       {"probability", app::FilterOp::kGe, {std::int64_t{50}}}}));
    SD_ASSIGN(auto won,
              app::ReadAll(*uow, app::demo::Spec("opportunities"),
                           {{"closed_on", app::FilterOp::kGe, {since.ToString()}},
                            {"forecast_category", app::FilterOp::kEq, {std::string("closed")}}}));
    deals = std::move(open);
    deals.insert(deals.end(), won.begin(), won.end());
  }
  app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
  for (const auto& deal : deals) {
    if (!random.Percent(12)) continue;
    const std::int64_t owner = app::IntOf(deal, "owner_id").value_or(0);
    const auto team = team_of.find(owner);
    if (team == team_of.end()) continue;
    std::vector<std::int64_t> mates;
    for (std::int64_t r : reps_of[team->second]) {
      if (r != owner) mates.push_back(r);
    }
    if (mates.empty()) continue;
    const std::int64_t mate = random.Pick(mates);
    const std::int64_t owner_bp = random.Percent(50) ? 5000 : 6000;
    std::int64_t position = 0;
    for (const auto& [user, bp] : {std::pair{owner, owner_bp}, std::pair{mate, 10000 - owner_bp}}) {
      SD_TRY(writer.Insert(app::demo::Spec("opportunity-credit-splits"),
                           {{"opportunity_id", app::RecordId(deal)},
                            {"position", ++position},
                            {"user_id", user},
                            {"share_bp", bp},
                            {"kind", std::string("revenue")}}));
    }
  }
  return writer.Commit();
}

}  // namespace salesdesk::modules::pipeline
