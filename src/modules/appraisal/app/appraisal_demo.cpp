// The demo's appraisal: the default template for reps (B-R2's weights) and one for managers
// (their team's sales weigh more, no calls), then the cards of the last two months for the
// first two reps of three teams, rated and signed by their manager (figures frozen), the older
// ones acknowledged by the rep; last month's card of each team's third rep stays open, rated.
#include <array>

#include "app/demo/demo_internal.h"
#include "modules/appraisal/app/appraisal_module.h"
#include "modules/appraisal/app/card_service.h"
#include "modules/appraisal/app/plan_target_source.h"
#include "modules/appraisal/core/attainment.h"

namespace salesdesk::modules::appraisal {
namespace {

namespace ca = core::appraisal;

// Manager weights per item in kAllItems order (they add to 100).
constexpr std::array<std::int64_t, 10> kManagerWeights = {40, 10, 5, 0, 10, 10, 5, 5, 5, 10};

constexpr std::array<const char*, 5> kComments = {
    "Reliable on follow-ups; the visit reports could say more about the competition.",
    "Strong month with the key accounts. Keep the call list going in the quiet weeks.",
    "Good attitude with customers; needs to log visits on the day, not at month end.",
    "Helped a new colleague with two difficult accounts. Well done.",
    "Quotes went out late twice; agree on a routine with the desk.",
};

core::Result<void> CreateTemplates(const app::DemoContext& ctx) {
  const app::EntitySpec& spec = *app::FindEntity("appraisal-templates");
  std::vector<app::Record> rows;
  std::size_t i = 0;
  for (const ca::TemplateLine& line : ca::DefaultRepTemplate()) {
    auto row = [&](const char* role, std::int64_t weight) {
      app::Record r{{"role", std::string(role)},
                    {"item", std::string(ca::ItemName(line.item))},
                    {"weight", weight},
                    {"cap_bp", line.cap_bp}};
      if (line.target) r["target"] = *line.target;
      return r;
    };
    rows.push_back(row("rep", line.weight));
    rows.push_back(row("manager", kManagerWeights[i++]));
  }
  SD_ASSIGN(auto uow, ctx.store.Write());
  SD_TRY(uow->InsertMany(spec, rows, ctx.clock.Now().micros_since_epoch()));
  // The company's settings, at the default (decision 0069): the director finds them to change.
  SD_TRY(
      uow->InsertMany(*app::FindEntity("appraisal-settings"),
                      {{{"scope", std::string("company")}, {"reps_see", std::string("own_place")}}},
                      ctx.clock.Now().micros_since_epoch()));
  return uow->Commit();
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  SD_TRY(CreateTemplates(ctx));
  PlanTargetSource targets;  // the targets demo (installed before) activated each rep's plans
  ScorecardService scorecards(ctx.store, ctx.clock, targets);
  CardService cards(ctx.store, ctx.clock, scorecards);
  const ca::Month this_month = ca::MonthOf(ctx.today);
  const ca::Month last = this_month.month == 1 ? ca::Month{this_month.year - 1, 12}
                                               : ca::Month{this_month.year, this_month.month - 1};
  const ca::Month before =
      last.month == 1 ? ca::Month{last.year - 1, 12} : ca::Month{last.year, last.month - 1};
  std::size_t n = 0;
  const auto& teams = ctx.org.sales_teams;
  for (std::size_t t = 0; t < teams.size() && t < 3; ++t) {
    app::Caller manager;
    manager.user_id = teams[t].manager_id;
    manager.role = app::Role::kManager;
    for (std::size_t r = 0; r < teams[t].rep_ids.size() && r < 3; ++r) {
      const std::int64_t rep = teams[t].rep_ids[r];
      for (const ca::Month month : {before, last}) {
        const bool signs = r < 2;
        if (!signs && month == before) continue;
        SD_ASSIGN(auto opened, cards.Open(manager, rep, month));
        const std::int64_t id = app::RecordId(*opened.created);
        SD_TRY(cards.Rate(manager, id,
                          {static_cast<std::int64_t>(3 + (n % 3)),
                           std::string(kComments[n % kComments.size()])}));
        ++n;
        if (!signs) continue;
        SD_TRY(cards.Sign(manager, id));
        if (month == before) {
          app::Caller rep_caller;
          rep_caller.user_id = rep;
          rep_caller.role = app::Role::kRep;
          SD_TRY(cards.Acknowledge(rep_caller, id));
        }
      }
    }
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::appraisal
