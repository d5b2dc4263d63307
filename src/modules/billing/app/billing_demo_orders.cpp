// Confirmed orders for the billing demo: the sales demo confirms a single order, too few for a
// receivables ledger. Twelve key accounts in euros each get one confirmed order of two catalogue
// products at half again their unit cost, 21 % VAT, numbered from the sales order series, stored
// as the order service stores a confirmed order (lines with nets, totals with one tax rounding).
#include "app/demo/demo_internal.h"
#include "app/records/internal_reads.h"
#include "app/records/record_fields.h"
#include "core/money/currency.h"
#include "modules/billing/app/billing_module.h"
#include "modules/sales/app/quote_records.h"
#include "modules/sales/core/quotes/quote_totals.h"

namespace salesdesk::modules::billing {

core::Result<void> CreateDemoOrders(const app::DemoContext& ctx) {
  using app::demo::Spec;
  constexpr std::size_t kOrders = 12;
  constexpr std::int64_t kVat = 210'000;  // 21 %, in Percent units
  SD_ASSIGN(auto uow, ctx.store.Write());
  SD_ASSIGN(auto accounts, app::ReadAll(*uow, Spec("accounts"),
                                        {{"key_account", app::FilterOp::kEq, {true}},
                                         {"currency", app::FilterOp::kEq, {std::string("EUR")}}},
                                        kOrders));
  SD_ASSIGN(auto products, app::ReadAll(*uow, Spec("products"), {}, 40));
  std::erase_if(products, [](const app::Record& p) {
    auto cost = app::MoneyOf(p, "cost");
    return !cost || cost->currency != "EUR" || cost->minor <= 0;
  });
  if (products.size() < 2) return core::Ok();
  SD_ASSIGN(core::Currency eur, core::ParseCurrency("EUR"));
  const core::Date today = ctx.clock.Now().UtcDate();
  const std::int64_t at = ctx.clock.Now().micros_since_epoch();
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    const app::Record& account = accounts[i];
    std::vector<app::Record> lines;
    std::vector<core::quotes::NetLine> nets;
    for (std::size_t k = 0; k < 2; ++k) {
      const app::Record& product = products[(2 * i + k) % products.size()];
      const std::int64_t unit_cents = app::MoneyOf(product, "cost")->minor * 3 / 2;
      const std::int64_t quantity = static_cast<std::int64_t>(4 + 3 * ((i + k) % 5));
      const std::int64_t net = unit_cents * quantity;
      nets.push_back({core::Money{net, eur}, core::Percent::FromUnits(kVat)});
      lines.push_back({{"position", static_cast<std::int64_t>(k + 1)},
                       {"product_id", app::RecordId(product)},
                       {"description", app::TextOf(product, "name")},
                       {"quantity", quantity * 1000},  // 3 decimals
                       {"unit", app::TextOf(product, "unit")},
                       {"unit_price", unit_cents * 10'000},  // 6 decimals
                       {"tax_rate_pct", kVat},
                       {"net", app::MoneyValue{net, "EUR"}}});
    }
    SD_ASSIGN(auto totals, core::quotes::TotalsFromNets(nets, eur));
    SD_ASSIGN(std::string number, app::sales::NextDocumentNumber(*uow, "SO", today));
    app::Record order{{"number", number},
                      {"account_id", app::RecordId(account)},
                      {"currency", std::string("EUR")},
                      {"status", std::string("confirmed")},
                      {"ordered_on", today.AddDays(-200).value().ToString()},
                      {"payment_terms_days", std::int64_t{30}},
                      {"untaxed", app::MoneyValue{totals.untaxed.minor, "EUR"}},
                      {"tax", app::MoneyValue{totals.tax.minor, "EUR"}},
                      {"total", app::MoneyValue{totals.total.minor, "EUR"}},
                      {"confirmed_at", at},
                      {"owner_id", account.at("owner_id")}};
    SD_ASSIGN(app::Record inserted, uow->Insert(Spec("sales-orders"), order, at));
    for (auto& l : lines) l["sales_order_id"] = app::RecordId(inserted);
    SD_TRY(uow->InsertMany(Spec("sales-order-lines"), lines, at));
  }
  return uow->Commit();
}

}  // namespace salesdesk::modules::billing
