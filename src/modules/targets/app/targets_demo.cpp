// The demo company's targets for the current year, activated: per rep an annual revenue plan in
// the currency most of their last year's orders are in — 10 % above last year's net revenue from
// the order history (without it, a fixed amount), peaking in spring and autumn, quiet in August and
// December — and an activity plan — visits for field reps, calls for those who sell by phone
// — 10 % above last year's done activities, shaped by last year's months (profile last_year). Each
// is decomposed on the rep's own working days (the schedules demo gives them holidays and leave).
#include <map>

#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/targets/app/actuals.h"
#include "modules/targets/app/plan_fields.h"
#include "modules/targets/app/plan_service.h"
#include "modules/targets/app/targets_module.h"

namespace salesdesk::modules::targets {
namespace {

// Peak 3 (March–May, October–November), shoulder 2, off-peak 1 (August, December).
constexpr const char* kSeasons = "[2,2,3,3,3,2,2,1,2,3,3,1]";

// The currency most of the rep's orders of last year are in (none: of any year; none yet: EUR).
// Last year's, as the plan is made of them: a few orders in euros this year do not make a rep
// who sold in dollars a euro seller.
core::Result<std::string> MainCurrency(app::UnitOfWork& uow, std::int64_t rep, int year) {
  SD_ASSIGN(auto orders,
            app::ReadAll(uow, Spec("sales-orders"), {{"owner_id", app::FilterOp::kEq, {rep}}}));
  const std::string last_year = std::to_string(year - 1);
  std::map<std::string, int> count;
  for (const auto& o : orders) {
    if (app::TextOf(o, "ordered_on").starts_with(last_year)) ++count[app::TextOf(o, "currency")];
  }
  if (count.empty()) {
    for (const auto& o : orders) ++count[app::TextOf(o, "currency")];
  }
  std::string best = "EUR";
  int most = 0;
  for (const auto& [currency, n] : count) {
    if (!currency.empty() && n > most) best = currency, most = n;
  }
  return best;
}

// Visits when the rep made any last year, else calls; the annual target 10 % above last year's
// count (none recorded: 400 visits on equal months).
core::Result<app::Record> ActivityPlan(app::UnitOfWork& uow, std::int64_t rep, int year) {
  const core::Date from = *core::Date::FromCivil(year - 1, 1, 1);
  const core::Date to = *core::Date::FromCivil(year - 1, 12, 31);
  SD_ASSIGN(Actuals visits, ReadActuals(uow, "visits", "", rep, from, to));
  SD_ASSIGN(Actuals calls, ReadActuals(uow, "calls", "", rep, from, to));
  const std::int64_t made_visits = visits.Sum(from, to), made_calls = calls.Sum(from, to);
  const bool field = made_visits > 0 || made_calls == 0;
  const std::int64_t last = field ? made_visits : made_calls;
  app::Record plan{{"measure", std::string(field ? "visits" : "calls")}};
  plan["annual_total"] = last > 0 ? (last * 110 + 50) / 100 : std::int64_t{400};
  plan["profile_kind"] = std::string(last > 0 ? "last_year" : "equal");
  return plan;
}

// 10 % above last year's net revenue in `currency` (without sales last year, `fallback` in minor
// units), on the season weights: the demo's history is a few orders a rep a month, so last year's
// own months would leave some months without a target.
core::Result<void> RevenuePlan(app::UnitOfWork& uow, std::int64_t rep, int year,
                               const std::string& currency, std::int64_t fallback,
                               app::Record& plan) {
  const core::Date from = *core::Date::FromCivil(year - 1, 1, 1);
  const core::Date to = *core::Date::FromCivil(year - 1, 12, 31);
  SD_ASSIGN(Actuals sold, ReadActuals(uow, "revenue", currency, rep, from, to));
  const std::int64_t last = sold.Sum(from, to);
  plan["measure"] = std::string("revenue");
  plan["currency"] = currency;
  plan["annual_total"] = last > 0 ? (last * 110 + 50) / 100 : fallback;
  plan["profile_kind"] = std::string("weights");
  plan["weights"] = std::string(kSeasons);
  return core::Ok();
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  const app::Caller system = app::Caller::System();
  const std::int64_t year = ctx.today.Civil().year;
  std::vector<std::int64_t> plans;
  {
    SD_ASSIGN(auto uow, ctx.store.Write());
    const std::int64_t at = ctx.clock.Now().micros_since_epoch();
    int i = 0;
    for (const auto& team : ctx.org.sales_teams) {
      for (std::int64_t rep : team.rep_ids) {
        SD_ASSIGN(std::string currency, MainCurrency(*uow, rep, static_cast<int>(year)));
        // Without last year's sales: 240,000 to 360,000 a year in major units, in minor units.
        const std::int64_t revenue = (240'000 + 30'000 * (i % 5)) * 100;
        ++i;
        const app::Record common{{"subject_kind", std::string("rep")},
                                 {"subject_id", rep},
                                 {"fiscal_year", year},
                                 {"revision", std::int64_t{1}},
                                 {"status", std::string("draft")},
                                 {"owner_id", rep}};
        app::Record money = common;
        SD_TRY(RevenuePlan(*uow, rep, static_cast<int>(year), currency, revenue, money));
        app::Record work = common;
        SD_ASSIGN(app::Record activity, ActivityPlan(*uow, rep, static_cast<int>(year)));
        for (auto& [k, v] : activity) work[k] = v;
        for (const app::Record* r : {&money, &work}) {
          SD_ASSIGN(app::Record plan, uow->Insert(Spec("target-plans"), *r, at));
          plans.push_back(app::RecordId(plan));
        }
      }
    }
    SD_TRY(uow->Commit());
  }
  PlanService service(ctx.store, ctx.clock);
  for (std::int64_t id : plans) SD_TRY(service.Activate(system, id, std::nullopt));
  return core::Ok();
}

}  // namespace salesdesk::modules::targets
