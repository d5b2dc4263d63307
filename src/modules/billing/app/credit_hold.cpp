#include "modules/billing/app/credit_hold.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/access/access_policy.h"
#include "app/records/audit_trail.h"
#include "app/records/company_calendar.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_records.h"
#include "modules/billing/app/invoice_balance.h"
#include "modules/sales/app/quote_records.h"

namespace salesdesk::modules::billing {
namespace {

using app::MoneyValue;
using app::Record;
using core::Error;
using core::ErrorCode;
namespace cb = core::billing;

// The item in its own currency with the rate of `on` into `target` (none when it is missing
// or not needed).
cb::ExposureItem Item(std::int64_t minor, const core::Currency& currency,
                      const core::Currency& target, core::Date on,
                      const app::sales::ExchangeRates& rates) {
  cb::ExposureItem item{core::Money{minor, currency}, std::nullopt, on};
  if (currency.code() != target.code())
    item.rate = rates.Between(currency.code(), target.code(), on);
  return item;
}

core::Result<std::vector<Record>> OfAccount(app::UnitOfWork& uow, const char* plural,
                                            std::int64_t account_id,
                                            std::vector<app::Filter> more = {}) {
  more.push_back({"account_id", app::FilterOp::kEq, {account_id}});
  return app::ReadAll(uow, Spec(plural), std::move(more));
}

std::string Amount(const MoneyValue& m) {
  auto c = core::ParseCurrency(m.currency);
  if (!c.ok()) return std::to_string(m.minor);
  return core::FormatAmount(core::Money{m.minor, *c}) + " " + m.currency;
}

}  // namespace

core::Result<AccountExposure> ExposureOfAccount(app::UnitOfWork& uow, const Record& account,
                                                const Record* new_order, core::Date today) {
  const std::int64_t account_id = app::RecordId(account);
  SD_ASSIGN(core::Currency currency, core::ParseCurrency(app::TextOf(account, "currency")));
  AccountExposure out{account_id, currency, {}, app::TextOf(account, "sales_method"), {}};
  std::optional<std::int64_t> limit;
  if (auto l = app::MoneyOf(account, "credit_limit")) limit = l->minor;
  SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(uow));
  SD_ASSIGN(core::Currency base, core::ParseCurrency(rates.base_currency));

  // Open receivables: a posted invoice in the limit's currency by its open gross, any other by
  // its carrying base (E-R6) at today's rate.
  SD_ASSIGN(auto invoices, OfAccount(uow, "invoices", account_id,
                                     {{"status", app::FilterOp::kEq, {std::string("posted")}}}));
  std::vector<cb::ExposureItem> receivables;
  std::map<std::int64_t, std::int64_t> invoiced;  // order → posted invoices' total
  std::set<std::int64_t> open_invoices;
  for (const auto& inv : invoices) {
    if (auto order = app::IntOf(inv, "sales_order_id")) {
      invoiced[*order] += app::MoneyOf(inv, "total")->minor;
    }
    SD_ASSIGN(InvoiceBalance b, BalanceOf(uow, inv));
    if (b.outstanding <= 0) continue;
    open_invoices.insert(app::RecordId(inv));
    SD_ASSIGN(core::Currency doc, core::ParseCurrency(app::TextOf(inv, "currency")));
    receivables.push_back(doc.code() == out.currency.code()
                              ? Item(b.outstanding, doc, out.currency, today, rates)
                              : Item(b.carrying, base, out.currency, today, rates));
  }

  // Confirmed orders not yet invoiced, at their order date's rate.
  SD_ASSIGN(auto orders, OfAccount(uow, "sales-orders", account_id,
                                   {{"status", app::FilterOp::kEq, {std::string("confirmed")}}}));
  std::vector<cb::ExposureItem> open_orders;
  for (const auto& o : orders) {
    if (new_order != nullptr && app::RecordId(o) == app::RecordId(*new_order)) continue;
    const std::int64_t open = app::MoneyOf(o, "total")->minor - invoiced[app::RecordId(o)];
    if (open <= 0) continue;
    SD_ASSIGN(core::Currency c, core::ParseCurrency(app::TextOf(o, "currency")));
    SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(o, "ordered_on")));
    open_orders.push_back(Item(open, c, out.currency, on, rates));
  }
  std::optional<cb::ExposureItem> added;
  if (new_order != nullptr) {
    SD_ASSIGN(core::Currency c, core::ParseCurrency(app::TextOf(*new_order, "currency")));
    SD_ASSIGN(core::Date on, core::ParseDate(app::TextOf(*new_order, "ordered_on")));
    added = Item(app::MoneyOf(*new_order, "total")->minor, c, out.currency, on, rates);
  }
  SD_ASSIGN(out.figures, cb::ExposureOf(out.currency, limit, receivables, open_orders, added));

  // A letter of a credit-hold level holds the account while its invoice is still open.
  SD_ASSIGN(auto claims, OfAccount(uow, "dunning-claims", account_id,
                                   {{"credit_hold", app::FilterOp::kEq, {true}}}));
  for (const auto& c : claims) {
    if (!open_invoices.count(app::IntOf(c, "invoice_id").value_or(0))) continue;
    const std::int64_t level = app::IntOf(c, "level").value_or(0);
    out.dunning_level = std::max(out.dunning_level.value_or(0), level);
  }
  return out;
}

