// The credit demo (decision 0048): override limits per role (reps none, a manager a small
// excess, finance and the director large ones) and orders confirmed on credit hold through the
// order service's confirmation: one of a prepayment customer, one beyond an open account's
// credit limit. Orders the demo confirmed earlier may be held too (a prepayment customer).
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "modules/billing/app/billing_module.h"
#include "modules/billing/app/credit_hold.h"
#include "modules/sales/app/order_service.h"

namespace salesdesk::modules::billing {
namespace {

struct OverrideRow {
  std::string_view role;
  std::int64_t eur;
};
constexpr OverrideRow kOverride[] = {
    {"rep", 0},
    {"manager", 5'000},
    {"senior_manager", 25'000},
    {"director", 250'000},
    {"finance", 1'000'000},
    {"admin", 0},
    {"logistics", 0},
};

core::Result<void> SetOverrideLimits(app::UnitOfWork& uow, std::int64_t at) {
  SD_ASSIGN(auto rules, app::ReadAll(uow, app::demo::Spec("authority-rules")));
  for (const auto& r : rules) {
    for (const auto& o : kOverride) {
      if (app::TextOf(r, "role") != o.role) continue;
      SD_TRY(uow.Update(app::demo::Spec("authority-rules"), app::RecordId(r),
                        {{"credit_override_limit", app::MoneyValue{o.eur * 100, "EUR"}}},
                        app::RecordVersion(r), at));
    }
  }
  return core::Ok();
}

// The first EUR account with `method` (and, for open account, a credit limit).
std::optional<app::Record> FirstWith(const std::vector<app::Record>& accounts,
                                     std::string_view method) {
  for (const auto& a : accounts) {
    if (app::TextOf(a, "sales_method") != method) continue;
    if (method == "open_account" && !app::MoneyOf(a, "credit_limit")) continue;
    return a;
  }
  return std::nullopt;
}

}  // namespace

core::Result<void> CreateCreditHoldDemo(const app::DemoContext& ctx) {
  using app::demo::Spec;
  const core::Date today = ctx.today;
  const std::int64_t at = ctx.clock.Now().micros_since_epoch();
  std::vector<std::int64_t> to_confirm;
  {
    SD_ASSIGN(auto uow, ctx.store.Write());
    SD_TRY(SetOverrideLimits(*uow, at));
    SD_ASSIGN(auto accounts,
              app::ReadAll(*uow, Spec("accounts"),
                           {{"currency", app::FilterOp::kEq, {std::string("EUR")}},
                            {"lifecycle", app::FilterOp::kEq, {std::string("active")}}},
                           400));
    SD_ASSIGN(auto products, DemoProducts(*uow));
    if (products.size() < 2) return uow->Commit();
    std::size_t index = 3;
    // A prepayment customer's order of the usual size; an open account's order large enough
    // to pass its limit (quantities scaled until the total exceeds what is available).
    if (auto prepaid = FirstWith(accounts, "prepayment")) {
      SD_ASSIGN(app::Record o, InsertDemoOrder(*uow, {.account = &*prepaid,
                                                      .products = &products,
                                                      .index = index++,
                                                      .status = "open",
                                                      .ordered_on = today.AddDays(-2).value(),
                                                      .at = at}));
      to_confirm.push_back(app::RecordId(o));
    }
    if (auto open = FirstWith(accounts, "open_account")) {
      SD_ASSIGN(AccountExposure e, ExposureOfAccount(*uow, *open, nullptr, today));
      const std::int64_t available = std::max<std::int64_t>(0, e.figures.available.value_or(0));
      DemoOrderSpec spec{.account = &*open,
                         .products = &products,
                         .index = index,
                         .status = "open",
                         .ordered_on = today.AddDays(-1).value(),
                         .at = at};
      spec.more_than = available;
      SD_ASSIGN(app::Record o, InsertDemoOrder(*uow, spec));
      to_confirm.push_back(app::RecordId(o));
    }
    SD_TRY(uow->Commit());
  }
  app::sales::OrderService orders(ctx.store, ctx.clock);
  for (std::int64_t id : to_confirm) {
    SD_TRY(orders.Act(app::Caller::System(), id, app::sales::OrderAction::kConfirm));
  }
  return core::Ok();
}

}  // namespace salesdesk::modules::billing
