// The demo company's commission plan: a tiered plan for field reps (2 % to 20,000.00 a month,
// 3 % to 50,000.00, 4.5 % above, marginal, earned on the invoice date) with an accelerator paid
// on collected money above the monthly target (×1.5 from 100 %, ×2 from 125 % of a 1 % base
// rate). Every rep is on it with a 30,000.00 monthly target, and their statements of the closed
// months since the demo invoices were issued are computed and approved (manager, then finance),
// so a rep opens approved statements that drill down to invoice lines.
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/commissions/app/commissions_module.h"
#include "modules/commissions/app/statement_service.h"

namespace salesdesk::modules::commissions {
namespace {

constexpr const char* kComponents =
    R"([{"name":"Revenue","base":"net","structure":"marginal","on":"amount","period":"month",)"
    R"("trigger":"invoice","tiers":[{"from":"0","rate":"2"},{"from":"20000.00","rate":"3"},)"
    R"({"from":"50000.00","rate":"4.5"}]},)"
    R"({"name":"Accelerator","base":"net","structure":"marginal","on":"attainment",)"
    R"("period":"month","trigger":"payment","rate":"1","tiers":[{"from":"0","multiplier":"0"},)"
    R"({"from":"100","multiplier":"1.5"},{"from":"125","multiplier":"2"}]}])";

std::string PeriodOf(core::Date d) {
  const auto c = d.Civil();
  return std::to_string(c.year) + (c.month < 10 ? "-0" : "-") + std::to_string(c.month);
}

}  // namespace

core::Result<void> CreateDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  const core::Date today = ctx.clock.Now().UtcDate();
  const auto t = today.Civil();
  SD_ASSIGN(const core::Date year_start, core::Date::FromCivil(t.year - 1, 1, 1));
  std::vector<std::int64_t> reps;
  for (std::size_t i = 0; i < ctx.org.users.size(); ++i) {
    if (ctx.org.users[i].role == "rep") reps.push_back(ctx.org.user_ids[i]);
  }
  {
    app::demo::BatchWriter writer(ctx.store, ctx.clock.Now().micros_since_epoch());
    SD_ASSIGN(auto plan,
              writer.Insert(Spec("commission-plans"),
                            {{"name", std::string("Field sales")},
                             {"currency", std::string("EUR")},
                             {"components", std::string(kComponents)},
                             {"description", std::string("Tiered on monthly invoiced revenue, with "
                                                         "an accelerator on collected money above "
                                                         "target")},
                             {"active", true}}));
    for (const std::int64_t rep : reps) {
      SD_TRY(writer.Insert(Spec("commission-assignments"),
                           {{"user_id", rep},
                            {"plan_id", app::RecordId(plan)},
                            {"valid_from", year_start.ToString()},
                            {"target", app::MoneyValue{3'000'000, "EUR"}}}));
    }
    SD_TRY(writer.Commit());
  }
  // The closed months from the demo invoices' (issued 100 days ago) to last month.
  std::vector<std::string> months;
  SD_ASSIGN(core::Date d, today.AddDays(-100));
  SD_ASSIGN(const core::Date this_month, core::Date::FromCivil(t.year, t.month, 1));
  for (auto c = d.Civil();;) {
    SD_ASSIGN(core::Date first, core::Date::FromCivil(c.year, c.month, 1));
    if (first >= this_month) break;
    months.push_back(PeriodOf(first));
    c = c.month == 12 ? core::CivilDate{c.year + 1, 1, 1} : core::CivilDate{c.year, c.month + 1, 1};
  }
  StatementService statements(ctx.store, ctx.clock);
  const app::Caller system = app::Caller::System();
  for (const std::int64_t rep : reps) {
    for (const auto& period : months) {
      SD_ASSIGN(auto draft, statements.Compute(system, {rep, period}));
      const std::int64_t id = app::RecordId(*draft.created);
      SD_TRY(statements.Approve(system, id, std::nullopt));  // the manager's
      SD_TRY(statements.Approve(system, id, std::nullopt));  // finance's
    }
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::commissions