core::Result<void> CheckCreditOnConfirm(app::sales::ConfirmationContext& ctx, Record& changes) {
  SD_ASSIGN(auto account, ctx.uow.Get(Spec("accounts"), *app::IntOf(ctx.order, "account_id"),
                                      app::Visibility::All()));
  if (!account) return core::Ok();
  SD_ASSIGN(const core::Date today, app::CompanyToday(ctx.uow, ctx.at));
  SD_ASSIGN(AccountExposure e, ExposureOfAccount(ctx.uow, *account, &ctx.order, today));
  const cb::HoldDecision d = cb::DecideHold(e.figures, e.sales_method, e.dunning_level.has_value());
  if (d.reason == cb::HoldReason::kNone) return core::Ok();
  const std::string currency = e.currency.code();
  changes["credit_hold"] = std::string("held");
  changes["credit_hold_reason"] = std::string(cb::HoldReasonCode(d.reason));
  if (const auto& m = e.figures.missing_rate) {
    changes["credit_hold_detail"] = m->from + "→" + m->to + " on " + m->on.ToString();
  } else if (d.reason == cb::HoldReason::kDunning) {
    changes["credit_hold_detail"] = "level " + std::to_string(*e.dunning_level);
  }
  changes["credit_exposure"] = MoneyValue{e.figures.total, currency};
  if (e.figures.limit) changes["credit_limit_at_hold"] = MoneyValue{*e.figures.limit, currency};
  if (d.at_risk) changes["credit_at_risk"] = MoneyValue{*d.at_risk, currency};
  changes["credit_held_at"] = ctx.at;
  return core::Ok();
}

core::Result<void> CheckNotOnHold(const Record& order, const std::string& field) {
  if (app::TextOf(order, "credit_hold") != "held") return core::Ok();
  const auto at_risk = app::MoneyOf(order, "credit_at_risk");
  Error e =
      Error::Make(ErrorCode::kConflict,
                  core::Msg("billing.order_on_credit_hold",
                            {{"number", app::TextOf(order, "number")},
                             {"reason", app::TextOf(order, "credit_hold_reason")},
                             {"at_risk", at_risk ? Amount(*at_risk) : std::string("the order")},
                             {"id", std::to_string(app::RecordId(order))}}));
  e.field = field;
  return e;
}

core::Result<void> ReleasePaidPrepayments(app::UnitOfWork& uow, std::int64_t account_id,
                                          std::int64_t at) {
  SD_ASSIGN(auto orders,
            OfAccount(uow, "sales-orders", account_id,
                      {{"credit_hold_reason", app::FilterOp::kEq, {std::string("prepayment")}}}));
  if (orders.empty()) return core::Ok();
  SD_ASSIGN(auto payments, OfAccount(uow, "payments", account_id));
  SD_ASSIGN(auto invoices, OfAccount(uow, "invoices", account_id));
  std::map<std::string, std::int64_t> credit;  // unapplied, per currency
  std::map<std::int64_t, std::int64_t> paid;   // invoice → applied
  for (const auto& p : payments) {
    if (auto u = app::MoneyOf(p, "unapplied")) credit[u->currency] += u->minor;
    if (auto inv = app::IntOf(p, "invoice_id")) {
      paid[*inv] += app::MoneyOf(p, "applied").value_or(MoneyValue{}).minor;
    }
  }
  std::map<std::int64_t, std::int64_t> paid_on_order;
  std::set<std::int64_t> has_invoice;
  for (const auto& inv : invoices) {
    if (auto o = app::IntOf(inv, "sales_order_id")) {
      paid_on_order[*o] += paid[app::RecordId(inv)];
      has_invoice.insert(*o);
    }
  }
  std::sort(orders.begin(), orders.end(), [](const Record& x, const Record& y) {
    return app::IntOf(x, "credit_held_at") < app::IntOf(y, "credit_held_at");
  });
  // Orders released by payment earlier and not invoiced yet still use the credit they took.
  for (const auto& o : orders) {
    if (app::TextOf(o, "credit_hold") == "released" && !app::IntOf(o, "credit_released_by_id") &&
        !has_invoice.count(app::RecordId(o))) {
      credit[app::TextOf(o, "currency")] -= app::MoneyOf(o, "total")->minor;
    }
  }
  for (const auto& o : orders) {
    if (app::TextOf(o, "credit_hold") != "held" || app::TextOf(o, "status") != "confirmed")
      continue;
    const std::int64_t need = app::MoneyOf(o, "total")->minor - paid_on_order[app::RecordId(o)];
    std::int64_t& left = credit[app::TextOf(o, "currency")];
    if (need > left) continue;
    if (need > 0) left -= need;
    SD_ASSIGN(Record updated,
              uow.Update(Spec("sales-orders"), app::RecordId(o),
                         {{"credit_hold", std::string("released")}, {"credit_released_at", at}},
                         app::RecordVersion(o), at));
    SD_TRY(app::AuditChange(uow, app::Caller::System(), at, Spec("sales-orders"), "update", &o,
                            &updated));
  }
  return core::Ok();
}

core::Result<Record> CreditHoldService::Release(const app::Caller& caller, std::int64_t order_id,
                                                const std::string& reason) {
  SD_ASSIGN(auto uow, store_.Write());
  SD_ASSIGN(Record order, app::sales::LoadVisible(*uow, caller, Spec("sales-orders"), order_id));
  if (app::TextOf(order, "credit_hold") != "held") {
    return Error::Make(ErrorCode::kConflict, core::Msg("billing.order_not_on_credit_hold",
                                                       {{"number", app::TextOf(order, "number")}}));
  }
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error::Invalid("reason", core::Msg("billing.credit_release_reason"));
  }
  const core::Timestamp now = clock_.Now();
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, now.micros_since_epoch()));
  if (!caller.is_system() && caller.role != app::Role::kFinance) {
    // What the release puts at risk, in the base currency at today's rate, against the role's
    // credit_override_limit (none at risk known: a missing rate, only finance judges it).
    SD_ASSIGN(
        auto rules,
        app::ReadAll(*uow, Spec("authority-rules"),
                     {{"role", app::FilterOp::kEq, {std::string(app::RoleName(caller.role))}}}));
    SD_ASSIGN(auto rates, app::sales::LoadExchangeRates(*uow));
    const MoneyValue allowed = rules.empty() ? MoneyValue{0, rates.base_currency}
                                             : app::MoneyOf(rules.front(), "credit_override_limit")
                                                   .value_or(MoneyValue{0, rates.base_currency});
    std::optional<std::int64_t> at_risk_base;
    if (auto risk = app::MoneyOf(order, "credit_at_risk")) {
      SD_ASSIGN(core::Currency c, core::ParseCurrency(risk->currency));
      auto rate = RateToBase(rates, risk->currency, today, "credit_at_risk");
      if (rate.ok()) {
        SD_ASSIGN(core::Currency b, core::ParseCurrency(rates.base_currency));
        SD_ASSIGN(core::Money m, core::Convert(core::Money{risk->minor, c}, *rate, b));
        at_risk_base = m.minor;
      }
    }
    if (!at_risk_base || *at_risk_base > allowed.minor) {
      Error e = Error::Make(
          ErrorCode::kForbidden,
          core::Msg("billing.credit_override_limit",
                    {{"at_risk", at_risk_base ? Amount({*at_risk_base, rates.base_currency})
                                              : std::string("an amount without a rate")},
                     {"limit", Amount(allowed)}}));
      e.field = "credit_override_limit";
      return e;
    }
  }
  const std::int64_t at = now.micros_since_epoch();
  Record changes{{"credit_hold", std::string("released")},
                 {"credit_released_at", at},
                 {"credit_release_reason", reason}};
  if (!caller.is_system()) changes["credit_released_by_id"] = caller.user_id;
  SD_ASSIGN(Record updated,
            uow->Update(Spec("sales-orders"), order_id, changes, app::RecordVersion(order), at));
  SD_TRY(app::AuditChange(*uow, caller, at, Spec("sales-orders"), "update", &order, &updated));
  SD_TRY(uow->Commit());
  return updated;
}

core::Result<std::vector<Record>> CreditHoldService::Held(const app::Caller& caller) {
  SD_ASSIGN(auto uow, store_.Read());
  SD_ASSIGN(auto visibility, app::VisibilityFor(*uow, caller, Spec("sales-orders")));
  app::ListQuery q{.filters = {{"credit_hold", app::FilterOp::kEq, {std::string("held")}}},
                   .sort_field = "credit_held_at",
                   .limit = 1000,
                   .with_total = false};
  SD_ASSIGN(auto page, uow->List(Spec("sales-orders"), q, visibility));
  return std::move(page.items);
}

core::Result<AccountExposure> CreditHoldService::Exposure(const app::Caller& caller,
                                                          std::int64_t account_id) {
  SD_ASSIGN(auto uow, store_.Read());
  // Receivables figures: for those who read invoices (not logistics or admins).
  SD_TRY(app::VisibilityFor(*uow, caller, Spec("invoices")));
  SD_ASSIGN(Record account, app::sales::LoadVisible(*uow, caller, Spec("accounts"), account_id));
  SD_ASSIGN(const core::Date today, app::CompanyToday(*uow, clock_.Now().micros_since_epoch()));
  return ExposureOfAccount(*uow, account, nullptr, today);
}

}  // namespace salesdesk::modules::billing
